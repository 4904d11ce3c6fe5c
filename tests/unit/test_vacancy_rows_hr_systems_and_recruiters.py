"""Vacancy lists from Qatari employers' HR systems and from recruiters: a requisition's number, title and state, pay
broken down as a payroll writes it, what a benefit's column pays instead of the benefit, a report printed page by
page, and a manpower plan with the towns across."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file, vacancy_state
from tests.data.vacancy_files import YEAR, csv_bytes
from tests.workbooks import workbook


def vacancies(rows: list[list[object]], name: str = "list.xlsx"):
    data = workbook({"Sheet1": rows}) if name.endswith(".xlsx") else csv_bytes(rows)
    table = read_vacancy_file(data, name)
    assert table.error is None, table.error
    return parse_vacancy_table(table)


def test_a_requisition_is_the_vacancy_and_its_posting_end_the_closing_day() -> None:
    result = vacancies([
        ["Job Req ID", "Requisition Title", "Legal Employer", "Grade", "Number of Openings", "Basic Salary",
         "Target Start Date", "Job Posting End Date", "Requisition Status"],
        ["REQ-7", "Rigger", "Ras Laffan Lifting W.L.L.", "G4", 3, 1900, datetime(YEAR, 7, 1), datetime(YEAR, 4, 30),
         "Approved"],
    ])
    assert not result.errors
    row = result.rows[0]
    assert (row.external_id, row.title, row.positions, row.salary_min) == ("REQ-7", "Rigger", 3, 1900)
    assert (row.deadline, row.status) == (datetime(YEAR, 4, 30).date(), "open")


@pytest.mark.parametrize(("written", "state"), [
    ("Open - Sourcing", "open"), ("Approved", "open"), ("Posted externally", "open"), ("Утверждена", "open"),
    ("Closed - Filled", "closed"), ("Filled", "closed"), ("Cancelled – budget", "closed"),
])
def test_an_hr_system_s_requisition_states(written: str, state: str) -> None:
    assert vacancy_state(written) == state


@pytest.mark.parametrize(("pay", "basic", "allowances"), [
    ("Basic 1,300 + Allow. 400 = 1,700 QAR", 1300, {}),
    ("Basic QAR 2,200; HRA 600; TA 200", 2200, {"housing_allowance": 600, "transport_allowance": 200}),
    ("QAR 4,000 (basic 3,200 + allowances 800)", 3200, {}),
    ("4 000 QAR (оклад 3 200 + надбавки 800)", 3200, {}),
])
def test_pay_broken_down_as_a_payroll_writes_it_is_the_basic(pay: str, basic: int, allowances: dict) -> None:
    result = vacancies([["Job", "Company", "Salary package"], ["Deckhand", "Lusail Marine W.L.L.", pay]], "pay.csv")
    assert not result.errors
    row = result.rows[0]
    assert (row.salary_min, row.salary_max) == (basic, basic)
    assert {name: getattr(row, name) for name in allowances} == allowances


def test_a_benefit_s_column_may_say_what_is_paid_instead_or_that_there_is_one() -> None:
    result = vacancies([
        ["Специальность", "Работодатель", "Оклад (QAR)", "Питание", "Транспорт"],
        ["Маляр", "Ezdan Housing Services", "1 300", "компенсация 300 QAR", "есть"],
    ])
    assert not result.errors
    row = result.rows[0]
    assert (row.food_allowance, row.food_provided, row.transport_provided) == (300, None, True)


def test_the_employer_named_in_an_agency_s_title_with_the_place_in_brackets() -> None:
    result = vacancies([
        ["Заявка работодателя Ezdan Housing Services (Катар, Эль-Вакра)"],
        ["Специальность", "Кол-во", "Оклад (QAR)"],
        ["Сантехник", "6", "1 500"],
    ])
    assert [row.employer for row in result.rows] == ["Ezdan Housing Services"]


def test_a_report_printed_page_by_page_keeps_its_rows_and_leaves_out_the_page_numbers() -> None:
    header = ["№", "Должность", "Работодатель", "Зарплата"]
    result = vacancies([
        header, [1, "Кладовщик", "Ras Bufontas Logistics W.L.L.", 1800], ["Страница 1 из 2"],
        header, [2, "Упаковщик", "Ras Bufontas Logistics W.L.L.", 1000], ["Page 2 of 2"],
    ])
    assert not result.errors
    assert [row.title for row in result.rows] == ["Кладовщик", "Упаковщик"]


def test_a_plan_with_the_towns_across_is_a_vacancy_for_each_town_a_trade_is_wanted_in() -> None:
    result = vacancies([
        ["Trade", "Employer", "Basic Salary", "Doha", "Al Wakra", "Lusail", "Total"],
        ["Cleaner", "Barwa City Facilities W.L.L.", 1000, 12, None, 3, 15],
        ["Plumber", "Barwa City Facilities W.L.L.", 1500, None, 4, None, 4],
    ])
    assert not result.errors
    found = sorted((row.title, row.city, row.positions) for row in result.rows)
    assert found == [("Cleaner", "Doha", 12), ("Cleaner", "Lusail", 3), ("Plumber", "Al Wakra", 4)]
    assert len({row.external_id for row in result.rows}) == 3
