"""Figures for officers: every number is one SQL aggregate (GROUP BY), never rows loaded into memory.

No names or phones appear here. The one per-row export, `application_rows`, carries what an officer needs
to act on an application and match it with the portal: application id, the worker's Telegram id, the
vacancy's external id, status and dates. It is the same information the status file already uses.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import reminders
from bot.services.officers import worker_condition
from db.models import (
    Application,
    OutboxMessage,
    Profile,
    ProfileOccupation,
    User,
    Vacancy,
    utcnow,
)

ALERT_KINDS = ("alert", "digest")
BROADCAST_KINDS = ("broadcast",)


@dataclass
class Statistics:
    workers_total: int = 0
    workers_active: int = 0
    workers_blocked: int = 0
    profiles_complete: int = 0
    by_region: list[tuple[str | None, int]] = field(default_factory=list)
    by_language: list[tuple[str, int]] = field(default_factory=list)
    sought: list[tuple[str, int]] = field(default_factory=list)  # (ISCO code, workers)
    offered: list[tuple[str, int, int]] = field(default_factory=list)  # (ISCO code, vacancies, positions)
    open_vacancies: int = 0
    open_positions: int = 0
    applications: list[tuple[str, int]] = field(default_factory=list)
    alerts_day: int = 0
    alerts_week: int = 0
    broadcasts_day: int = 0
    broadcasts_week: int = 0
    reminders_day: int = 0
    reminders_week: int = 0
    reminders_week_finished: int = 0  # of the week's reminded workers, those who finished the profile since


async def collect(
    session: AsyncSession, officer_ids: Collection[int], *, top: int | None = 10, now: datetime | None = None
) -> Statistics:
    """All figures; `top` limits the occupation lists (None: all of them, for the export)."""
    stats = Statistics()
    workers = worker_condition(officer_ids)
    total, active, complete = (
        await session.execute(
            select(
                func.count(User.id),
                func.coalesce(func.sum(case((User.is_active.is_(True), 1), else_=0)), 0),
                func.count(Profile.completed_at),
            ).select_from(User).outerjoin(Profile, Profile.user_id == User.id).where(workers)
        )
    ).one()
    stats.workers_total, stats.workers_active, stats.profiles_complete = total, active, complete
    stats.workers_blocked = total - active

    region = select(Profile.region, func.count()).join(User, User.id == Profile.user_id).where(workers)
    stats.by_region = _pairs(await session.execute(
        region.group_by(Profile.region).order_by(func.count().desc(), Profile.region)
    ))
    language = select(User.language, func.count()).where(workers).group_by(User.language)
    stats.by_language = _pairs(await session.execute(language.order_by(func.count().desc(), User.language)))

    seekers = func.count(func.distinct(ProfileOccupation.user_id))
    sought = (
        select(ProfileOccupation.isco_code, seekers)
        .join(User, User.id == ProfileOccupation.user_id)
        .where(workers, ProfileOccupation.isco_code.is_not(None))
        .group_by(ProfileOccupation.isco_code)
        .order_by(seekers.desc(), ProfileOccupation.isco_code)
    )
    stats.sought = _pairs(await session.execute(sought.limit(top) if top else sought))

    # A vacancy whose file left out how many it hires has at least one place ("0 places" would mislead).
    positions = func.coalesce(func.sum(func.coalesce(Vacancy.positions, 1)), 0)
    is_open = Vacancy.status == "open"
    offered = (
        select(func.coalesce(Vacancy.isco_code, ""), func.count(), positions)
        .where(is_open)
        .group_by(Vacancy.isco_code)
        .order_by(func.count().desc(), Vacancy.isco_code)
    )
    stats.offered = [tuple(r) for r in (await session.execute(offered.limit(top) if top else offered)).all()]
    stats.open_vacancies, stats.open_positions = (
        await session.execute(select(func.count(), positions).where(is_open))
    ).one()

    applications = select(Application.status, func.count()).group_by(Application.status)
    stats.applications = _pairs(await session.execute(applications.order_by(func.count().desc())))

    now = now or utcnow()
    await _messages(session, stats, now)
    await _reminders(session, stats, now)
    return stats


async def _messages(session: AsyncSession, stats: Statistics, now: datetime) -> None:
    day, week = now - timedelta(days=1), now - timedelta(days=7)
    query = (
        select(
            OutboxMessage.kind,
            func.coalesce(func.sum(case((OutboxMessage.sent_at >= day, 1), else_=0)), 0),
            func.count(),
        )
        .where(OutboxMessage.status == "sent", OutboxMessage.sent_at >= week)
        .group_by(OutboxMessage.kind)
    )
    for kind, last_day, last_week in (await session.execute(query)).all():
        if kind in ALERT_KINDS:
            stats.alerts_day += last_day
            stats.alerts_week += last_week
        elif kind in BROADCAST_KINDS:
            stats.broadcasts_day += last_day
            stats.broadcasts_week += last_week


async def _reminders(session: AsyncSession, stats: Statistics, now: datetime) -> None:
    """Unfinished-profile reminders sent, and how many of the week's reminded workers finished the
    profile after theirs arrived: whether the reminder brings workers back. "After" is all the data can
    tell (not "because of"); a worker who erased their data since counts as not finished."""
    day, week = now - timedelta(days=1), now - timedelta(days=7)
    sent = OutboxMessage.sent_at
    query = (
        select(
            func.coalesce(func.sum(case((sent >= day, 1), else_=0)), 0),
            func.count(),
            func.coalesce(func.sum(case((Profile.completed_at >= sent, 1), else_=0)), 0),
        )
        .select_from(OutboxMessage)
        .outerjoin(Profile, Profile.user_id == OutboxMessage.user_id)
        .where(OutboxMessage.kind == reminders.KIND, OutboxMessage.status == "sent", sent >= week)
    )
    stats.reminders_day, stats.reminders_week, stats.reminders_week_finished = (await session.execute(query)).one()


def _pairs(result: Any) -> list[Any]:
    return [tuple(row) for row in result.all()]


# ---- CSV export -------------------------------------------------------------------------------------


def summary_csv(stats: Statistics) -> bytes:
    """One file of every figure as (section, key, value): easy to filter in a spreadsheet."""
    rows: list[tuple[str, str, Any]] = [
        ("workers", "total", stats.workers_total),
        ("workers", "active", stats.workers_active),
        ("workers", "blocked", stats.workers_blocked),
        ("workers", "complete_profiles", stats.profiles_complete),
        ("vacancies", "open", stats.open_vacancies),
        ("vacancies", "open_positions", stats.open_positions),
        ("messages", "alerts_last_day", stats.alerts_day),
        ("messages", "alerts_last_week", stats.alerts_week),
        ("messages", "broadcasts_last_day", stats.broadcasts_day),
        ("messages", "broadcasts_last_week", stats.broadcasts_week),
        ("messages", "profile_reminders_last_day", stats.reminders_day),
        ("messages", "profile_reminders_last_week", stats.reminders_week),
        ("messages", "profile_reminders_last_week_then_finished", stats.reminders_week_finished),
    ]
    rows += [("workers_by_region", region or "", count) for region, count in stats.by_region]
    rows += [("workers_by_language", lang, count) for lang, count in stats.by_language]
    rows += [("applications_by_status", status, count) for status, count in stats.applications]
    return to_csv(("section", "key", "value"), rows)


def occupations_csv(stats: Statistics, title: Any) -> bytes:
    """Sought vs offered for every ISCO code either side has; `title(code)` names the code."""
    sought = dict(stats.sought)
    offered = {code: (count, places) for code, count, places in stats.offered}
    codes = sorted(set(sought) | set(offered), key=lambda c: (-sought.get(c, 0), c))
    rows = [
        (code, title(code) if code else "", sought.get(code, 0), *offered.get(code, (0, 0)))
        for code in codes
    ]
    return to_csv(("isco_code", "title", "workers_seeking", "open_vacancies", "open_positions"), rows)


async def application_rows(session: AsyncSession) -> list[tuple[Any, ...]]:
    query = (
        select(Application.id, Application.user_id, Vacancy.external_id, Application.status,
               Application.created_at, Application.updated_at)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .order_by(Application.id)
    )
    return [tuple(row) for row in (await session.execute(query)).all()]


async def applications_csv(session: AsyncSession) -> bytes:
    header = ("application_id", "telegram_id", "vacancy_external_id", "status", "created_at_utc",
              "updated_at_utc")
    rows = [
        (app_id, user_id, external_id, status, _iso(created), _iso(updated))
        for app_id, user_id, external_id, status, created, updated in await application_rows(session)
    ]
    return to_csv(header, rows)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Cyrillic and Kazakh letters right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _iso(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment is not None else ""
