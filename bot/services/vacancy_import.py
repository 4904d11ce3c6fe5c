"""Vacancy import: a file (officer upload, CLI or the scheduled feed) becomes rows of `vacancies`.

The upsert is keyed by the portal's `external_id` and is idempotent: each row carries a hash of its values,
so importing the same file again touches nothing (an unchanged row keeps its `updated_at`, and the alerts
job does not see it as news). Bad rows are reported and skipped; the good rows of a file go in together,
in the caller's one transaction. Titles are classified to ISCO-08 here, once per distinct title, so an
officer learns at once which titles need an `isco_code` column.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.i18n import Html, Translator
from bot.services.vacancies import is_available, kazakhstan_today
from bot.settings import Settings
from bot.status_rows import read_status_file
from bot.tabular import MISSING_COLUMNS, RowError, Table, header_key
from bot.vacancy_rows import (
    HEADER_ALIASES, REQUIRED_COLUMNS, VacancyRow, parse_vacancy_table, read_upload, vacancy_columns, vacancy_state,
)
from db.models import Vacancy, utcnow
from matching.taxonomy import load_taxonomy

__all__ = [
    "ImportSummary",
    "NewVacancy",
    "import_table",
    "import_vacancies",
    "is_status_file",
    "render_summary",
    "run_cli",
    "valid_isco_codes",
]

log = logging.getLogger(__name__)

# What fits in one chat message (4,096 characters) with room for the header and the "…and N more" lines.
MESSAGE_BUDGET = 3800
MAX_LISTED_ERRORS = 25
MAX_LISTED_TITLES = 20
MAX_LISTED_LINKS = 20  # a large file's other new vacancies: /link gives each one's link
_LOOKUP_CHUNK = 500  # external ids per SELECT: far below SQLite's and PostgreSQL's parameter limits

# Columns copied from a validated row onto the vacancy as they are (isco_code and status have rules).
_COPIED = tuple(
    f.name for f in fields(VacancyRow) if f.name not in ("row", "isco_code", "status", "languages")
)
_HASHED = tuple(f.name for f in fields(VacancyRow) if f.name != "row")
_REASONS = frozenset({
    "missing", "too_long", "not_a_number", "negative", "out_of_range", "bad_bool", "bad_date",
    "bad_country", "bad_currency", "min_above_max", "bad_language", "bad_url", "bad_isco", "bad_status",
    "duplicate", "duplicate_row", "deadline_past", "bad_salary", "salary_currency", "duplicate_code",
    "long_title", "unknown_code",
})  # fmt: skip
STATUS_FILE = "status_file"  # a file of application statuses sent where vacancies are imported
_FILE_ERRORS = frozenset({"unknown_format", "unreadable", "empty", "blank", "missing_columns", "image", "pdf",
                          "encrypted", "word", "email", "archive", "one_c", "link", STATUS_FILE})


@dataclass(frozen=True)
class NewVacancy:
    """A vacancy this import created that workers can open: what its share link needs."""

    id: int
    external_id: str
    title: str


@dataclass
class ImportSummary:
    """What one import did, for the officer's reply, the CLI's output and the feed's log line."""

    filename: str
    read: int = 0
    created: int = 0  # new vacancies open to workers
    created_closed: int = 0  # new vacancies the file already marks closed: kept for the record, shown to nobody
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    hidden: int = 0  # rows read that the sheet hides (a filter left on): read all the same, and the officer told
    errors: list[RowError] = field(default_factory=list)
    unclassified: list[str] = field(default_factory=list)  # distinct titles, in file order
    # Lines read as a group's title and skipped («Строительство» above its vacancies): (row, text).
    group_titles: list[tuple[int, str]] = field(default_factory=list)
    file_error: str | None = None  # the whole file could not be read: nothing was imported
    # New vacancies open to workers, so an officer can post their links: the first few, and how many in all.
    shareable: list[NewVacancy] = field(default_factory=list)
    shareable_total: int = 0
    labels: dict[str, str] = field(default_factory=dict)  # a column's header as the file wrote it

    @property
    def rejected(self) -> int:
        return len(self.errors)


@cache
def valid_isco_codes() -> frozenset[str]:
    """ISCO-08 unit groups of the matching taxonomy: the only codes a vacancy may carry."""
    return frozenset(load_taxonomy().units)


