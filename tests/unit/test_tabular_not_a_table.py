"""Files that are no table, and tables that come in other wrappings: what the officer is told, what is read."""

from __future__ import annotations

import io
import json
import struct
import zlib
from datetime import datetime

from bot.i18n import I18n
from bot.services.vacancy_import import file_error_text
from bot.tabular import read_table
from bot.vacancy_rows import read_upload, read_vacancy_file
from tests.data.vacancy_files import YEAR
from tests.data.vacancy_files_8 import compound_file
from tests.texts import plain
from tests.workbooks import workbook


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0\0")) + chunk(
        b"IEND", b"")


def test_a_picture_is_told_as_a_picture_whatever_its_name() -> None:
    for name in ("list.png", "вакансии.xlsx", "document"):
        assert read_table(_png(), name).error == "image"
    assert read_table(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "photo.jpeg").error == "image"
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(100)
    assert read_table(heic, "IMG_0042.HEIC").error == "image"


def test_a_pdf_is_told_as_a_pdf_even_renamed() -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"
    assert read_table(pdf, "jobs.xlsx").error == "pdf"
    assert read_table(pdf, "jobs.csv").error == "pdf"


def test_a_password_locked_workbook_is_told_so() -> None:
    locked = compound_file({"EncryptionInfo": b"\x04\x00\x04\x00" + bytes(5000), "EncryptedPackage": bytes(6000)})
    assert read_table(locked, "ведомость.xlsx").error == "encrypted"
    assert read_table(locked, "ведомость.xls").error == "encrypted"


def test_the_answers_say_what_to_send_instead_in_every_language() -> None:
    i18n = I18n()
    assert "password" in plain(file_error_text(i18n.translator("en"), "encrypted")).lower()
    assert "PDF" in plain(file_error_text(i18n.translator("ru"), "pdf"))
    assert "сурет" in plain(file_error_text(i18n.translator("kk"), "image"))


def _book(sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> bytes:
    return workbook(sheets, hidden_sheets=hidden)


HEADER = ["Job Title", "Employer", "Salary", "Deadline"]


def test_a_hidden_sheet_is_not_read_when_a_shown_one_holds_the_table() -> None:
    old = [HEADER, ["Rigger", "Old Contracting Co.", 1500, datetime(YEAR - 2, 1, 1)]]
    new = [HEADER, ["Pipe Fitter", "Ras Laffan Process Services", 2000, datetime(YEAR, 1, 1)]]
    table = read_vacancy_file(_book({"2024": old, "Current": new}, hidden=("2024",)), "jobs.xlsx")
    assert [row["title"] for _, row in table.rows] == ["Pipe Fitter"]


def test_a_hidden_sheet_is_read_when_it_alone_holds_the_table() -> None:
    rows = [HEADER, ["Pipe Fitter", "Ras Laffan Process Services", 2000, datetime(YEAR, 1, 1)]]
    data = _book({"Note": [["Filled in by the agency"]], "Data": rows}, hidden=("Data",))
    assert [row["title"] for _, row in read_vacancy_file(data, "jobs.xlsx").rows] == ["Pipe Fitter"]


def test_each_sheets_employer_line_names_its_own_rows() -> None:
    head = ["Должность", "Зарплата", "Срок"]
    data = _book({"A": [["Работодатель: Alpha Marine W.L.L."], head, ["Матрос", 1600, f"01.05.{YEAR}"]],
                  "B": [["Работодатель: Beta Foods Co."], head, ["Пекарь", 1500, f"01.05.{YEAR}"]]})
    table = read_upload(data, "two.xlsx")
    from bot.vacancy_rows import vacancy_columns

    rows = vacancy_columns(table).rows
    assert [(row["title"], row["employer"]) for _, row in rows] == [
        ("Матрос", "Alpha Marine W.L.L."), ("Пекарь", "Beta Foods Co.")]


def test_rows_of_cells_in_json_are_a_table_with_its_header_first() -> None:
    data = json.dumps({"range": "Sheet1!A1:C3", "values": [
        ["Position", "Company", "Salary"], ["Welder", "Gulf Steel", "1800"], ["Painter", "Gulf Steel"]]}).encode()
    table = read_vacancy_file(data, "sheet.json")
    assert table.error is None
    assert [(row["title"], row["salary"]) for _, row in table.rows] == [("Welder", "1800"), ("Painter", "")]


def test_arabic_digits_and_direction_marks_are_read_as_plain_text() -> None:
    data = ("Job Title,Employer,Qty\nCook,\u200fمطعم الخليج\u200f,٣\n").encode()
    [(_, row)] = read_vacancy_file(data, "ar.csv").rows
    assert row["employer"] == "مطعم الخليج" and row["positions"] == "3"


def test_a_word_document_is_told_as_one() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert read_table(buffer.getvalue(), "вакансии.docx").error == "word"
    assert read_table(buffer.getvalue(), "вакансии.xlsx").error == "word"


def test_an_archive_of_files_is_told_as_one() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("вакансии декабрь.xlsx", b"PK\x03\x04...")
    assert read_table(buffer.getvalue(), "вакансии.zip").error == "archive"
    assert read_table(buffer.getvalue(), "вакансии.xlsx").error == "archive"
    assert read_table(b"Rar!\x1a\x07\x01\x00" + bytes(40), "files.rar").error == "archive"


def test_a_bracketed_equivalent_in_tenge_leaves_the_riyal_pay() -> None:
    from bot.vacancy_rows import parse_vacancy_row

    row = parse_vacancy_row({"external_id": "E-1", "title": "Cook", "employer": "Gulf Foods",
                             "salary": "1 600 QAR (≈ 215 000 тенге)"}, 2)
    assert (row.salary_min, row.salary_max) == (1600, 1600)
