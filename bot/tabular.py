"""Reads the files officers download from the portal (CSV, XLSX, XLS, JSON) into plain rows of text.

Officers open these files in Excel or LibreOffice and save them back, so the reader accepts what those
programs produce: UTF-8 with or without BOM, Windows-1251 (Russian Excel's default), UTF-16 "Unicode
text", comma, semicolon or tab separators, XLSX dates and numbers, and the Excel 97–2003 workbooks (.xls)
older office computers still save. Every row keeps the number the
officer sees in the spreadsheet, so an error message can point at it. Typed parsing of cells
(`RowReader`) lives here too, so vacancy and status files report mistakes the same way.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Collection, Generic, Iterable, Sequence, TypeVar

T = TypeVar("T")

UNKNOWN_FORMAT = "unknown_format"
UNREADABLE = "unreadable"
EMPTY = "empty"
MISSING_COLUMNS = "missing_columns"

_EXTENSIONS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xls": "xls", ".json": "json"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of an Excel 97–2003 workbook
_BLANK_BYTES = b" \t\r\n\xef\xbb\xbf"


@dataclass(frozen=True)
class Table:
    """Rows as (spreadsheet row number, {normalized column: text}); `error` set means no rows."""

    rows: list[tuple[int, dict[str, str]]]
    error: str | None = None
    columns: tuple[str, ...] = ()


@dataclass
class RowError(Exception):
    """One bad cell: which row the officer should look at, which column, and why (a code)."""

    row: int
    field: str
    code: str
    value: str = ""

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.code} ({self.value!r})"


@dataclass
class ParseResult(Generic[T]):
    rows: list[T] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def normalize_header(name: Any) -> str:
    """" Salary Min " and "salary_min" are the same column."""
    return "_".join(str(name or "").replace("\ufeff", "").strip().lower().split())


def read_table(data: bytes, filename: str, required: Collection[str] = ()) -> Table:
    """Turn an uploaded file into rows; never raises on a bad file, it sets `Table.error` instead."""
    if not data.strip(_BLANK_BYTES):
        return Table([], EMPTY)
    fmt = _detect_format(data, filename)
    if fmt is None:
        return Table([], UNKNOWN_FORMAT)
    reader = {"csv": _csv_records, "xlsx": _xlsx_records, "xls": _xls_records, "json": _json_records}[fmt]
    try:
        columns, rows = reader(data)
    except Exception:  # a broken upload must become a message to the officer, whatever broke
        return Table([], UNREADABLE)
    if not columns:
        return Table([], EMPTY)
    missing = [name for name in required if name not in columns]
    if missing:
        return Table([], f"{MISSING_COLUMNS}:{','.join(missing)}", tuple(columns))
    if not rows:
        return Table([], EMPTY, tuple(columns))
    return Table(rows, None, tuple(columns))


def _detect_format(data: bytes, filename: str) -> str | None:
    name = (filename or "").lower()
    for ending, fmt in _EXTENSIONS.items():
        if name.endswith(ending):
            return fmt
    if data.startswith(b"PK"):
        return "xlsx"
    if data.startswith(_OLE2):
        return "xls"
    if data.lstrip(_BLANK_BYTES).startswith(b"["):
        return "json"
    return None


Records = tuple[list[str], list[tuple[int, dict[str, str]]]]


def _rows_from_records(records: Iterable[tuple[int, Sequence[str]]]) -> Records:
    """The first non-blank record is the header; later blank records are skipped but still counted."""
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for number, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [normalize_header(cell) for cell in cells]
            continue
        row = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header) if name}
        rows.append((number, row))
    columns = [name for name in dict.fromkeys(header or []) if name]
    return columns, rows


# --- CSV -------------------------------------------------------------------------------------------


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1251")
    if "\x00" in text:
        raise ValueError("binary data")
    return text


def _sniff_delimiter(text: str) -> str:
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return csv.Sniffer().sniff(header_line, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: header_line.count(d) for d in ",;\t"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _csv_records(data: bytes) -> Records:
    text = _decode_text(data)
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text), strict=True)
    return _rows_from_records(enumerate(reader, start=1))


# --- XLSX ------------------------------------------------------------------------------------------


def _xlsx_records(data: bytes) -> Records:
    import openpyxl  # only needed for spreadsheets; keeps CSV-only callers light

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some exporters write a wrong used range; read what is really there
        records = (
            (number, [cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        return _rows_from_records(records)
    finally:
        book.close()


def _xls_records(data: bytes) -> Records:
    import xlrd  # only needed for Excel 97–2003 workbooks

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        sheet = book.sheet_by_index(0)
        records = (
            (number + 1, [_xls_cell_text(cell, book.datemode) for cell in sheet.row(number)])
            for number in range(sheet.nrows)
        )
        return _rows_from_records(records)
    finally:
        book.release_resources()


def _xls_cell_text(cell: Any, datemode: int) -> str:
    """An .xls cell as `cell_text` writes the same value read from XLSX: its dates are numbers of days
    there, and its booleans and errors are numbers too."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, datemode))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return cell_text(cell.value)


