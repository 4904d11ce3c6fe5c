"""How workers narrow a search after a first list: an order asked for (the newest, the closing soonest, the best
paid), "more" of a trade, a day off or a language as the only condition, a building firm as the employer."""

from __future__ import annotations

import pytest

from matching import asks_for_every_job, asks_for_jobs
from matching.job_questions import (
    asks_for_best_paid, seeks_work, without_asking, without_conditions, workplace_trades,
)


@pytest.mark.parametrize(
    "text",
    ["покажите последние сначала", "самые свежие вакансии", "ең жаңаларын алдымен көрсетші", "latest jobs first",
     "earliest closing dates first", "order by closing date", "у которых срок подачи скоро истекает вакансии"],
)
def test_an_order_by_date_alone_asks_for_the_workers_own_list(text):
    assert asks_for_jobs(text)


@pytest.mark.parametrize(
    ("text", "trade"),
    [("плиточник, сначала свежие", "плиточник"), ("bus driver, newest first", "bus driver"),
     ("бояушы, ең жаңа", "бояушы")],
)
def test_an_order_by_date_beside_a_trade_leaves_the_trade(text, trade):
    assert without_conditions(text).strip(" ,") == trade


@pytest.mark.parametrize(
    "text", ["отсортируйте по зарплате", "sort them by pay please", "жалақы бойынша сұрыптаңыз", "top salary first"]
)
def test_an_order_by_pay_alone_lists_every_vacancy_the_best_paid_first(text):
    assert asks_for_every_job(text)


def test_an_order_by_pay_beside_a_trade_is_a_search_for_the_best_paid_of_it():
    assert asks_for_best_paid("маляр, отсортировать по оплате")
    assert asks_for_best_paid("gde bolshe platyat santehniku")


@pytest.mark.parametrize("text", ["можно отсортировать?", "how do I sort the list?", "сұрыптауға бола ма"])
def test_asking_whether_the_list_can_be_sorted_asks_for_no_list(text):
    assert not asks_for_best_paid(text) and not asks_for_every_job(text) and not asks_for_jobs(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [("ещё плотники есть?", "плотники есть?"), ("тағы жүргізуші бар ма", "жүргізуші бар ма"),
     ("any more nurse jobs", "nurse jobs"), ("ещё", "ещё"), ("more", "more")],
)
def test_more_asked_first_leaves_the_trade_and_alone_stays_as_typed(text, left):
    assert without_asking(text) == left


def test_more_after_a_pay_stays_with_the_pay():
    assert without_asking("plumber 2500 or more") == "plumber 2500 or more"


@pytest.mark.parametrize(
    "text",
    ["job with friday off", "нужна работа с выходными", "вакансии где не нужен арабский",
     "work that does not require english"],
)
def test_a_day_off_or_a_language_not_needed_asks_for_the_workers_own_list(text):
    assert asks_for_jobs(text)


def test_a_building_firm_named_alone_stands_for_the_building_trades():
    assert workplace_trades("в строительную компанию")[:1] == ("9313",)
    assert "7114" in workplace_trades("building site jobs")
    assert workplace_trades("в строительную компанию каменщиком") == ()  # the trade named is searched instead


@pytest.mark.parametrize("text", ["anything in Mesaieed?", "something near Al Khor"])
def test_anything_in_a_town_asks_for_work_there(text):
    assert seeks_work(text)


@pytest.mark.parametrize(
    "text",
    ["есть такие же как на первую?", "үшіншісіне ұқсас вакансия бар ма", "anything similar to the third job",
     "jobs like the first one"],
)
def test_work_like_one_of_the_list_asks_for_the_workers_own_list(text):
    assert asks_for_jobs(text)


def test_liking_one_of_the_list_asks_for_no_list():
    assert not asks_for_jobs("первая понравилась, как подать?")
