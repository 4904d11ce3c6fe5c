"""Cells as accounting systems and employers write them: codes beside the title, numbers in words, the
currency named, quantities with decimals, notes that are requirements, a sheet per employer, Arabic towns."""

from __future__ import annotations

from bot.services.vacancy_import import valid_isco_codes
from bot.vacancy_rows import parse_vacancy_row, parse_vacancy_table, read_upload, read_vacancy_file, vacancy_columns
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook


def _row(**cells: str):
    base = {"external_id": "T-1", "title": "Driver", "employer": "Gulf Transport"}
    return parse_vacancy_row(base | cells, 2, valid_isco_codes=valid_isco_codes())


def test_an_occupation_code_beside_the_title_is_its_code_not_its_words() -> None:
    taxi, gardener = _row(title="8322 Водитель такси"), _row(title="Садовник (6113)")
    assert (taxi.title, taxi.isco_code) == ("Водитель такси", "8322")
    assert (gardener.title, gardener.isco_code) == ("Садовник", "6113")
    assert _row(title="5131–Официант").isco_code == "5131"


def test_four_digits_that_are_no_occupation_stay_in_the_title() -> None:
    row = _row(title="1000 Hours Safety Officer")
    assert row.title == "1000 Hours Safety Officer"


def test_an_officers_code_column_wins_over_the_digits_in_the_title() -> None:
    row = _row(title="7212 Сварщик", isco_code="7214")
    assert row.isco_code == "7214"


