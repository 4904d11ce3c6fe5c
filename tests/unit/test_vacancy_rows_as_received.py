"""Vacancy files as they reach an officer: an employer's demand "valid till" a day (in the header or in the cell),
each sheet headed by the document's title and its employer after a dash, and a date in an order's quotes."""

from __future__ import annotations

from datetime import date

import pytest

from bot.tabular import header_key, parse_date
from bot.vacancy_rows import HEADER_ALIASES, read_vacancy_file
from tests.data.vacancy_files import csv_bytes, rows_of
from tests.workbooks import workbook

YEAR = date.today().year + 1


@pytest.mark.parametrize("header", ["Valid until", "VALIDITY", "Действует до", "Актуально до", "Жарамдылық мерзімі"])
def test_how_long_a_demand_stands_is_its_closing_day(header: str) -> None:
    assert HEADER_ALIASES.get(header_key(header)) == "deadline"


@pytest.mark.parametrize(
    ("cell", "day"),
    [(f"valid until 05.06.{YEAR}", date(YEAR, 6, 5)), (f"Действует до 7 июля {YEAR} г.", date(YEAR, 7, 7)),
     (f"«3» марта {YEAR} года", date(YEAR, 3, 3)), (f"\"12\" August {YEAR}", date(YEAR, 8, 12))],
)
def test_words_and_quotes_around_a_date_say_nothing(cell: str, day: date) -> None:
    assert parse_date(cell) == day


def test_a_demand_valid_until_a_day_closes_then() -> None:
    data = csv_bytes([["Trade", "Employer", "Salary", "Validity"],
                      ["Tile Setter", "Msheireb Fitout W.L.L.", "1500", f"Valid until 10/10/{YEAR}"]])
    [row] = rows_of(data, "demand.csv")
    assert row.deadline == date(YEAR, 10, 10)


def test_each_sheet_headed_by_its_employer_after_the_title_gives_that_employer() -> None:
    header = ["Position", "Salary (QAR)", "Qty"]
    data = workbook({
        "Sheet1": [["Vacancies - Simaisma Poultry Farms"], header, ["Farm Hand", 1100, 9]],
        "Sheet2": [["Вакансии — Doha Glass Co."], header, ["Glazier", 1700, 3]],
        "Sheet3": [["List of vacancies at Al Sadd Catering"], header, ["Kitchen Helper", 1000, 8]],
    })
    rows = rows_of(data, "by employer.xlsx")
    assert {(row.title, row.employer) for row in rows} == {("Farm Hand", "Simaisma Poultry Farms"),
                                                           ("Glazier", "Doha Glass Co."),
                                                           ("Kitchen Helper", "Al Sadd Catering")}


def test_a_title_naming_a_town_or_the_workers_gives_no_employer() -> None:
    data = workbook([["Вакансии в Доха"], ["Должность", "Зарплата", "Кол-во"], ["Повар", 1600, 2]])
    table = read_vacancy_file(data, "doha.xlsx")
    assert table.error is not None or "employer" not in table.columns


@pytest.mark.parametrize(("cell", "pay"), [("екі мың үш жүз риал", 2300), ("Two Thousand Four Hundred Riyals", 2400),
                                           ("одна тысяча семьсот", 1700), ("QAR 1,900 (One Thousand Nine Hundred)", 1900)])
def test_pay_in_words_with_hundreds_after_the_thousands_is_one_sum(cell: str, pay: int) -> None:
    data = csv_bytes([["Trade", "Employer", "Salary", "Qty"], ["Fabricator", "Doha Glass Co.", cell, "2"]])
    [row] = rows_of(data, "pay in words.csv")
    assert (row.salary_min, row.salary_max) == (pay, pay)