def content_hash(row: VacancyRow) -> str:
    """A stable fingerprint of the row's values (not its row number, which moves as files are edited)."""
    values = []
    for name in _HASHED:
        value = getattr(row, name)
        values.append(tuple(sorted(value)) if isinstance(value, frozenset) else value)
    return hashlib.sha256(repr(values).encode("utf-8")).hexdigest()


async def import_vacancies(
    session: AsyncSession, data: bytes, filename: str, *, actor_id: int | None = None
) -> ImportSummary:
    """Read, validate and upsert a vacancy file. Never commits: the caller's unit of work does. A status file
    sent here (the command for vacancies given a register of applications) is named for what it is."""
    summary = await import_table(session, read_upload(data, filename), filename, actor_id=actor_id)
    if (summary.file_error or "").startswith(MISSING_COLUMNS) and is_status_file(read_status_file(data, filename)):
        summary.file_error = STATUS_FILE
    return summary


def is_status_file(table: Table) -> bool:
    """A status file names an application and a status, and no vacancy title (officers send both kinds
    of file to the same chat, so the columns decide). A vacancy's code alone names no application: beside a
    status column it is a list of changes to vacancies («Закрыта», «Продлена», "On hold"), unless the status
    cells name an application's steps instead."""
    columns = set(table.columns)
    if "status" in columns and {"application_id", "phone"} & columns:
        # an application's number or a worker's phone names no vacancy, even beside a title; but a list of
        # vacancies numbered 6001, 6002 with «open» and «closed» is a vacancy file
        return not (_lists_vacancies(table) and table.rows and _states_of_vacancies(table))
    if "status" not in columns or "title" in columns or _lists_vacancies(table):
        return False
    if "telegram_id" in columns:
        return True
    return "external_id" in columns and not _states_of_vacancies(table)


def _states_of_vacancies(table: Table) -> bool:
    """Whether every status the rows give is a vacancy's state («Закрыта», "Filled", «Набор продлён»), not an
    application's step; a table with no rows says nothing against it."""
    states = [" ".join((row.get("status") or "").split()) for _, row in table.rows]
    return all(vacancy_state(state) is not None for state in states if state)


def _lists_vacancies(table: Table) -> bool:
    """Whether the columns hold a vacancy's title and its employer as a vacancy file names them: a vacancy
    list with its code and a status column ("Open", "Filled", «Закрыта») is no status file, whichever
    reader's names the table was read with."""
    known = {HEADER_ALIASES.get(header_key(name)) for name in (*table.columns, *table.labels.values())}
    return {"title", "employer"} <= known


def _is_change_list(table: Table) -> bool:
    """A file of changes to vacancies already published: each row names a vacancy by its code and gives only
    what changes (a new closing date, a note that it closed), with no title or employer column."""
    return (table.error is None and bool(table.rows) and "external_id" in table.columns
            and not {"title", "employer"} & set(table.columns))


def _stored_cells(vacancy: Vacancy) -> dict[str, str]:
    """A stored vacancy as the cells of a row, so that a change list's row is read as the whole vacancy."""
    cells: dict[str, str] = {}
    for name in REQUIRED_COLUMNS + tuple(n for n in _HASHED if n not in REQUIRED_COLUMNS):
        value = getattr(vacancy, name, None)
        if name == "isco_code" and not vacancy.isco_from_file:
            continue
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            cells[name] = "yes" if value else "no"
        elif isinstance(value, list):
            cells[name] = ";".join(value)
        elif isinstance(value, date):
            cells[name] = value.isoformat()
        else:
            cells[name] = str(value)
    return cells


