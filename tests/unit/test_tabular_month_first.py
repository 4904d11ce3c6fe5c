"""Dates month first where the sheet says so: in the closing date's header, in a line above the table, or
by a date in the column that cannot be day first. Elsewhere a date stays day first, as in Kazakhstan."""

from __future__ import annotations

from datetime import date

from bot.tabular import parse_date
from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file
from tests.workbooks import workbook

NEXT = date.today().year + 1


def deadlines(data: bytes, name: str) -> list[date | None]:
    table = read_vacancy_file(data, name)
    return [row.deadline for row in parse_vacancy_table(table).rows]


def csv(lines: list[str]) -> bytes:
    return "\r\n".join(lines).encode("utf-8")


def test_parse_date_month_first_only_when_told() -> None:
    assert parse_date(f"02/09/{NEXT}") == date(NEXT, 9, 2)
    assert parse_date(f"02/09/{NEXT}", month_first=True) == date(NEXT, 2, 9)
    assert parse_date(f"02-09-{NEXT}", month_first=True) == date(NEXT, 2, 9)
    assert parse_date(f"02.09.{NEXT}", month_first=True) == date(NEXT, 9, 2)  # dots are the day-first way


def test_header_that_names_the_format() -> None:
    data = csv(["Title,Employer,Apply before (mm/dd/yyyy)", f"Plumber,Al Rayyan Works,07/08/{NEXT}"])
    assert deadlines(data, "x.csv") == [date(NEXT, 7, 8)]


def test_line_above_that_names_the_format() -> None:
    data = workbook([["Требование работодателя"], ["Даты: мм/дд/гггг"], [],
                     ["Должность", "Работодатель", "Срок подачи"], ["Сантехник", "Al Rayyan Works", f"09/10/{NEXT}"]])
    assert deadlines(data, "x.xlsx") == [date(NEXT, 9, 10)]


def test_column_that_can_only_be_month_first() -> None:
    data = csv(["Title,Employer,Deadline", f"Plumber,Al Rayyan Works,11/30/{NEXT}",
                f"Tiler,Al Rayyan Works,3/4/{NEXT}"])
    assert deadlines(data, "x.csv") == [date(NEXT, 11, 30), date(NEXT, 3, 4)]


def test_column_with_a_day_first_date_stays_day_first() -> None:
    data = csv(["Title,Employer,Deadline", f"Plumber,Al Rayyan Works,30/11/{NEXT}",
                f"Tiler,Al Rayyan Works,3/4/{NEXT}"])
    assert deadlines(data, "x.csv") == [date(NEXT, 11, 30), date(NEXT, 4, 3)]

