"""Files as portals and 1C export them: an «XML Spreadsheet 2003» workbook (often named .xls or .xml), read
cell by cell as Excel shows it; and a 1C spreadsheet in 1C's own format (.mxl), refused with a way out."""

from __future__ import annotations

from bot.i18n import I18n
from bot.services.vacancy_import import file_error_text
from bot.tabular import ONE_C, read_table
from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:html="http://www.w3.org/TR/REC-html40">\n')


def book(*worksheets: str) -> bytes:
    return (HEAD + "".join(worksheets) + "</Workbook>").encode("utf-8")


def sheet(name: str, rows: str, options: str = "") -> str:
    return f'<Worksheet ss:Name="{name}"><Table>{rows}</Table>{options}</Worksheet>'


def s(text: str, extra: str = "") -> str:
    return f'<Cell{extra}><Data ss:Type="String">{text}</Data></Cell>'


def n(value: str, extra: str = "") -> str:
    return f'<Cell{extra}><Data ss:Type="Number">{value}</Data></Cell>'


def test_a_spreadsheet_2003_named_xls_gives_its_vacancies() -> None:
    rows = ("<Row>" + s("Вакансии на март", ' ss:MergeAcross="4"') + "</Row>"
            '<Row ss:Index="3">' + s("Должность") + s("Работодатель") + s("Зарплата") + s("Мест") + s("Срок") + "</Row>"
            "<Row>" + s("Арматурщик") + s("Gulf Rebar Works W.L.L.") + n("1650.5") + n("7")
            + '<Cell><Data ss:Type="DateTime">2031-03-31T00:00:00.000</Data></Cell></Row>')
    table = read_vacancy_file(book(sheet("Лист1", rows)), "export.xls")
    [row] = parse_vacancy_table(table).rows
    assert (row.title, row.employer, row.positions, str(row.deadline)) == (
        "Арматурщик", "Gulf Rebar Works W.L.L.", 7, "2031-03-31")
    assert row.salary_min == row.salary_max and float(row.salary_min) == 1650.5


def test_a_left_out_cell_keeps_the_next_one_in_its_column() -> None:
    rows = ("<Row>" + s("Title") + s("Employer") + s("City") + s("Salary") + "</Row>"
            "<Row>" + s("Tiler") + s("Qatar Tiles Co.") + n("1500", ' ss:Index="4"') + "</Row>")
    [row] = parse_vacancy_table(read_vacancy_file(book(sheet("Jobs", rows)), "jobs.xml")).rows
    assert row.city is None and int(row.salary_min) == 1500


def test_a_cell_merged_down_says_the_same_of_each_row() -> None:
    rows = ("<Row>" + s("Position") + s("Company") + s("Salary") + "</Row>"
            "<Row>" + s("Driver") + s("Lekhwiya Transport Co.", ' ss:MergeDown="1"') + n("2100") + "</Row>"
            "<Row>" + s("Mechanic") + n("2300", ' ss:Index="3"') + "</Row>")
    rows_read = parse_vacancy_table(read_vacancy_file(book(sheet("Sheet1", rows)), "jobs.xls")).rows
    assert [(row.title, row.employer) for row in rows_read] == [
        ("Driver", "Lekhwiya Transport Co."), ("Mechanic", "Lekhwiya Transport Co.")]


def test_a_hidden_worksheet_is_left_out_and_rich_text_is_read_whole() -> None:
    old = sheet("2019", "<Row>" + s("Title") + s("Employer") + "</Row><Row>" + s("Old job") + s("Old Co.") + "</Row>",
                "<WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\"><Visible>SheetHidden</Visible>"
                "</WorksheetOptions>")
    rich = ('<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
            '<B>Steel</B> Fixer</ss:Data></Cell>')
    new = sheet("Now", "<Row>" + s("Title") + s("Employer") + "</Row><Row>" + rich + s("New Co.") + "</Row>")
    table = read_table(book(old, new), "book.xls", aliases={"title": "title", "employer": "employer"})
    assert [row for _, row in table.rows] == [{"title": "Steel Fixer", "employer": "New Co."}]


def test_a_spreadsheet_2003_declaring_a_document_type_is_refused() -> None:
    data = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>').encode()
    assert read_table(data, "x.xls").error == "unreadable"


def test_a_1c_spreadsheet_is_answered_with_how_to_save_it_as_excel() -> None:
    assert read_table(b"MOXCEL\x00\x01" + bytes(64), "report").error == ONE_C
    assert read_table(b"\x00\x00\x01\x02" + bytes(64), "Отчёт по вакансиям.mxl").error == ONE_C
    for lang in ("kk", "ru", "en"):
        text = file_error_text(I18n().translator(lang), ONE_C)
        assert "1С" in text or "1C" in text
        assert "Excel" in text
