"""Two trades' pay compared: asked where they are paid more, it is a search for both, the best paid first; asked
who of them earns more, it is a question, answered as chat."""

from __future__ import annotations

import pytest

import matching
from handlers.search import _names_a_trade, is_chat, search_topic, searched_words, typed_query
from matching.job_questions import asks_for_best_paid, asks_who_is_paid_more


def _chat(said: str) -> bool:
    query = typed_query(said)
    topic = matching.small_talk(query)
    names = _names_a_trade(query, topic)
    return is_chat(query, search_topic(query, topic, names), names, matching.asked_pay(query)[0])


@pytest.mark.parametrize(
    ("said", "trade"), [("қай жерде аспазға көбірек төлейді", "5120"), ("qai jerde jurgizushige kobirek toleidi", "8322")]
)
def test_where_a_trade_is_paid_more_in_kazakh_is_its_best_paid_vacancies(said, trade):
    assert asks_for_best_paid(said)
    assert not _chat(said)
    words = searched_words(typed_query(said))
    assert "көбірек" not in words and "kobirek" not in words
    assert matching.suggest_occupations(words, limit=1)[0].code == trade


@pytest.mark.parametrize(
    "said",
    ["кто больше зарабатывает, плотник или маляр?", "что выгоднее, повар или пекарь?", "who makes more, a driver or a cook?",
     "аспаз бен наубайшының қайсысы көп алады?", "which job pays more, plumber or electrician?",
     "кому лучше платят: каменщику или штукатуру", "а кому платят больше, крановщику или стропальщику?"],
)
def test_who_of_two_trades_earns_more_is_a_question(said):
    assert asks_who_is_paid_more(said)
    assert _chat(said)


@pytest.mark.parametrize(
    "said", ["где больше платят плотникам", "highest paid carpenter jobs", "покажи сварщиков", "кому платят 3000?"]
)
def test_a_search_for_the_best_paid_is_no_comparison(said):
    assert not asks_who_is_paid_more(said)


def test_where_two_trades_earn_more_asks_for_their_best_paid():
    assert asks_for_best_paid("where do plumbers or painters earn more")
    assert not asks_who_is_paid_more("where do plumbers or painters earn more")
