"""A search the worker puts right in the same message («электрик, нет, сантехник», "Lusail, no, Al Khor") is
searched as meant in the end: what comes after the correction replaces the trade, the town or the pay it names
again, and keeps the rest; a «нет» or a «жоқ» that corrects nothing is left as typed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import matching
from handlers.search import searched_words, typed_query
from matching.models import Vacancy
from matching.ranking import search_vacancies

TODAY = date(2026, 1, 10)
VACANCIES = [
    Vacancy(id=1, title="Electrician", isco_code="7411", city="Doha", salary_min=Decimal(2200), salary_max=Decimal(2200)),
    Vacancy(id=2, title="Plumber", isco_code="7126", city="Doha", salary_min=Decimal(2200), salary_max=Decimal(2200)),
    Vacancy(id=3, title="Plumber", isco_code="7126", city="Al Khor", salary_min=Decimal(1900), salary_max=Decimal(1900)),
]


def _found(query: str) -> list[int]:
    return [r.vacancy.id for r in search_vacancies(searched_words(typed_query(query)), VACANCIES, today=TODAY)]


@pytest.mark.parametrize("query", ["электрик, нет, сантехник", "электрик ой сантехник", "elektrik, net, santehnik",
                                   "электрик жоқ, сантехник", "electrician, no wait, plumber", "electrician, I mean plumber"])
def test_a_trade_put_right_searches_the_trade_meant(query):
    assert set(_found(query)) == {2, 3}


@pytest.mark.parametrize("query", ["сантехник в Дохе, хотя нет, в Эль-Хоре", "plumber Doha, sorry I mean Al Khor",
                                   "сантехник Дохада, жоқ, Әл-Хорда"])
def test_a_town_put_right_keeps_the_trade_and_searches_the_town_meant(query):
    assert _found(query) == [3]


@pytest.mark.parametrize("query", ["сантехник от 2000, ой, от 1800", "plumber 2000+, no, 1800 is fine"])
def test_a_pay_put_right_keeps_the_trade_and_asks_the_pay_meant(query):
    pay, _ = matching.asked_pay(searched_words(typed_query(query)))
    assert pay == Decimal(1800)
    assert set(_found(query)) == {2, 3}


@pytest.mark.parametrize(
    "typed",
    ["сантехник, опыта нет, Доха", "тәжірибе жоқ, электрик", "No, I want an electrician job", "нет, спасибо",
     "waiter wanted in Doha", "electrician, 2 years, Doha"],
)
def test_a_no_that_corrects_nothing_is_left_as_typed(typed):
    assert typed_query(typed) == typed


def test_wait_staff_is_no_correction():
    assert typed_query("cook or wait staff, Doha") == "cook or wait staff, Doha"


@pytest.mark.parametrize("query", ["сантехник от 2000, нет, 1800", "plumber from 2000, sorry 1800"])
def test_a_pay_put_right_by_the_number_alone_is_the_pay(query):
    pay, _ = matching.asked_pay(searched_words(typed_query(query)))
    assert pay == Decimal(1800)


def test_a_sorry_that_opens_the_message_corrects_nothing():
    assert typed_query("Sorry, any plumber jobs in Doha?") == "Sorry, any plumber jobs in Doha?"
