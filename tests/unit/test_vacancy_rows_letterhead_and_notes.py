"""What a title block above a vacancy table says of every row: the employer on its own letterhead, a numbered
note giving the closing date; and the allowances a pay cell lists with their currency first."""

from __future__ import annotations

from datetime import date

from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook

HEADER = ["Sr.", "Designation", "Qty", "Basic Salary (QAR)"]


def test_a_letterhead_names_the_employer_of_every_row() -> None:
    data = workbook([["Doha Star Trading Co. W.L.L."], ["Tel: +974 4444 1234"], ["Ref: DST/2031/07"], [],
                     HEADER, [1, "Welder", 4, 1700], [2, "Fitter", 2, 1600]])
    rows = parse_vacancy_table(read_vacancy_file(data, "demand.xlsx")).rows
    assert [(row.title, row.employer) for row in rows] == [
        ("Welder", "Doha Star Trading Co. W.L.L."), ("Fitter", "Doha Star Trading Co. W.L.L.")]


def test_a_title_line_without_a_legal_form_names_no_employer() -> None:
    data = workbook([["Hospitality Services Vacancies 2031"], ["Construction Group – urgent"], [],
                     HEADER, [1, "Waiter", 4, 1300]])
    assert read_vacancy_file(data, "list.xlsx").error == "missing_columns:employer"


def test_two_companies_on_top_leave_the_employer_unsaid() -> None:
    data = workbook([["Al Kaabi Contracting W.L.L."], ["Pearl Trading Co."], [],
                     HEADER, [1, "Mason", 9, 1400]])
    assert read_vacancy_file(data, "agency.xlsx").error == "missing_columns:employer"


def test_a_recruiting_agencys_letterhead_names_no_employer() -> None:
    data = workbook([["Sunrise Manpower Supply W.L.L."], [], HEADER, [1, "Cleaner", 20, 1100]])
    assert read_vacancy_file(data, "agency.xlsx").error == "missing_columns:employer"


def test_an_employer_column_wins_over_the_letterhead() -> None:
    data = workbook([["Doha Star Trading Co."], [], ["Designation", "Company", "Qty"], ["Driver", "Qatar Rail", 3]])
    [row] = parse_vacancy_table(read_vacancy_file(data, "mixed.xlsx")).rows
    assert row.employer == "Qatar Rail"


def test_a_numbered_note_above_the_table_gives_every_row_its_closing_date() -> None:
    rows = [["Условия:"], ["1) Работодатель оплачивает перелёт."], ["2) Срок подачи документов: 30.06.2031"], [],
            ["Должность", "Работодатель", "Зарплата"], ["Сварщик", "Doha Steel", "1800"],
            ["Монтажник", "Doha Steel", "1700"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows, delimiter=";"), "список.csv"))
    assert [row.deadline for row in parsed.rows] == [date(2031, 6, 30), date(2031, 6, 30)]


def test_allowances_in_the_pay_cell_with_their_currency_first() -> None:
    rows = [["Job Title", "Employer", "Salary"], ["Mason", "Al Jaber Co.", "QR 1,400 + QR 300 food + QR 200 transport"]]
    [row] = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "pay.csv")).rows
    assert (row.salary_min, row.food_allowance, row.transport_allowance) == (1400, 300, 200)
