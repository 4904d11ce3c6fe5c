"""Bulk status files from officers (chat upload or `jobbot import-statuses PATH`).

Good rows are applied in file order (a file may replay several steps of one application); a bad row is
skipped and reported with its spreadsheet row number and the reason, so the officer can fix just that
row and send the file again. Rows already at their status are counted, not reported: sending the same
file twice changes nothing and notifies nobody twice.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Html, I18n, Translator
from bot.services.statuses import (
    NOT_FOUND,
    SAME_STATUS,
    Change,
    ChangeResult,
    HeldNotice,
    change_statuses,
    preview_changes,
    queue_held_notices,
    status_name,
    status_names,
)
from bot.settings import Settings
from bot.status_rows import HIRED, STATUS_CODES, RowError, StatusRow, parse_status_table, read_status_file
from bot.tabular import LINK, MISSING_COLUMNS, Table
from bot.vacancy_rows import read_upload
from db.models import Application, Profile, User, Vacancy

MAX_ERRORS_SHOWN = 25  # keeps the chat summary far below Telegram's 4,096 characters
CHUNK = 500  # rows applied together: a few statements for each chunk instead of five for each row
_TAG = re.compile(r"<[^>]+>")


@dataclass
class StatusImportSummary:
    file_error: str | None = None  # the whole file could not be read: unknown_format, empty, ...
    rows: int = 0  # data rows in the file
    changed: int = 0
    unchanged: int = 0  # already at that status
    errors: list[RowError] = field(default_factory=list)
    moved_to: Counter[str] = field(default_factory=Counter)  # changed rows by the status they reach
    labels: dict[str, str] = field(default_factory=dict)  # each column's header as the file wrote it

    @property
    def readable(self) -> bool:
        return self.file_error is None


async def import_statuses(
    session: AsyncSession,
    data: bytes,
    filename: str,
    *,
    actor_id: int | None,
    source: str = "file",
    i18n: I18n,
    preview: bool = False,
) -> StatusImportSummary:
    """Apply a status file inside the caller's unit of work (the caller commits). With `preview`, only
    work out what applying it would do: the same summary, with nothing changed and no worker told."""
    table = read_status_file(data, filename)
    if table.error is not None:
        vacancies = _vacancies_instead(table, data, filename)
        return StatusImportSummary(file_error=VACANCY_LIST if vacancies else table.error)
    parsed = parse_status_table(table, status_names(i18n))
    if only_medically_fit(table, parsed.rows, parsed.errors):
        return StatusImportSummary(file_error=MEDICAL_FIT)
    summary = StatusImportSummary(rows=len(table.rows), errors=list(parsed.errors), labels=dict(table.labels))
    reached: dict[int, str] = {}  # what the preview's earlier chunks moved
    held: dict[int, HeldNotice] = {}  # each moved worker's one notice, sent when the whole file is applied
    for start in range(0, len(parsed.rows), CHUNK):
        chunk = parsed.rows[start : start + CHUNK]
        by_pair = await _applications_by_pair(session, chunk)
        by_phone = await _applications_by_phone(session, chunk)
        phones = await _phones_of_applications(session, chunk)
        by_worker = await _applications_by_worker(session, chunk)
        known = _Known(await _vacancies_of_applications(session, chunk), await _known_workers(session, chunk))
        targeted: list[StatusRow] = []
        changes: list[Change] = []
        steps: dict[int, str] = {}  # each named application's step, as the rows before leave it
        for row in chunk:
            try:
                application_id = _target(row, by_pair, by_phone, phones, by_worker, known)
                if row.status == HIRED:
                    row = await _hired(session, row, application_id, steps, reached)
            except RowError as error:
                summary.errors.append(error)
                continue
            steps[application_id] = row.status
            targeted.append(row)
            changes.append(Change(application_id, row.status, row.note, row.occurred_at))
        if preview:
            results = await preview_changes(session, changes, reached)
        else:
            results = await change_statuses(session, changes, actor_id=actor_id, source=source, i18n=i18n,
                                            held=held)
        for row, result in zip(targeted, results):
            _count(summary, row, result)
    if not preview:
        await queue_held_notices(session, held, i18n)
    summary.errors.sort(key=lambda error: error.row)
    return summary


VACANCY_LIST = "vacancy_file"  # a list of vacancies sent where statuses are loaded
MEDICAL_FIT = "medical_fit"  # a medical list where every candidate is fit: no step of the bot's in it

# A medical passed, as a medical centre or the visa centre writes it: "FIT", "Medically fit", "Fit to work",
# «Годен», «годен к работе в жарком климате», «Жарамды».
_FIT = re.compile(r"(?:medically\s+)?fit(?:\s+(?:to|for)\s+\w+.*)?|годн?[аеоы]\w*(?:\s+.*)?|жарамды(?:\s+.*)?",
                  re.IGNORECASE)
_MEDICAL_SAID = re.compile(r"medical|медицин|медкомисс|осмотр|gamca|qvc|медициналық|тексеру|examination|x-?ray",
                           re.IGNORECASE)


def only_medically_fit(table: Table, rows: Sequence[StatusRow], errors: Sequence[RowError]) -> bool:
    """Whether a medical list says of every candidate only that the medical was passed: a step the bot does not
    keep, so the file is answered as a whole (why nothing changes, what to send instead) rather than with a
    refusal for each of its rows. A list with an UNFIT, a step or any other refusal in it is read row by row."""
    said = " ".join([*table.labels.values(), *table.notes])
    return (not rows and bool(errors) and bool(_MEDICAL_SAID.search(said))
            and all(error.code == "bad_status" and _FIT.fullmatch(" ".join(error.value.split()))
                    for error in errors))


def _vacancies_instead(table: Table, data: bytes, filename: str) -> bool:
    """Whether a file refused for want of a status column is a list of vacancies (titles and their employers, or
    titles with their pay and places, as a Qatari employer's job order lists them under its own name): the
    officer is told it went to the wrong place, not which columns a status file needs."""
    if not (table.error or "").startswith(MISSING_COLUMNS):
        return False
    vacancies = read_upload(data, filename)
    columns = set(vacancies.columns)
    if vacancies.error is not None or "title" not in columns:
        return False
    terms = {"salary", "salary_min", "positions"} & columns
    return "employer" in columns or len(terms) >= 2


async def _hired(session: AsyncSession, row: StatusRow, application_id: int, steps: dict[int, str],
                 reached: dict[int, str]) -> StatusRow:
    """«Трудоустроен» for an application already departed (or at work) can only be work begun; at any
    earlier step it could be the offer, the contract or work begun, so the row is refused, not guessed."""
    step = steps.get(application_id) or reached.get(application_id)
    if step is None:
        step = await session.scalar(select(Application.status).where(Application.id == application_id))
    if step in ("departed", "employed"):
        return replace(row, status="employed")
    raise RowError(row.row, "status", "bad_status", row.note or "hired")


def _count(summary: StatusImportSummary, row: StatusRow, result: ChangeResult) -> None:
    if result.ok:
        summary.changed += 1
        summary.moved_to[row.status] += 1
    elif result.reason == SAME_STATUS:
        summary.unchanged += 1
    elif result.outcome == NOT_FOUND:
        summary.errors.append(RowError(row.row, "application_id", "unknown_application", str(result.application_id)))
    else:
        summary.errors.append(RowError(row.row, "status", result.reason or "refused", row.status))


@dataclass(frozen=True)
class _Known:
    """What the bot knows of the rows' targets beyond their applications: the vacancy each numbered
    application was made to, and which Telegram ids are workers of the bot at all."""

    vacancies: dict[int, str] = field(default_factory=dict)
    workers: frozenset[int] = frozenset()


async def _vacancies_of_applications(session: AsyncSession, rows: Sequence[StatusRow]) -> dict[int, str]:
    """The portal code of each application's vacancy, for the rows that give both its number and a code."""
    ids = {row.application_id for row in rows if row.application_id is not None and row.external_id}
    if not ids:
        return {}
    query = (select(Application.id, Vacancy.external_id).join(Vacancy, Vacancy.id == Application.vacancy_id)
             .where(Application.id.in_(ids)))
    return {id_: external_id for id_, external_id in await session.execute(query)}


async def _known_workers(session: AsyncSession, rows: Sequence[StatusRow]) -> frozenset[int]:
    """The Telegram ids of the rows that are the bot's users: one nobody has is no worker at all."""
    ids = {row.telegram_id for row in rows if row.application_id is None and row.telegram_id is not None}
    if not ids:
        return frozenset()
    return frozenset((await session.execute(select(User.id).where(User.id.in_(ids)))).scalars())


async def _applications_by_pair(session: AsyncSession, rows: Sequence[StatusRow]) -> dict[tuple[int, str], int]:
    """The applications that rows name by (telegram_id, external_id) instead of by id, in one query."""
    pairs = {(row.telegram_id, row.external_id) for row in rows if row.application_id is None}
    if not pairs:
        return {}
    query = (
        select(Application.user_id, Vacancy.external_id, Application.id)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(tuple_(Application.user_id, Vacancy.external_id).in_(pairs))
    )
    return {(user_id, external_id): id_ for user_id, external_id, id_ in await session.execute(query)}


async def _applications_by_worker(session: AsyncSession, rows: Sequence[StatusRow]) -> dict[int, list[int]]:
    """The applications of the workers that rows name by Telegram id alone, with no vacancy beside it."""
    workers = {row.telegram_id for row in rows if row.application_id is None and row.phone is None
               and row.telegram_id is not None and row.external_id is None}
    if not workers:
        return {}
    found: dict[int, list[int]] = {}
    query = select(Application.user_id, Application.id).where(Application.user_id.in_(workers))
    for user_id, id_ in await session.execute(query):
        found.setdefault(user_id, []).append(id_)
    return found


async def _applications_by_phone(session: AsyncSession, rows: Sequence[StatusRow]) -> dict[str, list[tuple[int, str]]]:
    """The applications of the workers whose phones the rows give, as (id, vacancy's portal number)."""
    phones = {phone for row in rows if row.application_id is None for phone in (row.phones or (row.phone,)) if phone}
    if not phones:
        return {}
    query = (
        select(Profile.phone, Application.id, Vacancy.external_id)
        .join(Application, Application.user_id == Profile.user_id)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(Profile.phone.in_(phones))
    )
    found: dict[str, list[tuple[int, str]]] = {}
    for phone, id_, external_id in await session.execute(query):
        found.setdefault(phone, []).append((id_, external_id))
    return found


async def _phones_of_applications(session: AsyncSession, rows: Sequence[StatusRow]) -> dict[int, str | None]:
    """The phone each worker gave, for the rows that give both an application's number and a phone."""
    ids = {row.application_id for row in rows if row.application_id is not None and row.phone}
    if not ids:
        return {}
    query = (
        select(Application.id, Profile.phone)
        .outerjoin(Profile, Profile.user_id == Application.user_id)
        .where(Application.id.in_(ids))
    )
    return {id_: phone for id_, phone in await session.execute(query)}


def _by_phone(row: StatusRow, by_phone: dict[str, list[tuple[int, str]]]) -> int:
    """The one application of the worker with this phone (for this vacancy, when the row names it):
    a phone with several applications and no vacancy is refused, since guessing would move the wrong one."""
    assert row.phone is not None
    given = row.phones or (row.phone,)
    found = [item for phone in given for item in by_phone.get(phone, [])]  # the phone the worker gave the bot
    written = " / ".join(given)
    if row.external_id:
        found = [item for item in found if item[1].casefold() == row.external_id.casefold()]
        if not found:
            raise RowError(row.row, "external_id", "unknown_target", f"{written} / {row.external_id}")
    if not found:
        raise RowError(row.row, "phone", "unknown_phone", written)
    if len(found) > 1:
        raise RowError(row.row, "phone", "several_applications", row.phone)
    return found[0][0]


def _by_worker(row: StatusRow, by_worker: dict[int, list[int]]) -> int:
    """The one application of the worker a Telegram id names; several without a vacancy are refused, as
    for a phone: guessing would move the wrong one and tell the worker so."""
    assert row.telegram_id is not None
    found = by_worker.get(row.telegram_id, [])
    if not found:
        raise RowError(row.row, "telegram_id", "unknown_application", str(row.telegram_id))
    if len(found) > 1:
        raise RowError(row.row, "telegram_id", "several_applications", str(row.telegram_id))
    return found[0]


def _target(
    row: StatusRow,
    by_pair: dict[tuple[int, str], int],
    by_phone: dict[str, list[tuple[int, str]]],
    phones: dict[int, str | None],
    by_worker: dict[int, list[int]] | None = None,
    known: _Known | None = None,
) -> int:
    """The application a row names, by id, by phone, or by (telegram_id, external_id); RowError when none.
    A number given with a phone of another worker, or with another vacancy's code, is refused: one of the
    two is wrong, and moving the number's application could tell the wrong worker. A Telegram id nobody
    in the bot has is refused as no such worker, not as no such application."""
    if row.application_id is not None:
        phone = phones.get(row.application_id)
        if row.phone and phone and phone not in (row.phones or (row.phone,)):
            raise RowError(row.row, "phone", "phone_mismatch", row.phone)
        vacancy = known.vacancies.get(row.application_id) if known is not None else None
        if row.external_id and vacancy and vacancy.casefold() != row.external_id.casefold():
            raise RowError(row.row, "external_id", "vacancy_mismatch", f"{row.external_id} / {row.application_id}")
        return row.application_id  # change_statuses says when there is no such application
    if row.phone is not None:
        return _by_phone(row, by_phone)
    if known is not None and row.telegram_id is not None and row.telegram_id not in known.workers:
        raise RowError(row.row, "telegram_id", "unknown_worker", str(row.telegram_id))
    if row.external_id is None and row.telegram_id is not None:
        return _by_worker(row, by_worker or {})
    found = by_pair.get((row.telegram_id, row.external_id))
    if found is None:
        raise RowError(row.row, "external_id", "unknown_target", f"{row.telegram_id} / {row.external_id}")
    return found


def render_status_summary(t: Translator, summary: StatusImportSummary) -> str:
    """The officer's report in chat: counts, then the bad rows (the first MAX_ERRORS_SHOWN)."""
    if summary.file_error is not None:
        code, _, columns = summary.file_error.partition(":")
        if code == LINK:  # told as a vacancy file's link is: the same words serve both
            return t("import-file-link")
        return t("status-import-file-error", code=code, columns=columns.replace(",", ", "))
    counts = t(
        "status-import-summary",
        rows=summary.rows,
        changed=summary.changed,
        unchanged=summary.unchanged,
        errors=len(summary.errors),
    )
    return "\n".join([counts, *_error_lines(t, summary)])


def render_status_preview(t: Translator, summary: StatusImportSummary, filename: str) -> str:
    """What a readable file would do, step by step, and its bad rows."""
    counts = t(
        "status-preview",
        file=filename,
        rows=summary.rows,
        changed=summary.changed,
        unchanged=summary.unchanged,
        errors=len(summary.errors),
    )
    moves = [
        t("status-preview-move", status=status_name(t, code), count=summary.moved_to[code])
        for code in STATUS_CODES
        if summary.moved_to[code]
    ]
    return "\n".join([counts, *moves, *_error_lines(t, summary)])


def status_error_text(t: Translator, error: RowError, labels: dict[str, str] | None = None) -> str:
    """One refused row: its number, the column as the file names it, why, and the value."""
    return t(
        "status-import-error-line",
        row=error.row,
        column=(labels or {}).get(error.field) or error.field,
        reason=t("status-import-reason", code=error.code),
        value=error.value[:40],
    )


def _error_lines(t: Translator, summary: StatusImportSummary) -> list[str]:
    lines = [status_error_text(t, error, summary.labels) for error in summary.errors[:MAX_ERRORS_SHOWN]]
    hidden = len(summary.errors) - MAX_ERRORS_SHOWN
    if hidden > 0:
        lines.append(t("status-import-more-errors", count=hidden))
    if any(error.code == "bad_status" for error in summary.errors):
        steps = ", ".join(f"<code>{code}</code> ({html.escape(status_name(t, code))})" for code in STATUS_CODES)
        lines.append(t("status-import-status-hint", steps=Html(steps)))
    return lines


async def run_cli(settings: Settings, path: str, *, dry_run: bool = False) -> int:
    """`jobbot import-statuses [--dry-run] PATH`: migrate, apply the file in one transaction (with
    `dry_run`, only say what it would do), print a summary."""
    from db.engine import create_engine, create_sessionmaker
    from db.migrate import upgrade

    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        print(f"error: cannot read {path}: {error.strerror or error}")
        return 2
    i18n = I18n()
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            summary = await import_statuses(
                session, data, file.name, actor_id=None, source="file", i18n=i18n, preview=dry_run
            )
            await session.commit()
    finally:
        await engine.dispose()
    t = i18n.translator("en")
    if dry_run and summary.readable:
        print(plain_text(render_status_preview(t, summary, file.name)))
        print("Dry run: nothing was changed.")
    else:
        print(plain_text(render_status_summary(t, summary)))
    return 0 if summary.readable and (summary.changed or summary.unchanged or not summary.errors) else 1


def plain_text(text: str) -> str:
    """A chat text for a terminal: tags removed, entities turned back into characters."""
    return html.unescape(_TAG.sub("", text))