async def _with_stored_values(session: AsyncSession, table: Table) -> tuple[Table, list[RowError]]:
    """A change list (see `_is_change_list`) with each row completed by its vacancy as stored: the cells the
    file fills change it, the rest stay. A pay, status or note the file gives replaces the stored pay or state.
    A code the bot does not have is refused as such: a new vacancy needs its title and employer."""
    if not _is_change_list(table):
        return table, []
    codes = [" ".join((row.get("external_id") or "").split()) for _, row in table.rows]
    result = await session.execute(select(Vacancy).where(Vacancy.external_id.in_([c for c in codes if c])))
    stored = {vacancy.external_id: vacancy for vacancy in result.scalars()}
    rows = []
    unknown: list[RowError] = []
    for (number, row), code in zip(table.rows, codes):
        vacancy = stored.get(code)
        if vacancy is None:
            unknown.append(RowError(number, "external_id", "unknown_code" if code else "missing", code))
            continue
        given = {name: value for name, value in row.items() if value.strip()}
        cells = _stored_cells(vacancy)
        if "salary" in given:
            cells.pop("salary_min", None), cells.pop("salary_max", None)
        if {"status", "note"} & set(given):
            cells.pop("status", None)
        rows.append((number, cells | given))
    columns = tuple(dict.fromkeys((*table.columns, *(name for _, row in rows for name in row))))
    return replace(table, rows=rows, columns=columns), unknown


def _require_vacancy_columns(table: Table) -> Table:
    missing = [name for name in REQUIRED_COLUMNS if name not in table.columns]
    if table.columns and missing:
        return Table([], f"{MISSING_COLUMNS}:{','.join(missing)}", table.columns)
    return table


async def import_table(
    session: AsyncSession, table: Table, filename: str, *, actor_id: int | None = None
) -> ImportSummary:
    """The upsert of an already read table (the upload handler reads once to tell file kinds apart)."""
    table, unknown = await _with_stored_values(session, vacancy_columns(table))
    summary = ImportSummary(filename=filename, labels=dict(table.labels))
    table = _require_vacancy_columns(table)
    if table.error is not None:
        summary.file_error = table.error
        return summary
    summary.read = len(table.rows)
    summary.hidden = len(table.hidden_rows)
    summary.group_titles = list(table.titles)
    parsed = parse_vacancy_table(table, valid_isco_codes=valid_isco_codes())
    parsed.errors += unknown
    existing = await _existing(session, [row.external_id for row in parsed.rows])
    today = kazakhstan_today()
    late = [row for row in parsed.rows if _past_deadline(row, row.external_id in existing, today)]
    parsed.rows = [row for row in parsed.rows if row not in late]
    parsed.errors += [RowError(row.row, "deadline", "deadline_past", row.deadline.isoformat())
                      for row in late if row.deadline is not None]
    summary.errors = _in_file_order(parsed.errors, table)
    classify = _Classifier()
    unclassified: dict[str, None] = {}
    now = utcnow()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    shareable: list[str] = []  # external ids, in file order
    for row in parsed.rows:
        digest = content_hash(row)
        known = existing.get(row.external_id)
        if known is not None and known.content_hash == digest:
            summary.unchanged += 1
            if known.isco_code is None:
                unclassified[row.title] = None
            continue
        values = _values(row, digest, known, classify)
        if values["isco_code"] is None:
            unclassified[row.title] = None
        if known is None:
            closed_at = now if row.status == "closed" else None
            inserts.append(values | {"external_id": row.external_id, "status": row.status,
                                     "closed_at": closed_at, "created_at": now, "updated_at": now})
            if row.status == "closed":
                summary.created_closed += 1
            else:
                summary.created += 1
            if is_available(row, today):  # a row carries the status and deadline the rule reads
                shareable.append(row.external_id)
            continue
        values |= {"id": known.id, "updated_at": now}
        if row.status != known.status:
            values |= {"status": row.status, "closed_at": now if row.status == "closed" else None}
        if row.status == "closed" and known.status != "closed":
            summary.closed += 1
        else:
            summary.updated += 1  # reopened ones too
        updates.append(values)
    # Bulk statements rather than one ORM object per row: a 10,000-row export goes in within seconds.
    if inserts:
        await session.execute(insert(Vacancy), inserts)
    if updates:
        await session.execute(update(Vacancy), updates)
    summary.unclassified = list(unclassified)
    summary.shareable = await _new_vacancies(session, shareable[:MAX_LISTED_LINKS])
    summary.shareable_total = len(shareable)
    log.info(
        "vacancy import by %s: read=%s created=%s created_closed=%s updated=%s unchanged=%s closed=%s rejected=%s",
        actor_id if actor_id is not None else "system", summary.read, summary.created, summary.created_closed,
        summary.updated, summary.unchanged, summary.closed, summary.rejected,
    )
    return summary


