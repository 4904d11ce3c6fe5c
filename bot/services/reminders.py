"""One reminder to a worker who agreed, began the profile and stopped: without a finished profile no
vacancy is matched to them, and many leave the wizard for a moment (a call, no signal) and forget.

Sent once per worker (outbox key `profile-reminder:<id>`), a day after the profile last changed, not
to someone who left more than a week ago, and never in the night: it waits for the morning.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import String, cast, exists, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import I18n
from bot.services import outbox
from bot.services.alerts import DEFAULT_QUIET, quiet_until
from db.models import OutboxMessage, Profile, User, utcnow

log = logging.getLogger(__name__)

KEY_PREFIX = "profile-reminder:"
KIND = "reminder"  # the outbox kind, which officers' statistics count
REMIND_AFTER = timedelta(hours=24)
GIVE_UP_AFTER = timedelta(days=7)
BATCH = 1000  # workers reminded per run at most: the next run takes the rest


async def remind_unfinished_profiles(
    sessionmaker: async_sessionmaker[AsyncSession], i18n: I18n, *, now: datetime | None = None
) -> int:
    """Queue the reminder for every worker whose profile stopped between a week and a day ago;
    returns how many were queued now (a worker reminded before is not queued again)."""
    now = now or utcnow()
    not_before = quiet_until(now, *DEFAULT_QUIET) or now
    async with sessionmaker() as session:
        waiting = (
            await session.execute(
                select(User.id, User.language)
                .join(Profile, Profile.user_id == User.id)
                .where(
                    User.role == "worker", User.is_active.is_(True), Profile.completed_at.is_(None),
                    Profile.updated_at <= now - REMIND_AFTER, Profile.updated_at > now - GIVE_UP_AFTER,
                    ~exists().where(OutboxMessage.key == literal(KEY_PREFIX).concat(cast(User.id, String))),
                )
                .order_by(Profile.updated_at)
                .limit(BATCH)
            )
        ).all()
        rows = [
            outbox.row(key=f"{KEY_PREFIX}{user_id}", user_id=user_id, kind=KIND,
                       text=i18n.translator(language)("profile-reminder"), not_before=not_before)
            for user_id, language in waiting
        ]
        queued = await outbox.enqueue_many(session, rows)
        await session.commit()
    if queued:
        log.info("reminded %d workers of their unfinished profiles", queued)
    return queued


async def withdraw(session: AsyncSession, user_id: int) -> None:
    """The worker finished the profile: a reminder still waiting (for the morning, or for its turn) would
    ask them to finish what they just finished. Marked dropped, not deleted, so it is never queued again."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.key == f"{KEY_PREFIX}{user_id}", OutboxMessage.status == "pending")
        .values(status="dropped", error="profile finished")
    )
