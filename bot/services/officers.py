"""Who is an officer: the ids in OFFICER_IDS, plus those another officer added in chat.

OFFICER_IDS is the root of trust (it lives in the deployment's environment), so those ids cannot be
removed from chat; an officer added in chat can be removed by any officer. Workers are everyone else:
`worker_condition` is the one definition statistics and broadcasts share, so an officer who tried the
bot as a worker is never counted as one, nor sent announcements meant for workers.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Officer, User

MAX_TELEGRAM_ID = 10**15  # user ids are at most 52 bits


@dataclass(frozen=True)
class OfficerList:
    configured: tuple[int, ...]  # from OFFICER_IDS
    added: tuple[Officer, ...]  # added in chat, oldest first


def worker_condition(officer_ids: Collection[int]) -> ColumnElement[bool]:
    """Users who are workers: not officers by role, by OFFICER_IDS, or added in chat."""
    condition = and_(User.role == "worker", User.id.not_in(select(Officer.user_id)))
    if officer_ids:
        condition = and_(condition, User.id.not_in(sorted(officer_ids)))
    return condition


def parse_telegram_id(text: str | None) -> int | None:
    """A Telegram user id as an officer types it; None when it cannot be one."""
    value = (text or "").strip()
    if not value.isdecimal():
        return None
    number = int(value)
    return number if 0 < number < MAX_TELEGRAM_ID else None


async def list_officers(session: AsyncSession, configured: Collection[int]) -> OfficerList:
    rows = (await session.execute(select(Officer).order_by(Officer.added_at, Officer.user_id))).scalars()
    return OfficerList(tuple(sorted(configured)), tuple(r for r in rows if r.user_id not in configured))


async def all_officer_ids(session: AsyncSession, configured: Collection[int]) -> set[int]:
    return set(configured) | set((await session.execute(select(Officer.user_id))).scalars())


async def add_officer(session: AsyncSession, user_id: int, added_by: int, configured: Collection[int]) -> bool:
    """False when they already are an officer. A registered user's role follows, for the statistics."""
    if user_id in configured or await session.get(Officer, user_id) is not None:
        return False
    session.add(Officer(user_id=user_id, added_by=added_by))
    user = await session.get(User, user_id)
    if user is not None:
        user.role = "officer"
    await session.flush()
    return True


async def remove_officer(session: AsyncSession, user_id: int, configured: Collection[int]) -> bool:
    """False for an OFFICER_IDS officer (never removable here) or someone who is not an officer."""
    if user_id in configured:
        return False
    row = await session.get(Officer, user_id)
    if row is None:
        return False
    await session.delete(row)
    user = await session.get(User, user_id)
    if user is not None:
        user.role = "worker"
    await session.flush()
    return True
