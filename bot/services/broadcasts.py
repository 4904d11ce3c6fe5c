"""Announcements from the ministry to a segment of workers, queued through the outbox.

How a worker sees an announcement: the officer's text exactly as written (bold, italics and links kept:
it is stored as Telegram HTML), under one localized header line in the worker's own language
("📢 Announcement from the Ministry of Labour"), so an official message can never be mistaken for an
ordinary bot reply or a stranger's forward. The officer writes one text; it is not translated.

Segments are plain dicts (`{"kind": ..., "value": ...}`) stored on the Broadcast row:
everyone, by language, by region, by occupation (ISCO-08 major group, 1 digit, or sub-major group,
2 digits, matched as a prefix of the worker's occupation codes), by application status, or the
workers who applied to one vacancy (its id). Only active workers get a row; blocked ones (is_active
False) are counted as skipped at queue time, so the officer sees how many the announcement misses.

Progress: `report_progress` (run by the scheduler) edits each running broadcast's progress message from
outbox counts, at most once per `broadcast_progress_seconds`, and marks the broadcast done when nothing is
left. Stopping drops the pending rows; the delivery loop also drops any row of a stopped broadcast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import matching
from bot.i18n import DEFAULT_LANGUAGE, Html, I18n, Translator
from bot.services import outbox, vacancies
from bot.services.officers import worker_condition
from bot.settings import Settings
from db.models import (
    Application,
    Broadcast,
    OutboxMessage,
    Profile,
    ProfileOccupation,
    User,
    Vacancy,
    utcnow,
)
from db.upserts import insert_for

log = logging.getLogger(__name__)

MAX_TEXT = 4_000  # Telegram allows 4,096 characters; the header takes the rest
MAX_CAPTION = 900  # under a photo or a document Telegram allows 1,024 characters, header included
SEGMENT_KINDS: tuple[str, ...] = ("all", "lang", "region", "isco", "status", "vacancy")


class BroadcastStopCb(CallbackData, prefix="bs"):
    """The "stop" button under a broadcast's progress message. Defined here because the progress
    message is built both by the officer's handler and by the scheduled `report_progress`."""

    id: int


@dataclass(frozen=True)
class Audience:
    active: int
    inactive: int


@dataclass(frozen=True)
class Progress:
    sent: int = 0
    blocked: int = 0  # dropped: the worker blocked the bot (or the broadcast was stopped)
    failed: int = 0
    left: int = 0


def segment(kind: str, value: str = "", label: str | None = None) -> dict[str, Any]:
    """One part of an audience; `label` is how an officer knows it when the value alone says little (a
    vacancy's portal number and title for its id)."""
    if kind not in SEGMENT_KINDS:
        raise ValueError(f"unknown segment kind {kind!r}")
    return {"kind": kind, "value": value, **({"label": label} if label else {})}


