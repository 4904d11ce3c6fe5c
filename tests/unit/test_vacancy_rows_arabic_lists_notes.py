"""What a vacancy file says in its own way is read as the officer meant it: a name in English and Arabic, a trade
list in one cell, terms written in a note or under a letter's table, a month and its year as a closing date, a
Google Drive shortcut sent instead of the sheet."""

from __future__ import annotations

import json
from datetime import date

from bot.tabular import LINK, month_end, read_table
from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file, terms_in_words, without_arabic_half
from tests.data.vacancy_files import YEAR, csv_bytes
from tests.workbooks import workbook


def _rows(data: bytes, name: str):
    table = read_vacancy_file(data, name)
    assert table.error is None, table.error
    result = parse_vacancy_table(table)
    assert not result.errors, result.errors
    return result.rows


def test_a_name_in_english_and_arabic_keeps_its_english_half() -> None:
    assert without_arabic_half("Ras Laffan / راس لفان") == "Ras Laffan"
    assert without_arabic_half("Al Jaber Engineering W.L.L. — شركة الجابر للهندسة") == "Al Jaber Engineering W.L.L."
    assert without_arabic_half("الوكرة") == "الوكرة"  # Arabic alone: nothing else to keep
    assert without_arabic_half("Doha / Lusail") == "Doha / Lusail"


def test_a_month_and_its_year_close_at_the_months_end() -> None:
    assert month_end("Jan-27") == date(2027, 1, 31)
    assert month_end("February 2028") == date(2028, 2, 29)
    assert month_end("янв. 2027") == date(2027, 1, 31)
    assert month_end("Jan 27") is None  # the 27th of January, not a year
    assert month_end("15-Mar-27") is None


def test_a_cell_listing_trades_gives_a_vacancy_for_each_at_its_own_pay() -> None:
    rows = [["Employer", "Positions", "Total Qty", "Basic Salary (QAR)", "Site", "Deadline"],
            ["Mannai Trading", "Welder x 20, Fitter x 10", 30, "1800 / 1600", "Mesaieed", f"30.04.{YEAR}"],
            ["Mannai Trading", "Electrician x 6", 6, 1700, "Lusail", f"30.04.{YEAR}"]]
    got = {(row.title, row.positions, int(row.salary_min), row.city) for row in _rows(workbook(rows), "a.xlsx")}
    assert got == {("Welder", 20, 1800, "Mesaieed"), ("Fitter", 10, 1600, "Mesaieed"), ("Electrician", 6, 1700, "Lusail")}


def test_trades_with_their_counts_in_russian_share_the_rows_pay() -> None:
    rows = [["Работодатель", "Специальности", "Зарплата", "Город"],
            ["Dukhan Camp W.L.L.", "Повар - 4 чел; Пекарь - 2 чел", "1 400 QAR", "Духан"]]
    got = {(row.title, row.positions, int(row.salary_min)) for row in _rows(csv_bytes(rows, delimiter=";"), "a.csv")}
    assert got == {("Повар", 4, 1400), ("Пекарь", 2, 1400)}


def test_trades_counted_first_or_in_brackets() -> None:
    rows = [["Employer", "Trade", "Qty", "Salary"], ["Mannai W.L.L.", "20 x Welder, 10 x Fitter", 30, 1800],
            ["Mannai W.L.L.", "Mason (6), Plasterer (4 nos)", 10, 1300]]
    got = {(row.title, row.positions) for row in _rows(workbook(rows), "a.xlsx")}
    assert got == {("Welder", 20), ("Fitter", 10), ("Mason", 6), ("Plasterer", 4)}


def test_a_title_in_english_and_arabic_is_shown_in_english() -> None:
    rows = [["المسمى الوظيفي / Job Title", "صاحب العمل / Employer", "العدد / Qty"],
            ["Scaffolder / عامل سقالات", "Al Jaber Engineering W.L.L.", "١٢"]]
    (row,) = _rows(workbook(rows), "a.xlsx")
    assert (row.title, row.positions) == ("Scaffolder", 12)


