"""Tables saved by other programs than Excel: a LibreOffice Calc workbook (.ods) and a web page a portal
exports as «.xls»; and what any reader leaves out of a cell or a table: the apostrophe marking a number as
text, the header written again over a second block of rows, a file of no bytes at all."""

from __future__ import annotations

import io
import zipfile

from bot.tabular import BLANK, EMPTY, read_table
from bot.vacancy_rows import HEADER_ALIASES

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods(rows_xml: str, name: str = "Sheet1") -> bytes:
    """A Calc workbook whose one sheet holds `rows_xml` (table:table-row elements as Calc writes them)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body>'
               f'<office:spreadsheet><table:table table:name="{name}">{rows_xml}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def text(value: str, extra: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{value}</text:p></table:table-cell>'


def number(value: str) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
            "</table:table-cell>")


def row(*cells: str, repeat: int = 1) -> str:
    attribute = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attribute}>{''.join(cells)}</table:table-row>"


def test_a_calc_workbook_is_read_with_its_numbers_dates_and_repeats():
    edge = '<table:table-cell table:number-columns-repeated="16380"/>'
    rows = (
        row(text("Title"), text("Employer"), text("Salary"), text("Closing date"), edge)
        + row(text("Welder"), text("Doha<text:s/>Steel<text:s text:c='2'/>W.L.L."), number("1850"),
              '<table:table-cell office:value-type="date" office:date-value="2031-03-01"><text:p>01.03.31</text:p>'
              "</table:table-cell>", edge)
        + row('<table:table-cell table:number-columns-repeated="16384"/>', repeat=3)
        + row(text("Rigger"), text("Doha Steel W.L.L."), number("1400.5"), text("15.03.2031"))
        + row('<table:table-cell table:number-columns-repeated="16384"/>', repeat=1048500)
    )
    table = read_table(ods(rows), "vacancies (calc).ods", ("title",), aliases=HEADER_ALIASES)
    assert table.error is None
    assert [(number, cells["title"], cells["employer"], cells["salary"], cells["deadline"])
            for number, cells in table.rows] == [
        (2, "Welder", "Doha Steel  W.L.L.", "1850", "2031-03-01"),
        (6, "Rigger", "Doha Steel W.L.L.", "1400.5", "15.03.2031"),
    ]


def test_a_calc_workbook_under_another_name_is_still_read_as_one():
    rows = row(text("Title"), text("Employer")) + row(text("Cook"), text("Pearl Catering"))
    table = read_table(ods(rows), "export.xlsx", ("title",), aliases=HEADER_ALIASES)
    assert table.rows == [(2, {"title": "Cook", "employer": "Pearl Catering"})]


def test_a_cell_merged_down_in_calc_fills_each_row_it_covers():
    rows = (row(text("Employer"), text("Title"), text("Places"))
            + row(text("Lusail Cafe Co.", ' table:number-rows-spanned="2"'), text("Barista"), number("3"))
            + row('<table:covered-table-cell/>', text("Waiter"), number("5")))
    table = read_table(ods(rows), "merged.ods", ("title",), aliases=HEADER_ALIASES)
    assert [cells["employer"] for _, cells in table.rows] == ["Lusail Cafe Co.", "Lusail Cafe Co."]


def test_a_web_page_saved_as_xls_is_read_with_its_spans():
    page = """<html><head><meta charset="windows-1251"></head><body>
    <p>Выгрузка вакансий</p>
    <table border=1>
      <tr><th>Работодатель</th><th>Должность</th><th colspan=2>Зарплата</th><th>Мест</th></tr>
      <tr><td rowspan="2">Gulf Bakery W.L.L.</td><td>Пекарь</td><td>1300</td><td>1600</td><td>4</td></tr>
      <tr><td>Кондитер<br>(торты)</td><td>1500</td><td>1900</td><td>2</td></tr>
    </table></body></html>"""
    table = read_table(page.encode("cp1251"), "report.xls", ("title",), aliases=HEADER_ALIASES)
    assert table.error is None
    assert [(cells["employer"], cells["title"], cells["positions"]) for _, cells in table.rows] == [
        ("Gulf Bakery W.L.L.", "Пекарь", "4"),
        ("Gulf Bakery W.L.L.", "Кондитер\n(торты)", "2"),
    ]


def test_the_apostrophe_marking_a_number_as_text_is_no_part_of_it():
    data = "Title;Employer;Salary;Positions;Phone\nCook;Pearl Catering;'1 250;'4;'+77015550000\n".encode()
    table = read_table(data, "export.csv", aliases=HEADER_ALIASES)
    cells = table.rows[0][1]
    assert (cells["salary"], cells["positions"]) == ("1 250", "4")


def test_a_word_after_an_apostrophe_keeps_it():
    data = "Title;Employer\nO'Neil's Diner cook;'Aziz Trading Co.\n".encode()
    table = read_table(data, "export.csv", aliases=HEADER_ALIASES)
    assert table.rows[0][1] == {"title": "O'Neil's Diner cook", "employer": "'Aziz Trading Co."}


def test_the_header_written_again_over_a_second_block_is_no_row():
    data = ("Job Title,Company,Salary\nMason,Al Jaber Co.,1400\n,,\nJob Title,Company,Salary\n"
            "Driver,Al Jaber Co.,1900\n").encode()
    table = read_table(data, "two_blocks.csv", ("title",), aliases=HEADER_ALIASES)
    assert [(number, cells["title"]) for number, cells in table.rows] == [(2, "Mason"), (5, "Driver")]


def test_a_file_of_no_bytes_is_told_apart_from_a_table_without_rows():
    assert read_table(b"", "export.csv").error == BLANK
    assert read_table(b"\r\n  \r\n", "export.csv").error == EMPTY
    assert read_table(b"Title,Employer\r\n", "export.csv", aliases=HEADER_ALIASES).error == EMPTY


def test_a_hidden_calc_sheet_and_column_give_way_to_what_the_officer_sees():
    style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    header = row(text("Title"), text("Salary (KZT)"), text("Salary (QAR)"), text("Employer"))
    archive_rows = header + row(text("Old job"), number("1"), number("1200"), text("Gone Co."))
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} xmlns:style="{style}">'
        '<office:automatic-styles><style:style style:name="ta2" style:family="table">'
        '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
        '<office:body><office:spreadsheet>'
        f'<table:table table:name="Archive" table:style-name="ta2">{archive_rows}</table:table>'
        '<table:table table:name="Current"><table:table-column/>'
        '<table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="2"/>'
        f'{header}{row(text("Rigger"), number("450000"), number("1700"), text("Gulf Lifting W.L.L."))}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    table = read_table(buffer.getvalue(), "hidden.ods", ("title",), aliases=HEADER_ALIASES)
    assert [(cells["title"], cells["salary"]) for _, cells in table.rows] == [("Rigger", "1700")]
