"""Bulk status files: each row moves one application a step along the agreement's process.

An officer names the application either by its id in the bot or by the worker's Telegram id plus the
portal's vacancy id, whichever the export at hand carries. Times without a zone are read as Kazakhstan
time (UTC+5, the officer's clock) and stored in UTC, so a worker abroad sees the right moment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from bot.kz_time import KAZAKHSTAN_TZ
from bot.tabular import (
    MISSING_COLUMNS,
    ParseResult,
    RowError,
    RowReader,
    Table,
    read_table,
)

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


@dataclass(frozen=True)
class StatusRow:
    """A validated status change; the target is `application_id`, or `telegram_id` + `external_id`."""

    status: str
    application_id: int | None = None
    telegram_id: int | None = None
    external_id: str | None = None
    note: str = ""
    occurred_at: datetime | None = None  # aware, UTC
    row: int = 0


def read_status_file(data: bytes, filename: str) -> Table:
    """Read an uploaded status file; it needs `status` and a way to find the application."""
    table = read_table(data, filename, ("status",))
    if table.error is not None or "application_id" in table.columns:
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
    cells = RowReader(row, row_number)
    application_id = cells.integer("application_id", 1, MAX_ID)
    telegram_id = cells.integer("telegram_id", 1, MAX_ID)
    external_id = " ".join(cells.text("external_id", 100).split()) or None
    if application_id is None and (telegram_id is None or external_id is None):
        raise RowError(row_number, "application_id", "missing_target", "")
    return StatusRow(
        status=_status(cells, names or {}),
        application_id=application_id,
        telegram_id=telegram_id,
        external_id=external_id,
        note=cells.text("note", 1000),
        occurred_at=_occurred_at(cells),
        row=row_number,
    )


def status_key(text: str) -> str:
    """The form in which a status is looked up: "Contract-signed", "contract_signed" and "Виза Выдана"
    as typed in a spreadsheet meet their code or name."""
    return " ".join(text.casefold().replace("ё", "е").replace("-", " ").replace("_", " ").split())


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
    raise cells.error("status", "bad_status")


def _occurred_at(cells: RowReader) -> datetime | None:
    value = cells.raw("occurred_at")
    if not value:
        return None
    if not _ISO_START.match(value):
        raise cells.error("occurred_at", "bad_date")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise cells.error("occurred_at", "bad_date") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=KAZAKHSTAN_TZ)
    return moment.astimezone(timezone.utc)
