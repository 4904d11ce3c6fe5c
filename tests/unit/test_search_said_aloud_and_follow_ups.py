"""Searches dictated to a phone (a sum said in words, punctuation said as words), a street, a tower or a marina
beside a place of Qatar, follow-ups typed after a list (dearer, newer or similar ones), a vacancy named by its
number, a trade refused before the one wanted, and a trade's pay compared between two towns."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching
from handlers.search import searched_words, typed_query
from matching.job_questions import (
    asks_for_best_paid, compares_towns_for_a_trade, names_a_vacancy_by_number, refused_trades,
)
from matching.ranking import searched_occupations
from tests.search_chat import reads_as_chat


@pytest.mark.parametrize(("message", "pay"), [
    ("электрик зарплата три тысячи двести", 3200),
    ("сантехник тысяча девятьсот в месяц", 1900),
    ("жүргізуші айына үш мың бес жүз", 3500),
    ("painter seventeen hundred a month", 1700),
    ("welder three thousand two hundred riyals", 3200),
    ("уборщик полтары тысячи", 1500),
    ("повар две с палавиной тысячи", 2500),
    ("svarshik tri tysyachi", 3000),
])
def test_a_sum_said_in_words_is_read_whole(message: str, pay: int):
    assert matching.asked_pay(typed_query(message))[0] == Decimal(pay)


@pytest.mark.parametrize(("message", "pay"), [
    ("сварщик от двух до четырёх тысяч", 2000),  # a range said in words keeps its least
    ("крановщик айлығы 3-4 мың", 3000),
    ("повар пять лет опыта, две тысячи", 2000),  # the years told stay years
])
def test_a_range_or_the_years_said_in_words_read_as_before(message: str, pay: int):
    assert matching.asked_pay(typed_query(message))[0] == Decimal(pay)


def test_punctuation_said_aloud_is_written_as_punctuation():
    assert typed_query("электрик запятая Лусаил точка") == "электрик, Лусаил."
    assert typed_query("cook comma Al Khor full stop") == "cook, Al Khor."
    assert typed_query("нужна торговая точка продавцом") == "нужна торговая точка продавцом"  # an outlet, mid-sentence


@pytest.mark.parametrize(("message", "town", "rest"), [
    ("mechanic near the Corniche", "doha", "mechanic near"),
    ("официант в районе Корниш", "doha", "официант"),
    ("welder Industrial Area street 12", "doha", "welder"),
    ("Лусаил Марина бармен", "lusail", "бармен"),
    ("cleaner West Bay tower", "doha", "cleaner"),
])
def test_the_words_telling_where_in_a_place_go_with_the_place(message: str, town: str, rest: str):
    found, left = matching.split_town(message)
    assert found is not None and found.key == town
    assert left == rest


def test_where_a_place_is_asked_is_no_search():
    assert matching.asks_about_a_town("Вест Бэй это где?")


@pytest.mark.parametrize("message", ["а подороже есть?", "higher paying ones?", "podorozhe net?"])
def test_dearer_ones_asked_after_a_list_are_every_vacancy_the_best_paid_first(message: str):
    query = typed_query(message)
    assert matching.asks_for_every_job(query)
    assert not matching.asks_for_jobs(query)


@pytest.mark.parametrize("message", ["а похожие есть?", "similar ones please", "а поновее есть?", "такие же ещё есть?"])
def test_newer_or_similar_ones_asked_after_a_list_bring_the_workers_own_list(message: str):
    assert matching.asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["тағы бар ма?", "ещё"])
def test_more_alone_is_still_the_lists_next_page(message: str):
    assert not matching.asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["вакансия №2817", "покажи вакансию 5521", "job id 5521", "#2817 still open?"])
def test_one_vacancy_named_by_its_number_is_no_list(message: str):
    assert names_a_vacancy_by_number(message)
    assert not matching.asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["сварщик от 2500", "2 года контракт", "работа 24/7"])
def test_a_pay_or_a_length_is_no_vacancy_number(message: str):
    assert not names_a_vacancy_by_number(message)


@pytest.mark.parametrize(("message", "refused", "wanted"), [
    ("ne svarshikom a elektrikom", "7212", "7411"),
    ("поваром не надо, я пекарь", "5120", "7512"),
])
def test_a_trade_refused_before_the_one_wanted_searches_the_one_wanted(message: str, refused: str, wanted: str):
    query = typed_query(message)
    assert refused in refused_trades(query)
    assert searched_occupations(searched_words(query))[0].code == wanted


def test_two_trades_joined_by_the_kazakh_or_in_latin_letters_are_both_searched():
    assert not reads_as_chat("aspaz ne daiashy kerek")


def test_a_trades_pay_compared_between_two_towns_searches_the_trade_everywhere_best_paid_first():
    message = "где сварщику платят больше, в Лусаиле или в Месаиде?"
    query = typed_query(message)
    assert compares_towns_for_a_trade(query)
    assert not reads_as_chat(message)
    assert asks_for_best_paid(query)
    town, rest = matching.split_town(searched_words(query))
    assert town is None
    assert searched_occupations(rest)[0].code == "7212"


def test_the_towns_alone_compared_are_still_a_question():
    assert not compares_towns_for_a_trade("где больше платят, в Лусаиле или в Месаиде?")
    assert reads_as_chat("где больше платят, в Лусаиле или в Месаиде?")


@pytest.mark.parametrize(("message", "code"), [
    ("электрик на Салва Роуд", "7411"),
    ("cook near Airport Road", "5120"),
    ("Салуа жолында сантехник", "7126"),
])
def test_a_road_named_is_where_the_work_is_not_the_trade(message: str, code: str):
    rest = matching.split_town(searched_words(typed_query(message)))[1]
    assert searched_occupations(rest)[0].code == code
    assert not reads_as_chat(message)
