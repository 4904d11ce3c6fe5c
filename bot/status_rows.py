"""Bulk status files: each row moves one application a step along the agreement's process.

An officer names the application by its number in the bot, by the worker's phone (with the vacancy's
portal number when the worker applied to several), or by the worker's Telegram id plus the portal's
vacancy number, whichever the export at hand carries. Headers may be Russian, Kazakh or English, and the
table may sit under a title with notes below it, on several sheets: the same reader as vacancy files.
Times without a zone are read as Kazakhstan time (UTC+5, the officer's clock) and stored in UTC, so a
worker abroad sees the right moment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timezone

from bot.kz_time import KAZAKHSTAN_TZ
from bot.tabular import (
    MISSING_COLUMNS,
    ParseResult,
    RowError,
    RowReader,
    Table,
    header_key,
    parse_date,
    read_table,
)
from bot.validation import phone_number
from bot.vacancy_rows import HEADER_ALIASES

__all__ = [
    "KAZAKHSTAN_TZ",
    "ParseResult",
    "RowError",
    "STATUS_CODES",
    "StatusRow",
    "parse_status_row",
    "parse_status_table",
    "read_status_file",
    "status_key",
]

# The agreement's process, in order; then the endings that can interrupt it.
FORWARD_STATUSES: tuple[str, ...] = (
    "applied",
    "qualification_check",
    "employer_review",
    "interview",
    "offer",
    "contract_signed",
    "visa_issued",
    "departed",
    "employed",
)
FINAL_STATUSES: tuple[str, ...] = ("rejected", "withdrawn", "terminated_early")
STATUS_CODES: tuple[str, ...] = FORWARD_STATUSES + FINAL_STATUSES

MAX_ID = 2**63 - 1
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}([T ]|$)")
_TIME_AFTER = re.compile(r"^(?P<day>.+?)\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?$")
_NUMBER_SIGN = re.compile(r"^(№|#|no\.?)\s*", re.IGNORECASE)
TARGET_COLUMNS: tuple[str, ...] = ("application_id", "phone", "telegram_id")

# Headers other systems' exports use for the status file's columns, in Russian, Kazakh and English;
# compared by `header_key`. The vacancy's portal number keeps the vacancy files' words («Номер вакансии»).
# A row counter («№ п/п», «№») and an ИИН are never taken for the application's number.
_STATUS_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "application_id": (
        "application id", "application no", "application number", "application", "app id", "№ заявки",
        "номер заявки", "заявка", "заявка №", "id заявки", "код заявки", "өтінім", "өтінім №", "өтінім нөмірі",
        "өтініш", "өтініш №", "өтініш нөмірі",
    ),
    "phone": (
        "phone", "phone number", "mobile", "mobile number", "contact number", "телефон", "номер телефона",
        "телефон работника", "контактный телефон", "моб телефон", "мобильный телефон", "телефон нөмірі",
        "ұялы телефон", "байланыс телефоны",
    ),
    "telegram_id": ("telegram id", "telegram", "id telegram", "телеграм id", "telegram id работника"),
    "status": (
        "status", "stage", "current status", "new status", "application status", "статус", "статус заявки",
        "текущий статус", "новый статус", "этап", "мәртебе", "мәртебесі", "күйі", "өтінім мәртебесі",
    ),
    "note": (
        "note", "notes", "remarks", "remark", "comment", "comments", "комментарий", "примечание",
        "примечания", "түсініктеме", "ескерту", "ескертпе",
    ),
    "occurred_at": (
        "date", "updated on", "date of change", "status date", "дата", "дата изменения", "дата статуса",
        "дата изменения статуса", "күні", "өзгерген күні", "өзгерту күні",
    ),
}  # fmt: skip


def _status_aliases() -> dict[str, str]:
    aliases = {header_key(name): name for name in (*STATUS_COLUMNS_IN_README, "phone")}
    aliases |= {key: column for key, column in dict.items(HEADER_ALIASES) if column == "external_id"}
    for column, words in _STATUS_HEADER_WORDS.items():
        aliases |= {header_key(word): column for word in words}
    return aliases


STATUS_COLUMNS_IN_README = ("application_id", "telegram_id", "external_id", "status", "note", "occurred_at")
STATUS_HEADER_ALIASES: dict[str, str] = _status_aliases()


@dataclass(frozen=True)
class StatusRow:
    """A validated status change; the target is `application_id`, or `telegram_id` + `external_id`."""

    status: str
    application_id: int | None = None
    telegram_id: int | None = None
    external_id: str | None = None
    phone: str | None = None  # E.164, as profiles keep it
    note: str = ""
    occurred_at: datetime | None = None  # aware, UTC
    row: int = 0


def read_status_file(data: bytes, filename: str) -> Table:
    """Read an uploaded status file; it needs `status` and a way to find the application."""
    table = read_table(data, filename, ("status",), aliases=STATUS_HEADER_ALIASES)
    if table.error is not None or {"application_id", "phone"} & set(table.columns):
        return table
    missing = [name for name in ("telegram_id", "external_id") if name not in table.columns]
    if len(missing) == 2:
        missing = ["application_id"]
    if missing:
        return Table([], f"{MISSING_COLUMNS}:{','.join(missing)}", table.columns)
    return table


def parse_status_table(table: Table, names: Mapping[str, str] | None = None) -> ParseResult[StatusRow]:
    """Parse every row; several rows for one application are fine (a file may replay a timeline).
    `names` maps other words for a status (by `status_key`) to its code."""
    result: ParseResult[StatusRow] = ParseResult()
    for number, row in table.rows:
        try:
            result.rows.append(parse_status_row(row, number, names))
        except RowError as error:
            result.errors.append(error)
    return result


def parse_status_row(row: dict[str, str], row_number: int, names: Mapping[str, str] | None = None) -> StatusRow:
    """Validate one row; raises RowError for the first bad cell."""
    cells = RowReader(_without_number_sign(row), row_number)
    application_id = cells.integer("application_id", 1, MAX_ID)
    telegram_id = cells.integer("telegram_id", 1, MAX_ID)
    external_id = " ".join(cells.text("external_id", 100).split()) or None
    phone = _phone(cells) if application_id is None else None
    if application_id is None and phone is None and (telegram_id is None or external_id is None):
        raise RowError(row_number, "application_id" if "application_id" in row or "phone" not in row else "phone",
                       "missing_target", "")
    return StatusRow(
        status=_status(cells, names or {}),
        application_id=application_id,
        telegram_id=telegram_id,
        external_id=external_id,
        phone=phone,
        note=cells.text("note", 1000),
        occurred_at=_occurred_at(cells),
        row=row_number,
    )


def status_key(text: str) -> str:
    """The form in which a status is looked up: "Contract-signed", "contract_signed" and "Виза Выдана"
    as typed in a spreadsheet meet their code or name."""
    return " ".join(text.casefold().replace("ё", "е").replace("-", " ").replace("_", " ").split())


def _without_number_sign(row: dict[str, str]) -> dict[str, str]:
    """«№1021», «№ 1021» and "#1021" are the application 1021, as officers number things on paper."""
    value = row.get("application_id")
    return row | {"application_id": _NUMBER_SIGN.sub("", value.strip())} if value else row


def _phone(cells: RowReader) -> str | None:
    """The worker's phone in any Kazakh writing (+7 701 …, 8 (701) …, 7011234567, or a number Excel
    kept as 77011234567); one that cannot be a phone number is refused rather than matched loosely."""
    value = cells.raw("phone")
    if not value:
        return None
    found = phone_number(value)
    if found is None:
        raise cells.error("phone", "bad_phone")
    return found


# Words that turn a step into its opposite or into nothing: «Собеседование не пройдено», "Interview
# cancelled". A move told to a worker cannot be taken back, so such a cell is refused, not guessed.
_NEGATIONS = frozenset({
    "не", "нет", "без", "отменено", "отменен", "отменена", "отмена", "перенесено", "not", "no", "failed",
    "cancelled", "canceled", "postponed", "емес", "жоқ", "жок", "өтпеді", "кейінге", "тоқтатылды",
})  # fmt: skip


def _status(cells: RowReader, names: Mapping[str, str]) -> str:
    value = cells.raw("status")
    if not value:
        raise cells.error("status", "missing")
    key = status_key(value)
    code = key.replace(" ", "_")
    if code in STATUS_CODES:
        return code
    if key in names:
        return names[key]
    found = _named_by_its_start(key, names)
    if found is None:
        raise cells.error("status", "bad_status")
    return found


def _named_by_its_start(key: str, names: Mapping[str, str]) -> str | None:
    """A step named and then described: "Contract signed by worker", «Собеседование пройдено», "Visa
    ready". The longest known name the cell starts with decides, unless a word negates it."""
    words = key.split()
    if any(word in _NEGATIONS for word in words):
        return None
    for length in range(len(words) - 1, 0, -1):
        known = names.get(" ".join(words[:length]))
        if known is not None:
            return known
    return None


def _occurred_at(cells: RowReader) -> datetime | None:
    value = cells.raw("occurred_at")
    if not value:
        return None
    if not _ISO_START.match(value):
        return _written_moment(cells, value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise cells.error("occurred_at", "bad_date") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=KAZAKHSTAN_TZ)
    return moment.astimezone(timezone.utc)


def _written_moment(cells: RowReader, value: str) -> datetime:
    """A date as officers write it (20.11.2026, 20/11/2026, «20 ноября 2026 г.», «2026 жылғы 20 қараша»),
    with or without a time after it, in Kazakhstan time."""
    match = _TIME_AFTER.match(value)
    day_text, clock = (match["day"], match) if match else (value, None)
    try:
        day = parse_date(day_text)
        moment = time(int(clock["hour"]), int(clock["minute"]), int(clock["second"] or 0)) if clock else time(0)
    except ValueError:
        raise cells.error("occurred_at", "bad_date") from None
    return datetime.combine(day, moment, KAZAKHSTAN_TZ).astimezone(timezone.utc)
