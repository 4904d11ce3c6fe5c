"""Vacancy sheets as Qatari employers and accounting systems fill them: a letterhead naming the company with no
legal form after it, headers in Arabic beside or instead of English, a 1C code padded with zeros, a "Duration"
column of years, the benefits written after the pay, and a closing day with no year."""

from __future__ import annotations

from datetime import date

from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook


def rows_of(data: bytes, name: str) -> list:
    table = read_vacancy_file(data, name)
    assert table.error is None, table.error
    return parse_vacancy_table(table).rows


def test_a_letterhead_without_a_legal_form_names_the_employer() -> None:
    data = workbook([["Al Jaber Engineering"], ["Doha – Industrial Area, Street 24"], [],
                     ["S/N", "Trade", "Nos.", "Salary"], [1, "Pipe Welder", 6, 2200], [2, "Grinder", 4, 1400]])
    assert {row.employer for row in rows_of(data, "demand.xlsx")} == {"Al Jaber Engineering"}


def test_an_english_letterhead_beside_its_arabic_names_the_employer() -> None:
    data = workbook([["مجموعة الريان للضيافة", None, "Rayyan Hospitality Group"], [],
                     ["Job Title", "Quantity", "Salary"], ["Room Attendant", 10, 1200]])
    [row] = rows_of(data, "demand.xlsx")
    assert row.employer == "Rayyan Hospitality Group"


def test_a_town_on_top_is_no_employer() -> None:
    data = workbook([["Al Khor"], [], ["Job Title", "Quantity", "Salary"], ["Cook", 2, 1500]])
    assert read_vacancy_file(data, "list.xlsx").error == "missing_columns:employer"


def test_a_document_title_on_top_is_no_employer() -> None:
    data = workbook([["Catering Vacancies List"], [], ["Job Title", "Quantity", "Salary"], ["Cook", 2, 1500]])
    assert read_vacancy_file(data, "list.xlsx").error == "missing_columns:employer"


def test_headers_in_english_and_arabic_in_one_cell_are_read_by_their_english() -> None:
    data = workbook([["Vacancy No.\nرقم الوظيفة", "Position\nالوظيفة", "Company\nالشركة", "Salary\nالراتب"],
                     ["MK-4", "Electrician", "Msheireb Maintenance Co.", 1900]])
    [row] = rows_of(data, "bilingual.xlsx")
    assert (row.external_id, row.title, row.employer) == ("MK-4", "Electrician", "Msheireb Maintenance Co.")


def test_an_arabic_pay_column_in_arabic_digits_is_the_pay() -> None:
    data = workbook([["Job", "Employer", "الراتب الشهري"], ["Gardener", "Aspire Parks Co.", "١٢٠٠ - ١٤٠٠"]])
    [row] = rows_of(data, "arabic_pay.xlsx")
    assert (int(row.salary_min), int(row.salary_max)) == (1200, 1400)


def test_a_code_padded_with_zeros_is_the_vacancys_number() -> None:
    data = csv_bytes([["Код", "Должность", "Работодатель"], ["000000731", "Бетонщик", "Lusail Builders Co."],
                      ["000000732", "Каменщик", "Lusail Builders Co."]], delimiter=";")
    assert [row.external_id for row in rows_of(data, "1c.csv")] == ["000000731", "000000732"]


def test_a_row_counter_stays_no_code() -> None:
    data = csv_bytes([["№", "Должность", "Работодатель"], ["1", "Бетонщик", "Lusail Builders Co."]], delimiter=";")
    [row] = rows_of(data, "list.csv")
    assert row.external_id != "1"


def test_a_duration_column_of_years_is_the_contracts_length() -> None:
    data = workbook([["Position", "Employer", "Duration"], ["Rigger", "Ras Laffan Marine Co.", "3 Years"],
                     ["Fitter", "Ras Laffan Marine Co.", "18 months"]])
    assert [row.contract_months for row in rows_of(data, "demand.xlsx")] == [36, 18]


def test_benefits_after_the_pay_in_several_pluses_or_in_brackets() -> None:
    data = csv_bytes([["Position", "Employer", "Salary"],
                      ["Cleaner", "Pearl Cleaning Co.", "QR 1,100 + transport + housing"],
                      ["Cook", "Pearl Cleaning Co.", "QR 1,500 (accommodation provided)"],
                      ["Driver", "Pearl Cleaning Co.", "QR 1,800 (without food)"]])
    cleaner, cook, driver = rows_of(data, "jobs.csv")
    assert (int(cleaner.salary_min), cleaner.transport_provided, cleaner.accommodation_provided) == (1100, True, True)
    assert (int(cook.salary_min), cook.accommodation_provided) == (1500, True)
    assert (int(driver.salary_min), driver.food_provided) == (1800, None)


def test_apply_before_a_day_with_no_year_is_the_next_such_day() -> None:
    data = csv_bytes([["Position", "Employer", "Deadline"], ["Welder", "Doha Steel Co.", "Apply before 2 January"]])
    [row] = rows_of(data, "jobs.csv")
    today = date.today()
    assert (row.deadline.month, row.deadline.day) == (1, 2) and row.deadline >= today
    assert row.deadline.year in (today.year, today.year + 1)
