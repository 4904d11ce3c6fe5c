"""Periodic work: matching new vacancies, digests, closing at deadline, the feed, broadcast progress.

The composition root creates the scheduler with `create_scheduler` and starts and stops it with the
dispatcher. Every job is guarded by a lease row (`job_leases`): with several replicas of the bot, the
first to take a job's lease in a period runs it and the others skip, so a job runs once per period
between them. A lease is held for most of a period and not released at the end, so a replica whose
timer fires a little later in the same period still skips; if a holder dies, its lease simply runs out.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import I18n
from bot.services import alerts
from bot.settings import Settings
from db.models import JobLease, utcnow
from db.repositories.updates import forget_updates_before
from db.upserts import insert_for

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
LEASE_SHARE = 0.9  # of a period a lease is held: less than a whole one, so the next tick finds it free


def holder_name() -> str:
    """Who holds a lease: host, process and a random part, so two processes never look alike."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def take_lease(
    sessionmaker: async_sessionmaker[AsyncSession], name: str, holder: str, seconds: float, now: datetime
) -> bool:
    """Take the named lease if it is free or has run out, in one short transaction; False if another
    holder has it. The update and the insert are each atomic on SQLite and PostgreSQL alike."""
    until = now + timedelta(seconds=seconds)
    async with sessionmaker() as session:
        taken = await session.execute(
            update(JobLease)
            .where(JobLease.name == name, or_(JobLease.until <= now, JobLease.holder == holder))
            .values(holder=holder, until=until)
        )
        if not taken.rowcount:
            taken = await session.execute(
                insert_for(session, JobLease).values(name=name, holder=holder, until=until).on_conflict_do_nothing(
                    index_elements=["name"]
                )
            )
        await session.commit()
        return bool(taken.rowcount)


async def run_leased(
    name: str,
    seconds: float,
    work: Callable[[], Awaitable[Any]],
    *,
    sessionmaker: async_sessionmaker[AsyncSession],
    holder: str,
    clock: Clock,
) -> bool:
    """Run `work` if this process takes the lease for this period; False when it was skipped.

    A failing run is logged and swallowed: the next period tries again, and the scheduler keeps going.
    """
    if not await take_lease(sessionmaker, name, holder, seconds * LEASE_SHARE, clock()):
        log.debug("job %s skipped: another process holds its lease", name)
        return False
    try:
        await work()
    except Exception:
        log.exception("job %s failed", name)
    return True


# ---- the jobs: module functions taking only what the composition root gave -------------------------


async def match_new_vacancies_job(
    *, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], i18n: I18n, holder: str, clock: Clock
) -> None:
    await run_leased(
        "match_new_vacancies", settings.alerts_interval_seconds,
        lambda: alerts.match_new_vacancies(sessionmaker, i18n, settings, now=clock()),
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


async def send_digests_job(
    *, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], i18n: I18n, holder: str, clock: Clock
) -> None:
    await run_leased(
        "send_digests", settings.digest_check_interval_seconds,
        lambda: alerts.send_digests(sessionmaker, i18n, settings, now=clock()),
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


async def close_expired_job(
    *, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], i18n: I18n, holder: str, clock: Clock
) -> None:
    await run_leased(
        "close_expired_vacancies", settings.expiry_check_interval_seconds,
        lambda: alerts.close_expired_vacancies(sessionmaker, i18n, settings, now=clock()),
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


async def pull_feed_job(
    *, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], holder: str, clock: Clock
) -> None:
    from bot.services.feed import pull_feed  # imported when used: the feed is optional

    await run_leased(
        "pull_feed", settings.feed_interval_seconds, lambda: pull_feed(settings, sessionmaker),
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


REMINDERS_PERIOD_SECONDS = 900


async def remind_unfinished_profiles_job(
    *, sessionmaker: async_sessionmaker[AsyncSession], i18n: I18n, holder: str, clock: Clock
) -> None:
    from bot.services.reminders import remind_unfinished_profiles

    await run_leased(
        "remind_unfinished_profiles", REMINDERS_PERIOD_SECONDS,
        lambda: remind_unfinished_profiles(sessionmaker, i18n, now=clock()),
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


PROCESSED_UPDATES_PERIOD_SECONDS = 3600
PROCESSED_UPDATES_KEPT = timedelta(days=2)  # Telegram keeps an undelivered update for 24 hours


async def forget_processed_updates_job(
    *, sessionmaker: async_sessionmaker[AsyncSession], holder: str, clock: Clock
) -> None:
    async def forget() -> None:
        async with sessionmaker() as session, session.begin():
            await forget_updates_before(session, clock() - PROCESSED_UPDATES_KEPT)

    await run_leased(
        "forget_processed_updates", PROCESSED_UPDATES_PERIOD_SECONDS, forget,
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


async def broadcast_progress_job(
    *, settings: Settings, bot: Bot, sessionmaker: async_sessionmaker[AsyncSession], i18n: I18n,
    holder: str, clock: Clock,
) -> None:
    from bot.services.broadcasts import report_progress

    await run_leased(
        "broadcast_progress", settings.broadcast_progress_seconds,
        lambda: report_progress(bot, sessionmaker, i18n, settings),
        sessionmaker=sessionmaker, holder=holder, clock=clock,
    )


def create_scheduler(
    *,
    settings: Settings,
    bot: Bot,
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    clock: Clock | None = None,
) -> AsyncIOScheduler:
    """A scheduler with every periodic job added (not started); intervals come from the settings.

    Each job runs at most one instance at a time, missed runs are folded into one, and a run late by up
    to one period still happens (a later one would overlap the next run anyway).
    """
    scheduler = AsyncIOScheduler(timezone="UTC")
    common = {"sessionmaker": sessionmaker, "holder": holder_name(), "clock": clock or utcnow}

    def add(job_id: str, func: Callable[..., Awaitable[None]], seconds: float, **kwargs: Any) -> None:
        scheduler.add_job(
            func, "interval", seconds=seconds, id=job_id, name=job_id, kwargs={**common, **kwargs},
            max_instances=1, coalesce=True, misfire_grace_time=max(1, int(seconds)), replace_existing=True,
        )

    add("match_new_vacancies", match_new_vacancies_job, settings.alerts_interval_seconds,
        settings=settings, i18n=i18n)
    add("send_digests", send_digests_job, settings.digest_check_interval_seconds, settings=settings, i18n=i18n)
    add("close_expired_vacancies", close_expired_job, settings.expiry_check_interval_seconds,
        settings=settings, i18n=i18n)
    if settings.vacancy_feed_url:
        add("pull_feed", pull_feed_job, settings.feed_interval_seconds, settings=settings)
    add("remind_unfinished_profiles", remind_unfinished_profiles_job, REMINDERS_PERIOD_SECONDS, i18n=i18n)
    add("forget_processed_updates", forget_processed_updates_job, PROCESSED_UPDATES_PERIOD_SECONDS)
    add("broadcast_progress", broadcast_progress_job, settings.broadcast_progress_seconds,
        settings=settings, bot=bot, i18n=i18n)
    return scheduler