def cell_text(value: Any) -> str:
    """Spreadsheet and JSON values as the text an officer would type: 2.0 → "2", a date → 2026-05-31."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        value = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        if value.time() == time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        if value == value.to_integral_value():
            return str(int(value))
        return format(value.normalize(), "f")
    if isinstance(value, (list, tuple)):
        return ";".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# --- JSON ------------------------------------------------------------------------------------------


def _json_records(data: bytes) -> Records:
    items = json.loads(data.decode("utf-8-sig"), parse_float=Decimal)
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValueError("expected an array of objects")
    columns: dict[str, None] = {}
    rows: list[tuple[int, dict[str, str]]] = []
    for number, item in enumerate(items, start=1):
        row = {normalize_header(key): cell_text(value) for key, value in item.items()}
        row = {key: value for key, value in row.items() if key}
        columns.update(dict.fromkeys(row))
        if any(value.strip() for value in row.values()):
            rows.append((number, row))
    return list(columns), rows


# --- typed cells -----------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

TRUE_WORDS = frozenset({"yes", "y", "true", "1", "да", "д", "иә", "ия"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "нет", "н", "жоқ", "жок"})


def parse_number(raw: str) -> Decimal:
    """Accept "1800", "1 800", "1,800", "1800.00" and Excel's "1800,5"; letters are never a number.

    A comma followed by exactly three digits is a thousands separator; followed by one or two it is
    the decimal comma that Russian-locale spreadsheets write. Raises ValueError.
    """
    text = _SPACES.sub("", raw)
    sign = -1 if text.startswith("-") else 1
    text = text.removeprefix("-")
    if _PLAIN_NUMBER.fullmatch(text):
        number = Decimal(text)
    elif _THOUSANDS_COMMA.fullmatch(text):
        number = Decimal(text.replace(",", ""))
    elif _DECIMAL_COMMA.fullmatch(text):
        number = Decimal(text.replace(",", "."))
    else:
        raise ValueError(raw)
    return sign * number


class RowReader:
    """Typed access to one row's cells; each getter raises RowError naming the cell."""

    def __init__(self, row: dict[str, str], row_number: int) -> None:
        self.row = row
        self.row_number = row_number

    def raw(self, name: str) -> str:
        return (self.row.get(name) or "").strip()

    def error(self, name: str, code: str, value: str | None = None) -> RowError:
        return RowError(self.row_number, name, code, self.raw(name) if value is None else value)

    def text(self, name: str, max_len: int, *, required: bool = False) -> str:
        value = self.raw(name)
        if required and not value:
            raise self.error(name, "missing")
        if len(value) > max_len:
            raise self.error(name, "too_long", value[:50])
        return value

    def number(self, name: str, low: Decimal | int, high: Decimal | int) -> Decimal | None:
        value = self.raw(name)
        if not value:
            return None
        try:
            number = parse_number(value)
        except (ValueError, InvalidOperation):
            raise self.error(name, "not_a_number") from None
        if number < 0 <= low:
            raise self.error(name, "negative")
        if not low <= number <= high:
            raise self.error(name, "out_of_range")
        return number

    def integer(self, name: str, low: int, high: int) -> int | None:
        number = self.number(name, low, high)
        if number is None:
            return None
        if number != number.to_integral_value():
            raise self.error(name, "not_a_number")
        return int(number)

    def flag(self, name: str) -> bool | None:
        value = self.raw(name).lower()
        if not value:
            return None
        if value in TRUE_WORDS:
            return True
        if value in FALSE_WORDS:
            return False
        raise self.error(name, "bad_bool")

    def date(self, name: str) -> date | None:
        value = self.raw(name)
        if not value:
            return None
        if not _ISO_DATE.fullmatch(value):
            raise self.error(name, "bad_date")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(name, "bad_date") from None