def test_a_title_that_is_no_list_stays_whole() -> None:
    rows = [["Job Title", "Employer", "Qty", "Salary"], ["Driver (4x4)", "Sealine Camp", 3, 2000],
            ["Cook, Indian cuisine", "Sealine Camp", 2, 1800], ["Helper (5)", "Sealine Camp", 3, 1000]]
    assert {row.title for row in _rows(workbook(rows), "a.xlsx")} == {"Driver (4x4)", "Cook, Indian cuisine",
                                                                      "Helper (5)"}


def test_a_note_of_hours_and_housing_gives_the_terms() -> None:
    assert terms_in_words("8 hrs/day, 6 days a week; accommodation provided") == {
        "hours_per_week": "48", "accommodation_provided": "yes"}
    assert terms_in_words("Shared room by company, food allowance QR 300") == {
        "accommodation_provided": "yes", "food_allowance": "300"}
    assert terms_in_words("Housing: company; Transport: no") == {
        "accommodation_provided": "yes", "transport_provided": "no"}
    assert terms_in_words("9 hours a day") == {}  # the days a week not said: the week is not guessed
    assert terms_in_words("Working hours: 8/day, 6 days/week") == {"hours_per_week": "48"}
    assert terms_in_words("2 years contract, free ticket, medical insurance") == {
        "contract_months": "2 years", "airfare_provided": "yes", "medical_provided": "yes"}


def test_a_note_asking_something_of_the_worker_gives_no_terms() -> None:
    assert terms_in_words("Medical test required") == {}
    assert terms_in_words("Требуется медицинская книжка") == {}
    assert terms_in_words("Accommodation: 2 persons per room") == {}  # a count, not an allowance


def test_a_letters_terms_under_its_table_hold_for_every_row() -> None:
    rows = [["Dukhan Camp Operations W.L.L."], ["DEMAND LETTER"], ["Sr.", "Trade", "Nos.", "Basic Salary (QR)"],
            [1, "Room Attendant", 14, 1000], [2, "Dishwasher", 8, 1000], [None, "Total", 22], [],
            ["Terms and conditions:"], ["1. Contract period: 24 months"], ["2. Accommodation: provided by the company"],
            ["3. Food: QR 300 per month allowance"]]
    for row in _rows(workbook(rows), "dl.xlsx"):
        assert (row.contract_months, row.accommodation_provided, row.food_allowance) == (24, True, 300)


def test_a_notes_own_cell_wins_over_the_lines_under_the_table() -> None:
    rows = [["Job Title", "Employer", "Salary", "Accommodation"], ["Cleaner", "Sidra Care", 1100, "No"], [],
            ["Accommodation: provided by the company"]]
    (row,) = _rows(workbook(rows), "a.xlsx")
    assert row.accommodation_provided is False


def test_a_totals_line_in_arabic_and_english_is_no_vacancy() -> None:
    rows = [["Job Title", "Employer", "Salary", "Qty"], ["Mason", "X W.L.L.", 1500, 5], ["Cook", "X W.L.L.", 1400, 3],
            ["المجموع / Total", None, None, 8]]
    assert [row.title for row in _rows(workbook(rows), "a.xlsx")] == ["Mason", "Cook"]


def test_the_town_in_the_titles_brackets_places_every_row() -> None:
    rows = [["Vacancies — Lusail Residences Management (Lusail)"], ["Position", "Qty", "Salary (QAR)"],
            ["Concierge", 4, 2500]]
    (row,) = _rows(workbook(rows), "a.xlsx")
    assert (row.employer, row.city) == ("Lusail Residences Management", "Lusail")


def test_the_company_before_its_open_positions_is_the_employer() -> None:
    rows = [["Ali Bin Ali Facility Services — open positions (shared with MoL KZ)"],
            ["Position", "Location", "Basic (QAR)", "Headcount"], ["Housekeeper", "Lusail", 1100, 15]]
    (row,) = _rows(workbook(rows), "a.xlsx")
    assert row.employer == "Ali Bin Ali Facility Services"


def test_a_google_drive_shortcut_is_answered_as_a_link() -> None:
    data = json.dumps({"doc_id": "1qZk7Xw2mJ4R9sPb0vLa", "resource_key": "", "email": "hr@example.qa"}).encode()
    assert read_table(data, "Vacancies.gsheet").error == LINK
    assert read_table(data, "vacancies.json").error == LINK
