"""Searches refined after a first list, and the pay, the town and the trades read beside them: a range joined by
«do» or «мен», hours set per day before the least pay, a town after «от 2000,», more pay asked alone, the list shown
refused, and a couple's trades typed as a note."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching
from matching.job_questions import asks_for_every_job, asks_for_jobs, names_each_ones_trade, without_conditions


@pytest.mark.parametrize(
    "text, least",
    [
        ("santehnik ot 1800 do 2500", Decimal(1800)),
        ("аспаз, жалақысы 1500 мен 2000 аралығында", Decimal(1500)),
        ("aspaz, ailygy 1500 men 2000 arasynda", Decimal(1500)),
        ("маляр 1600 до 2000", Decimal(1600)),
    ],
)
def test_a_range_joined_by_a_word_asks_its_lower_end(text: str, least: Decimal):
    assert matching.asked_pay(text)[0] == least


def test_hours_a_day_said_before_the_pay_leave_it_a_months_pay():
    rest = without_conditions("электрик, күніне 10 сағат, 2200 ден бастап", hours=True)
    assert "күніне" not in rest
    assert matching.asked_pay(rest)[0] == Decimal(2200)


def test_a_pay_per_day_stays_no_months_pay():
    assert matching.asked_pay("жүк тасушы күніне 120 риал")[0] is None


@pytest.mark.parametrize("text", ["cook, salary from 1800, Lusail", "повар, зарплата от 1800, Лусаил"])
def test_the_from_of_a_pay_is_no_from_of_the_town(text: str):
    town, rest = matching.split_town(text)
    assert town is not None and town.key == "lusail"
    assert matching.asked_pay(rest)[0] == Decimal(1800)


@pytest.mark.parametrize(
    "text",
    ["better pay?", "есть где платят побольше?", "жалақысы жоғарырақ жұмыс бар ма", "anything paying more?",
     "kobirek toleitin bar ma"],
)
def test_more_pay_asked_alone_is_every_vacancy_best_paid_first(text: str):
    assert asks_for_every_job(text)


def test_a_question_whether_a_kind_of_employer_pays_more_is_no_list():
    assert not asks_for_every_job("do hospitals really pay more than hotels?")


@pytest.mark.parametrize(
    "text",
    ["а другие вакансии есть? эти мне не подходят", "these don't suit me, other jobs?", "басқа вакансия бар ма, мыналар сәйкес емес",
     "давайте что-нибудь ещё, эти не понравились"],
)
def test_the_list_shown_refused_asks_for_other_work(text: str):
    assert asks_for_jobs(text)


@pytest.mark.parametrize("text", ["wife cleaner, me driver", "husband electrician, me nanny, together"])
def test_a_couples_trades_typed_as_a_note_are_both_searched(text: str):
    assert names_each_ones_trade(text)


@pytest.mark.parametrize("text", ["для девушек работа есть?", "job for a woman of 45?", "ерлерге жұмыс бар ма?"])
def test_work_asked_for_women_or_men_is_the_workers_own_list(text: str):
    assert asks_for_jobs(text)


@pytest.mark.parametrize("text", ["can ladies work there?", "девушкам можно работать в Катаре?", "есть для мужчин?"])
def test_whether_women_or_men_are_hired_is_no_request(text: str):
    assert not asks_for_jobs(text)
