"""Vacancy sheets as Gulf employers' HR offices and Kazakh recruiting agencies fill them: the pay with an allowance
or a bonus of no named kind after it, the pay's own name before it, "p.m."; the working week as a day's hours times
the days; heads counted in "pax"; the employer as the agency's "Client"; a total of the heads needed under the
table."""

from __future__ import annotations

import pytest

from bot.tabular import RowReader
from bot.vacancy_rows import HEADER_ALIASES, _weekly_hours
from tests.data.vacancy_files import csv_bytes, rows_of
from tests.workbooks import workbook


@pytest.mark.parametrize(
    ("pay", "low", "high"),
    [
        ("2000-2400 QR basic + 250 allowance", 2000, 2400),
        ("QAR 1,200 + bonus", 1200, 1200),
        ("Зарплата: 1 700 риалов + премия", 1700, 1700),
        ("QR 4,500 consolidated", 4500, 4500),
        ("QAR 2,300 p.m.", 2300, 2300),
        ("з/п: 1 600 QAR", 1600, 1600),
        ("Жалақы 1900 риал + үстемеақы", 1900, 1900),
    ],
)
def test_pay_with_words_around_it(pay: str, low: int, high: int) -> None:
    data = csv_bytes([["Job Title", "Employer", "Salary"], ["Steel Fixer", "Gulf Rebar W.L.L.", pay]])
    [row] = rows_of(data, "pay.csv")
    assert (row.salary_min, row.salary_max) == (low, high)


@pytest.mark.parametrize(
    ("written", "hours"),
    [
        ("11 hrs/day, 6 days/week", 66),
        ("6 дней по 9 часов", 54),
        ("8.5 hrs per day x 6 days", 51),
        ("72 hours a week", 72),
        ("жұмыс аптасына 45 сағат", 45),
        ("9 hours", None),  # a day's hours with no days named: not guessed
        ("06:00-16:00", None),  # a shift's clock times
        ("48", 48),
    ],
)
def test_the_working_week_as_written(written: str, hours: int | None) -> None:
    assert _weekly_hours(RowReader({"hours_per_week": written}, 3)) == hours


@pytest.mark.parametrize(
    ("header", "column"),
    [("Number of Pax", "positions"), ("Client Name", "employer"), ("Duty Hrs", "hours_per_week"),
     ("Режим работы", "hours_per_week"), ("Условия оплаты", "salary"), ("Заказчик", "employer")],
)
def test_an_agency_s_headers(header: str, column: str) -> None:
    assert HEADER_ALIASES.get(" ".join(header.lower().split())) == column


def test_a_sheet_with_heads_in_pax_and_a_total_of_heads_needed() -> None:
    data = workbook([
        ["Sl", "Trade", "Client", "Pax", "Working Hours", "Salary"],
        [1, "Tile Mason", "Lusail Interiors W.L.L.", "7 pax", "9 hrs/day, 6 days", "1500 QAR basic + 200 allowance"],
        [2, "Gypsum Carpenter", "Lusail Interiors W.L.L.", "4 pax", "9 hrs/day, 6 days", "1600 QAR basic"],
        [None, "Total Workers Needed", None, "11 pax", None, None],
    ])
    rows = rows_of(data, "demand.xlsx")
    assert [(r.title, r.employer, r.positions, r.hours_per_week, r.salary_min) for r in rows] == [
        ("Tile Mason", "Lusail Interiors W.L.L.", 7, 54, 1500),
        ("Gypsum Carpenter", "Lusail Interiors W.L.L.", 4, 54, 1600),
    ]
