"""Vacancy sheets as employers and officers send them: the Kazakh «айлығы» over the pay, «Дедлайн» and the
closing day «принимаются до», places counted «2 человека» or "7 no.", the company's signature block under a
demand letter's table, and a text file holding nothing but a link to a shared table."""

from __future__ import annotations

from datetime import date

import pytest

from bot.tabular import LINK, header_key, read_table
from bot.vacancy_rows import HEADER_ALIASES
from tests.data.vacancy_files import csv_bytes, rows_of
from tests.workbooks import workbook

YEAR = date.today().year + 1


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Айлығы, риал", "salary"),
        ("Айлық жалақысы (QAR)", "salary"),
        ("Ұсынылатын айлық", "salary"),
        ("Дедлайн", "deadline"),
        ("Последний день приёма", "deadline"),
        ("Документы принимаются до", "deadline"),
        ("Apply by date", "deadline"),
        ("Ұйымның атауы", "employer"),
        ("Бос орын", "title"),
        ("Bos oryn", "title"),
        ("Керек адам", "positions"),
        ("Kerek adam", "positions"),
        ("Вакантных мест", "positions"),
        ("Required Nos.", "positions"),
    ],
)
def test_headers_of_pay_and_closing_day(header: str, column: str) -> None:
    assert HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize(("cell", "places"), [("2 человека", 2), ("4 человека", 4), ("7 no.", 7), ("1 No", 1),
                                               ("15 numbers", 15)])
def test_places_with_their_unit(cell: str, places: int) -> None:
    data = csv_bytes([["Job Title", "Employer", "Salary", "Qty"], ["Rigger", "Qatar Lift Co.", "1600", cell]])
    [row] = rows_of(data, "places.csv")
    assert row.positions == places


def test_the_signature_block_under_a_demand_letter_is_no_vacancy() -> None:
    data = workbook([
        ["DOHA BUILD TRADING W.L.L."], [],
        ["Sr.", "Trade", "Quantity", "Salary"],
        [1, "Steel Fixer", "12 nos", "QAR 1,300 + OT"],
        [2, "Shuttering Carpenter", "8 nos", "QAR 1,400 + OT"],
        [],
        ["Medical insurance and air ticket as per Qatar Labour Law."],
        ["For and on behalf of Doha Build Trading W.L.L.", None, "Managing Director"],
    ])
    rows = rows_of(data, "demand.xlsx")
    assert [(row.title, row.positions, int(row.salary_min)) for row in rows] == [
        ("Steel Fixer", 12, 1300), ("Shuttering Carpenter", 8, 1400)]


def test_a_vacancy_row_under_the_table_stays_a_vacancy() -> None:
    """Only a line that signs for a company is a signature: a vacancy for a foreman stays one."""
    data = workbook([["Trade", "Employer", "Quantity", "Salary"], ["Mason", "Doha Build Co.", 3, 1400],
                     ["Foreman", "Doha Build Co.", 1, 3000]])
    assert [row.title for row in rows_of(data, "list.xlsx")] == ["Mason", "Foreman"]


@pytest.mark.parametrize("text", [
    "https://docs.google.com/spreadsheets/d/1xYz/edit#gid=0",
    "Добрый день!\nСписок вакансий по ссылке: https://drive.google.com/file/d/9AbC/view\nСпасибо",
])
def test_a_text_file_with_a_link_is_told_to_send_the_table(text: str) -> None:
    assert read_table(text.encode(), "вакансии.txt").error == LINK


def test_a_table_with_links_in_it_is_read_as_a_table() -> None:
    data = csv_bytes([["Job Title", "Employer", "Salary", "url"],
                      ["Cook", "Lusail Foods", "1500", "https://jobs.example.qa/cook"],
                      ["Baker", "Lusail Foods", "1400", "https://jobs.example.qa/baker"]])
    assert [row.title for row in rows_of(data, "links.csv")] == ["Cook", "Baker"]


@pytest.mark.parametrize(("cell", "low", "high"), [
    ("QAR 1500 plus OT", 1500, 1500), ("1500 + ОТ", 1500, 1500), ("Basic: 1500 QAR", 1500, 1500),
    ("1500-1700 + overtime", 1500, 1700),
])
def test_pay_with_overtime_or_its_name_before_it(cell: str, low: int, high: int) -> None:
    data = csv_bytes([["Job Title", "Employer", "Salary", "Qty"], ["Tiler", "Qatar Tiles Co.", cell, "2"]])
    [row] = rows_of(data, "pay.csv")
    assert (int(row.salary_min), int(row.salary_max)) == (low, high)


@pytest.mark.parametrize("cell", ["10 NOS only", "10 pers.", "10 ppl", "10 кісі", "10 no's"])
def test_more_units_of_places(cell: str) -> None:
    data = csv_bytes([["Job Title", "Employer", "Salary", "Qty"], ["Tiler", "Qatar Tiles Co.", "1500", cell]])
    [row] = rows_of(data, "places.csv")
    assert row.positions == 10


@pytest.mark.parametrize("cell", ["upto 20/02", "Deadline 20.02", "not later 20/02", "срок до 20.02"])
def test_a_closing_day_led_by_more_words(cell: str) -> None:
    data = csv_bytes([["Job Title", "Employer", "Salary", "Closing"], ["Tiler", "Qatar Tiles Co.", "1500", cell]])
    [row] = rows_of(data, "closing.csv")
    assert (row.deadline.month, row.deadline.day) == (2, 20) and row.deadline >= date.today()
