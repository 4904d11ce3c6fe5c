"""Searches that compare and choose: the newest or closing soonest asked alone, hours and days off wished, a setting
refused, a contract's length or a start, an employer's kind, the best paid of a trade typed in a hurry; and a choice
asked between towns or workplaces, which is answered, not searched."""

from __future__ import annotations

import pytest

import matching
from handlers.search import searched_words, typed_query
from matching.ranking import searched_occupations
from tests.search_chat import reads_as_chat


@pytest.mark.parametrize("message", [
    "покажи самое свежее",
    "самую последнюю вакансию покажи",
    "вакансии которые скоро закроются",
    "тез жабылатын жұмыстар",
    "jobs expiring soon",
    "работа по 10 часов в день",
    "2 выходных в неделю",
    "not more than 8 hours a day",
    "только не на высоте",
    "шөлде емес",
    "бір жылға жұмыс керек",
    "хочу с апреля начать",
    "работа в крупной компании",
])
def test_work_with_an_order_or_conditions_alone_gets_the_workers_own_list(message: str):
    assert matching.asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", [
    "работаю по 12 часов в день без выходных",
    "күніне 12 сағат жұмыс істейміз",
])
def test_the_hours_worked_now_told_are_no_wish(message: str):
    assert not matching.asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", [
    "что лучше, Вакра или Аль Хор?",
    "Доха жақсы ма, Уакра ма?",
    "which city is better, Doha or Al Khor?",
    "какой отель лучше, первый или второй?",
    "в каком городе больше всего работы?",
    "где больше платят официантам, в отеле или в ресторане?",
])
def test_a_choice_asked_between_options_is_no_search(message: str):
    assert reads_as_chat(message)


@pytest.mark.parametrize(("message", "code"), [
    ("электриктерге қай жерде көбірек төлейді?", "7411"),
    ("гдe болше платят сантехникам", "7126"),
    ("higest paid cook job", "5120"),
    ("где больше всего мест для сварщиков?", "7212"),
])
def test_where_a_trade_is_paid_most_or_wanted_most_searches_the_trade(message: str, code: str):
    assert not reads_as_chat(message)
    rest = matching.split_town(searched_words(typed_query(message)))[1]
    assert searched_occupations(rest)[0].code == code


def test_a_town_alone_with_either_town_still_searches_the_first():
    assert matching.split_town(searched_words(typed_query("electrician Lusail or Doha, any is fine")))[0].key == "lusail"
