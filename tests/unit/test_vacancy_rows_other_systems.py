"""Vacancy rows as accounting systems, employment centres and employers' agencies write them: closing dates with
the year first or with words around them, no closing date at all, and a vacancy's state in an office's words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.tabular import parse_date
from bot.vacancy_rows import RowError, parse_vacancy_row

BASE = {"external_id": "OS-3", "title": "Duct Installer", "employer": "Wakrah Cooling Systems"}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2028.11.03", date(2028, 11, 3)),
        ("2028/2/9", date(2028, 2, 9)),
        ("09.02.2028 включительно", date(2028, 2, 9)),
        ("не позже 09.02.2028", date(2028, 2, 9)),
        ("no later than 9 February 2028", date(2028, 2, 9)),
        ("по 09.02.2028 (включ.)", date(2028, 2, 9)),
        ("09.02.2028 ж. дейін", date(2028, 2, 9)),
    ],
)
def test_a_closing_date_with_the_year_first_or_words_around_it(written: str, day: date) -> None:
    assert parse_date(written) == day


@pytest.mark.parametrize("written", ["2028.13.03", "2028.02.30", "2028-2-9"])
def test_a_year_first_date_that_does_not_exist_is_refused(written: str) -> None:
    with pytest.raises(ValueError):
        parse_date(written)


@pytest.mark.parametrize("written", ["Бессрочно", "до заполнения", "until filled", "Ongoing", "мерзімсіз"])
def test_a_vacancy_open_until_filled_has_no_closing_date(written: str) -> None:
    assert parse_vacancy_row({**BASE, "deadline": written}, 5).deadline is None


def test_a_closing_date_in_words_that_say_no_date_is_still_refused() -> None:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "deadline": "скоро"}, 5)
    assert caught.value.field == "deadline"


@pytest.mark.parametrize(
    ("state", "status"),
    [
        ("приостановлено", "closed"),
        ("Suspended", "closed"),
        ("ON HOLD", "closed"),
        ("Отменено заказчиком", "closed"),
        ("cancelled by the employer", "closed"),
        ("Срок продлён", "open"),
        ("Extended", "open"),
        ("ұзартылды", "open"),
    ],
)
def test_a_vacancy_state_in_an_offices_words(state: str, status: str) -> None:
    assert parse_vacancy_row({**BASE, "status": state}, 5).status == status


def test_a_state_that_says_neither_is_still_refused() -> None:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "status": "уточняется"}, 5)
    assert caught.value.field == "status"
