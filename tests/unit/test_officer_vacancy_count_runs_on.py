"""A count asked of one vacancy by its number, however the question runs on around it (a date, a region, a
step, a slip in «сколько»), opens that vacancy's card, which counts its applicants by step; before, any word
the short list of vacancy words lacked left the officer with no answer at all."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import how_many_asked
from bot.officer_commands import portal_number


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("сколько заявок набралось по QA-3310 к обеду", "QA-3310"),
        ("how many people from Taraz applied for QA 3311 this week", "QA-3311"),
        ("скольк человек прошли собес на QA-3312", "QA-3312"),
        ("QA-3313 бойынша Шымкенттен қанша адам өтінім берді", "QA-3313"),
    ],
)
def test_a_count_asked_of_one_vacancy_is_that_vacancy(typed: str, number: str) -> None:
    assert how_many_asked(typed) is not None
    assert portal_number(typed) == number


def test_a_count_naming_two_vacancies_is_no_one_vacancy() -> None:
    assert portal_number("сколько откликов на QA-3314 и QA-3315") is None