def _past_deadline(row: VacancyRow, known: bool, today: date) -> bool:
    """A new open vacancy whose deadline has passed is a mistyped date, not news for workers. A stored
    one is still updated (the portal keeps a vacancy after its deadline), and a closed one closes."""
    return not known and row.status == "open" and row.deadline is not None and row.deadline < today


def _in_file_order(errors: list[RowError], table: Table) -> list[RowError]:
    """Errors in the order of the file: sheet by sheet, as the rows came, then by row."""
    sheets: dict[str, int] = {}
    for number, _ in table.rows:
        sheets.setdefault(getattr(number, "sheet", ""), len(sheets))
    return sorted(errors, key=lambda error: (sheets.get(getattr(error.row, "sheet", ""), 0), int(error.row)))


@dataclass(frozen=True)
class _Known:
    """What the upsert needs to know of a stored vacancy."""

    id: int
    content_hash: str
    status: str
    isco_code: str | None
    isco_from_file: bool


async def _existing(session: AsyncSession, external_ids: list[str]) -> dict[str, _Known]:
    columns = (Vacancy.external_id, Vacancy.id, Vacancy.content_hash, Vacancy.status, Vacancy.isco_code,
               Vacancy.isco_from_file)
    found: dict[str, _Known] = {}
    for start in range(0, len(external_ids), _LOOKUP_CHUNK):
        chunk = external_ids[start : start + _LOOKUP_CHUNK]
        result = await session.execute(select(*columns).where(Vacancy.external_id.in_(chunk)))
        found.update((external_id, _Known(*rest)) for external_id, *rest in result.all())
    return found


async def _new_vacancies(session: AsyncSession, external_ids: list[str]) -> list[NewVacancy]:
    """The ids the bulk insert gave these rows (it returns none), in the file's order."""
    if not external_ids:
        return []
    query = select(Vacancy.external_id, Vacancy.id, Vacancy.title).where(Vacancy.external_id.in_(external_ids))
    rows = (await session.execute(query)).all()
    found = {external_id: NewVacancy(vacancy_id, external_id, title) for external_id, vacancy_id, title in rows}
    return [found[external_id] for external_id in external_ids if external_id in found]


class _Classifier:
    """classify_title once per distinct title of a file: exports repeat the same title many times."""

    def __init__(self) -> None:
        self._codes: dict[str, str | None] = {}

    def __call__(self, title: str) -> str | None:
        if title not in self._codes:
            match = matching.classify_title(title)
            self._codes[title] = match.code if match is not None else None
        return self._codes[title]


def _values(row: VacancyRow, digest: str, known: _Known | None, classify: _Classifier) -> dict[str, Any]:
    """The columns a row sets. The officer's own code wins over a guess: a code that came from a file
    stays when a later file of the same vacancy leaves the column empty."""
    values = {name: getattr(row, name) for name in _COPIED}
    values["languages"] = sorted(row.languages)
    values["content_hash"] = digest
    if row.isco_code is not None:
        values["isco_code"], values["isco_from_file"] = row.isco_code, True
    elif known is not None and known.isco_from_file and known.isco_code:
        values["isco_code"], values["isco_from_file"] = known.isco_code, True
    else:
        values["isco_code"], values["isco_from_file"] = classify(row.title), False
    return values


# ---- the summary as text ----------------------------------------------------------------------------


