"""Officers' files read as they meant them: a letter's terms under one employer's sheet hold for that sheet alone, the
short day headers of an employer's arrival list («DOJ», «DOA», "Reported for duty on") give their steps, a previous
pay column beside the pay is not the vacancy's pay, and a title in English and Arabic with no sign between keeps its
English."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.i18n import I18n
from bot.kz_time import kazakhstan_today
from bot.services.statuses import status_names
from bot.status_rows import parse_status_table, read_status_file
from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file, without_arabic_half
from tests.workbooks import workbook


def _vacancies(data: bytes, name: str = "v.xlsx"):
    table = read_vacancy_file(data, name)
    assert table.error is None, table.error
    result = parse_vacancy_table(table)
    assert not result.errors, result.errors
    return result.rows


def test_terms_under_one_employers_sheet_hold_for_its_rows_only() -> None:
    first = [["Al Muftah Contracting W.L.L."], ["Trade", "Nos.", "Basic Salary (QR)"], ["Mason", 6, 1500],
             ["Carpenter", 4, 1500], [], ["Terms and conditions:"], ["1. Contract period: 24 months"],
             ["2. Accommodation: provided by the company"], ["3. Food: QR 300 per month allowance"]]
    second = [["Lusail Hospitality W.L.L."], ["Trade", "Nos.", "Basic Salary (QR)"], ["Waiter", 10, 1200],
              ["Room Attendant", 8, 1100]]
    rows = {row.title: row for row in _vacancies(workbook({"Muftah": first, "Lusail": second}))}
    assert set(rows) == {"Mason", "Carpenter", "Waiter", "Room Attendant"}
    for title in ("Mason", "Carpenter"):
        row = rows[title]
        assert (row.contract_months, row.accommodation_provided, row.food_allowance) == (24, True, 300)
    for title in ("Waiter", "Room Attendant"):
        row = rows[title]
        assert (row.contract_months, row.accommodation_provided, row.food_allowance) == (None, None, None)


def test_each_sheets_terms_stay_its_own() -> None:
    first = [["Trade", "Employer", "Salary"], ["Mason", "Al Muftah W.L.L.", 1500], [], ["Contract period: 24 months"]]
    second = [["Trade", "Employer", "Salary"], ["Waiter", "Lusail Hospitality W.L.L.", 1200], [],
              ["Contract period: 12 months"]]
    rows = {row.title: row.contract_months for row in _vacancies(workbook({"A": first, "B": second}))}
    assert rows == {"Mason": 24, "Waiter": 12}


@pytest.mark.parametrize("old", ["Old salary", "Previous salary", "Прежняя зарплата", "Бұрынғы жалақы"])
@pytest.mark.parametrize("old_first", [True, False])
def test_a_previous_pay_beside_the_pay_is_not_the_vacancys_pay(old: str, old_first: bool) -> None:
    pays = [old, "Salary"] if old_first else ["Salary", old]
    cells = [1200, 1800] if old_first else [1800, 1200]
    (row,) = _vacancies(workbook([["Job Title", "Employer", *pays, "Qty"], ["Welder", "Al Jaber W.L.L.", *cells, 5]]))
    assert (row.salary_min, row.salary_max) == (1800, 1800)


def test_a_title_in_english_and_arabic_with_no_sign_between_keeps_its_english() -> None:
    assert without_arabic_half("Scaffolder عامل سقالات") == "Scaffolder"
    assert without_arabic_half("عامل سقالات Scaffolder") == "Scaffolder"
    assert without_arabic_half("Driver (سائق)") == "Driver"
    assert without_arabic_half("Сварщик لحام") == "Сварщик"
    assert without_arabic_half("عامل سقالات") == "عامل سقالات"  # Arabic alone: nothing else to keep
    assert without_arabic_half("Al Jaber شركة Engineering") == "Al Jaber شركة Engineering"  # Arabic in the middle
    rows = [["Job Title", "Employer", "Salary", "Qty"], ["Scaffolder عامل سقالات", "Al Jaber W.L.L.", 1600, 4]]
    assert [row.title for row in _vacancies(workbook(rows))] == ["Scaffolder"]


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    return status_names(I18n())


def _day(days: int) -> date:
    return kazakhstan_today() - timedelta(days=days)


def _steps(rows, names):
    table = read_status_file(workbook(rows), "arrivals.xlsx")
    assert table.error is None, table.error
    parsed = parse_status_table(table, names)
    return {row.application_id: (row.status, row.occurred_at and (row.occurred_at + timedelta(hours=5)).date())
            for row in parsed.rows}


def test_short_arrival_and_joining_headers_give_their_steps(names) -> None:
    rows = [["MoL Ref", "Name", "DOA", "DOJ"], ["MOL/1607", "A", _day(12), None], ["MOL/1609", "B", _day(16), _day(5)],
            ["MOL/1611", "C", None, None]]
    assert _steps(rows, names) == {1607: ("departed", _day(12)), 1609: ("employed", _day(5))}


@pytest.mark.parametrize(("header", "step"), [
    ("Reported for duty on", "employed"), ("D.O.J.", "employed"), ("DOA", "departed"), ("Joined on", "employed"),
])
def test_a_one_day_list_under_a_short_header_gives_its_step(names, header: str, step: str) -> None:
    rows = [["Ref No", "Name", header], [1607, "A", _day(3)], [1609, "B", None]]
    assert _steps(rows, names) == {1607: (step, _day(3))}


@pytest.mark.parametrize("header", ["DOB", "Based on", "Dojo date"])
def test_other_short_headers_name_no_step(names, header: str) -> None:
    rows = [["Ref No", "Name", header, "Status"], [1607, "A", _day(3), "Visa issued"]]
    assert {step for step, _ in _steps(rows, names).values()} == {"visa_issued"}
