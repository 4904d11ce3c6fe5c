"""Vacancy rows that say they are closed (in a status column or a note), pay with its cents struck out or
its riyal in Arabic, dates led by the day of the week, codes typed again in lower case, and cells with
characters that take no room on screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.tabular import Table, parse_date, read_table
from bot.vacancy_rows import HEADER_ALIASES, RowError, parse_vacancy_row, parse_vacancy_table

BASE = {"external_id": "T-7", "title": "Tile Setter", "employer": "Msheireb Finishing Works"}


@pytest.mark.parametrize(
    ("cells", "status"),
    [
        ({"status": "Active"}, "open"),
        ({"status": "Открыта"}, "open"),
        ({"status": "ашық"}, "open"),
        ({"status": "Position filled"}, "closed"),
        ({"status": "Cancelled"}, "closed"),
        ({"status": "ЗАКРЫТО"}, "closed"),
        ({"status": "жабылды"}, "closed"),
        ({"note": "Набор закрыт"}, "closed"),
        ({"note": "Vacancy closed, see the new one"}, "closed"),
        ({"note": "приём завершён!"}, "closed"),
        ({"note": "Бос орын жабық"}, "closed"),
        ({"note": "не закрыта, ждём документы"}, "open"),
        ({"note": "закрытая территория, нужен пропуск"}, "open"),
        ({"note": "urgent: 3 weeks to fill"}, "open"),
        ({}, "open"),
    ],
)
def test_a_row_says_whether_the_vacancy_is_open(cells: dict[str, str], status: str) -> None:
    assert parse_vacancy_row({**BASE, **cells}, 4).status == status


def test_a_status_that_says_neither_is_refused_naming_the_column() -> None:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "status": "на согласовании"}, 4)
    assert (caught.value.field, caught.value.code) == ("status", "bad_status")


def test_the_status_column_wins_over_a_note() -> None:
    assert parse_vacancy_row({**BASE, "status": "open", "note": "закрыта"}, 4).status == "open"


@pytest.mark.parametrize("header", ["Примечание", "Remarks", "Ескертпе", "Статус вакансии", "Job Status"])
def test_a_note_or_status_header_is_known(header: str) -> None:
    assert HEADER_ALIASES.get(header.lower()) in ("note", "status")


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [
        ("2500,-", 2500, 2500),
        ("QR 2,100/-", 2100, 2100),
        ("1 700.- – 1 900.-", 1700, 1900),
        ("1900 ر.ق", 1900, 1900),
        ("ريال 1750", 1750, 1750),
    ],
)
def test_pay_with_its_cents_struck_out_or_its_riyal_in_arabic(cell: str, low: int, high: int) -> None:
    row = parse_vacancy_row({**BASE, "salary": cell}, 3)
    assert (row.salary_min, row.salary_max) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    "text",
    ["Friday, 5 March 2027", "Fri, Mar 5, 2027", "пятница, 5 марта 2027 г.", "жұма, 5 наурыз 2027",
     "Пт 05.03.2027"],
)
def test_a_date_led_by_its_weekday(text: str) -> None:
    assert parse_date(text) == date(2027, 3, 5)


def test_a_code_typed_again_in_lower_case_is_the_same_code() -> None:
    rows = [(2, {**BASE, "external_id": "MS-40"}), (3, {**BASE, "external_id": "ms-40", "title": "Plasterer"})]
    result = parse_vacancy_table(Table(rows, columns=("external_id", "title", "employer")))
    assert [row.external_id for row in result.rows] == ["MS-40"]
    assert [(error.row, error.field, error.code) for error in result.errors] == [(3, "external_id", "duplicate_code")]


def test_characters_that_take_no_room_are_left_out_of_every_cell() -> None:
    data = "Код вакансии;Должность;Работодатель\n\u200bZW-1;Плиточник\u00ad;\u2060Msheireb Finishing Works\n"
    table = read_table(data.encode("utf-8"), "zw.csv", aliases=HEADER_ALIASES)
    assert table.rows[0][1] == {"external_id": "ZW-1", "title": "Плиточник", "employer": "Msheireb Finishing Works"}