def render_summary(t: Translator, summary: ImportSummary, link: Callable[[int], str] | None = None) -> str:
    """The summary in the reader's language, as Telegram HTML that fits one message. With `link` (a
    vacancy id to its share link, which needs the bot's username) the new vacancies' links close it."""
    lines = [t("import-title", file=summary.filename)]
    if summary.file_error is not None:
        lines.append(file_error_text(t, summary.file_error))
        return "\n".join(lines)
    lines += [
        t("import-count-read", count=summary.read),
        *([t("import-count-hidden", count=summary.hidden)] if summary.hidden else []),
        t("import-count-created", count=summary.created),
        *([t("import-count-created-closed", count=summary.created_closed)] if summary.created_closed else []),
        t("import-count-updated", count=summary.updated),
        t("import-count-unchanged", count=summary.unchanged),
        t("import-count-closed", count=summary.closed),
        t("import-count-rejected", count=summary.rejected),
    ]
    sections: list[tuple[str, list[str], int, int]] = []  # header, items, most shown, how many in all
    if summary.errors:
        items = [row_error_text(t, e, summary.labels) for e in summary.errors]
        sections.append((t("import-rejected-header"), items, MAX_LISTED_ERRORS, len(items)))
    if summary.unclassified:
        items = [t("import-unclassified-item", title=title) for title in summary.unclassified]
        sections.append((t("import-unclassified-header"), items, MAX_LISTED_TITLES, len(items)))
    if summary.group_titles:
        items = [t("import-group-title-item", row=_row_text(t, row), title=title[:60]) for row, title in summary.group_titles]
        sections.append((t("import-group-titles-header"), items, MAX_LISTED_TITLES, len(items)))
    if summary.shareable and link is not None:
        items = [t("import-link-item", reference=new.external_id, title=new.title, link=link(new.id))
                 for new in summary.shareable]
        sections.append((t("import-links-header"), items, MAX_LISTED_LINKS, summary.shareable_total))
    budget = MESSAGE_BUDGET - sum(len(line) + 1 for line in lines)
    share = budget // max(len(sections), 1)
    for index, (header, items, limit, total) in enumerate(sections):
        # A later section keeps at most its fair share; what it does not need, this one may use.
        reserved = sum(min(share, len(h) + 2 + sum(len(i) + 1 for i in its[:lim]))
                       for h, its, lim, _ in sections[index + 1 :])
        shown = _capped(t, items, limit, budget - reserved - len(header) - 2, total)
        lines += ["", header, *shown]
        budget -= len(header) + 2 + sum(len(line) + 1 for line in shown)
    return "\n".join(lines)


def _capped(t: Translator, items: list[str], limit: int, budget: int, total: int) -> list[str]:
    """As many items as fit in `limit` lines and `budget` characters, then "…and N more" of `total`
    (which may exceed the items given: a large file's links are not all looked up)."""
    shown: list[str] = []
    used = len(t("import-more", count=total)) + 1  # room for the tail line
    for item in items[:limit]:
        if used + len(item) + 1 > budget:
            break
        shown.append(item)
        used += len(item) + 1
    if len(shown) < total:
        shown.append(t("import-more", count=total - len(shown)))
    return shown


def row_error_text(t: Translator, error: RowError, labels: dict[str, str] | None = None) -> str:
    """One refused row: its number (and sheet), the column as the file names it, why, and the value."""
    reason = Html(t(f"import-reason-{error.code}" if error.code in _REASONS else "import-reason-other"))
    value = error.value[:60]
    key = "import-row-error-value" if value and error.code != "missing" else "import-row-error"
    column = (labels or {}).get(error.field) or error.field
    return t(key, row=_row_text(t, error.row), column=column, reason=reason, value=value)


def _row_text(t: Translator, row: int) -> str | int:
    """A row's number, with its sheet when the rows come from more than one (see `RowNumber`)."""
    sheet = getattr(row, "sheet", "")
    return t("import-row-on-sheet", row=int(row), sheet=sheet) if sheet else int(row)


def file_error_text(t: Translator, code: str) -> str:
    """Table errors are "empty", "unreadable"... or "missing_columns:title,employer"."""
    name, _, detail = code.partition(":")
    if name == MISSING_COLUMNS:
        return t("import-file-missing_columns", columns=detail.replace(",", ", "))
    return t(f"import-file-{name}" if name in _FILE_ERRORS else "import-file-unreadable")


_TAG = re.compile(r"<[^>]+>")


def plain_text(text: str) -> str:
    """Telegram HTML as a terminal shows it."""
    return html.unescape(_TAG.sub("", text))


# ---- `jobbot import-vacancies PATH` ------------------------------------------------------------------


async def run_cli(settings: Settings, path: str) -> int:
    """Import one file in one transaction; 0 when at least one row was read, 1 when nothing could be."""
    from bot.i18n import I18n
    from db.engine import create_engine, create_sessionmaker
    from db.migrate import upgrade

    t = I18n().translator("en")
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        print(f"error: cannot read {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            summary = await import_vacancies(session, data, file.name)
            if summary.file_error is not None or summary.read == 0:
                print(f"error: {path}: {plain_text(file_error_text(t, summary.file_error or 'empty'))}",
                      file=sys.stderr)
                return 1
            await session.commit()
    finally:
        await engine.dispose()
    print(plain_text(render_summary(t, summary)))
    return 0

