"""Vacancy rows: what an officer's file may contain, and what the bot refuses to show workers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.tabular import Table, header_key
from bot.vacancy_rows import (
    COLUMNS,
    HEADER_ALIASES,
    RowError,
    VacancyRow,
    parse_vacancy_row,
    parse_vacancy_table,
    read_vacancy_file,
)
from matching.models import Vacancy
from tests.workbooks import workbook

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "vacancies_example.csv"

BASE = {"external_id": "QA-1", "title": "MIG Welder", "employer": "Doha Metal Industries"}


def error_of(**cells) -> RowError:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, **cells}, 5)
    return caught.value


def test_minimal_row_gets_defaults():
    row = parse_vacancy_row(dict(BASE), 2)
    assert row == VacancyRow(external_id="QA-1", title="MIG Welder", employer="Doha Metal Industries", row=2)
    assert (row.country, row.currency, row.status) == ("QA", "QAR", "open")
    assert row.languages == frozenset() and row.deadline is None and row.airfare_provided is None


def test_full_row_is_typed():
    row = parse_vacancy_row(
        {
            **BASE,
            "country": "qa", "currency": "qar", "city": " Doha ", "positions": "15",
            "salary_min": "1 800", "salary_max": "2,300.00", "food_allowance": "300",
            "housing_allowance": "", "transport_allowance": "0",
            "accommodation_provided": "Yes", "food_provided": "нет", "transport_provided": "иә",
            "medical_provided": "1", "airfare_provided": "ЖОҚ", "annual_leave_days": "24",
            "contract_months": "24", "hours_per_week": "48", "min_experience_years": "2",
            "languages": "EN; ru,kk", "requirements": "6G certificate", "description": "Pipeline work",
            "deadline": "2027-05-31", "url": "https://migration.enbek.kz/vacancy/1",
            "isco_code": "7212", "status": "Closed",
        },
        3,
    )  # fmt: skip
    assert row.city == "Doha" and row.positions == 15
    assert row.salary_min == Decimal(1800) and row.salary_max == Decimal(2300)
    assert row.food_allowance == Decimal(300) and row.housing_allowance is None
    assert row.transport_allowance == Decimal(0)
    assert (row.accommodation_provided, row.food_provided, row.transport_provided) == (True, False, True)
    assert (row.medical_provided, row.airfare_provided) == (True, False)
    assert row.languages == frozenset({"en", "ru", "kk"})
    assert row.deadline == date(2027, 5, 31)
    assert (row.isco_code, row.status, row.row) == ("7212", "closed", 3)


def test_to_vacancy_carries_every_field():
    row = parse_vacancy_row({**BASE, "salary_min": "1800", "languages": "en", "food_provided": "no"}, 2)
    vacancy = row.to_vacancy(42)
    assert isinstance(vacancy, Vacancy)
    assert vacancy.id == 42 and vacancy.title == "MIG Welder" and vacancy.salary_min == Decimal(1800)
    assert vacancy.food_provided is False and vacancy.languages == frozenset({"en"})
    shared = set(Vacancy.__dataclass_fields__) - {"id"}
    assert shared == set(COLUMNS) - {"external_id"}  # every schema column reaches the engine


@pytest.mark.parametrize(
    "cells,field,code",
    [
        ({"title": ""}, "title", "missing"),
        ({"title": "   "}, "title", "missing"),
        ({"employer": ""}, "employer", "missing"),
        ({"external_id": ""}, "external_id", "missing"),
        ({"salary_min": "abc"}, "salary_min", "not_a_number"),
        ({"salary_min": "1800 QAR"}, "salary_min", "not_a_number"),
        ({"positions": "2.5"}, "positions", "not_a_number"),
        ({"salary_max": "-100"}, "salary_max", "negative"),
        ({"food_allowance": "-1"}, "food_allowance", "negative"),
        ({"positions": "0"}, "positions", "out_of_range"),
        ({"positions": "100001"}, "positions", "out_of_range"),
        ({"annual_leave_days": "366"}, "annual_leave_days", "out_of_range"),
        ({"contract_months": "0"}, "contract_months", "out_of_range"),
        ({"contract_months": "121"}, "contract_months", "out_of_range"),
        ({"hours_per_week": "85"}, "hours_per_week", "out_of_range"),
        ({"min_experience_years": "61"}, "min_experience_years", "out_of_range"),
        ({"salary_max": "1000001"}, "salary_max", "out_of_range"),
        ({"deadline": "31.02.2026"}, "deadline", "bad_date"),
        ({"deadline": "2026-02-31"}, "deadline", "bad_date"),
        ({"deadline": "2026-2-3"}, "deadline", "bad_date"),
        ({"airfare_provided": "maybe"}, "airfare_provided", "bad_bool"),
        ({"food_provided": "2"}, "food_provided", "bad_bool"),
        ({"country": "Qatar"}, "country", "bad_country"),
        ({"country": "XX"}, "country", "bad_country"),
        ({"currency": "dinars"}, "currency", "bad_currency"),  # «риал» is the riyal; a dinar of which country?
        ({"languages": "english"}, "languages", "bad_language"),
        ({"languages": "en;xx"}, "languages", "bad_language"),
        ({"status": "draft"}, "status", "bad_status"),
        ({"isco_code": "721"}, "isco_code", "bad_isco"),
        ({"isco_code": "welder"}, "isco_code", "bad_isco"),
        ({"url": "migration.enbek.kz/vacancy/1"}, "url", "bad_url"),
        ({"url": "ftp://migration.enbek.kz/x"}, "url", "bad_url"),
        ({"url": "javascript:alert(1)"}, "url", "bad_url"),
        ({"url": "https://example.com/" + "a" * 500}, "url", "too_long"),
        ({"title": "W" * 201}, "title", "long_title"),  # its own reason: how long a title may be, where the rest goes
        ({"employer": "E" * 201}, "employer", "too_long"),
        ({"description": "d" * 4001}, "description", "too_long"),
        ({"salary_min": "2500", "salary_max": "1800"}, "salary_min", "min_above_max"),
    ],
)
def test_bad_cells_are_reported_with_row_column_and_code(cells, field, code):
    error = error_of(**cells)
    assert (error.row, error.field, error.code) == (5, field, code)


@pytest.mark.parametrize(
    "cells",
    [
        {"annual_leave_days": "0"}, {"annual_leave_days": "365"}, {"positions": "100000"},
        {"hours_per_week": "84"}, {"contract_months": "120"}, {"salary_max": "1000000"},
        {"salary_min": "1800", "salary_max": "1800"}, {"title": "W" * 200}, {"url": "http://a.kz"},
    ],
)  # fmt: skip
def test_bounds_are_inclusive(cells):
    parse_vacancy_row({**BASE, **cells}, 2)


def test_bad_value_is_echoed_to_the_officer():
    assert error_of(salary_min="abc").value == "abc"
    assert error_of(languages="en;english").value == "english"


def test_isco_code_must_be_a_real_unit_group_when_the_list_is_given():
    valid = {"7212", "5120"}
    assert parse_vacancy_row({**BASE, "isco_code": "7212"}, 2, valid_isco_codes=valid).isco_code == "7212"
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "isco_code": "9999"}, 2, valid_isco_codes=valid)
    assert caught.value.code == "bad_isco"


def test_title_is_one_line():
    assert parse_vacancy_row({**BASE, "title": " Pipe \n Fitter  "}, 2).title == "Pipe Fitter"


def table(*rows: dict[str, str]) -> Table:
    return Table([(number, row) for number, row in enumerate(rows, start=2)])


def test_table_keeps_good_rows_and_reports_bad_ones():
    result = parse_vacancy_table(
        table(
            {**BASE, "external_id": "A"},
            {**BASE, "external_id": "B", "title": ""},
            {**BASE, "external_id": "C", "deadline": "31.02.2026"},
            {**BASE, "external_id": "D"},
        )
    )
    assert [row.external_id for row in result.rows] == ["A", "D"]
    assert [(e.row, e.field, e.code) for e in result.errors] == [
        (3, "title", "missing"),
        (4, "deadline", "bad_date"),
    ]


def test_duplicate_external_id_keeps_the_first_row():
    result = parse_vacancy_table(
        table(
            {**BASE, "external_id": "A", "title": "Welder"},
            {**BASE, "external_id": "A", "title": "Cook"},
        )
    )
    assert [(row.external_id, row.title) for row in result.rows] == [("A", "Welder")]
    errors = [(e.row, e.field, e.code, e.value) for e in result.errors]
    assert errors == [(3, "external_id", "duplicate_code", "A")]


def test_example_file_parses_without_errors():
    table_ = read_vacancy_file(EXAMPLE.read_bytes(), EXAMPLE.name)
    assert table_.error is None
    assert set(table_.columns) == set(COLUMNS)
    result = parse_vacancy_table(table_)
    assert result.errors == []
    assert 5 <= len(result.rows) <= 8
    assert [row.status for row in result.rows].count("closed") == 1


def test_cp1251_semicolon_file_from_russian_excel():
    text = "external_id;title;employer;salary_min;food_provided\nR-1;Сварщик;ТОО Доха;1 800;нет\n"
    result = parse_vacancy_table(read_vacancy_file(text.encode("cp1251"), "выгрузка.csv"))
    assert result.errors == []
    row = result.rows[0]
    assert (row.title, row.salary_min, row.food_provided) == ("Сварщик", Decimal(1800), False)


def test_xlsx_file_end_to_end():
    data = workbook([
        ["External ID", "Title", "Employer", "Positions", "Salary Min", "Deadline", "Airfare Provided"],
        ["X-1", "Cook", "Corniche Catering", 4.0, 1500, date(2027, 1, 31), True],
        ["X-2", "Driver", "Qatar Freight", "abc", 2600, None, None],
    ])
    result = parse_vacancy_table(read_vacancy_file(data, "portal.xlsx"))
    assert [(r.external_id, r.positions, r.deadline, r.airfare_provided) for r in result.rows] == [
        ("X-1", 4, date(2027, 1, 31), True)
    ]
    assert [(e.row, e.code) for e in result.errors] == [(3, "not_a_number")]


def test_json_file_end_to_end():
    data = (
        b'[{"external_id": "J-1", "title": "Nurse", "employer": "Doha Medical Centre",'
        b' "languages": ["en", "ar"], "salary_min": 6500, "medical_provided": true}]'
    )
    result = parse_vacancy_table(read_vacancy_file(data, "feed.json"))
    assert result.errors == []
    assert result.rows[0].languages == frozenset({"en", "ar"})
    assert result.rows[0].medical_provided is True


def test_file_without_required_columns_is_refused():
    assert read_vacancy_file(b"external_id,name\n1,x\n", "v.csv").error == "missing_columns:title,employer"


# ---- files as officers send them -------------------------------------------------------------------


@pytest.mark.parametrize(
    "salary,low,high",
    [
        ("1500-2000", 1500, 2000),
        ("1 500 – 2 000", 1500, 2000),
        ("от 1800", 1800, None),
        ("from 2000", 2000, None),
        ("до 9000", None, 9000),
        ("от 1 600 до 2 100 QAR", 1600, 2100),
        ("QAR 1800 to 2200", 1800, 2200),
        ("QAR 2,500", 2500, 2500),
        ("2 500 риал", 2500, 2500),
        ("2000 - 2500 риалов", 2000, 2500),
        ("1,200.00", 1200, 1200),
        ("2 200,00", 2200, 2200),
    ],
)
def test_one_salary_cell_as_people_write_it(salary, low, high):
    row = parse_vacancy_row({**BASE, "salary": salary}, 2)
    assert (row.salary_min, row.salary_max) == (low, high)


@pytest.mark.parametrize(
    "salary,code",
    [("высокая", "bad_salary"), ("competitive", "bad_salary"), ("1800 USD", "salary_currency"),
     ("2500-1800", "min_above_max")],
)  # fmt: skip
def test_a_salary_that_is_no_sum_is_refused_in_its_own_column(salary, code):
    error = error_of(salary=salary)
    assert (error.field, error.code) == ("salary", code)


def test_salary_min_and_max_stay_plain_numbers_and_win_over_a_salary_cell():
    row = parse_vacancy_row({**BASE, "salary_min": "1 800", "salary_max": "2 300", "salary": "note"}, 2)
    assert (row.salary_min, row.salary_max) == (1800, 2300)


@pytest.mark.parametrize("cell", ["10 чел.", "10 чел", "10 человек", "10 мест", "10 орын", "10 адам", "10"])
def test_places_with_their_unit(cell):
    assert parse_vacancy_row({**BASE, "positions": cell}, 2).positions == 10


def test_places_in_words_are_read_and_words_naming_no_number_refused():
    assert parse_vacancy_row({**BASE, "positions": "десять"}, 2).positions == 10
    assert error_of(positions="несколько").code == "not_a_number"


def test_a_file_without_an_id_column_gets_references_made_of_its_rows():
    rows = [{"title": "Сварщик", "employer": "Doha Steel", "city": "Доха"},
            {"title": "Повар", "employer": "Lusail Hotel", "city": ""},
            {"title": " Сварщик ", "employer": "DOHA STEEL", "city": "Доха"}]  # the first, written again
    result = parse_vacancy_table(Table([(n, row) for n, row in enumerate(rows, start=2)], None, ("title", "employer", "city")))
    first, second = result.rows
    assert first.external_id.startswith("R-") and first.external_id != second.external_id
    assert [(e.row, e.field, e.code) for e in result.errors] == [(4, "title", "duplicate_row")]
    again = parse_vacancy_table(Table([(9, rows[0])], None, ("title", "employer", "city")))
    assert again.rows[0].external_id == first.external_id  # the same file next week updates, not adds


def test_an_empty_id_in_a_file_that_has_the_column_is_still_refused():
    assert error_of(external_id="").field == "external_id"


def test_russian_headers_with_a_title_row_read_like_the_schema():
    data = workbook([["Перечень вакансий"], [],
                     ["№ п/п", "Код вакансии", "Наименование должности", "Работодатель", "Оклад, QAR", "Кол-во мест",
                      "Срок подачи"],
                     [1, "QA-1", "Сварщик", "Doha Steel", "1500-2000", "10 чел.", "31.12.2027"]])
    table = read_vacancy_file(data, "перечень.xlsx")
    assert table.error is None
    (row,) = parse_vacancy_table(table).rows
    assert (row.row, row.external_id, row.title, row.salary_min, row.salary_max, row.positions, row.deadline) == (
        4, "QA-1", "Сварщик", 1500, 2000, 10, date(2027, 12, 31),
    )  # fmt: skip
    assert table.labels["salary"] == "Оклад, QAR"


@pytest.mark.parametrize(
    "header,column",
    [
        ("Наименование профессии (должности)", "title"),
        ("Лауазымның атауы", "title"),
        ("Designation", "title"),
        ("Предприятие", "employer"),
        ("Company / Employer", "employer"),
        ("Кол-во вакансий", "positions"),
        ("Количество требуемых работников", "positions"),
        ("Expiry date", "deadline"),
        ("Срок действия вакансии", "deadline"),
        ("Total Salary", "salary"),
        ("Валюта зарплаты", "currency"),
        # what only shares a word with a column is not that column
        ("Срок контракта", "contract_months"),  # the contract's length, not the deadline
        ("Рабочих часов в неделю", None),
        ("Требования к профессии", None),
        ("№ п/п", None),
        ("Номер п/п", None),
        ("Nationality", None),
    ],
)
def test_a_header_not_listed_is_known_by_its_words(header, column):
    assert HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize(
    "header,column",
    [("Зарплата (QAR) от", "salary_min"), ("Salary Range max", "salary_max"), ("Оклад до", "salary_max"),
     ("Срок до", "deadline")],
)  # fmt: skip
def test_a_pay_column_and_its_end(header, column):
    assert HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize(
    "header,column",
    [
        ("Zhumys berushi", "employer"), ("Dolzhnost", "title"), ("Kolichestvo mest", "positions"),
        ("Srok podachi", "deadline"), ("Housing", "accommodation_provided"), ("Meals", "food_provided"),
        ("Тамақтану", "food_provided"), ("Медицинская страховка", "medical_provided"),
        ("Air tickets", "airfare_provided"), ("Срок трудового договора", "contract_months"),
        ("Duration of contract", "contract_months"), ("Елді мекен", "city"), ("Required Qty", "positions"),
        ("Visa No.", None), ("Nationality", None),
    ],
)  # fmt: skip
def test_headers_in_latin_letters_and_the_contract_terms_columns(header, column):
    assert HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize(
    "salary,low,high",
    [
        ("QR2,000", 2000, 2000), ("1 700 qatari riyal", 1700, 1700), ("2000 QAR p/m", 2000, 2000),
        ("1 650 + overtime", 1650, 1650), ("1900–2300 катарских риалов в мес.", 1900, 2300),
    ],
)
def test_a_salary_with_its_currency_and_period_around_it(salary, low, high):
    row = parse_vacancy_row({**BASE, "salary": salary}, 2)
    assert (row.salary_min, row.salary_max) == (Decimal(low), Decimal(high))


def test_a_salary_in_another_currency_is_refused_unless_it_is_the_vacancys():
    assert error_of(salary="USD 500").code == "salary_currency"
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "salary": "300000"}, 4, labels={"salary": "Оклад (KZT)"})
    assert (caught.value.row, caught.value.field, caught.value.code) == (4, "salary", "salary_currency")
    row = parse_vacancy_row({**BASE, "currency": "KZT", "salary": "300 000 тенге"}, 2)
    assert (row.currency, row.salary_min) == ("KZT", Decimal(300000))


@pytest.mark.parametrize(
    "cells,provided,allowance",
    [
        ({"accommodation_provided": "Provided by company"}, True, None),
        ({"accommodation_provided": "QAR 600"}, None, 600),
        ({"housing_allowance": "Included"}, True, None),
        ({"housing_allowance": "650 риалов", "accommodation_provided": "нет"}, False, 650),
        ({"accommodation_provided": "—"}, None, None),
    ],
)
def test_housing_given_as_a_yes_or_no_or_as_a_sum_in_either_column(cells, provided, allowance):
    row = parse_vacancy_row({**BASE, **cells}, 2)
    assert row.accommodation_provided is provided
    assert row.housing_allowance == (None if allowance is None else Decimal(allowance))


def test_a_small_figure_in_a_yes_or_no_column_is_still_refused():
    assert (error_of(transport_provided="3").field, error_of(transport_provided="3").code) == (
        "transport_provided", "bad_bool")


@pytest.mark.parametrize("cell,months", [("3 года", 36), ("18 months", 18), ("1 жыл", 12), ("6 мес", 6), ("30", 30)])
def test_the_contract_length_in_years_or_months(cell, months):
    assert parse_vacancy_row({**BASE, "contract_months": cell}, 2).contract_months == months


def test_a_contract_length_in_words_is_refused():
    assert error_of(contract_months="бессрочный").code == "not_a_number"


def test_a_number_column_is_the_vacancys_reference_only_when_it_holds_more_than_digits():
    with_letters = "Code;Должность;Работодатель\nAB/17;Маляр;Al Sadd Works\n".encode()
    assert [row.external_id for row in parse_vacancy_table(read_vacancy_file(with_letters, "a.csv")).rows] == ["AB/17"]
    counter = "Номер;Должность;Работодатель\n1;Маляр;Al Sadd Works\n2;Кровельщик;Al Sadd Works\n".encode()
    ids = [row.external_id for row in parse_vacancy_table(read_vacancy_file(counter, "b.csv")).rows]
    assert all(external_id.startswith("R-") for external_id in ids) and len(set(ids)) == 2


def test_a_category_is_the_title_only_when_no_column_names_the_job():
    only = "Category;Employer\nPlasterer;Al Sadd Works\n".encode()
    assert parse_vacancy_table(read_vacancy_file(only, "a.csv")).rows[0].title == "Plasterer"
    both = "Category;Job Title;Employer\nConstruction;Plasterer;Al Sadd Works\n".encode()
    assert parse_vacancy_table(read_vacancy_file(both, "b.csv")).rows[0].title == "Plasterer"


def test_a_code_taken_by_another_vacancy_is_told_apart_from_a_row_written_twice():
    result = parse_vacancy_table(
        table(
            {**BASE, "external_id": "K-7", "title": "Glazier"},
            {**BASE, "external_id": "K-7", "title": "Glazier "},
            {**BASE, "external_id": "K-7", "title": "Roofer"},
        )
    )
    assert [row.title for row in result.rows] == ["Glazier"]
    assert [(e.row, e.code) for e in result.errors] == [(3, "duplicate"), (4, "duplicate_code")]


@pytest.mark.parametrize(
    "cells,field",
    [({"title": "—"}, "title"), ({"title": "n/a"}, "title"), ({"employer": "н/д"}, "employer"),
     ({"employer": " - "}, "employer")],
)
def test_a_dash_or_na_in_place_of_a_title_or_employer_is_missing(cells, field):
    error = error_of(**cells)
    assert (error.field, error.code) == (field, "missing")


@pytest.mark.parametrize(
    "raw,low,high",
    [
        ("с 2 100 по 2 600", 2100, 2600),
        ("с 1900", 1900, None),
        ("2.750", 2750, 2750),
        ("3.100 – 3.900 QAR", 3100, 3900),
        ("1.250,50", Decimal("1250.50"), Decimal("1250.50")),
        ("2 300 (в мес.)", 2300, 2300),
    ],
)
def test_pay_as_offices_write_it(raw, low, high):
    row = parse_vacancy_row({**BASE, "salary": raw}, 2)
    assert (row.salary_min, row.salary_max) == (low, high)


def test_a_european_thousands_dot_in_the_pay_ends():
    row = parse_vacancy_row({**BASE, "salary_min": "2.400", "salary_max": "3.000"}, 2)
    assert (row.salary_min, row.salary_max) == (2400, 3000)


@pytest.mark.parametrize("raw,count", [("7 oryn", 7), ("12 adam", 12)])
def test_places_with_a_kazakh_unit_in_latin(raw, count):
    assert parse_vacancy_row({**BASE, "positions": raw}, 2).positions == count


@pytest.mark.parametrize(
    "header,column",
    [
        ("Employre name", "employer"),  # two letters swapped in a long header
        ("Должнсть", "title"),
        ("Наим. профессии", "title"),
        ("Кол-во вак.", "positions"),
        ("Sal.", "salary"),
        ("Job #", "external_id"),
        ("Окончание приема заявлений", "deadline"),
        ("Laýazymy", "title"),
        ("Jumys berýshiniń ataýy", "employer"),
        ("Ótinim qabyldaýdyń sońǵy kúni", "deadline"),
    ],
)
def test_headers_with_typos_abbreviations_and_kazakh_latin(header, column):
    assert HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize("header", ["Контакт", "Контакты", "Комментарий", "Примечания"])
def test_a_header_near_a_known_one_but_meaning_else_stays_unknown(header):
    """A note is read only for whether it says the vacancy closed; it is never taken for a contract."""
    assert HEADER_ALIASES.get(header_key(header)) in (None, "note")


def test_the_employer_named_once_above_the_table_goes_to_every_row():
    data = (
        "Заявка на подбор персонала;;\n"
        "Работодатель:;Hamad Port Services;\n"
        ";;\n"
        "Должность;Зарплата, QAR;Кол-во мест\n"
        "Стропальщик;1600;4\n"
        "Крановщик;2800;2\n"
    ).encode("utf-8")
    result = parse_vacancy_table(read_vacancy_file(data, "заявка.csv"))
    assert [(row.title, row.employer) for row in result.rows] == [
        ("Стропальщик", "Hamad Port Services"), ("Крановщик", "Hamad Port Services")]
    assert not result.errors


def test_an_employer_column_wins_over_the_line_above_the_table():
    data = b"Employer: Someone Else\n\nJob Title,Employer\nRigger,Gulf Lifting W.L.L.\n"
    result = parse_vacancy_table(read_vacancy_file(data, "jobs.csv"))
    assert [row.employer for row in result.rows] == ["Gulf Lifting W.L.L."]


def test_a_line_above_the_table_is_taken_only_when_it_fits_its_column():
    data = "Срок: 2 года\nЖұмыс беруші: Gulf Glass W.L.L.\n\nЛауазымы;Жалақы\nӘйнекші;1700\n".encode()
    result = parse_vacancy_table(read_vacancy_file(data, "шыны.csv"))
    assert [(row.employer, row.deadline) for row in result.rows] == [("Gulf Glass W.L.L.", None)]
    assert not result.errors


# ---- the employer's own sheet, units in brackets, pay with what comes on top, conditions lines ---------


@pytest.mark.parametrize(
    "header,column",
    [
        ("Срок (мес.)", "contract_months"), ("Срок договора (месяцев)", "contract_months"),
        ("Келісімшарт (ай)", "contract_months"), ("Contract (months)", "contract_months"),
        ("Срок (дата)", "deadline"), ("Зарплата (QAR)", "salary"), ("Требуется, чел.", "positions"),
        ("Кәсібі", "title"), ("Приём документов до", "deadline"), ("Allowances", "allowances"),
        ("Тұру (иә/жоқ)", "accommodation_provided"), ("Housing: Company", "accommodation_provided"),
        ("Meals: Provided / Not", "food_provided"),
    ],
)
def test_headers_with_units_in_brackets_and_the_employers_wording(header, column):
    table = read_vacancy_file(f"Примечание;Работодатель;{header}\nx;y;1\n".encode(), "h.csv")
    assert table.columns[2] == column


@pytest.mark.parametrize(
    "cell,low,high,given",
    [
        ("1700 + жильё", 1700, 1700, {"accommodation_provided"}),
        ("1 400 QAR + питание и проезд", 1400, 1400, {"food_provided", "transport_provided"}),
        ("QR 1,900 + meals", 1900, 1900, {"food_provided"}),
        ("2100 риал/месяц", 2100, 2100, set()),
        ("1600 + OT", 1600, 1600, set()),
    ],
)
def test_pay_with_what_the_employer_gives_on_top(cell, low, high, given):
    row = parse_vacancy_row({**BASE, "salary": cell}, 3)
    assert (row.salary_min, row.salary_max) == (Decimal(low), Decimal(high))
    flags = {"accommodation_provided", "food_provided", "transport_provided"}
    assert {name for name in flags if getattr(row, name)} == given


def test_a_benefit_column_wins_over_the_pay_cells_plus():
    row = parse_vacancy_row({**BASE, "salary": "1500 + food", "food_provided": "no"}, 3)
    assert row.food_provided is False


@pytest.mark.parametrize(
    "cell,housing,food,transport",
    [
        ("HRA 400, Transport 150", 400, None, 150),
        ("питание 250; жильё 600", 600, 250, None),
        ("QR 200 (transport)", None, None, 200),
        ("Nil", None, None, None),
        ("—", None, None, None),
    ],
)
def test_an_allowances_cell_gives_each_allowance_it_names(cell, housing, food, transport):
    row = parse_vacancy_row({**BASE, "allowances": cell}, 3)
    got = (row.housing_allowance, row.food_allowance, row.transport_allowance)
    assert got == tuple(None if v is None else Decimal(v) for v in (housing, food, transport))


def test_a_conditions_line_under_each_vacancy_fills_its_terms():
    data = ("Должность;Работодатель;Зарплата\n"
            "Электрик;Qatar Power W.L.L.;1900\n"
            "\"Условия: жильё - да; питание - нет; медстраховка - да\"\n"
            "Монтёр;Qatar Power W.L.L.;1700\n"
            "Шарттары: тамақ — иә, көлік — жоқ\n").encode()
    result = parse_vacancy_table(read_vacancy_file(data, "two.csv"))
    assert not result.errors
    electrician, fitter = result.rows
    assert (electrician.accommodation_provided, electrician.food_provided, electrician.medical_provided) == (
        True, False, True)
    assert (fitter.food_provided, fitter.transport_provided) == (True, False)


def test_a_one_cell_line_that_lists_no_conditions_is_still_a_vacancy_without_its_employer():
    data = "Должность;Работодатель;Зарплата\nЭлектрик;Qatar Power W.L.L.;1900\nЛифтёр\nМонтёр;Qatar Power;1700\n"
    result = parse_vacancy_table(read_vacancy_file(data.encode(), "one.csv"))
    assert [(error.row, error.field) for error in result.errors] == [(3, "employer")]


def test_a_deadline_without_its_year_is_the_next_such_day():
    row = parse_vacancy_row({**BASE, "deadline": "до 1 января"}, 3)
    assert row.deadline is not None and row.deadline >= date.today()
    assert (row.deadline.month, row.deadline.day) == (1, 1)
