"""Outbox queries for the delivery loop: claim due rows under a lease, write outcomes, drop, release.

Claiming is one UPDATE whose WHERE picks the next due rows and re-checks that nobody holds them. On
PostgreSQL the inner SELECT takes `FOR UPDATE SKIP LOCKED`, so replicas claiming at the same moment
take disjoint rows; SQLite has a single writer, so the statement itself is the lock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Broadcast, OutboxMessage, User

PENDING, SENT, FAILED, DROPPED = "pending", "sent", "failed", "dropped"
ERROR_LENGTH = 300  # the column's size
BLOCKED = "blocked by the user or deactivated"
INACTIVE = "worker inactive"
STOPPED = "broadcast stopped"


@dataclass(frozen=True)
class ClaimedRow:
    id: int
    user_id: int
    payload: dict[str, Any]
    attempts: int
    not_before: datetime


@dataclass(frozen=True)
class Outcome:
    """What became of one claimed row; written back with the claim released."""

    id: int
    status: str
    attempts: int
    not_before: datetime
    error: str | None = None
    sent_at: datetime | None = None


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        return self.session.bind is not None and self.session.bind.dialect.name == "postgresql"

    async def drop_unwanted(self, now: datetime, window: int) -> int:
        """Drop due rows among the next `window` whose worker is inactive or whose broadcast stopped.

        Only a window is looked at, so the cost stays that of one batch however long the queue is.
        """
        nearest = _due(now).order_by(OutboxMessage.not_before, OutboxMessage.id).limit(window)
        if self._postgres:
            nearest = nearest.with_for_update(skip_locked=True)
        inactive = _inactive_worker()
        stopped = _stopped_broadcast()
        statement = (
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(nearest.scalar_subquery()), or_(inactive, stopped))
            .values(
                status=DROPPED,
                error=_case_error(inactive),
                claimed_until=None,
                claimed_by=None,
            )
            .execution_options(synchronize_session=False)
        )
        result = await self.session.execute(statement)
        return max(result.rowcount or 0, 0)

    async def claim(self, worker_id: str, now: datetime, until: datetime, limit: int) -> list[ClaimedRow]:
        """Take up to `limit` due rows for `worker_id` until `until`, oldest due first."""
        candidates = (
            _due(now)
            .where(~_inactive_worker(), ~_stopped_broadcast())
            .order_by(OutboxMessage.not_before, OutboxMessage.id)
            .limit(limit)
        )
        if self._postgres:
            candidates = candidates.with_for_update(skip_locked=True)
        statement = (
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(candidates.scalar_subquery()), *_claimable(now))
            .values(claimed_until=until, claimed_by=worker_id)
            .returning(
                OutboxMessage.id,
                OutboxMessage.user_id,
                OutboxMessage.payload,
                OutboxMessage.attempts,
                OutboxMessage.not_before,
            )
            .execution_options(synchronize_session=False)
        )
        rows = (await self.session.execute(statement)).all()
        claimed = [ClaimedRow(r.id, r.user_id, r.payload, r.attempts, r.not_before) for r in rows]
        return sorted(claimed, key=lambda row: (row.not_before, row.id))

    async def record(self, worker_id: str, outcomes: Sequence[Outcome]) -> int:
        """Write outcomes of rows this worker still holds; returns how many rows were written.

        A row another worker took over (our lease ran out) is left to that worker.
        """
        if not outcomes:
            return 0
        table = OutboxMessage.__table__
        statement = (
            update(table)
            .where(
                table.c.id == bindparam("row_id"),
                table.c.claimed_by == bindparam("holder"),
                table.c.status == PENDING,
            )
            .values(
                status=bindparam("new_status"),
                attempts=bindparam("new_attempts"),
                not_before=bindparam("new_not_before"),
                error=bindparam("new_error"),
                sent_at=bindparam("new_sent_at"),
                claimed_until=None,
                claimed_by=None,
            )
        )
        params = [
            {
                "row_id": o.id,
                "holder": worker_id,
                "new_status": o.status,
                "new_attempts": o.attempts,
                "new_not_before": o.not_before,
                "new_error": o.error[:ERROR_LENGTH] if o.error else None,
                "new_sent_at": o.sent_at,
            }
            for o in outcomes
        ]
        result = await self.session.execute(statement, params)
        return max(result.rowcount or 0, 0)

    async def block_workers(self, user_ids: Iterable[int]) -> int:
        """The workers blocked the bot: mark them inactive and drop every message still pending for them."""
        ids = sorted(set(user_ids))
        if not ids:
            return 0
        await self.session.execute(
            update(User).where(User.id.in_(ids)).values(is_active=False)
            .execution_options(synchronize_session=False)
        )
        result = await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.user_id.in_(ids), OutboxMessage.status == PENDING)
            .values(status=DROPPED, error=BLOCKED, claimed_until=None, claimed_by=None)
            .execution_options(synchronize_session=False)
        )
        return max(result.rowcount or 0, 0)

    async def extend(self, worker_id: str, until: datetime) -> int:
        """Keep this worker's rows claimed while it is still working through them."""
        result = await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.claimed_by == worker_id, OutboxMessage.status == PENDING)
            .values(claimed_until=until)
            .execution_options(synchronize_session=False)
        )
        return max(result.rowcount or 0, 0)

    async def release(self, worker_id: str, keep: Iterable[int] = ()) -> int:
        """Give back rows this worker holds but never handed to Telegram, so anyone may send them now.

        `keep`: rows whose send was under way; whether Telegram got them is unknown, so they stay
        claimed until the lease runs out rather than being sent again at once.
        """
        statement = update(OutboxMessage).where(
            OutboxMessage.claimed_by == worker_id, OutboxMessage.status == PENDING
        )
        kept = sorted(set(keep))
        if kept:
            statement = statement.where(OutboxMessage.id.not_in(kept))
        result = await self.session.execute(
            statement.values(claimed_until=None, claimed_by=None).execution_options(
                synchronize_session=False
            )
        )
        return max(result.rowcount or 0, 0)

    async def counts(self) -> dict[str, int]:
        """Rows per status, for progress and metrics."""
        rows = await self.session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        )
        return {status: count for status, count in rows.all()}


def _due(now: datetime) -> Select[tuple[int]]:
    return select(OutboxMessage.id).where(*_claimable(now))


def _claimable(now: datetime) -> list[Any]:
    return [
        OutboxMessage.status == PENDING,
        OutboxMessage.not_before <= now,
        or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
    ]


def _inactive_worker() -> ColumnElement[bool]:
    return exists().where(User.id == OutboxMessage.user_id, User.is_active.is_(False))


def _stopped_broadcast() -> ColumnElement[bool]:
    return and_(
        OutboxMessage.broadcast_id.is_not(None),
        exists().where(Broadcast.id == OutboxMessage.broadcast_id, Broadcast.status == "stopped"),
    )


def _case_error(inactive: ColumnElement[bool]) -> ColumnElement[str]:
    return case((inactive, INACTIVE), else_=STOPPED)