def narrowed(seg: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
    """The workers of `seg` who are also in `part` (welders, and of those the ones in Mangystau).
    Narrowing "all" is simply the part."""
    if seg["kind"] == "all":
        return dict(part)
    return {**seg, "and": [*seg.get("and", []), *parts(part)]}


def narrowed_by(seg: dict[str, Any], traits: Iterable[Sequence[str]]) -> dict[str, Any]:
    """`seg` narrowed by the traits typed beside it, as (kind, value) pairs: a step and a region in
    «сварщикам с визой из Мангистау»."""
    for kind, value in traits:
        seg = narrowed(seg, segment(kind, value))
    return seg


def parts(seg: dict[str, Any]) -> list[dict[str, Any]]:
    """Each condition of an audience, the first one first."""
    first = {key: value for key, value in seg.items() if key != "and"}
    return [first, *seg.get("and", [])]


def is_isco_group(text: str) -> bool:
    """An ISCO-08 group of 1 to 4 digits (major, sub-major, minor or unit group) that the taxonomy
    knows; 0 is the armed forces, still valid."""
    return text.isascii() and text.isdigit() and 1 <= len(text) <= 4 and bool(matching.occupation_title(text))


def worker_text(t: Translator, html_text: str) -> str:
    """The announcement as a worker in `t`'s language reads it."""
    return t("broadcast-to-worker", text=Html(html_text))


async def find_vacancy(session: AsyncSession, reference: str) -> Vacancy | None:
    """By the portal's external id first (what officers see), then by the bot's own id."""
    reference = reference.strip()
    found = await vacancies.by_portal_number(session, reference)
    if found is None and reference.isdecimal() and len(reference) < 10:
        found = await session.get(Vacancy, int(reference))
    return found


def _segment_condition(seg: dict[str, Any], officer_ids: Collection[int]) -> ColumnElement[bool]:
    return and_(worker_condition(officer_ids), *(_part_condition(part) for part in parts(seg)))


def _part_condition(part: dict[str, Any]) -> ColumnElement[bool]:
    kind, value = part["kind"], str(part.get("value", ""))
    if kind == "lang":
        return User.language == value
    if kind == "region":  # one region, or several named together («Атырау и Мангистау»: "atyrau mangystau")
        return User.id.in_(select(Profile.user_id).where(Profile.region.in_(value.split())))
    if kind == "isco":  # one group, or several named together («сварщикам и электрикам»: "7212 741")
        within = or_(*(ProfileOccupation.isco_code.startswith(code) for code in value.split()))
        return User.id.in_(select(ProfileOccupation.user_id).where(within))
    if kind == "status":
        return User.id.in_(select(Application.user_id).where(Application.status == value))
    if kind == "vacancy":
        return User.id.in_(select(Application.user_id).where(Application.vacancy_id == int(value)))
    if kind == "all":
        return true()
    raise ValueError(f"unknown segment kind {kind!r}")


async def audience(session: AsyncSession, seg: dict[str, Any], officer_ids: Collection[int]) -> Audience:
    """How many workers the segment reaches, and how many it would miss because they blocked the bot."""
    query = (
        select(User.is_active, func.count())
        .where(_segment_condition(seg, officer_ids))
        .group_by(User.is_active)
    )
    counts = {bool(active): number for active, number in (await session.execute(query)).all()}
    return Audience(active=counts.get(True, 0), inactive=counts.get(False, 0))


async def queue(
    session: AsyncSession,
    *,
    officer_id: int,
    html_text: str,
    seg: dict[str, Any],
    officer_ids: Collection[int],
    i18n: I18n,
    media: dict[str, str] | None = None,
    not_before: datetime | None = None,
) -> Broadcast:
    """Create the broadcast and one outbox row per active worker of the segment (the caller commits).
    With `media` ({"photo": file_id} or {"document": file_id}) each worker gets it with the text as
    its caption; with `not_before` (the end of the night's quiet hours) none goes out earlier."""
    counted = await audience(session, seg, officer_ids)
    broadcast = Broadcast(
        officer_id=officer_id, text=html_text, segment=dict(seg), status="queued",
        skipped_inactive=counted.inactive,
    )
    session.add(broadcast)
    await session.flush()
    payloads = {lang: outbox.payload(worker_text(t, html_text), media=media) for lang, t in i18n.all.items()}
    condition = and_(_segment_condition(seg, officer_ids), User.is_active.is_(True))
    broadcast.total = await _enqueue_segment(session, broadcast.id, condition, payloads, not_before)
    log.info("broadcast %s queued by officer %s: %s rows, %s inactive skipped",
             broadcast.id, officer_id, broadcast.total, broadcast.skipped_inactive)
    return broadcast


async def _enqueue_segment(
    session: AsyncSession, broadcast_id: int, condition: ColumnElement[bool], payloads: dict[str, dict[str, Any]],
    not_before: datetime | None = None,
) -> int:
    """One set-based INSERT ... SELECT: the same rows `outbox.enqueue_many` would write (same keys, same
    payload, duplicates skipped), without carrying 200,000 rows through Python, which takes seconds.
    Each worker gets the payload in their language; an unknown language gets the default one."""
    table = OutboxMessage.__table__
    postgres = session.bind is not None and session.bind.dialect.name == "postgresql"

    def value(data: Any, column: str) -> ColumnElement[Any]:
        bound = literal(data, table.c[column].type)
        return cast(bound, table.c[column].type) if postgres else bound  # PostgreSQL needs the type

    now = utcnow()
    rows = select(
        literal(f"broadcast:{broadcast_id}:") + cast(User.id, String),
        User.id,
        literal("broadcast"),
        case(
            *((User.language == lang, value(data, "payload"))
              for lang, data in payloads.items() if lang != DEFAULT_LANGUAGE),
            else_=value(payloads[DEFAULT_LANGUAGE], "payload"),
        ),
        literal("pending"),
        literal(0),
        value(not_before or now, "not_before"),
        literal(broadcast_id),
        value(now, "created_at"),
    ).where(condition)
    columns = ["key", "user_id", "kind", "payload", "status", "attempts", "not_before", "broadcast_id",
               "created_at"]
    statement = insert_for(session, table).from_select(columns, rows).on_conflict_do_nothing(index_elements=["key"])
    result = await session.execute(statement)
    return max(result.rowcount or 0, 0)


async def progress(session: AsyncSession, broadcast_id: int) -> Progress:
    query = (
        select(OutboxMessage.status, func.count())
        .where(OutboxMessage.broadcast_id == broadcast_id)
        .group_by(OutboxMessage.status)
    )
    counts = dict((await session.execute(query)).all())
    return Progress(
        sent=counts.get("sent", 0), blocked=counts.get("dropped", 0),
        failed=counts.get("failed", 0), left=counts.get("pending", 0),
    )


async def stop(session: AsyncSession, broadcast_id: int) -> Broadcast | None:
    """Stop a running broadcast: its pending rows are dropped. None when it is not running."""
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is None or broadcast.status != "queued":
        return None
    broadcast.status = "stopped"
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.broadcast_id == broadcast_id, OutboxMessage.status == "pending")
        .values(status="dropped", error="broadcast stopped")
    )
    await session.flush()
    return broadcast