def test_a_portal_code_in_the_title_cell_is_the_vacancy_number() -> None:
    rows = [["Вакансия", "Работодатель"], ["KZQ-501 Каменщик", "Doha Stone Co."],
            ["Штукатур [KZQ-502]", "Doha Stone Co."], ["Бетонщик", "Doha Stone Co."]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv"))
    assert [(row.external_id, row.title) for row in parsed.rows][:2] == [
        ("KZQ-501", "Каменщик"), ("KZQ-502", "Штукатур")]
    assert parsed.rows[2].external_id.startswith("R-")


def test_a_title_with_letters_and_digits_of_its_own_is_left_whole() -> None:
    rows = [["Должность", "Работодатель"], ["Водитель категории C1", "Doha Stone Co."],
            ["A320 Cabin Crew", "Qatar Air"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv"))
    assert [row.title for row in parsed.rows] == ["Водитель категории C1", "A320 Cabin Crew"]


def test_places_in_words_in_three_languages() -> None:
    written = ("семь", "жиырма адам", "Fifteen", "Four (4)", "восемь мест")
    assert [_row(positions=text).positions for text in written] == [7, 20, 15, 4, 8]


def test_places_that_name_no_number_are_refused() -> None:
    rows = [["Job", "Company", "Qty"], ["Cook", "Gulf Foods", "many"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv"))
    assert [(error.field, error.code) for error in parsed.errors] == [("positions", "not_a_number")]


def test_a_quantity_written_with_three_decimals_is_a_count() -> None:
    rows = [["Должность", "Работодатель", "Количество"], ["Пекарь", "Doha Bakery", "2,000"],
            ["Повар", "Doha Bakery", "9,000"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "1c.csv"))
    assert [row.positions for row in parsed.rows] == [2, 9]


def test_a_thousands_comma_in_a_big_order_is_still_thousands() -> None:
    rows = [["Job", "Company", "Qty"], ["Labourer", "Gulf Build", "1,000"], ["Helper", "Gulf Build", "40"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv"))
    assert [row.positions for row in parsed.rows] == [1000, 40]


def test_the_currency_named_in_words() -> None:
    assert [_row(currency=text).currency for text in ("катарский риал", "Qatari Riyal", "QR", "тенге", "qar")] == [
        "QAR", "QAR", "QAR", "KZT", "QAR"]


def test_pay_with_the_riyal_spelt_out_and_a_minimum() -> None:
    spelt, least = _row(salary="1 700 риалов Катара"), _row(salary="мин. 1 300")
    assert (spelt.salary_min, spelt.salary_max) == (1700, 1700)
    assert (least.salary_min, least.salary_max) == (1300, None)
    assert _row(salary="макс. 2 500 QAR").salary_max == 2500
    assert _row(salary="QAR 1,900 only").salary_min == 1900
    assert _row(salary="айлығы 1 600 қатар риалы").salary_min == 1600


def test_a_notes_column_naming_the_requirements_in_brackets_holds_them() -> None:
    rows = [["Должность", "Работодатель", "Примечание (требования)"], ["Маляр", "Doha Paint Co.", "Опыт 2 года"]]
    [row] = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv")).rows
    assert row.requirements == "Опыт 2 года" and row.status == "open"


def test_a_sheet_named_after_each_employer_gives_the_employer() -> None:
    head = ["Position", "Salary"]
    data = workbook({"Al Meera Consumer Goods": [head, ["Cashier", 1500]],
                  "Ooredoo Services": [head, ["Technician", 2500]]})
    table = vacancy_columns(read_upload(data, "by_company.xlsx"))
    assert [(row["title"], row["employer"]) for _, row in table.rows] == [
        ("Cashier", "Al Meera Consumer Goods"), ("Technician", "Ooredoo Services")]


def test_sheets_named_after_trades_or_numbered_give_no_employer() -> None:
    head = ["Должность", "Зарплата"]
    data = workbook({"Лист1": [head, ["Сварщик", 1800]], "Строители": [head, ["Каменщик", 1500]]})
    assert read_vacancy_file(data, "по профессиям.xlsx").error == "missing_columns:employer"


def test_a_town_in_arabic_is_stored_under_its_english_name() -> None:
    assert [_row(city=text).city for text in ("الدوحة", "لوسيل", "الخور", "رأس لفان")] == [
        "Doha", "Lusail", "Al Khor", "Ras Laffan"]



def test_the_kazakh_classifiers_longer_code_gives_its_isco_group() -> None:
    row = _row(title="7212-1-001 Электрогазосварщик")
    assert (row.title, row.isco_code) == ("Электрогазосварщик", "7212")
    assert _row(title="Плотник (код ОКЗ: 7115)").isco_code == "7115"


def test_sheets_named_after_trade_groups_or_copies_give_no_employer() -> None:
    head = ["Position", "Salary"]
    for names in (("Welders", "Drivers"), ("Sheet1", "Sheet1 (2)"), ("Construction", "Hospitality")):
        data = workbook({names[0]: [head, ["Welder", 1800]], names[1]: [head, ["Driver", 2000]]})
        assert read_vacancy_file(data, "trades.xlsx").error == "missing_columns:employer"


def test_counted_as_a_group_and_the_code_after_a_dash() -> None:
    assert [_row(positions=text).positions for text in ("трое", "пятеро человек")] == [3, 5]
    row = _row(title="Арматурщик – 7114")
    assert (row.title, row.isco_code) == ("Арматурщик", "7114")


def test_a_currency_cell_with_the_code_and_its_name() -> None:
    assert [_row(currency=text).currency for text in ("QAR (катарский риал)", "риал / QAR", "KZT (тенге)")] == [
        "QAR", "QAR", "KZT"]


def test_requirements_under_a_longer_header_or_beside_the_notes() -> None:
    for header in ("Требования к кандидату", "Примечание / требования", "Job Requirements"):
        rows = [["Должность", "Работодатель", header], ["Маляр", "Doha Paint Co.", "Опыт 2 года"]]
        [row] = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv")).rows
        assert row.requirements == "Опыт 2 года", header


def test_a_single_quantity_with_decimals_beside_pay_with_a_decimal_comma() -> None:
    rows = [["Должность", "Контрагент", "Оклад", "Количество"], ["Маляр", "Doha Paint Co.", "1 500,00", "4,000"]]
    [row] = parse_vacancy_table(read_vacancy_file(csv_bytes(rows, delimiter=";"), "1c.csv")).rows
    assert row.positions == 4


def test_the_occupation_code_in_a_column_of_its_own() -> None:
    rows = [["Код ОКЗ", "Профессия", "Работодатель"], ["7212-1-001", "Сварщик", "Doha Steel"],
            ["8332", "Водитель", "Doha Steel"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "okz.csv"), valid_isco_codes=valid_isco_codes())
    assert [(row.title, row.isco_code) for row in parsed.rows] == [("Сварщик", "7212"), ("Водитель", "8332")]


def test_pay_in_kazakh_thousands_a_colon_and_and_above() -> None:
    kazakh, above = _row(salary="1,2 - 1,6 мың риал"), _row(salary="от 1 900 QAR и выше")
    assert (kazakh.salary_min, kazakh.salary_max) == (1200, 1600)
    assert _row(salary="QAR: 1,700").salary_min == 1700
    assert (above.salary_min, above.salary_max) == (1900, None)
    assert _row(salary="1300 риал + жатақхана").accommodation_provided is True


def test_a_running_number_and_a_code_after_a_dash_leave_the_title() -> None:
    assert [_row(title=text).title for text in ("1. Сварщик", "12) Повар", "2.5-ton Truck Driver")] == [
        "Сварщик", "Повар", "2.5-ton Truck Driver"]
    rows = [["Вакансия", "Работодатель"], ["Монтажник — QA-9101", "Doha Stone Co."]]
    [row] = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv")).rows
    assert (row.title, row.external_id) == ("Монтажник", "QA-9101")


def test_duties_and_further_information_are_the_description() -> None:
    for header in ("Обязанности", "Additional information", "Қосымша ақпарат"):
        rows = [["Должность", "Работодатель", header], ["Маляр", "Doha Paint Co.", "Покраска фасадов"]]
        [row] = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv")).rows
        assert row.description == "Покраска фасадов", header


def test_a_code_column_under_a_merged_profession_is_the_occupation_code() -> None:
    data = workbook([["Профессия", None, "Работодатель"], ["Код", "Наименование", None],
                     ["7115", "Плотник", "Doha Wood Co."]], merges=["A1:B1", "C1:C2"])
    table = read_vacancy_file(data, "1c.xlsx")
    [row] = parse_vacancy_table(table, valid_isco_codes=valid_isco_codes()).rows
    assert (row.title, row.isco_code) == ("Плотник", "7115")


def test_a_name_with_a_number_in_it_is_no_code() -> None:
    rows = [["Position", "Employer"], ["COVID-19 Vaccinator", "Hamad Medical Corporation"],
            ["QA-2026-0777: Lab Technician", "Hamad Medical Corporation"]]
    parsed = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "v.csv"))
    assert [(row.title, row.external_id.startswith("R-")) for row in parsed.rows] == [
        ("COVID-19 Vaccinator", True), ("Lab Technician", False)]
