"""Reads the files officers download from the portal (CSV, XLSX, XLS, JSON) into plain rows of text.

Officers open these files in Excel or LibreOffice and save them back, so the reader accepts what those
programs produce: UTF-8 with or without BOM, Windows-1251 (Russian Excel's default), UTF-16 "Unicode
text", comma, semicolon or tab separators, XLSX dates and numbers, the Excel 97–2003 workbooks (.xls)
older office computers still save, and the XML Spreadsheet 2003 that portals and 1C export under .xls.
Every row keeps the number the officer sees in the spreadsheet, so an error message can point at it.
Typed parsing of cells (`RowReader`) lives here too, so vacancy and status files report mistakes the same way.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Collection, Generic, Iterable, Mapping, Sequence, TypeVar

from rapidfuzz.distance import Levenshtein

from bot.kz_time import kazakhstan_today

T = TypeVar("T")

UNKNOWN_FORMAT = "unknown_format"
UNREADABLE = "unreadable"
EMPTY = "empty"
BLANK = "blank"  # a file of no bytes at all: an export or a download that failed, not a table without rows
MISSING_COLUMNS = "missing_columns"
# Files that are no table at all, each told apart so the officer learns what to send instead: a photo or a
# screenshot of the list, a PDF (renamed .xlsx or not), a workbook locked with a password.
IMAGE = "image"
PDF = "pdf"
ENCRYPTED = "encrypted"
WORD = "word"  # a Word document (its table typed there): the officer is asked for the spreadsheet
ARCHIVE = "archive"  # a ZIP, RAR or 7-Zip archive: the officer is asked for the file inside it
ONE_C = "one_c"  # a 1C spreadsheet (.mxl), which only 1C opens: the officer is asked to save it as Excel
EMAIL = "email"  # an e-mail saved from the mail program (.msg, .eml): the officer is asked for the table attached
LINK = "link"  # a text file holding a link to a table (Google Sheets, a cloud drive): the officer is asked for the file

_EXTENSIONS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xls": "xls", ".json": "json"}
HEADER_SEARCH_ROWS = 30  # a title, a date and a blank line or two sit above the header, never pages of them
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of an Excel 97–2003 workbook
_BLANK_BYTES = b" \t\r\n\xef\xbb\xbf"


class RowNumber(int):
    """A spreadsheet row number that remembers its sheet, when the rows come from more than one sheet
    (or not from the first): "row 3" alone would send the officer to the wrong sheet."""

    sheet: str

    def __new__(cls, number: int, sheet: str = "") -> "RowNumber":
        value = super().__new__(cls, number)
        value.sheet = sheet
        return value


@dataclass(frozen=True)
class Table:
    """Rows as (spreadsheet row number, {normalized column: text}); `error` set means no rows.

    `labels` gives each column's header as the file wrote it («Зарплата (QAR)» for `salary`), so a
    message about a cell names the column the officer sees. `above` holds what a title block above the
    header says of every row («Работодатель: Al Sadd Bakeries»), by column, with that line's label. `titles`
    are the lines read as a group's title («Строительство» above its vacancies) and skipped: the officer is
    told of them, since a vacancy with every other cell missing would look the same."""

    rows: list[tuple[int, dict[str, str]]]
    error: str | None = None
    columns: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    above: dict[str, tuple[str, str]] = field(default_factory=dict)
    titles: tuple[tuple[int, str], ...] = ()
    month_first: bool = False  # a line above the table says its dates are month first («ММ/ДД/ГГГГ»)
    # What the title block of each sheet says of its own rows, by sheet name (a workbook with a sheet per
    # employer, each headed «Работодатель: …»); `above` is the first sheet's, for rows not numbered by sheet.
    above_by_sheet: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    # The lines of one cell above the header of each sheet the rows come from, by sheet name: a letterhead
    # («Al Muftah Contracting W.L.L.» over an employer's letter of demand) names the employer of every row.
    lines_above: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The rows of `rows` the sheet hides (a filter left on, rows hidden by hand): read as the file's rows all the
    # same, since a filter is a view and not a deletion, and the officer is told how many there were.
    hidden_rows: tuple[int, ...] = ()
    # The filled cells of the lines around the table that are no rows: above its header (a title, a date) and the
    # notes under it (a colour legend, a signature), as written; a tracker's legend is read from them.
    notes: tuple[str, ...] = ()
    # The same notes by the sheet they are written on, when the rows come from more than one sheet (or not from
    # the first): a letter's terms under one employer's table hold for that sheet's rows only.
    notes_by_sheet: dict[str, tuple[str, ...]] = field(default_factory=dict)


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


_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]")
# A length of time in brackets is kept as the word «мес»: «Срок (мес.)» is a contract's length in months,
# not the closing date «Срок» alone names.
_MONTHS_UNIT = re.compile(r"[(\[]\s*(мес|месяц|месяцев|months?|mos?|ай|айлар)\.?\s*[)\]]")


def _unit_in_brackets(match: re.Match[str]) -> str:
    return " мес " if _MONTHS_UNIT.fullmatch(match[0]) else " "


# An accounting system's field name, its words run together: «ЗарплатаОт», «ДатаОкончанияПриема» (1C).
_CAMEL_CASE = re.compile(r"(?<=[а-яёәғқңөұүһі])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


def header_key(name: Any) -> str:
    """The words of a header, for looking it up among known names: «ДОЛЖНОСТЬ\n(профессия)» and
    «Должность», "Salary Range (QAR)" and "salary range", "salary_min" and "Salary Min" are the same.

    What follows a comma or sits in brackets is a unit or a note («Оклад, QAR», «Зарплата (QAR)»), and a
    Latin «i» typed in a Kazakh word is the Kazakh «і» (keyboards without the Kazakh layout do that); words
    run together as an accounting system names its fields («КоличествоМест») are apart."""
    text = _CAMEL_CASE.sub(" ", str(name or "")).replace("\ufeff", "").lower().replace("ё", "е")
    text = _PARENTHESES.sub(_unit_in_brackets, text).split(",")[0]
    text = re.sub(r"[._:*/\\]+", " ", text.replace("_", " "))
    if _CYRILLIC.search(text):
        text = text.replace("i", "і")
    return " ".join(text.split())


# Kazakh as the Latin alphabets of 2021 and 2018 write it («Ötınım nömırı», «Ūşyp kettı», «Jumys berýshi»,
# «sońǵy»), and Russian letters put in Cyrillic's place: what `loose_key` reduces them to, so that a keyboard
# without the Kazakh layout («Otinim nomiri», «Ushyp ketti», «Сухбат» in a Windows-1251 file) meets the same
# words, in the headers of vacancy and status files and in the officers' words for a step.
_TO_LATIN = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "ä": "a", "ö": "o", "ü": "u", "ū": "u", "ı": "i", "ğ": "g", "ñ": "n", "ş": "sh",
    "ç": "ch", "á": "a", "ǵ": "g", "ń": "n", "ó": "o", "ú": "u", "ý": "u", "q": "k", "y": "i", "w": "u", "x": "h",
    "№": "no", "#": "no",
})  # fmt: skip
_KEYBOARD_DIGRAPHS = (("zh", "j"), ("kh", "h"), ("gh", "g"), ("ng", "n"))


def loose_key(text: str) -> str:
    """A word or header reduced to plain Latin letters, doubled letters once: the Kazakh of a keyboard
    without its letters («Vizasy daiyn», «Ушып кетти») meets «Визасы дайын» and «Ұшып кетті»."""
    text = " ".join(text.casefold().replace("ё", "е").split()).translate(_TO_LATIN)
    for digraph, letter in _KEYBOARD_DIGRAPHS:
        text = text.replace(digraph, letter)
    return re.sub(r"(\w)\1+", r"\1", text)



def misspelt_header(key: str, known: Mapping[str, str], *, shortest: int, two_from: int | None = None) -> str | None:
    """The column of the known headers `key` is a slip of the finger from («Работадатель», «Коментарий»): one
    letter off, or two when `key` is `two_from` letters or longer; only for a `key` of `shortest` letters or
    more, since short words one letter apart mean other things («Контакт», «контракт»), and only when every
    header that near names one column."""
    if len(key) < shortest:
        return None
    allowed = 2 if two_from is not None and len(key) >= two_from else 1
    near = {column for name, column in known.items() if abs(len(name) - len(key)) <= allowed
            and Levenshtein.distance(name, key, score_cutoff=allowed) <= allowed}
    return near.pop() if len(near) == 1 else None


def read_table(
    data: bytes, filename: str, required: Collection[str] = (), *, aliases: Mapping[str, str] | None = None,
    gathered: Collection[str] = (), first_filled: Collection[str] = (),
) -> Table:
    """Turn an uploaded file into rows; never raises on a bad file, it sets `Table.error` instead.

    With `aliases` (a `header_key` to the column it means) the reader looks for the header below a title,
    names columns by what they mean, takes every sheet whose header it knows best, and leaves out the
    notes and totals written under the table. Without them the first non-blank row is the header. A column
    named twice takes its first cell, or for the columns in `gathered` all its filled cells, joined by « / »
    (a worker's Kazakh and Qatari phones side by side: the bot knows one of them), or for the columns in
    `first_filled` its first filled cell (a job's title in Russian, Kazakh and English, one of them empty)."""
    if not data:
        return Table([], BLANK)
    if not data.strip(_BLANK_BYTES):
        return Table([], EMPTY)
    if (not_a_table := _not_a_table(data, filename)) is not None:
        return Table([], not_a_table)
    fmt = _detect_format(data, filename)
    if fmt is None:
        return Table([], UNKNOWN_FORMAT)
    above: dict[str, dict[str, tuple[str, str]]] = {}
    lines_above: dict[str, tuple[str, ...]] = {}
    month_first = False
    hidden_rows: Mapping[str, frozenset[int]] = {}
    notes_by_sheet: dict[str, tuple[str, ...]] = {}
    try:
        grid = _json_grid(data) if fmt == "json" else None
        if fmt == "json" and grid is None:
            columns, rows, labels, titles, notes = _json_records(data, aliases)
        else:
            reader = {"csv": _csv_sheets, "xlsx": _xlsx_sheets, "xls": _xls_sheets, "ods": _ods_sheets,
                      "html": _html_sheets, "xml2003": _xml_2003_sheets}.get(fmt, lambda _: grid)
            read = reader(data)
            hidden_rows = getattr(read, "hidden_rows", {})
            sheets = _shown_sheets(read, aliases)
            columns, rows, labels, titles, notes = _pick_sheets(sheets, aliases, frozenset(gathered),
                                                                frozenset(first_filled), notes_by_sheet)
            above = _facts_above(sheets, aliases) if aliases is not None else {}
            lines_above = _lines_above(sheets, aliases) if aliases is not None else {}
            month_first = aliases is not None and _month_first_above(sheets, aliases)
    except Exception as error:  # a broken upload must become a message to the officer, whatever broke
        return Table([], ENCRYPTED if "encrypt" in str(error).lower() else UNREADABLE)
    if not columns:
        return Table([], IMAGE if _only_pictures(data, fmt) else EMPTY)
    missing = [name for name in required if name not in columns]
    if missing:
        return Table([], f"{MISSING_COLUMNS}:{','.join(missing)}", tuple(columns), labels)
    first_above = next(iter(above.values()), {})
    if not rows:
        return Table([], EMPTY, tuple(columns), labels, first_above, tuple(titles))
    return Table(rows, None, tuple(columns), labels, first_above, tuple(titles), month_first, above, lines_above,
                 _hidden_of(rows, hidden_rows), tuple(notes), notes_by_sheet)


def _hidden_of(rows: list[tuple[int, dict[str, str]]], hidden: Mapping[str, frozenset[int]]) -> tuple[int, ...]:
    """The rows read that their sheet hides; a row numbered without its sheet is the one sheet's that hides any."""
    if not any(hidden.values()):
        return ()
    only = next(iter(hidden.values())) if len(hidden) == 1 else frozenset()
    return tuple(number for number, _ in rows
                 if number in (hidden.get(sheet, frozenset()) if (sheet := getattr(number, "sheet", None)) else only))


# Characters that take no room on screen, left by text copied from web pages and e-mails: a zero-width space
# before a code makes «SP-3» another code than the one the officer sees. The marks that set the direction of
# Arabic text (an employer's name in Arabic keeps them around it) go too, and the Arabic-Indic digits a Qatari
# employer's sheet may write («١٥٠٠», «٥») become the digits they are.
_INVISIBLE = str.maketrans(
    dict.fromkeys("\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    | {chr(0x0660 + digit): str(digit) for digit in range(10)}
    | {chr(0x06F0 + digit): str(digit) for digit in range(10)}
    | {"\u066b": ".", "\u066c": ","})


# The apostrophe Excel shows before a number kept as text («'1000», «'+77011234567»), which some systems write
# into their CSV exports as part of the cell.
_TEXT_MARK = re.compile(r"^\s*'(?=\s*[+\-]?\d)")


def _cleaned(cell: str) -> str:
    """A cell without the characters that take no room on screen, nor the apostrophe that marks a number as
    text: the officer sees «1000» in the cell."""
    return _TEXT_MARK.sub("", cell.translate(_INVISIBLE))


def _without_invisible(sheets: list[Sheet]) -> list[Sheet]:
    """The sheets cleaned cell by cell (see `_cleaned`)."""
    return [(name, [(number, [_cleaned(cell) for cell in cells]) for number, cells in records])
            for name, records in sheets]


class _Sheets(list):  # type: ignore[type-arg]
    """A workbook's sheets in order, knowing which of them the workbook hides."""

    hidden: frozenset[str] = frozenset()
    hidden_rows: dict[str, frozenset[int]] = {}  # by sheet name, the rows each hides


def _shown_sheets(sheets: list[Sheet], aliases: Mapping[str, str] | None) -> list[Sheet]:
    """The sheets an officer sees, cleaned (see `_without_invisible`): a hidden sheet (the lists a sheet's
    drop-downs take their values from, last year's vacancies kept as an archive) is left out, unless no
    sheet in view holds a table."""
    cleaned = _without_invisible(sheets)
    hidden = getattr(sheets, "hidden", frozenset())
    shown = [sheet for sheet in cleaned if sheet[0] not in hidden]
    if not hidden or not shown:
        return cleaned
    if aliases is not None and max(_header_index(records, aliases)[0] for _, records in shown) < 2:
        return cleaned
    return shown


# What a file that is no table starts with: a photo or a screenshot (JPEG, PNG, GIF, WebP, HEIC, TIFF), a PDF.
_IMAGE_STARTS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def _not_a_table(data: bytes, filename: str = "") -> str | None:
    """`IMAGE`, `PDF`, `ENCRYPTED`, `WORD`, `EMAIL`, `ARCHIVE`, `ONE_C` or `LINK` for a file that is a picture, a
    PDF, a password-locked Office file, a Word document, an e-mail, an archive, a 1C spreadsheet (.mxl) or a link
    to a table,
    whatever its name says (a PDF renamed .xlsx); None otherwise."""
    if data.startswith(_IMAGE_STARTS) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP") or (
            data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS):
        return IMAGE
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(_OLE2) and "EncryptedPackage".encode("utf-16-le") in data:
        return ENCRYPTED  # Office wraps a workbook saved with a password in this container
    if (data.startswith(_OLE2) and "WordDocument".encode("utf-16-le") in data
            and "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data) or (
            data.startswith(b"PK") and b"word/document.xml" in data and b"xl/workbook.xml" not in data):
        return WORD  # a workbook with a Word document embedded in it stays a workbook
    if _is_email(data, filename):
        return EMAIL
    if data.startswith((b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")) or _zip_of_files(data, filename):
        return ARCHIVE
    if data.startswith(b"MOXCEL") or (filename or "").lower().endswith(".mxl"):
        return ONE_C
    if _only_a_link(data) or _drive_shortcut(data, filename):
        return LINK
    return None


def _drive_shortcut(data: bytes, filename: str) -> bool:
    """Google Drive's shortcut to a Google sheet, as a computer syncing Drive keeps it (.gsheet: a few lines of
    JSON naming the sheet's id, no table): the officer sent the sheet's place rather than the sheet."""
    if (filename or "").lower().endswith((".gsheet", ".gdoc", ".gsheets")):
        return True
    if len(data) > 4000 or not data.lstrip(_BLANK_BYTES).startswith(b"{"):
        return False
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(value, dict) and "doc_id" in value and len(value) <= 8


# The headers an e-mail saved as .eml starts with, and the name of the streams Outlook keeps a message's
# properties in (a .msg is an OLE container, as an Excel 97–2003 workbook is).
_MAIL_HEADERS = re.compile(rb"^(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|X-[\w-]+):",
                           re.IGNORECASE | re.MULTILINE)
_OUTLOOK_STREAM = "__substg1.0_".encode("utf-16-le")


def _is_email(data: bytes, filename: str) -> bool:
    """Whether the file is an e-mail dragged out of the mail program: Outlook's .msg, or a message saved as
    .eml (its headers first, a subject and a sender among them); the table is attached to it or typed in it."""
    if data.startswith(_OLE2):
        return _OUTLOOK_STREAM in data and not any(name.encode("utf-16-le") in data for name in ("Workbook", "Book"))
    head = data[:4096]
    names = {match.group(0).split(b":")[0].lower() for match in _MAIL_HEADERS.finditer(head)}
    return (filename or "").lower().endswith(".eml") or (
        _MAIL_HEADERS.match(head) is not None and {b"from", b"subject"} <= names)


def _only_pictures(data: bytes, fmt: str) -> bool:
    """Whether a workbook with no cell filled holds pictures: a screenshot of the table pasted into a sheet, which
    the officer sees as the table and the bot cannot read (an empty sheet is told as empty)."""
    import zipfile

    folder = {"xlsx": "xl/media/", "ods": "Pictures/"}.get(fmt)
    if folder is None:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.startswith(folder) for name in archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


_URL = re.compile(r"https?://\S+|(?<!\S)(?:docs|drive)\.google\.com/\S*", re.IGNORECASE)
_CELL_BREAK = re.compile(r"[;\t,|]")


def _only_a_link(data: bytes) -> bool:
    """A short text with a web link and no table in it («Вакансии тут: https://docs.google.com/…»): the officer
    sent the address of a shared table, which the bot cannot open, rather than the table."""
    if len(data) > 4000:
        return False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    if text.lstrip().startswith("<") or not _URL.search(text):
        return False  # an XML or HTML spreadsheet names its schemas by their web addresses
    lines = [_URL.sub(" ", line) for line in text.splitlines() if line.strip()]
    return len(lines) <= 5 and sum(1 for line in lines if _CELL_BREAK.search(line)) < 2


def _zip_of_files(data: bytes, filename: str) -> bool:
    """A ZIP archive an officer packed files into: named .zip, or holding a workbook or a CSV (not itself a
    workbook, which is a ZIP of its parts too)."""
    import zipfile

    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    if "[Content_Types].xml" in names:
        return False
    return filename.lower().endswith(".zip") or any(
        name.lower().endswith((".xlsx", ".xls", ".csv")) for name in names)


# The start of a LibreOffice Calc workbook (.ods): a ZIP whose first part, stored uncompressed, names its kind.
_ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
# A web page: what a portal or an accounting system saves as «.xls» when it exports a table as HTML.
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<table|<meta|<head)",
                         re.IGNORECASE | re.DOTALL)


def _detect_format(data: bytes, filename: str) -> str | None:
    """The reader a file needs: by what it holds when that is unmistakable (a LibreOffice workbook, a web page
    named .xls), else by its name's ending, else by how it starts."""
    if data.startswith(b"PK\x03\x04") and _ODS_MIMETYPE in data[:200]:
        return "ods"
    if _HTML_START.match(data.lstrip(_BLANK_BYTES)[:2048]):
        return "html"
    if _is_xml_2003(data):
        return "xml2003"
    name = (filename or "").lower()
    for ending, fmt in _EXTENSIONS.items():
        if name.endswith(ending):
            return fmt
    if data.startswith(b"PK"):
        return "xlsx"
    if data.startswith(_OLE2):
        return "xls"
    if data.lstrip(_BLANK_BYTES).startswith((b"[", b"{")):
        return "json"
    return None


# (columns, rows, each column's header as written, the lines read as group titles)
# (columns, rows, labels, titles, notes): see `Table`; `notes` are the filled cells of the lines left out as notes
Records = tuple[list[str], list[tuple[int, dict[str, str]]], dict[str, str], list[tuple[int, str]], list[str]]
Sheet = tuple[str, list[tuple[int, Sequence[str]]]]  # a sheet's name and its numbered records
# A totals line: the word alone, before what it counts or before a colon («Итого», «Итого вакансий: 3», "TOTAL
# PAX", "Total: 19"); not "Total Facilities W.L.L.".
_TOTALS = re.compile(
    r"^(grand\s+|sub\s*-?)?(итого|всего|total|барлығы|жиыны|барлыгы|المجموع|مجموع|الإجمالي|الاجمالي|إجمالي|اجمالي)"
    r"(\s+(по|for)\s[^:]*)?"
    r"(\s+(вакансий|вакансии|мест|человек|чел|заявок|pax|positions|vacancies|jobs|nos|workers|manpower|орын|адам|"
    r"бос\s+орын|өтінім))?(\s+(required|needed|requirement|reqd|требуется|необходимо|қажет))?\.?\s*(:.*|\d[\d\s]*)?$",
    re.IGNORECASE | re.DOTALL)


def _a_total(cell: str) -> bool:
    """Whether a row's first cell says it is a totals line, in one language or in two («المجموع / Total»)."""
    if _TOTALS.match(cell):
        return True
    other = " ".join(_ARABIC_WORDS.sub(" ", cell).split()).strip(" /|-–—")
    return other != cell.strip() and bool(other) and bool(_TOTALS.match(other))


# A page's number, which a report printed to a workbook writes between its pages: «Страница 1 из 3», "Page 2 of 3",
# «Стр. 2», «2-бет», "- 3 -".
_PAGE_MARK = re.compile(
    r"(?:страница|стр\.?|page|pg\.?|p\.|бет|парақ)\s*\d{1,3}(?:\s*(?:из|of|/|-ден|-тен|\\)\s*\d{1,3})?\.?"
    r"|\d{1,3}\s*[-–]?\s*(?:бет|парақ)(?:\s*(?:/|из|of)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]", re.IGNORECASE)


# A line breaking a total down, right under it: «в т.ч. для женщин», «из них с опытом», "of which female",
# «оның ішінде әйелдер».
_BREAKDOWN = re.compile(
    r"^(в\s*т\.?\s*ч\.?|в\s+том\s+числе|из\s+них|including|incl\.?|of\s+which|оның\s+ішінде)(\s|:|$)", re.IGNORECASE)


def _pick_sheets(sheets: Iterable[Sheet], aliases: Mapping[str, str] | None,
                 gathered: frozenset[str] = frozenset(), first_filled: frozenset[str] = frozenset(),
                 notes_by_sheet: dict[str, tuple[str, ...]] | None = None) -> Records:
    """The first sheet's rows; with `aliases`, the rows of every sheet whose header names the most known
    columns (a workbook with one sheet per trade), each row numbered with its sheet when that matters. The notes
    of each sheet its rows are numbered with go to `notes_by_sheet` too, by sheet name."""
    sheets = list(sheets)
    if not sheets:
        return [], [], {}, [], []
    if aliases is None:
        return _rows_from_records(sheets[0][1], None, 0)
    found = [(_header_index(records, aliases), name, records) for name, records in sheets]
    best = max(score for (score, _), _, _ in found)
    if best < 2:
        return _rows_from_records(sheets[0][1], aliases, 0, gathered, first_filled)
    chosen = [(name, records, _with_line_above(records, index, aliases))
              for (score, index), name, records in found if score == best]
    named = len(chosen) > 1 or chosen[0][0] != sheets[0][0]
    columns: dict[str, None] = {}
    rows: list[tuple[int, dict[str, str]]] = []
    labels: dict[str, str] = {}
    titles: list[tuple[int, str]] = []
    notes: list[str] = []
    for name, records, index in chosen:
        sheet_columns, sheet_rows, sheet_labels, sheet_titles, sheet_notes = _rows_from_records(
            records, aliases, index, gathered, first_filled)
        own_notes = [cell.strip() for _, cells in records[:index] for cell in cells if cell.strip()] + sheet_notes
        notes += own_notes
        if named and notes_by_sheet is not None:
            notes_by_sheet[name] = tuple(own_notes)
        columns.update(dict.fromkeys(sheet_columns))
        rows += [(RowNumber(number, name) if named else number, row) for number, row in sheet_rows]
        titles += [(RowNumber(number, name) if named else number, title) for number, title in sheet_titles]
        labels = sheet_labels | labels
    return list(columns), rows, labels, titles, notes


def _header_index(records: Sequence[tuple[int, Sequence[str]]], aliases: Mapping[str, str]) -> tuple[int, int]:
    """(how many known columns, where) of the record among the first few that names the most."""
    best = (0, 0)
    for index, (_, cells) in enumerate(records[:HEADER_SEARCH_ROWS]):
        known = {column for column in (known_column(cell, aliases) for cell in cells) if column}
        if len(known) > best[0]:
            best = (len(known), index)
    return best


def _with_line_above(records: Sequence[tuple[int, Sequence[str]]], index: int, aliases: Mapping[str, str]) -> int:
    """Where a two-line header starts when its second line names more columns than its first: «Өтінім»
    merged over «№» and «Вакансия», «Мәртебе» over «Жаңа мәртебе» and «Күні». The line above is the
    header's first when it names a column itself, is no «label: value» line, and leaves empty a cell the
    line below fills, as a merged cell does."""
    if index == 0:
        return index
    above, below = records[index - 1][1], records[index][1]
    if any(cell.strip().endswith(":") for cell in above):
        return index
    if not any(known_column(cell, aliases) for cell in above if cell.strip()):
        return index
    return index - 1 if _is_sub_header(above, below) else index


# A line of a title block that says something of every row: «Работодатель: Al Sadd Bakeries», "Employer:"
# in one cell and the name in the next.
_FACT = re.compile(r"^\s*([^:]{2,40}?)\s*:\s*(.*?)\s*$", re.DOTALL)


# A mark before a numbered note above the table: «3. Срок приёма документов: …», "2) Employer: …", "- City: …".
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–—])\s*")