def progress_view(
    t: Translator, broadcast: Broadcast, counts: Progress, status: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The officer's progress message; the stop button stays only while the broadcast runs."""
    status = status or broadcast.status
    text = t(
        "broadcast-progress",
        id=broadcast.id,
        state=t(f"broadcast-state-{status}"),
        total=broadcast.total,
        sent=counts.sent,
        blocked=counts.blocked,
        failed=counts.failed,
        left=counts.left,
        skipped=broadcast.skipped_inactive,
    )
    if status != "queued":
        return text, None
    button = InlineKeyboardButton(
        text=t("btn-broadcast-stop"), callback_data=BroadcastStopCb(id=broadcast.id).pack()
    )
    return text, InlineKeyboardMarkup(inline_keyboard=[[button]])


async def officer_translator(session: AsyncSession, i18n: I18n, officer_id: int) -> Translator:
    user = await session.get(User, officer_id)
    return i18n.translator(user.language if user is not None else DEFAULT_LANGUAGE)


async def edit_progress(bot: Bot, broadcast: Broadcast, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edit the progress message; "not modified" (nothing changed since) is not an error."""
    if broadcast.progress_chat_id is None or broadcast.progress_message_id is None:
        return
    try:
        await bot.edit_message_text(
            text=text, chat_id=broadcast.progress_chat_id,
            message_id=broadcast.progress_message_id, reply_markup=markup,
        )
    except TelegramBadRequest as error:
        if "not modified" not in str(error).lower():
            log.warning("broadcast %s: progress message not edited: %s", broadcast.id, error.message)
    except TelegramAPIError as error:
        log.warning("broadcast %s: progress message not edited: %s", broadcast.id, error.message)


async def report_progress(
    bot: Bot,
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    settings: Settings,
    *,
    now: Callable[[], datetime] = utcnow,
) -> int:
    """Edit the progress message of every running broadcast that is due; returns how many were edited.

    The edit happens outside any write transaction (Telegram may be slow); the broadcast is then marked
    done only if it is still running, so a "stop" pressed meanwhile is never overwritten.
    """
    interval = timedelta(seconds=settings.broadcast_progress_seconds)
    edited = 0
    async with sessionmaker() as session:
        running = (
            await session.execute(select(Broadcast).where(Broadcast.status == "queued").order_by(Broadcast.id))
        ).scalars().all()
        due = []
        for broadcast in running:
            moment = now()
            if broadcast.progress_edited_at is not None and moment - broadcast.progress_edited_at < interval:
                continue
            counts = await progress(session, broadcast.id)
            status = "done" if counts.left == 0 else "queued"  # written below if still running
            t = await officer_translator(session, i18n, broadcast.officer_id)
            due.append((broadcast, counts, progress_view(t, broadcast, counts, status)))
        session.expunge_all()
    for broadcast, _counts, (text, markup) in due:
        await edit_progress(bot, broadcast, text, markup)
        edited += 1
    if due:
        async with sessionmaker() as session:
            for broadcast, counts, _view in due:
                await session.execute(
                    update(Broadcast).where(Broadcast.id == broadcast.id).values(progress_edited_at=now())
                )
                if counts.left == 0:
                    await session.execute(
                        update(Broadcast)
                        .where(Broadcast.id == broadcast.id, Broadcast.status == "queued")
                        .values(status="done")
                    )
            await session.commit()
    return edited
