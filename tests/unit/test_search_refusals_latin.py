"""Several things refused at once («кроме кухни и стройки», "except kitchen or cleaning"), a refusal typed in Latin
letters («tolko ne sklad»), and the rota and the housing of Russian typed in Latin letters («grafik 5/2», «s jilyom»)
set aside from the trade searched."""

from __future__ import annotations

import pytest

import matching
from handlers.search import names_an_occupation, searched_words, typed_query
from matching.job_questions import without_conditions


@pytest.mark.parametrize("said", ["tolko ne sklad", "lish ne na stroike"])
def test_only_the_things_refused_is_the_workers_own_list(said):
    assert matching.asks_for_jobs(typed_query(said))


@pytest.mark.parametrize("said", ["что угодно кроме кухни и стройки", "что угодно, только не склад или охрана"])
def test_anything_but_the_things_refused_is_every_vacancy_but_them(said):
    """Any work will do: every vacancy, the refused trades left out, not only the worker's own trade."""
    assert matching.asks_for_every_job(typed_query(said)) and not matching.asks_for_jobs(typed_query(said))


@pytest.mark.parametrize(
    ("said", "left"),
    [("плотник, кроме стройки и завода", "плотник,"), ("cook except hotels or camps", "cook"),
     ("маляр без вахты, Лусаил", "маляр , Лусаил"), ("сантехник не на стройке и в Вакре", "сантехник и в Вакре")],
)
def test_what_is_refused_goes_with_its_list_but_never_the_town_after_it(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize(
    ("said", "trade"), [("grafik 5/2 plotnik", "7115"), ("santehnik s jilyom i pitaniem", "7126"), ("s grafikom 6/1 maliar", "7131")]
)
def test_the_rota_and_housing_in_latin_letters_leave_the_trade(said, trade):
    words = searched_words(typed_query(said))
    assert names_an_occupation(words)
    assert matching.suggest_occupations(words, limit=1)[0].code == trade
    assert matching.asked_pay(words)[0] is None


@pytest.mark.parametrize("said", ["anything but kitchen work", "anything but security or cleaning"])
def test_anything_but_a_trade_is_every_vacancy_but_it(said):
    assert matching.asks_for_every_job(typed_query(said)) and not matching.asks_for_jobs(typed_query(said))


@pytest.mark.parametrize("said", ["jobs in Al Khor, anything but security", "anything but cleaning in Al Khor"])
def test_anything_but_a_trade_in_a_town_searches_the_town_not_the_trade_refused(said):
    words = searched_words(typed_query(said))
    town, rest = matching.split_town(words)
    assert town is not None and town.key == "al-khor"
    assert not names_an_occupation(rest)


@pytest.mark.parametrize(
    ("said", "refused", "searched"),
    [("охранником больше не хочу, есть электрики?", "5414", "7411"),
     ("официанткой не буду, а горничные нужны", "5131", "9111")],
)
def test_a_trade_refused_after_it_is_not_searched(said, refused, searched):
    left = without_conditions(said)
    codes = [m.code for m in matching.suggest_occupations(left, limit=3)]
    assert refused not in codes
    assert codes[0] == searched