def _above_header(sheets: Sequence[Sheet], aliases: Mapping[str, str]) -> list[tuple[str, list[list[str]]]]:
    """Each sheet the rows come from (its header names the most known columns) with the filled cells of every
    line above its header."""
    found = [(_header_index(records, aliases), name, records) for name, records in sheets]
    best = max((score for (score, _), _, _ in found), default=0)
    return [(name, [[cell.strip() for cell in cells if cell.strip()] for _, cells in records[:index]])
            for (score, index), name, records in found if score == best and best >= 2]


def _facts_above(sheets: Sequence[Sheet], aliases: Mapping[str, str]) -> dict[str, dict[str, tuple[str, str]]]:
    """The «label: value» lines above the header of each sheet the rows come from, by sheet and by the column
    the label names: (value, label). A one-employer request names its employer there, once, not in a column;
    a workbook with a sheet per employer names each sheet's there; a numbered note may say it too («3. Срок
    приёма документов: до 15.04.2027»)."""
    by_sheet: dict[str, dict[str, tuple[str, str]]] = {}
    for name, lines in _above_header(sheets, aliases):
        facts = by_sheet.setdefault(name, {})
        for filled in lines:
            match = _FACT.match(_LIST_MARK.sub("", " ".join(filled[:2]) if len(filled) == 2 and filled[0].endswith(":")
                                               else (filled[0] if len(filled) == 1 else "")))
            column = known_column(match[1], aliases) if match and match[2] else None
            if column is not None:
                facts.setdefault(column, (match[2], match[1]))
    return {name: facts for name, facts in by_sheet.items() if facts}


_ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")
_ARABIC_WORDS = re.compile(r"[\u0600-\u06ff]+")


def _beside_arabic(filled: list[str]) -> list[str]:
    """A line's filled cells without the Arabic ones when other cells remain: a Qatari letterhead writes the
    company's name in Arabic on one side and in English on the other, and the English one is the line."""
    latin = [cell for cell in filled if not _ARABIC_LETTERS.search(cell)]
    return latin if latin else filled


def _lines_above(sheets: Sequence[Sheet], aliases: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The lines of one cell above the header of each sheet the rows come from, by sheet (see `Table`); a line
    in Arabic and in another language is its other half."""
    return {name: lines for name, above in _above_header(sheets, aliases)
            if (lines := tuple(" ".join(cells[0].split()) for filled in above
                               if len(cells := _beside_arabic(filled)) == 1))}


# A date format written month first: "MM/DD/YYYY", «ММ/ДД/ГГГГ», "mm-dd-yy", "M/D/Y".
SAYS_MONTH_FIRST = re.compile(r"(?<![^\W\d_])(?:mm?|мм?)\s*[/.\-]\s*(?:dd?|дд?)(?![^\W\d_])|month\s*/\s*day",
                              re.IGNORECASE)


def _month_first_above(sheets: Sequence[Sheet], aliases: Mapping[str, str]) -> bool:
    """Whether a line above the header of the sheets the rows come from says the dates are month first
    («Формат дат: ММ/ДД/ГГГГ», "All dates are MM/DD/YYYY"), as an agency's US-made sheet may."""
    found = [(_header_index(records, aliases), records) for _, records in sheets]
    best = max((score for (score, _), _ in found), default=0)
    return any(SAYS_MONTH_FIRST.search(cell) for (score, index), records in found if score == best and best >= 2
               for _, cells in records[:index] for cell in cells)


# A header in two languages: "Position / Должность", «Лауазымы / Должность», "Qty | Кол-во".
_HEADER_HALVES = re.compile(r"\s*[/|]\s*")


def known_column(cell: str, aliases: Mapping[str, str]) -> str | None:
    """The column a header names, or None; a header in two languages is known by either half (not
    «З/п», whose halves are letters of one abbreviation)."""
    if _ARABIC_LETTERS.search(cell) and re.search(r"[a-zа-яёәғқңөұүһі]", cell, re.IGNORECASE):
        cell = _ARABIC_WORDS.sub(" ", cell)  # "Ref. No.\nالرقم المرجعي": the header in two languages, one is enough
    key = header_key(cell)
    head, colon, _ = cell.partition(":")
    listed = dict.__contains__(aliases, key) if isinstance(aliases, dict) else key in aliases
    if colon and not listed and len(header_key(head)) >= 3 and (known := aliases.get(header_key(head))):
        return known  # "Accommodation: Company", "Food: Provided / Not": the column, then what its cells say
    known = aliases.get(key)
    if known == "note" and (inner := _what_the_note_holds(cell, aliases)):
        return inner
    if known is not None:
        return known
    halves = [half for half in _HEADER_HALVES.split(cell) if half.strip()]
    if len(halves) < 2 or any(len(header_key(half)) < 3 for half in halves):
        return None
    named = [aliases.get(header_key(half)) for half in halves if header_key(half) in aliases]
    if "note" in named and (held := {"requirements", "description"} & set(named)):
        return held.pop()  # «Примечание / требования»: the notes are the requirements
    return next(iter(named), None)


def _what_the_note_holds(cell: str, aliases: Mapping[str, str]) -> str | None:
    """The column a notes header names in brackets, «Примечание (требования)», "Remarks (Requirements)": the
    requirements or the description, which the notes then are."""
    for inner in re.findall(r"[(\[]([^()\[\]]+)[)\]]", cell):
        column = aliases.get(header_key(inner))
        if column in ("requirements", "description"):
            return column
    return None


def _column_name(cell: str, aliases: Mapping[str, str] | None) -> str:
    if aliases is not None:
        known = known_column(cell, aliases)
        if known is not None:
            return known
    return normalize_header(cell)


# The second line of a two-line header: «Зарплата» merged over «от» and «до», "Salary" over "Min" and "Max".
_SUB_HEADER_WORDS = frozenset({"от", "до", "мин", "макс", "min", "max", "from", "to", "бастап", "дейін"})


def _is_sub_header(header: Sequence[str], cells: Sequence[str]) -> bool:
    """The line under the header is its second line when it holds only the ends of a pay range («от»,
    «до»), or when it holds only words (no figure, as every vacancy has) and fills a cell the header
    left empty where a merged cell spans two columns («Вакансия» over «Код» and «Наименование»)."""
    filled = [header_key(cell) for cell in cells if cell.strip()]
    if not filled:
        return False
    if all(word in _SUB_HEADER_WORDS for word in filled):
        return True
    if any(re.search(r"\d", cell) for cell in cells) or sum(1 for cell in header if cell.strip()) < 2:
        return False
    return any(cell.strip() and (i >= len(header) or not header[i].strip()) for i, cell in enumerate(cells))


def _joined_header(header: Sequence[str], sub: Sequence[str]) -> list[tuple[str, str]]:
    """Each cell of a two-line header as (a name to look up, the label the officer sees): the merged
    cell above (the nearest filled one to the left, where a merge leaves the others empty) joined to the
    word below, («зарплата от», «Зарплата, QAR от»)."""
    joined: list[tuple[str, str]] = []
    above = ""
    for index in range(max(len(header), len(sub))):
        top = header[index].strip() if index < len(header) else ""
        below = sub[index].strip() if index < len(sub) else ""
        above = top or above
        if below:
            joined.append((f"{header_key(above)} {below}", " ".join(f"{above} {below}".split())))
        else:
            joined.append((top, " ".join(top.split())))
    return joined


def _padded(cells: Sequence[str], like: Sequence[object]) -> list[str]:
    return [cells[i].strip() if i < len(cells) else "" for i in range(len(like))]


# Words of a second header line that only name the column above: «Работодатель» over «Наименование».
_NAME_WORDS = frozenset({"наименование", "название", "наим", "name", "title", "атауы"})


def _joined_column(key: str, below: str, aliases: Mapping[str, str]) -> str:
    """The column of one cell of a two-line header: the words joined («зарплата от») when they name
    one; else the word below when it is a header of its own («Код», «Город» under a merged cell);
    else the merged cell above («Наименование» under «Работодатель»)."""
    if not below:
        return _column_name(key, aliases)
    exact = dict.get(aliases, header_key(key)) if isinstance(aliases, dict) else None
    if exact is not None or header_key(below) in _SUB_HEADER_WORDS:
        return exact or _column_name(key, aliases)
    if header_key(below) in _NAME_WORDS:
        return _column_name(key[: len(key) - len(below)], aliases)
    return known_column(below, aliases) or _column_name(key, aliases)


def _merged_cell_names_the_rest(header: list[str], joined: list[tuple[str, str]], below: list[str],
                                aliases: Mapping[str, str]) -> list[str]:
    """A cell of a two-line header that names nothing takes the column its merged cell above names, when
    no other cell names that column: «Мәртебе» over «Жаңасы» (the new one) and «Күні» is the status, but
    «Должность» over «Шифр» and «Наименование» stays the title of «Наименование» alone."""
    known = set(aliases.values())
    named = set(header) & known
    result = list(header)
    for index, ((key, _), word) in enumerate(zip(joined, below)):
        if result[index] in known or not word:
            continue
        above = known_column(key[: len(key) - len(word)].strip(), aliases)
        if above is not None and above not in named:
            result[index] = above
            named.add(above)
    return result


def _is_group_title(cells: Sequence[str], records: Sequence[tuple[int, Sequence[str]]], index: int) -> bool:
    """A line with one cell of words after the header or a blank line, followed by a vacancy: the title
    of a group («Строительство», "-- Hospitality --"), not a vacancy with every other cell missing."""
    filled = [cell for cell in cells if cell.strip()]
    if len(filled) != 1 or re.search(r"\d", filled[0]):
        return False
    following = next((c for _, c in records[index + 1:] if any(cell.strip() for cell in c)), None)
    return following is not None and sum(1 for cell in following if cell.strip()) > 2


# A signature line: the blank to sign on («__________»), the seal's place («М.П.»), or the company signing
# ("For and on behalf of Al Rayyan FM W.L.L.", «От имени ТОО …», beside the signatory's post).
_SIGNATURE = re.compile(
    r"_{3,}|^\s*(м\.?\s*п\.?|m\.?\s*p\.?|l\.?\s*s\.?|подпись|signature|қолы)\s*$"
    r"|^\s*(?:for|for and on behalf of|on behalf of|от имени|за|атынан)\s+.*"
    r"(?<![^\W\d_])(?:w\.?\s?l\.?\s?l|llc|llp|ltd|co|company|est|тоо|ооо|ао|жшс|ип)\.?(?![^\W\d_])",
    re.IGNORECASE)


def _is_note(cells: Sequence[str]) -> bool:
    """A line with one cell filled, or a signature line. Under the table it is a note, the officer's name
    and signature or a date; inside the table a one-cell line may be a vacancy with all but one cell
    missing, which must be reported, not dropped."""
    filled = [cell for cell in cells if cell.strip()]
    return len(filled) == 1 or any(_SIGNATURE.search(cell) for cell in filled)


def _one_cell(row: Mapping[str, str]) -> str | None:
    filled = [name for name, value in row.items() if value.strip()]
    return filled[0] if len(filled) == 1 else None


def _repeats_inner_line(rows: Sequence[tuple[int, Mapping[str, str]]]) -> bool:
    """The last row, of one cell, is the table's own when the table already has such lines in that column
    right under a row each (a vacancy's conditions written on the row under it, every time), and it comes
    right under the row before it; a note under the table stands apart, once."""
    (number, last), (previous_number, _) = rows[-1], rows[-2] if len(rows) > 1 else (0, {})
    column = _one_cell(last)
    if column is None or int(number) != int(previous_number) + 1 or _SIGNATURE.search(last[column]):
        return False
    return any(_one_cell(row) == column and int(n) == int(rows[i - 1][0]) + 1 and _one_cell(rows[i - 1][1]) is None
               for i, (n, row) in enumerate(rows[:-1]) if i > 0)


def _numbers_the_columns(cells: Sequence[str]) -> bool:
    """Whether a record numbers the columns above it, 1, 2, 3… from the left (a merged cell leaves a gap), as
    ministry forms do under their header: three numbers at least, each its column's place."""
    filled = [(i, cell.strip()) for i, cell in enumerate(cells) if cell.strip()]
    if len(filled) < 3 or not all(re.fullmatch(r"\d{1,2}(\.0)?", cell) for _, cell in filled):
        return False
    numbers = [int(float(cell)) for _, cell in filled]
    first = filled[0][0]
    return numbers[0] == 1 and all(number == i - first + 1 for (i, _), number in zip(filled, numbers))


def _repeats_header(header: Sequence[str], cells: Sequence[str], aliases: Mapping[str, str]) -> bool:
    """A line under the header naming the same columns in the same places, «№ заявки | Статус | Дата» under
    "Application No. | Status | Date": a bilingual template's header in its second language, not a row."""
    filled = [(i, cell) for i, cell in enumerate(cells) if cell.strip()]
    same = [i for i, cell in filled if i < len(header) and header[i] and known_column(cell, aliases) == header[i]]
    return len(same) >= 2 and 2 * len(same) >= len(filled)


def _header_again(header: Sequence[str], cells: Sequence[str], aliases: Mapping[str, str]) -> bool:
    """A line further down naming the header's columns in their places, every filled cell of it: the header
    written again over the next block of rows (blocks copied one under another, a sheet printed page by page),
    not a vacancy whose cells say «Должность», «Кол-во мест»."""
    filled = [(i, cell) for i, cell in enumerate(cells) if cell.strip()]
    return len(filled) >= 2 and all(i < len(header) and header[i] and known_column(cell, aliases) == header[i]
                                    for i, cell in filled)


def _specific_over_bare(header: list[str], cells: Sequence[str]) -> list[str]:
    """A column named twice counts once: the first, unless it is a bare word another header narrows («Дата» and
    «Дата состояния» in a 1C export, "Date" and "Status date"), where the narrower says which is meant and the
    bare one belongs to something else (the document's own date)."""
    keys = [header_key(cell) for cell in cells]
    named = list(header)
    for i, name in enumerate(header):
        if not name or header.index(name) != i or len(keys[i].split()) != 1:
            continue
        if any(header[j] == name and keys[i] in keys[j].split() and len(keys[j].split()) > 1
               for j in range(i + 1, len(header))):
            named[i] = ""
    return named


def _rows_from_records(
    records: Sequence[tuple[int, Sequence[str]]], aliases: Mapping[str, str] | None, start: int,
    gathered: frozenset[str] = frozenset(), first_filled: frozenset[str] = frozenset(),
) -> Records:
    """The record at `start` (or the first non-blank one) is the header; later blank records are skipped
    but still counted. With `aliases`, totals («Итого», "Total") and the notes under the table are too."""
    header: list[str] | None = None
    labels: dict[str, str] = {}
    rows: list[tuple[int, dict[str, str]]] = []
    titles: list[tuple[int, str]] = []
    joined_once = False
    after_break = False  # the header, a blank line or a total was the last record: a group's title may follow
    after_total = False  # a total was the last record: a line breaking it down may follow
    for index, (number, cells) in enumerate(records):
        if index < start:
            continue
        if not any(cell.strip() for cell in cells):
            after_break = True
            continue
        if header is None:
            header_cells = list(cells)
            header = _specific_over_bare([_column_name(cell, aliases) for cell in cells], cells)
            for name, cell in zip(header, cells):
                labels.setdefault(name, " ".join(cell.split()))
            after_break = True
            continue
        if aliases is not None and not rows and not joined_once and _is_sub_header(header_cells, cells):
            joined_once = True
            joined = _joined_header(header_cells, cells)
            below = _padded(cells, joined)
            header = [_joined_column(key, word, aliases) for (key, _), word in zip(joined, below)]
            header = _merged_cell_names_the_rest(header, joined, below, aliases)
            labels = {}
            for name, (_, label) in zip(header, joined):
                labels.setdefault(name, label)
            after_break = True
            continue
        if aliases is not None and not rows and _repeats_header(header, cells, aliases):
            continue
        if aliases is not None and rows and _header_again(header, cells, aliases):
            after_break = True  # the header repeated over the next block of rows: a group's title may follow
            continue
        if aliases is not None and not rows and _numbers_the_columns(cells):
            continue  # «1 | 2 | 3 | …» under the header: a form's column numbers, not a row
        if aliases is not None and after_break and _is_group_title(cells, records, index):
            titles.append((number, " ".join(next(cell for cell in cells if cell.strip()).split())))
            continue
        first = next(cell.strip() for cell in cells if cell.strip())
        if aliases is not None and _PAGE_MARK.fullmatch(first) and _is_note(cells):
            after_break = True  # «Страница 1 из 3» between the pages of a printed report: the header may follow
            continue
        if aliases is not None and (_a_total(first) or (after_total and _BREAKDOWN.match(first))):
            after_break = after_total = True  # a group's title may follow a sub-total
            continue
        after_break = after_total = False
        row: dict[str, str] = {}
        for i, name in enumerate(header):
            cell = cells[i] if i < len(cells) else ""
            if name and name not in row:  # a column named twice: the first one counts
                row[name] = cell
            elif name in gathered and cell.strip():
                row[name] = f"{row[name]} / {cell}" if row[name].strip() else cell
            elif name in first_filled and cell.strip() and not row[name].strip():
                row[name] = cell
        rows.append((number, row))
    notes: list[str] = []
    if aliases is not None:
        while rows and _is_note(list(rows[-1][1].values())) and not _repeats_inner_line(rows):
            # a note, a signature or a date under the table: left out of the rows, kept with the notes
            notes[:0] = [value.strip() for value in rows.pop()[1].values() if value.strip()]
    columns = [name for name in dict.fromkeys(header or []) if name]
    return columns, rows, {name: label for name, label in labels.items() if name}, titles, notes


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
    """The separator that cuts the first lines into the most lines of the same number of cells (more
    than one): a title line above the header has none, and a comma inside a header («З/п, QAR») or a
    cell («Доха, Катар») is not the separator of a file of semicolons."""
    lines = [line for line in text.splitlines()[:HEADER_SEARCH_ROWS] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in ",;\t":
        try:
            widths = [len(cells) for cells in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = max(set(widths), key=lambda width: (widths.count(width), width), default=1)
        score = (widths.count(common), common) if common > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_sheets(data: bytes) -> list[Sheet]:
    text = _decode_text(data)
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text), strict=True)
    return [("", list(enumerate(reader, start=1)))]


# --- XLSX ------------------------------------------------------------------------------------------


def _xlsx_sheets(data: bytes) -> list[Sheet]:
    import zipfile

    import openpyxl  # only needed for spreadsheets; keeps CSV-only callers light

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    archive = zipfile.ZipFile(io.BytesIO(data))  # each sheet's own XML, for what the read-only reader leaves out
    try:
        sheets = _Sheets()
        sheets.hidden = frozenset(sheet.title for sheet in book.worksheets
                                  if getattr(sheet, "sheet_state", "visible") != "visible")
        sheets.hidden_rows = {}
        for sheet in book.worksheets:
            if not hasattr(sheet, "reset_dimensions"):  # a chart sheet holds no rows
                continue
            sheet.reset_dimensions()  # some exporters write a wrong used range; read what is really there
            path = getattr(sheet, "_worksheet_path", "")
            xml = archive.read(path.lstrip("/")) if path else b""
            hidden = _hidden_columns(xml)
            sheets.hidden_rows[sheet.title] = _hidden_row_numbers(xml)
            rows = [[cell_text(value) for value in values] for values in sheet.iter_rows(values_only=True)]
            _fill_merged_down(rows, _merged_ranges(xml))
            records = [(number, _visible_first(cells, hidden)) for number, cells in enumerate(rows, start=1)]
            sheets.append((sheet.title, records))
        return sheets
    finally:
        archive.close()
        book.close()


_COL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")


def _hidden_columns(xml: bytes) -> frozenset[int]:
    """The 0-based columns a sheet hides (its `<cols>` list, before the rows). The read-only reader
    does not give them, so they are read from the sheet's XML."""
    head = xml[:65536].split(b"<sheetData", 1)[0]
    hidden: set[int] = set()
    for tag in _COL.findall(head):
        if re.search(rb'\shidden="(1|true)"', tag):
            low, high = (int(re.search(rb'\s%s="(\d+)"' % key, tag)[1]) for key in (b"min", b"max"))
            hidden.update(range(low - 1, min(high, low + 1000)))
    return frozenset(hidden)


_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b(?=[^>]*\shidden="(?:1|true)")[^>]*\sr="(\d+)"')


def _hidden_row_numbers(xml: bytes) -> frozenset[int]:
    """The 1-based rows a sheet hides (an autofilter's, or hidden by hand): `hidden` on the row's tag, which the
    read-only reader does not give."""
    return frozenset(int(number) for number in _HIDDEN_ROW.findall(xml))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters.decode("ascii"):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _merged_ranges(xml: bytes) -> list[tuple[int, int, int]]:
    """The merged cells of a sheet that run down one column, as (column, first row, last row), 0-based.
    The read-only reader does not give them, so they are read from the sheet's XML (after its rows)."""
    tail = xml[xml.rfind(b"</sheetData>"):] if b"</sheetData>" in xml else b""
    ranges = []
    for first_col, first_row, last_col, last_row in _MERGE.findall(tail):
        if first_col == last_col and int(last_row) > int(first_row):
            ranges.append((_column_index(first_col), int(first_row) - 1, int(last_row) - 1))
    return ranges


def _fill_merged_down(rows: list[list[str]], ranges: list[tuple[int, int, int]]) -> None:
    """A cell merged down over several rows («Al Sadd Bakeries» over its three vacancies, one closing date
    for all of them) says the same of each row: Excel shows it beside every one, so every row gets it.
    Merges in the header's lines are left alone (the header reader knows them by their empty cells); a
    merge is copied only into rows that hold something besides."""
    for column, first, last in ranges:
        if first >= len(rows) or column >= len(rows[first]) or not rows[first][column].strip():
            continue
        if not re.search(r"\d", " ".join(rows[first])):
            continue  # a header's merged cell: the vacancy rows hold figures, header lines do not
        for index in range(first + 1, min(last, len(rows) - 1) + 1):
            cells = rows[index]
            if not any(c.strip() for c in cells):
                continue
            cells.extend([""] * (column + 1 - len(cells)))
            if not cells[column].strip():
                cells[column] = rows[first][column]


def _visible_first(cells: list[str], hidden: frozenset[int]) -> list[str]:
    """A row's cells with the hidden columns moved after the visible ones: where a hidden helper column
    means the same as a visible one (the pay in tenge beside the pay in riyals, the title in English),
    the first of them counts, and the officer sees and checks the visible one."""
    if not hidden:
        return cells
    return [c for i, c in enumerate(cells) if i not in hidden] + [c for i, c in enumerate(cells) if i in hidden]


def _xls_sheets(data: bytes) -> list[Sheet]:
    import xlrd  # only needed for Excel 97–2003 workbooks

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        sheets = _Sheets()
        hidden: set[str] = set()
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if getattr(sheet, "visibility", 0):
                hidden.add(sheet.name)
                sheets.hidden = frozenset(hidden)
            records = [
                (number + 1, [_xls_cell_text(cell, book.datemode) for cell in sheet.row(number)])
                for number in range(sheet.nrows)
            ]
            sheets.append((sheet.name, records))
        return sheets
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


# --- ODS (LibreOffice Calc) -----------------------------------------------------------------------

_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODS_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODS_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_REPEAT_CAP = 1000  # a value Calc repeats further than this across a row is filler, not data


def _ods_sheets(data: bytes) -> list[Sheet]:
    """The sheets of a LibreOffice Calc workbook (.ods), read from its content.xml as it streams. Calc writes
    the empty cells to a sheet's edge and the empty rows to its end as one cell or row "repeated" a million
    times; they are counted, never built. A cell merged down over rows says the same of each, and hidden sheets
    and columns are known, as in XLSX."""
    import zipfile
    from xml.etree.ElementTree import iterparse

    sheets = _Sheets()
    hidden_styles: set[str] = set()  # the table styles that hide a sheet (they come before the sheets)
    hidden_sheets: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as content:
        if b"<!DOCTYPE" in content.read(4096):
            raise ValueError("a workbook's content never declares a document type")
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as content:
        records: list[tuple[int, Sequence[str]]] = []
        merges: list[tuple[int, int, int]] = []
        hidden_columns: set[int] = set()
        number = column = 0
        for event, element in iterparse(content, events=("start", "end")):
            if event == "end" and element.tag == f"{_ODS_STYLE}style" and any(
                    inner.get(f"{_ODS_TABLE}display") == "false" for inner in element):
                hidden_styles.add(element.get(f"{_ODS_STYLE}name", ""))
            elif event == "start" and element.tag == f"{_ODS_TABLE}table":
                records, merges, hidden_columns, number, column = [], [], set(), 0, 0
                if element.get(f"{_ODS_TABLE}style-name") in hidden_styles:
                    hidden_sheets.add(element.get(f"{_ODS_TABLE}name", ""))
            elif event == "end" and element.tag == f"{_ODS_TABLE}table-column":
                repeat = min(int(element.get(f"{_ODS_TABLE}number-columns-repeated", "1")), _REPEAT_CAP)
                if element.get(f"{_ODS_TABLE}visibility") == "collapse":
                    hidden_columns.update(range(column, column + repeat))
                column += repeat
            elif event == "end" and element.tag == f"{_ODS_TABLE}table-row":
                cells, spans = _ods_row(element)
                repeat = int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
                if any(cells):
                    for _ in range(min(repeat, _REPEAT_CAP)):
                        number += 1
                        records.append((number, list(cells)))
                    number += max(repeat - _REPEAT_CAP, 0)
                    merges += [(column, number - 1, number - 2 + rows) for column, rows in spans]
                else:
                    records.append((number + 1, []))  # one blank record stands for the gap
                    number += repeat
                element.clear()
            elif event == "end" and element.tag == f"{_ODS_TABLE}table":
                while records and not records[-1][1]:
                    records.pop()
                grid = [list(cells) for _, cells in records]
                _fill_merged_down(grid, [(c, _index_of(records, first), _index_of(records, last))
                                         for c, first, last in merges])
                sheets.append((element.get(f"{_ODS_TABLE}name", ""),
                               [(n, _visible_first(cells, frozenset(hidden_columns)))
                                for (n, _), cells in zip(records, grid)]))
                element.clear()
    sheets.hidden = frozenset(hidden_sheets)
    return sheets


def _index_of(records: Sequence[tuple[int, Sequence[str]]], row: int) -> int:
    """The place among `records` of the spreadsheet row `row` (0-based), or of the last row before it."""
    places = [i for i, (number, _) in enumerate(records) if number - 1 <= row]
    return places[-1] if places else 0


def _ods_row(row: Any) -> tuple[list[str], list[tuple[int, int]]]:
    """A row's cells as text (trailing empty ones left out), and the cells merged down from it as (column,
    rows spanned)."""
    cells: list[str] = []
    spans: list[tuple[int, int]] = []
    pending = 0  # empty cells not yet written: only written when a filled one follows
    for cell in row:
        if cell.tag not in (f"{_ODS_TABLE}table-cell", f"{_ODS_TABLE}covered-table-cell"):
            continue
        repeat = int(cell.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
        text = _ods_cell_text(cell)
        if not text:
            pending += repeat
            continue
        cells += [""] * pending
        pending = 0
        rows = int(cell.get(f"{_ODS_TABLE}number-rows-spanned", "1"))
        if rows > 1:
            spans.append((len(cells), rows))
        cells += [text] * min(repeat, _REPEAT_CAP)
    return cells, spans


def _ods_cell_text(cell: Any) -> str:
    """A cell as `cell_text` writes the same value read from XLSX: a number as its value, a date as its day,
    a yes/no as true/false, text as shown (its paragraphs on lines of their own)."""
    kind = cell.get(f"{_ODS_OFFICE}value-type")
    if kind in ("float", "percentage", "currency"):
        return cell_text(Decimal(cell.get(f"{_ODS_OFFICE}value", "0")))
    if kind == "date":
        value = cell.get(f"{_ODS_OFFICE}date-value", "")
        return cell_text(datetime.fromisoformat(value)) if "T" in value else value
    if kind == "boolean":
        return cell_text(cell.get(f"{_ODS_OFFICE}boolean-value") == "true")
    return "\n".join(_ods_paragraph(p) for p in cell.iter(f"{_ODS_TEXT}p"))


def _ods_paragraph(paragraph: Any) -> str:
    """A paragraph's text with the spaces Calc writes as elements (<text:s text:c="3"/>, a tab)."""
    parts = [paragraph.text or ""]
    for inner in paragraph:
        if inner.tag == f"{_ODS_TEXT}s":
            parts.append(" " * int(inner.get(f"{_ODS_TEXT}c", "1")))
        elif inner.tag == f"{_ODS_TEXT}tab":
            parts.append("\t")
        elif inner.tag == f"{_ODS_TEXT}line-break":
            parts.append("\n")
        else:
            parts.append(_ods_paragraph(inner))
        parts.append(inner.tail or "")
    return "".join(parts)


# --- HTML (a web page saved as .xls) -----------------------------------------------------------------


# --- XML Spreadsheet 2003 ---------------------------------------------------------------------------

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_SS_EXCEL = "{urn:schemas-microsoft-com:office:excel}"
_XML_2003_MARK = b"urn:schemas-microsoft-com:office:spreadsheet"


def _is_xml_2003(data: bytes) -> bool:
    """An «XML Spreadsheet 2003» workbook: what Excel 2003, many portals and 1C save as .xls or .xml. It is
    XML text, so it is known by its namespace near the start, in whatever encoding it declares."""
    head = data.lstrip(_BLANK_BYTES)[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return head.lstrip().startswith(b"<") and _XML_2003_MARK in head


def _xml_2003_sheets(data: bytes) -> list[Sheet]:
    """The worksheets of an XML Spreadsheet 2003 workbook. Excel leaves out empty cells and rows and places
    the next one by its `ss:Index`; a cell merged down (`ss:MergeDown`) says the same of each row it covers,
    one merged across leaves the cells it covers empty (as in XLSX); hidden sheets and columns are known."""
    from xml.etree.ElementTree import fromstring

    if b"<!DOCTYPE" in data[:4096].upper():
        raise ValueError("a spreadsheet never declares a document type")
    root = fromstring(data)
    sheets = _Sheets()
    hidden: set[str] = set()
    for worksheet in root.iter(f"{_SS}Worksheet"):
        name = worksheet.get(f"{_SS}Name", "")
        if any((visible.text or "").strip() in ("SheetHidden", "SheetVeryHidden")
               for visible in worksheet.iter(f"{_SS_EXCEL}Visible")):
            hidden.add(name)
        table = worksheet.find(f"{_SS}Table")
        rows, merges, hidden_columns = _xml_2003_rows(table) if table is not None else ([], [], frozenset())
        _fill_merged_down(rows, merges)
        sheets.append((name, [(number, _visible_first(cells, hidden_columns))
                              for number, cells in enumerate(rows, start=1)]))
    sheets.hidden = frozenset(hidden)
    return sheets


def _xml_2003_rows(table: Any) -> tuple[list[list[str]], list[tuple[int, int, int]], frozenset[int]]:
    """A worksheet's rows (the ones Excel left out as empty lists), its merges down as (column, first row,
    last row) 0-based, and its hidden columns."""
    hidden: set[int] = set()
    column = 0
    for element in table.findall(f"{_SS}Column"):
        column = int(element.get(f"{_SS}Index", column + 1)) - 1
        span = int(element.get(f"{_SS}Span", "0")) + 1
        if element.get(f"{_SS}Hidden") == "1":
            hidden.update(range(column, column + min(span, _REPEAT_CAP)))
        column += span
    rows: list[list[str]] = []
    merges: list[tuple[int, int, int]] = []
    for element in table.findall(f"{_SS}Row"):
        number = int(element.get(f"{_SS}Index", len(rows) + 1))
        rows.extend([] for _ in range(number - 1 - len(rows)))
        cells: list[str] = []
        for cell in element.findall(f"{_SS}Cell"):
            place = int(cell.get(f"{_SS}Index", len(cells) + 1)) - 1
            cells.extend([""] * (place - len(cells)))
            cells.append(_xml_2003_value(cell.find(f"{_SS}Data")))
            down = int(cell.get(f"{_SS}MergeDown", "0"))
            if down > 0:
                merges.append((place, number - 1, number - 1 + down))
            cells.extend([""] * min(int(cell.get(f"{_SS}MergeAcross", "0")), _REPEAT_CAP))
        rows.append(cells)
    return rows, merges, frozenset(hidden)


def _xml_2003_value(data: Any) -> str:
    """A cell's value as `cell_text` writes the same value read from XLSX: a number as typed, a date as a day."""
    if data is None:
        return ""
    text = "".join(data.itertext())  # rich text keeps its runs in html:Font elements
    kind = data.get(f"{_SS}Type", "String")
    try:
        if kind == "Number":
            return cell_text(Decimal(text.strip()))
        if kind == "DateTime":
            return cell_text(datetime.fromisoformat(text.strip()[:19]))
        if kind == "Boolean":
            return cell_text(text.strip() == "1")
    except (InvalidOperation, ValueError):
        return text
    return "" if kind == "Error" else text


def _html_sheets(data: bytes) -> list[Sheet]:
    """The tables of a web page, a sheet each: what a portal or an accounting system exports as «.xls» (Excel
    opens it with a warning). A cell spanning columns leaves the ones it covers empty, and one spanning rows
    says the same of each (as a merged cell in XLSX)."""
    from html.parser import HTMLParser

    tables: list[list[list[str]]] = []

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = 0
            self.cell: list[str] | None = None
            self.spans: dict[int, tuple[int, str]] = {}  # column → (rows still covered, its text)
            self.row: list[str] | None = None
            self.colspan = self.rowspan = 1

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "table":
                self.depth += 1
                if self.depth == 1:
                    tables.append([])
                    self.spans = {}
            elif self.depth != 1:
                return
            elif tag == "tr":
                self.row = []
                self._covered()
            elif tag in ("td", "th") and self.row is not None:
                given = dict(attrs)
                self.colspan, self.rowspan = (_span(given.get("colspan")), _span(given.get("rowspan")))
                self.cell = []
            elif tag == "br" and self.cell is not None:
                self.cell.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag == "table":
                self.depth -= 1
            elif self.depth != 1:
                return
            elif tag in ("td", "th") and self.cell is not None and self.row is not None:
                text = "\n".join(" ".join(line.split()) for line in "".join(self.cell).split("\n")).strip()
                if self.rowspan > 1:
                    self.spans[len(self.row)] = (self.rowspan - 1, text)
                self.row += [text] + [""] * (self.colspan - 1)
                self.cell = None
                self._covered()
            elif tag == "tr" and self.row is not None:
                tables[-1].append(self.row)
                self.row = None

        def handle_data(self, text: str) -> None:
            if self.cell is not None:
                self.cell.append(text)

        def _covered(self) -> None:
            """The cells of rows above spanning down into this row's next places."""
            while self.row is not None and len(self.row) in self.spans:
                left, text = self.spans.pop(len(self.row))
                if left > 1:
                    self.spans[len(self.row)] = (left - 1, text)
                self.row.append(text)

    reader = Reader()
    reader.feed(_decode_text(data))
    reader.close()
    if not tables:
        raise ValueError("a web page without a table")
    return [(f"Table {index}", list(enumerate(rows, start=1))) for index, rows in enumerate(tables, start=1)]


def _span(value: str | None) -> int:
    """A colspan or rowspan as written ("2", " 3 ", nothing): 1 to 100."""
    return min(max(int(value), 1), 100) if value and value.strip().isdigit() else 1


# --- JSON ------------------------------------------------------------------------------------------


def _json_items(value: Any, depth: int = 0) -> list[dict[str, Any]] | None:
    """The array of objects: the document itself, or the first one found under a key ({"vacancies":
    [...]}, {"data": {"items": [...]}}), as other systems' exports wrap it."""
    if isinstance(value, list):
        return value if all(isinstance(item, dict) for item in value) else None
    if isinstance(value, dict) and depth < 2:
        for inner in value.values():
            if isinstance(inner, (list, dict)) and inner:
                items = _json_items(inner, depth + 1)
                if items:
                    return items
        if any(isinstance(inner, list) and not inner for inner in value.values()):
            return []  # {"vacancies": []}: a list with nothing in it today, not an unreadable file
    return None


def _flat_items(item: Mapping[str, Any], aliases: Mapping[str, str] | None) -> list[tuple[str, Any]]:
    """An object's keys and values with its inner objects opened, as an accounting system nests them: the
    employer as {"Наименование": …} (its name is the employer), the pay as {"От": …, "До": …} (the pay from and
    to), {"Валюта": "QAR"} (a column of its own)."""
    flat: list[tuple[str, Any]] = []
    for key, value in item.items():
        if not isinstance(value, dict) or aliases is None:
            flat.append((str(key), value))
            continue
        for inner, inner_value in value.items():
            if header_key(inner) in _NAME_WORDS:
                flat.append((str(key), inner_value))
            elif (alone := known_column(str(inner), aliases)) is not None and alone != known_column(str(key), aliases):
                flat.append((str(inner), inner_value))
            else:
                flat.append((f"{key} {inner}", inner_value))
    return flat


def _json_grid(data: bytes) -> list[Sheet] | None:
    """A table sent as rows of cells, the header first: a Google Sheet fetched through its API ({"range": …,
    "values": [["Job Title", …], […]]}) or an array of arrays; None when the JSON holds objects instead."""
    try:
        value = json.loads(data.decode("utf-8-sig"), parse_float=Decimal)
    except ValueError:
        return None
    for _ in range(3):
        if isinstance(value, dict):
            value = value.get("values", next((inner for inner in value.values() if isinstance(inner, list)), None))
    if not isinstance(value, list) or len(value) < 2 or not all(isinstance(row, list) for row in value):
        return None
    if any(isinstance(cell, (dict, list)) for row in value for cell in row):
        return None
    return [("", [(number, [cell_text(cell) for cell in row]) for number, row in enumerate(value, start=1)])]


def _json_records(data: bytes, aliases: Mapping[str, str] | None) -> Records:
    """Each object is a row, numbered from 1; its keys name its cells (an object may leave some out)."""
    items = _json_items(json.loads(data.decode("utf-8-sig"), parse_float=Decimal))
    if items is None:
        raise ValueError("expected an array of objects")
    columns: dict[str, None] = {}
    labels: dict[str, str] = {}
    rows: list[tuple[int, dict[str, str]]] = []
    for number, item in enumerate(items, start=1):
        row: dict[str, str] = {}
        for key, value in _flat_items(item, aliases):
            name = _column_name(key, aliases)
            if name and name not in row:
                row[name] = cell_text(value)
                labels.setdefault(name, key)
        columns.update(dict.fromkeys(row))
        if any(value.strip() for value in row.values()):
            rows.append((number, row))
    return list(columns), rows, labels, [], []


# --- typed cells -----------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})")
# The year first with dots or slashes, as some accounting systems write it: «2027.04.20», "2027/5/15" (with dashes
# only as ISO writes it, two digits each).
_YEAR_FIRST_DATE = re.compile(r"(\d{4})([./])(\d{1,2})\2(\d{1,2})")
# Month names as officers write them: Russian (either case), Kazakh, English; a prefix is enough.
_MONTHS = (
    ("янв", "қаңтар", "jan"), ("фев", "ақпан", "feb"), ("мар", "наурыз", "mar"), ("апр", "сәуір", "apr"),
    ("мая", "май", "мамыр", "may"), ("июн", "маусым", "jun"), ("июл", "шілде", "jul"),
    ("авг", "тамыз", "aug"), ("сен", "қыркүйек", "sep"), ("окт", "қазан", "oct"),
    ("ноя", "қараша", "nov"), ("дек", "желтоқсан", "dec"),
)  # fmt: skip
# Words around a date that say nothing about it: «до 31.12.2026», «31.12.2026 г.», «2026 жылғы 31 желтоқсан»,
# "Apply before 31 March", "upto 15/01", "Deadline 15.01", «срок до 20.02».
_DATE_NOISE = re.compile(r"\b(до|по|by|until|till|of|the|дейін|года|год|г|жылғы|жылы|жыл|ж|включительно|включ|"
                         r"inclusive|не\s+позднее|не\s+позже|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|"
                         r"кешіктірмей|apply|before|prior\s+to|up\s*to|not\s+later|no\s+later|deadline|"
                         r"last\s+date|closing\s+date|closing|срок|valid|validity|действительн\w*|действует|актуальн\w*|жарамды)\b\.?",
                         re.IGNORECASE)
# Marks around a date's parts that say nothing: commas, brackets, and the quotes an order puts round the day
# («"26" ноября 2026 года»).
_DATE_MARKS = str.maketrans(dict.fromkeys(',()«»"“”„', " "))
# The day of the week a long date format puts first: "Wednesday, March 3, 2027", «среда, 3 марта 2027 г.»,
# «сәрсенбі, 3 наурыз 2027»; it says nothing the date does not.
_WEEKDAY = re.compile(
    r"^\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|"
    r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\.?\s*,?\s+(?=\S)", re.IGNORECASE)
# A day's ordinal ("1st", "22nd", and in Kazakh a suffix after a dash: «18-і», «18-ші», «қарашаның 1-і»), and a
# dash or a slash between a day, a month's name and a year ("5-Apr-2027", "5/Apr/2027").
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|-(?:інші|ыншы|ші|шы|сі|сы|і|ы))(?![^\W\d_])")
_WORD_DASH = re.compile(r"(?<=\d)[-/](?=[^\W\d])|(?<=[^\W\d])[-/](?=\d)")
# The number Excel keeps for a date (days since 1899-12-30), shown when a cell loses its date format:
# 1970 to 2099, whole days only.
# A day as an airline writes it, the month's three letters glued to the day and the year: «25NOV», «25NOV26».
_AIRLINE_DAY = re.compile(r"^(\d{1,2})([a-z]{3})(\d{2}|\d{4})?$")
_EXCEL_EPOCH = date(1899, 12, 30)
# The time of day after a written date, as accounting systems export a date field: «31.03.2027 0:00:00».
_TIME_OF_DAY = re.compile(r"(?<=\d)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
_EXCEL_SERIAL = re.compile(r"(\d{5})(?:[.,]\d+)?")  # a fraction is the time of day
_SERIAL_RANGE = range(25569, 73051)

TRUE_WORDS = frozenset({"yes", "y", "true", "1", "да", "д", "иә", "ия", "✓", "✔", "☑", "+", "v", "бар", "bar",
                        "есть", "имеется", "available"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "нет", "н", "жоқ", "жок", "✗", "✘", "×", "☐", "x"})
# A yes or no written as words: "Provided", "Company provided", "Free", «предоставляется», «за счёт
# работодателя», «беріледі»; a negation makes any of them a no ("Not provided", «не предоставляется»).
_YES_WORDS = re.compile(
    r"\b(provided|included|free|company|employer|expense|предоставл\w*|обеспеч\w*|бесплатн\w*|включен\w*|"
    r"предусмотрен\w*|за (свой )?сч[её]т|беріледі|қамтамасыз|қарастырылған|тегін|есебінен)", re.IGNORECASE)
# "At own expense", «за свой счёт», «өз есебінен»: the worker pays, so a no.
_NO_WORDS = re.compile(r"\b(not|no|without|own|не|нет|без|свой|жоқ|берілмейді|емес|өз|қарастырылмаған)\b",
                       re.IGNORECASE)
# Nothing said: a dash, "N/A", «—».
_BOTH_ANSWERS = re.compile(r"(да|yes|y|иә|ия)\s*/\s*(нет|no|n|жоқ|жок)")
_NOTHING = frozenset({"-", "—", "–", "n/a", "na", "н/д", "нд", "?"})


def says_nothing(raw: str) -> bool:
    """An empty cell, or one that only fills the place: a dash, "N/A", «н/д»."""
    value = " ".join(raw.strip().lower().split())
    return not value or value in _NOTHING


def parse_flag(raw: str) -> bool | None:
    """A yes/no cell: «да/нет», «иә/жоқ», yes/no, 1/0, ticks and crosses, "Provided"/"Not provided";
    None for an empty cell or a dash. Raises ValueError for anything else ("maybe", "2")."""
    value = " ".join(raw.strip().lower().split())
    if not value or value in _NOTHING:
        return None
    if (bare := " ".join(re.sub(r"\([^()]*\)", " ", value).split())) and bare != value:
        value = bare  # "Yes (shared room)", «Нет (за свой счёт)»: the answer before its remark
    if _BOTH_ANSWERS.fullmatch(value):
        return None  # «Да/Нет», "Y/N": the template's hint left in the cell, no answer
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    if _YES_WORDS.search(value):
        return not _NO_WORDS.search(value)
    if _NO_WORDS.fullmatch(value.split()[0]) and len(value.split()) <= 2:
        return False
    raise ValueError(raw)


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

    def __init__(self, row: dict[str, str], row_number: int, labels: Mapping[str, str] | None = None) -> None:
        self.row = row
        self.row_number = row_number
        self.labels = labels or {}  # the headers as the file wrote them: «Зарплата (тенге)» says more

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
        try:
            return parse_flag(self.raw(name))
        except ValueError:
            raise self.error(name, "bad_bool") from None

    def date(self, name: str, *, ahead: bool = False, month_first: bool = False) -> date | None:
        """`ahead`: a day written without its year («до 15 января») is the next such day (a deadline);
        `month_first`: the sheet writes its dates month first (see `parse_date`)."""
        value = self.raw(name)
        if not value:
            return None
        try:
            return parse_date(value, ahead=kazakhstan_today() if ahead else None, month_first=month_first)
        except ValueError:
            raise self.error(name, "bad_date") from None


def _month(word: str) -> int | None:
    for number, names in enumerate(_MONTHS, start=1):
        if any(word.startswith(name) for name in names):
            return number
    return None


# A month and its year with no day: "Jan-27" (Excel's mmm-yy), "March 2027", «янв. 2027», «наурыз 2027 ж.».
_MONTH_AND_YEAR = re.compile(r"([^\W\d_]{3,10})\.?\s*(?P<mark>[-'’/]|\s)\s*(\d{4}|\d{2})\s*(?:г\.?|года?|ж\.?|жыл\w*)?")


def month_end(raw: str) -> date | None:
    """The last day of the month a cell names with its year and no day ("Jan-27", "March 2027"): a closing date
    written so runs to the month's end. A month and two digits after a space ("Jan 27") is a day, not a year, and
    gives None, as anything else does."""
    match = _MONTH_AND_YEAR.fullmatch(" ".join(raw.lower().split()))
    if match is None or (len(match[3]) == 2 and match["mark"] == " ") or (month := _month(match[1])) is None:
        return None
    year = _full_year(match[3])
    return date(year, month, calendar.monthrange(year, month)[1])


def _full_year(digits: str) -> int:
    """«01.03.27»: a two-digit year is this century's (a deadline is never a century away)."""
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


_DAY_MONTH = re.compile(r"(\d{1,2})[./](\d{1,2})")


def _day_and_month(text: str, words: list[str]) -> tuple[int, int] | None:
    """(day, month) of a date written without its year: «15 января», "Jan 15", «15.01»; None otherwise."""
    if numeric := _DAY_MONTH.fullmatch(text):
        day, month = int(numeric[1]), int(numeric[2])
    elif len(words) == 2:
        days = [w for w in words if re.fullmatch(r"\d{1,2}", w)]
        months = [m for m in map(_month, words) if m is not None]
        if len(days) != 1 or len(months) != 1:
            return None
        day, month = int(days[0]), months[0]
    else:
        return None
    date(2000, month, day)  # a day that never exists (31.02) is refused
    return day, month


def parse_date(raw: str, *, ahead: date | None = None, month_first: bool = False,
               behind: date | None = None) -> date:
    """A date as officers write it: 2026-12-31 (with a time or not), 31.12.2026, 31/12/2026, 31.12.26, "3/31/2026"
    (month first only where the day cannot be the month), "15-Mar-26", «31 декабря
    2026 г.», "December 31, 2026", "1st March 2026", "31-Dec-2026", «2026 жылғы 31 желтоқсан», «до
    31.12.2026», or Excel's serial number of the day (46387) when a cell lost its format. Day before month, as in
    Kazakhstan; a date that does not exist (31.02) is refused, never moved. With `ahead` (today), a day and
    a month without a year («до 15 января», "1st March", «15.01») are the next such day from it, as a
    deadline written so means; with `behind` (today), they are the last such day up to it, as a step already
    taken written so means («25.11», «25 қараша» in a register kept this year). With `month_first` (the sheet
    says so), a date written with slashes or dashes is month first: "04/05/2027" is 5 April. Raises ValueError."""
    text = _TIME_OF_DAY.sub("", raw.strip())
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        return date(*map(int, iso.groups()))
    serial = _EXCEL_SERIAL.fullmatch(text.replace(" ", ""))
    if serial and int(serial[1]) in _SERIAL_RANGE:
        return _EXCEL_EPOCH + timedelta(days=int(serial[1]))
    text = _AIRLINE_DAY.sub(lambda glued: " ".join(part for part in glued.groups() if part), text.lower())
    text = _WORD_DASH.sub(" ", _ORDINAL.sub(r"\1", _WEEKDAY.sub("", text)))
    text = " ".join(_DATE_NOISE.sub(" ", text).translate(_DATE_MARKS).split())
    if year_first := _YEAR_FIRST_DATE.fullmatch(text):
        return date(int(year_first[1]), int(year_first[3]), int(year_first[4]))
    numeric = _DAY_FIRST_DATE.fullmatch(text)
    if numeric:
        day, month, year = int(numeric[1]), int(numeric[3]), _full_year(numeric[4])
        if (numeric[2] == "/" and month > 12 >= day) or (month_first and numeric[2] in "/-"):
            day, month = month, day  # "3/31/2027": Google Sheets and US Excel put the month first
        return date(year, month, day)
    words = text.split()
    if ahead is not None and (day_month := _day_and_month(text, words)) is not None:
        day, month = day_month
        this_year = date(ahead.year, month, day) if (month, day) != (2, 29) else None
        return this_year if this_year is not None and this_year >= ahead else date(ahead.year + 1, month, day)
    if behind is not None and (day_month := _day_and_month(text, words)) is not None:
        day, month = day_month
        for year in range(behind.year, behind.year - 8, -1):  # a 29 February looks back to a leap year
            try:
                if (day_of := date(year, month, day)) <= behind:
                    return day_of
            except ValueError:
                continue
    if len(words) != 3:
        raise ValueError(raw)
    if _month(words[1]) is not None and re.fullmatch(r"\d{1,2}", words[0]) and re.fullmatch(r"\d{2}", words[2]):
        words[2] = str(_full_year(words[2]))  # "15-Mar-27", as Excel shows a date formatted d-mmm-yy
    years = [w for w in words if re.fullmatch(r"\d{4}", w)]
    days = [w for w in words if re.fullmatch(r"\d{1,2}", w)]
    months = [m for m in map(_month, words) if m is not None]
    if len(years) != 1 or len(days) != 1 or len(months) != 1:
        raise ValueError(raw)
    return date(int(years[0]), months[0], int(days[0]))

