"""Officers upload whatever their spreadsheet program saved; the reader must cope or say why not."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from datetime import date, datetime, timedelta

import pytest

from bot.tabular import (
    RowError, RowReader, cell_text, header_key, loose_key, parse_date, parse_flag, parse_number, read_table,
)
from tests.workbooks import workbook

REQUIRED = ("external_id", "title")


def test_csv_utf8_with_row_numbers_as_in_a_spreadsheet():
    data = b"external_id,title,salary_min\nA1,Welder,1800\n\nA2,Cook,1500\n"
    table = read_table(data, "vacancies.csv", REQUIRED)
    assert table.error is None
    # header is row 1; the blank line is row 3 and is skipped but still counted
    assert table.rows == [
        (2, {"external_id": "A1", "title": "Welder", "salary_min": "1800"}),
        (4, {"external_id": "A2", "title": "Cook", "salary_min": "1500"}),
    ]


def test_csv_utf8_bom_and_header_names_normalized():
    data = "\ufeff External ID ;Title;Salary Min\nA1;Сварщик;1 800\n".encode("utf-8")
    table = read_table(data, "export.CSV", REQUIRED)
    assert table.error is None
    assert table.columns == ("external_id", "title", "salary_min")
    assert table.rows == [(2, {"external_id": "A1", "title": "Сварщик", "salary_min": "1 800"})]


def test_csv_cp1251_with_cyrillic_titles():
    text = "external_id;title;employer\nK-1;Электрик;ТОО Қатар\nK-2;Повар;Doha Catering\n"
    # Kazakh letters such as Қ are not in cp1251; Russian Excel files hold Russian text.
    text = text.replace("Қ", "К")
    table = read_table(text.encode("cp1251"), "export.csv", REQUIRED)
    assert table.error is None
    assert [row["title"] for _, row in table.rows] == ["Электрик", "Повар"]
    assert table.rows[0][1]["employer"] == "ТОО Катар"


def test_csv_quoted_comma_and_multiline_cell_keep_spreadsheet_rows():
    data = b'external_id,title,description\nA1,"Welder, MIG","line one\nline two"\nA2,Cook,x\n'
    table = read_table(data, "v.csv", REQUIRED)
    assert [number for number, _ in table.rows] == [2, 3]
    assert table.rows[0][1]["title"] == "Welder, MIG"
    assert table.rows[0][1]["description"] == "line one\nline two"


def test_tab_separated_utf16_text_from_excel():
    data = "external_id\ttitle\nA1\tWelder\n".encode("utf-16")
    table = read_table(data, "unicode.txt", REQUIRED)
    assert table.rows == [(2, {"external_id": "A1", "title": "Welder"})]


def test_short_rows_are_padded_and_extra_cells_ignored():
    data = b"external_id,title,city\nA1,Welder\nA2,Cook,Doha,extra\n"
    table = read_table(data, "v.csv", REQUIRED)
    assert table.rows[0][1] == {"external_id": "A1", "title": "Welder", "city": ""}
    assert table.rows[1][1] == {"external_id": "A2", "title": "Cook", "city": "Doha"}


def _xlsx_bytes(rows):
    return workbook({"Sheet": rows, "Notes": [["ignored"]]})


def test_xlsx_first_sheet_dates_and_numbers_as_text():
    data = _xlsx_bytes(
        [
            ["External ID", "Title", "Positions", "Salary Min", "Deadline", "Occurred At", "Airfare"],
            ["A1", "Welder", 2.0, 1800.5, date(2026, 5, 31), datetime(2026, 11, 25, 9, 30), True],
            [None, None, None, None, None, None, None],
            [1001, "Cook", 3, 1500, datetime(2027, 1, 31), None, False],
        ],
    )
    table = read_table(data, "vacancies.xlsx", REQUIRED)
    assert table.error is None
    assert table.rows == [
        (
            2,
            {
                "external_id": "A1", "title": "Welder", "positions": "2", "salary_min": "1800.5",
                "deadline": "2026-05-31", "occurred_at": "2026-11-25T09:30:00", "airfare": "true",
            },
        ),
        (
            4,
            {
                "external_id": "1001", "title": "Cook", "positions": "3", "salary_min": "1500",
                "deadline": "2027-01-31", "occurred_at": "", "airfare": "false",
            },
        ),
    ]  # fmt: skip


def test_json_array_of_objects_any_value_type():
    data = json.dumps(
        [
            {"External ID": "A1", "title": "Welder", "positions": 2.0, "languages": ["en", "ru"],
             "airfare_provided": True, "city": None},
            {},
            {"external_id": 7, "title": "Cook", "salary_min": 1800.50},
        ]
    ).encode()  # fmt: skip
    table = read_table(data, "feed.json", REQUIRED)
    assert table.error is None
    assert table.rows == [
        (1, {"external_id": "A1", "title": "Welder", "positions": "2", "languages": "en;ru",
             "airfare_provided": "true", "city": ""}),
        (3, {"external_id": "7", "title": "Cook", "salary_min": "1800.5"}),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["upload", "document.bin", ""])
def test_content_sniffed_when_the_name_says_nothing(name):
    as_json = read_table(b' [{"external_id": "A1", "title": "Welder"}]', name, REQUIRED)
    assert as_json.rows == [(1, {"external_id": "A1", "title": "Welder"})]
    as_xlsx = read_table(_xlsx_bytes([["external_id", "title"], ["A1", "Welder"]]), name)
    assert as_xlsx.rows == [(2, {"external_id": "A1", "title": "Welder"})]
    assert read_table(b"external_id,title\nA1,Welder\n", name).error == "unknown_format"


@pytest.mark.parametrize(
    "data,name,error",
    [
        (b"", "v.csv", "blank"),
        (b"\xef\xbb\xbf\r\n  \n", "v.csv", "empty"),
        (b"external_id,title\n", "v.csv", "empty"),
        (b"external_id,title\n,\n , \n", "v.csv", "empty"),
        (b"[]", "v.json", "empty"),
        (b"%PDF-1.4 ...", "scan.pdf", "pdf"),  # told as a PDF, so the officer knows what to send instead
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "v.xls", "unreadable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "upload", "unreadable"),
        (b"PK\x03\x04 not really a zip", "v.xlsx", "unreadable"),
        (b"[{\"title\": \"Welder\"", "v.json", "unreadable"),
        (b'{"title": "Welder"}', "v.json", "unreadable"),
        (b'[{"title": "Welder"}, "oops"]', "v.json", "unreadable"),
        (b"external_id,title\nA1,\"Welder\x00\"\n", "v.csv", "unreadable"),
        (b"id,name\n1,Welder\n", "v.csv", "missing_columns:external_id,title"),
        (b"external_id;name\n1;Welder\n", "v.csv", "missing_columns:title"),
    ],
)
def test_broken_files_give_an_error_code_and_no_rows(data, name, error):
    table = read_table(data, name, REQUIRED)
    assert table.error == error
    assert table.rows == []


def test_zip_that_is_not_a_workbook_is_unreadable():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert read_table(buffer.getvalue(), "v.xlsx", REQUIRED).error == "unreadable"


def test_json_missing_columns_counts_keys_of_every_object():
    data = b'[{"external_id": "A1"}, {"title": "Welder"}]'
    assert read_table(data, "v.json", REQUIRED).error is None


@pytest.mark.parametrize(
    "value,text",
    [(None, ""), (2.0, "2"), (0.1, "0.1"), (1e16, "10000000000000000"), (date(2026, 2, 1), "2026-02-01")],
)
def test_cell_text(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(
    "raw,number",
    [("1800", 1800), ("1 800", 1800), ("1\u00a0800", 1800), ("1,800", 1800), ("1800.00", 1800),
     ("1,800.50", 1800.5), ("1800,5", 1800.5), ("-5", -5), ("12,345,678", 12345678)],
)  # fmt: skip
def test_parse_number_accepts_what_spreadsheets_write(raw, number):
    assert parse_number(raw) == pytest.approx(number)


@pytest.mark.parametrize("raw", ["abc", "1800 QAR", "12a", "1,80,0", "", "-", "1.2.3", "1e3"])
def test_parse_number_rejects_letters_and_garbage(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


def test_row_reader_names_the_row_and_column():
    cells = RowReader({"positions": "abc"}, 7)
    with pytest.raises(RowError) as caught:
        cells.integer("positions", 1, 10)
    assert (caught.value.row, caught.value.field, caught.value.code, caught.value.value) == (
        7, "positions", "not_a_number", "abc",
    )  # fmt: skip
    assert "row 7" in str(caught.value)


EXCEL_97 = Path(__file__).resolve().parents[1] / "data" / "vacancies_excel97.xls"


@pytest.mark.parametrize("name", ["вакансии.xls", "upload"])
def test_an_excel_97_workbook_reads_as_its_xlsx_would(name):
    """Older office computers still save .xls (made here with xlwt, as Excel 97–2003 writes it): its dates
    are day numbers and its numbers floats, read as the officer sees them."""
    table = read_table(EXCEL_97.read_bytes(), name, REQUIRED)
    assert table.error is None
    assert table.rows == [
        (2, {"external_id": "QA-X1", "title": "Сварщик MIG", "employer": "Doha Steel", "isco_code": "7212",
             "city": "Доха", "salary_min": "2000", "salary_max": "2600", "deadline": "2027-03-31", "positions": "5"}),
        (3, {"external_id": "QA-X2", "title": "Heavy Driver", "employer": "Qatar Logistics", "isco_code": "8332",
             "city": "Al Wakrah", "salary_min": "2200", "salary_max": "", "deadline": "2027-04-15",
             "positions": "3"}),
    ]


# ---- files as officers send them: with the vacancy headers known -----------------------------------

KNOWN = {header_key(name): name for name in ("external_id", "title", "employer", "salary", "deadline")}
KNOWN |= {header_key("Должность"): "title", header_key("Работодатель"): "employer",
          header_key("Зарплата"): "salary"}


@pytest.mark.parametrize(
    "header,key",
    [
        ("ДОЛЖНОСТЬ\n(профессия)", "должность"),
        ("Зарплата (QAR)", "зарплата"),
        ("Оклад, QAR", "оклад"),
        ("No. of positions", "no of positions"),
        ("salary_min", "salary min"),
        (" Salary  Min ", "salary min"),
        ("Жұмыс берушi", "жұмыс беруші"),  # a Latin «i» typed in a Kazakh word
        ("Дата окончания приёма", "дата окончания приема"),
    ],
)
def test_header_key_keeps_the_words_that_name_a_column(header, key):
    assert header_key(header) == key


def test_the_header_is_found_below_a_title_and_named_as_the_file_names_it():
    data = workbook({"Лист1": [
        ["Вакансии работодателей Государства Катар"], [],
        ["ID", "Должность", "Работодатель", "Зарплата (QAR)"],
        ["QA-1", "Сварщик", "Doha Steel", "1500-2000"],
        [], ["Итого: 1 вакансия"], ["Исполнитель: Ахметова А."],
    ]})  # fmt: skip
    table = read_table(data, "v.xlsx", ("title",), aliases=KNOWN)
    assert table.error is None
    assert table.rows == [(4, {"id": "QA-1", "title": "Сварщик", "employer": "Doha Steel", "salary": "1500-2000"})]
    assert table.labels["salary"] == "Зарплата (QAR)"


def test_a_totals_line_is_left_out_and_a_half_empty_vacancy_is_kept():
    data = "Должность;Работодатель;Зарплата\nСварщик;;1500\nПовар;Lusail Hotel;1600\nИтого;;3100\n".encode()
    table = read_table(data, "v.csv", aliases=KNOWN)
    assert [number for number, _ in table.rows] == [2, 3]  # «Сварщик» is reported later, not dropped


def test_without_known_headers_the_first_row_is_the_header_as_before():
    data = b"Report\nname,phone\nA,1\n"
    assert read_table(data, "v.csv", aliases=KNOWN).columns == ("report",)


def test_every_sheet_with_the_vacancy_header_is_read_and_its_rows_carry_the_sheet():
    header = ["Должность", "Работодатель", "Зарплата"]
    data = workbook({
        "Инструкция": [["Заполните столбцы ниже"]],
        "Стройка": [header, ["Каменщик", "Al Wakra Building", "1400"]],
        "Отели": [header, ["Повар", "Lusail Hotel", "1600"]],
    })  # fmt: skip
    table = read_table(data, "v.xlsx", aliases=KNOWN)
    assert [(number, number.sheet, row["title"]) for number, row in table.rows] == [
        (2, "Стройка", "Каменщик"), (2, "Отели", "Повар"),
    ]  # fmt: skip


def test_the_first_sheet_alone_gives_plain_row_numbers():
    data = workbook({"Sheet1": [["title", "employer"], ["Welder", "Doha Steel"]], "Notes": [["x"]]})
    (number, _), = read_table(data, "v.xlsx", aliases=KNOWN).rows
    assert number == 2 and getattr(number, "sheet", "") == ""


@pytest.mark.parametrize(
    "document",
    [
        {"vacancies": [{"title": "Welder"}], "exported_at": "2026-12-01"},
        {"count": 1, "results": [{"title": "Welder"}]},
        {"data": {"items": [{"title": "Welder"}]}},
    ],
)
def test_json_with_the_list_under_a_key(document):
    table = read_table(json.dumps(document).encode(), "export.json", ("title",))
    assert table.rows == [(1, {"title": "Welder"})]


def test_a_tsv_file_and_a_csv_title_line_without_separators():
    assert read_table(b"title\temployer\nWelder\tDoha Steel\n", "v.tsv").rows == [
        (2, {"title": "Welder", "employer": "Doha Steel"}),
    ]  # fmt: skip
    data = "Список вакансий\nДолжность;Работодатель\nСварщик;Doha Steel\n".encode("cp1251")
    assert read_table(data, "v.csv", aliases=KNOWN).rows == [(3, {"title": "Сварщик", "employer": "Doha Steel"})]


@pytest.mark.parametrize(
    "raw,day",
    [
        ("2027-12-31", date(2027, 12, 31)),
        ("2027-07-31T23:59:59", date(2027, 7, 31)),
        ("2027-07-31 00:00:00", date(2027, 7, 31)),
        ("31.12.2027", date(2027, 12, 31)),
        ("31/03/2027", date(2027, 3, 31)),
        ("30.06.2027 г.", date(2027, 6, 30)),
        ("до 15.04.2027", date(2027, 4, 15)),
        ("31 декабря 2027", date(2027, 12, 31)),
        ("1 марта 2027 г.", date(2027, 3, 1)),
        ("December 31, 2027", date(2027, 12, 31)),
        ("1 Mar 2027", date(2027, 3, 1)),
        ("2027 жылғы 30 маусым", date(2027, 6, 30)),
        ("31 желтоқсан 2027 ж.", date(2027, 12, 31)),
    ],
)
def test_dates_as_officers_write_them(raw, day):
    assert parse_date(raw) == day


@pytest.mark.parametrize("raw", ["31.02.2027", "2027-02-31", "2026-2-3", "13/31/2027", "31.13.2027", "скоро", "31 2027",
                                 "мая"])
def test_a_date_that_does_not_exist_or_is_not_one_is_refused(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


def test_a_two_line_header_joins_the_merged_cell_to_the_words_below():
    data = workbook([["Должность", "Зарплата, QAR", None, "Работодатель"], [None, "от", "до", None],
                     ["Сварщик", 1500, 2000, "Doha Steel"]], merges=["B1:C1"])
    known = KNOWN | {"зарплата от": "salary_min", "зарплата до": "salary_max"}
    table = read_table(data, "v.xlsx", aliases=known)
    assert table.rows == [(3, {"title": "Сварщик", "salary_min": "1500", "salary_max": "2000", "employer": "Doha Steel"})]
    assert table.labels["salary_max"] == "Зарплата, QAR до"


@pytest.mark.parametrize(
    "raw,day",
    [
        ("22nd February 2028", date(2028, 2, 22)),
        ("3rd of June 2028", date(2028, 6, 3)),
        ("7-Sep-2028", date(2028, 9, 7)),
        ("2028-Oct-01", date(2028, 10, 1)),
        (str((date(2028, 9, 7) - date(1899, 12, 30)).days), date(2028, 9, 7)),
        (f"{(date(2029, 1, 15) - date(1899, 12, 30)).days}.0", date(2029, 1, 15)),
    ],
)
def test_dates_with_ordinals_dashes_and_lost_excel_formats(raw, day):
    if day is None:
        with pytest.raises(ValueError):
            parse_date(raw)
    else:
        assert parse_date(raw) == day


@pytest.mark.parametrize("raw", ["12345", "99999", "46000.5.1"])
def test_a_five_digit_number_far_from_our_century_or_with_two_fractions_is_no_date(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


@pytest.mark.parametrize(
    "raw,flag",
    [
        ("Included", True), ("Not included", False), ("Бесплатно", True), ("Не предусмотрено", False),
        ("At company expense", True), ("at own expense", False), ("жұмыс беруші есебінен", True),
        ("өз есебінен", False), ("✔", True), ("✘", False), ("N/A", None), ("—", None), ("", None),
        ("ИӘ", True), ("Жоқ", False),
    ],
)  # fmt: skip
def test_yes_and_no_as_agencies_and_offices_write_them(raw, flag):
    from bot.tabular import parse_flag

    assert parse_flag(raw) is flag


@pytest.mark.parametrize("raw", ["maybe", "по желанию", "2"])
def test_a_cell_that_says_neither_yes_nor_no_is_refused(raw):
    from bot.tabular import parse_flag

    with pytest.raises(ValueError):
        parse_flag(raw)


def test_a_semicolon_file_whose_header_and_cells_hold_commas():
    data = "Должность;Работодатель;Зарплата, риалов\nПовар, кондитер;Souq Waqif, Doha;1 900\n".encode("cp1251")
    table = read_table(data, "v.csv", aliases=KNOWN)
    assert table.rows == [(2, {"title": "Повар, кондитер", "employer": "Souq Waqif, Doha", "salary": "1 900"})]


def test_a_header_in_two_languages_is_known_by_either_half():
    data = "Должность | Position;Employer / Жұмыс беруші\nPlasterer;Al Sadd Works\n".encode()
    assert read_table(data, "v.csv", aliases=KNOWN).columns == ("title", "employer")


def test_group_titles_between_blank_lines_are_not_vacancies_but_a_lone_cell_inside_is_kept():
    data = ("Должность;Работодатель;Зарплата\n\nОбщепит\nПекарь;Al Sadd Works;1700\nКассир;Al Sadd Works;1500\n"
            "Грузчик;;\nМойщик;Al Sadd Works;1200\n").encode()
    rows = read_table(data, "v.csv", aliases=KNOWN).rows
    assert [number for number, _ in rows] == [4, 5, 6, 7]  # «Общепит» titles a group; «Грузчик» is reported


def test_a_grand_total_and_a_total_per_branch_are_left_out():
    data = ("Должность;Работодатель;Зарплата\nПекарь;Al Sadd Works;1700\nИтого по отрасли:;;1700\n"
            "Baker;Al Sadd Works;1700\nGrand total;;1700\n").encode()
    assert [number for number, _ in read_table(data, "v.csv", aliases=KNOWN).rows] == [2, 4]


def test_a_two_line_header_whose_second_line_names_the_parts_of_a_merged_cell():
    data = workbook([["Должность", None, "Работодатель", None, "Deadline"],
                     ["Шифр", "Наименование", "Название", "Город", None],
                     ["Z-7", "Маляр", "Al Sadd Works", "Доха", "2028-01-31"]], merges=["A1:B1", "C1:D1"])
    aliases = KNOWN | {header_key("Город"): "city"}
    table = read_table(data, "v.xlsx", aliases=aliases)
    [(number, row)] = table.rows
    assert number == 3  # the second header line is no vacancy
    assert {name: row[name] for name in ("title", "employer", "city", "deadline")} == {
        "title": "Маляр", "employer": "Al Sadd Works", "city": "Доха", "deadline": "2028-01-31"}


@pytest.mark.parametrize(
    "raw,day",
    [
        ("07.11.28", date(2028, 11, 7)),
        ("7/11/28 г.", date(2028, 11, 7)),
        ("02/28/2029", date(2029, 2, 28)),  # month first: 28 cannot be a month
        ("04/05/2029", date(2029, 5, 4)),  # either could be the month: day first, as in Kazakhstan
        ("9-Jan-28", date(2028, 1, 9)),
    ],
)
def test_short_years_and_month_first_slashes(raw, day):
    assert parse_date(raw) == day


def test_signature_lines_under_the_table_are_no_vacancies():
    from bot.vacancy_rows import HEADER_ALIASES

    data = (
        "Должность;Работодатель;Зарплата\n"
        "Кровельщик;Gulf Roofing W.L.L.;1700\n"
        ";;\n"
        "Начальник отдела;________;Сапаров Е.\n"
        "М.П.;;\n"
    ).encode("utf-8")
    table = read_table(data, "список.csv", aliases=HEADER_ALIASES)
    assert [row["title"] for _, row in table.rows] == ["Кровельщик"]


def test_a_hidden_column_gives_way_to_a_visible_one_of_the_same_meaning():
    from bot.vacancy_rows import HEADER_ALIASES

    data = workbook([["Job Title", "Salary (KZT)", "Salary (QAR)", "Employer"],
                     ["Rigger", 450000, 1700, "Gulf Lifting W.L.L."]], hidden_columns=["B"])
    table = read_table(data, "hidden.xlsx", aliases=HEADER_ALIASES)
    assert table.rows[0][1]["salary"] == "1700"
    assert table.labels["salary"] == "Salary (QAR)"


def test_a_label_and_value_above_the_header_are_kept_by_column():
    from bot.vacancy_rows import HEADER_ALIASES

    data = "Employer: Gulf Lifting W.L.L.\nCity: Al Khor\n\nJob Title,Salary\nRigger,1700\n".encode()
    table = read_table(data, "request.csv", aliases=HEADER_ALIASES)
    assert table.above == {"employer": ("Gulf Lifting W.L.L.", "Employer"), "city": ("Al Khor", "City")}


@pytest.mark.parametrize(("one", "other"), [
    ("Жұмыс беруші", "Jumys berýshi"),  # the Latin alphabet of 2018
    ("Өтінім нөмірі", "Ötınım nömırı"),  # of 2021
    ("Соңғы күні", "Songy kuni"),  # a keyboard without the Kazakh letters
    ("Сұхбат", "Сухбат"),  # Russian letters in a Windows-1251 file
])
def test_a_word_in_any_alphabet_folds_alike_for_both_kinds_of_file(one, other):
    assert loose_key(one) == loose_key(other)


# ---- merged cells, year-less deadlines, serials with a time, template hints -------------------------


def test_a_cell_merged_down_over_vacancy_rows_is_read_on_each_row():
    data = workbook([["Должность", "Работодатель", "Зарплата"], ["Сантехник", "Qatar Pipes Co.", 1700],
                     ["Слесарь", None, 1650], ["Такелажник", None, 1500], ["Маляр", "Al Wakra Paints", 1400]],
                    merges=["B2:B4"])
    table = read_table(data, "m.xlsx", aliases=KNOWN)
    assert [row["employer"] for _, row in table.rows] == [
        "Qatar Pipes Co.", "Qatar Pipes Co.", "Qatar Pipes Co.", "Al Wakra Paints"]


def test_a_header_merged_down_over_two_lines_is_not_copied_into_the_second():
    data = workbook([["Должность", "Зарплата, QAR", None], [None, "от", "до"], ["Сварщик", 1500, 2000]],
                    merges=["A1:A2", "B1:C1"])
    known = KNOWN | {"зарплата от": "salary_min", "зарплата до": "salary_max"}
    table = read_table(data, "h.xlsx", aliases=known)
    assert table.rows == [(3, {"title": "Сварщик", "salary_min": "1500", "salary_max": "2000"})]


@pytest.mark.parametrize(
    "raw,day",
    [
        ("до 3 февраля", date(2027, 2, 3)),        # already past this year: next year's
        ("по 20 декабря", date(2026, 12, 20)),     # still ahead this year
        ("Feb 3rd", date(2027, 2, 3)),
        ("12 қаңтар", date(2027, 1, 12)),
        ("20.12", date(2026, 12, 20)),
        ("the 5th of March 2027", date(2027, 3, 5)),
    ],
)
def test_a_deadline_without_its_year_is_the_next_such_day(raw, day):
    assert parse_date(raw, ahead=date(2026, 11, 27)) == day


@pytest.mark.parametrize("raw", ["до 3 февраля", "20.12", "31 февраля"])
def test_a_day_without_its_year_is_no_date_unless_asked_for_a_deadline(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


def test_a_day_that_never_exists_is_refused_even_as_a_deadline():
    with pytest.raises(ValueError):
        parse_date("30 февраля", ahead=date(2026, 11, 27))


@pytest.mark.parametrize("raw", ["47000.75", "47000,25", "47000.999305"])
def test_an_excel_serial_with_a_time_of_day_is_that_day(raw):
    assert parse_date(raw) == date(1899, 12, 30) + timedelta(days=47000)


@pytest.mark.parametrize("raw", ["Да/Нет", "yes / no", "Y/N", "иә/жоқ"])
def test_a_yes_no_hint_left_from_a_template_says_nothing(raw):
    assert parse_flag(raw) is None


def test_a_header_with_a_colon_is_known_by_what_comes_before_it():
    known = KNOWN | {"transport": "transport_provided"}
    table = read_table(b"Title,Transport: company bus\nRigger,yes\n", "t.csv", aliases=known)
    assert table.columns == ("title", "transport_provided")


def test_a_last_one_cell_line_that_repeats_the_tables_pattern_is_kept():
    data = ("Title,Employer,Salary\nRigger,Gulf Lifting,1500\nnote A\nFitter,Gulf Lifting,1700\nnote B\n"
            ).encode()
    table = read_table(data, "p.csv", aliases=KNOWN)
    assert [int(number) for number, _ in table.rows] == [2, 3, 4, 5]


def test_a_one_cell_line_under_the_table_is_still_a_note():
    data = b"Title,Employer,Salary\nRigger,Gulf Lifting,1500\nFitter,Gulf Lifting,1700\n\nPrepared by: HR\n"
    table = read_table(data, "n.csv", aliases=KNOWN)
    assert [int(number) for number, _ in table.rows] == [2, 3]
