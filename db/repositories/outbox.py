"""Outbox queries for the delivery loop: claim due rows under a lease, write outcomes, drop, release.

Claiming favours breadth: it takes the oldest due row of each chat in which no row is claimed, so a
chat's messages go out one after the other whoever sends them, no two replicas ever hold rows of the
same chat, and each claim spreads over many chats (whose sends the per-chat spacing does not hold
back). It is one UPDATE whose WHERE picks those rows and re-checks that nobody holds them. On
PostgreSQL the inner SELECT takes `FOR UPDATE SKIP LOCKED`, so replicas claiming at the same moment take
disjoint rows (a chat's head row locked by one is skipped by the other, which then takes nothing of
that chat); SQLite has a single writer, so the statement itself is the lock.

Every other multi-row UPDATE on PostgreSQL first locks its rows with `SELECT ... ORDER BY id FOR
UPDATE`, and outcomes are written in id order: two transactions that touch the same rows take their
locks in the same order and so cannot deadlock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

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
        inactive = _inactive_worker(OutboxMessage)
        stopped = _stopped_broadcast(OutboxMessage)
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
        """Take for `worker_id` until `until` the oldest due row of up to `limit` chats, oldest due first.

        Only chats in which no row is claimed are looked at, and of each only its first due row (by
        queue order), so a chat's next message is claimed once the previous one's outcome is written.
        """
        candidate = aliased(OutboxMessage, name="candidate")
        other = aliased(OutboxMessage, name="other")
        # One look at the chat's rows (through its user_id index, whatever the planner knows of the
        # table): an earlier due row still pending, or any row under a live lease (a settled row's
        # claim is always cleared), means the chat is not this row's turn.
        not_its_turn = exists().where(
            other.user_id == candidate.user_id,
            or_(
                and_(other.id < candidate.id, other.status == PENDING, other.not_before <= now),
                other.claimed_until >= now,
            ),
        )
        candidates = (
            select(candidate.id)
            .where(
                *_claimable(candidate, now),
                ~not_its_turn,
                ~_inactive_worker(candidate),
                ~_stopped_broadcast(candidate),
            )
            .order_by(candidate.not_before, candidate.id)
            .limit(limit)
        )
        if self._postgres:
            # Locked once, in a CTE PostgreSQL keeps as it is: as a subquery inside IN (...) the
            # planner may run it again for each outer row, taking more than `limit` rows, slowly.
            # The rows it locked passed the checks on their latest version: no need to repeat them.
            picked = (
                candidates.with_for_update(skip_locked=True, of=candidate)
                .cte("picked")
                .prefix_with("MATERIALIZED")
            )
            chosen = [OutboxMessage.id.in_(select(picked.c.id))]
        else:
            chosen = [OutboxMessage.id.in_(candidates.scalar_subquery()), *_claimable(OutboxMessage, now)]
        statement = (
            update(OutboxMessage)
            .where(*chosen)
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
        """Write outcomes of rows this worker still holds, in id order; returns how many were written.

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
            for o in sorted(outcomes, key=lambda o: o.id)
        ]
        result = await self.session.execute(statement, params)
        return max(result.rowcount or 0, 0)

    async def block_workers(self, user_ids: Iterable[int]) -> int:
        """The workers blocked the bot: mark them inactive and drop every message still pending for them."""
        ids = sorted(set(user_ids))
        if not ids:
            return 0
        if self._postgres:
            await self.session.execute(
                select(User.id).where(User.id.in_(ids)).order_by(User.id).with_for_update()
            )
        await self.session.execute(
            update(User).where(User.id.in_(ids)).values(is_active=False)
            .execution_options(synchronize_session=False)
        )
        rows = await self._lock_in_order(OutboxMessage.user_id.in_(ids), OutboxMessage.status == PENDING)
        result = await self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.user_id.in_(ids), OutboxMessage.status == PENDING, *rows)
            .values(status=DROPPED, error=BLOCKED, claimed_until=None, claimed_by=None)
            .execution_options(synchronize_session=False)
        )
        return max(result.rowcount or 0, 0)

    async def extend(self, worker_id: str, until: datetime) -> set[int]:
        """Keep this worker's rows claimed until `until`; returns the ids it still holds.

        A row missing from the answer was taken over by another worker (or settled by it) after our
        lease ran out: it must not be sent from here any more.
        """
        held = (OutboxMessage.claimed_by == worker_id, OutboxMessage.status == PENDING)
        rows = await self._lock_in_order(*held)
        result = await self.session.execute(
            update(OutboxMessage)
            .where(*held, *rows)
            .values(claimed_until=until)
            .returning(OutboxMessage.id)
            .execution_options(synchronize_session=False)
        )
        return set(result.scalars().all())

    async def release(
        self, worker_id: str, keep: Iterable[int] = (), only: Iterable[int] | None = None
    ) -> int:
        """Give back rows this worker holds but never handed to Telegram, so anyone may send them now.

        `keep`: rows whose send was under way; whether Telegram got them is unknown, so they stay
        claimed until the lease runs out rather than being sent again at once. `only`: give back just
        these rows (the default is every row the worker holds).
        """
        conditions: list[Any] = [OutboxMessage.claimed_by == worker_id, OutboxMessage.status == PENDING]
        kept = sorted(set(keep))
        if kept:
            conditions.append(OutboxMessage.id.not_in(kept))
        if only is not None:
            chosen = sorted(set(only))
            if not chosen:
                return 0
            conditions.append(OutboxMessage.id.in_(chosen))
        rows = await self._lock_in_order(*conditions)
        result = await self.session.execute(
            update(OutboxMessage).where(*conditions, *rows)
            .values(claimed_until=None, claimed_by=None)
            .execution_options(synchronize_session=False)
        )
        return max(result.rowcount or 0, 0)

    async def counts(self) -> dict[str, int]:
        """Rows per status, for progress and metrics."""
        rows = await self.session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        )
        return {status: count for status, count in rows.all()}

    async def _lock_in_order(self, *conditions: Any) -> list[ColumnElement[bool]]:
        """On PostgreSQL, lock the matching rows in id order; returns the condition naming them.

        The UPDATE that follows then only touches rows already locked, whatever order its own plan
        visits them in. SQLite has one writer at a time: nothing to order there.
        """
        if not self._postgres:
            return []
        ids = (
            await self.session.scalars(
                select(OutboxMessage.id).where(*conditions).order_by(OutboxMessage.id).with_for_update()
            )
        ).all()
        return [OutboxMessage.id.in_(ids)]


def _due(now: datetime) -> Select[tuple[int]]:
    return select(OutboxMessage.id).where(*_claimable(OutboxMessage, now))


def _claimable(entity: Any, now: datetime) -> list[Any]:
    return [
        entity.status == PENDING,
        entity.not_before <= now,
        or_(entity.claimed_until.is_(None), entity.claimed_until < now),
    ]


def _inactive_worker(entity: Any) -> ColumnElement[bool]:
    return exists().where(User.id == entity.user_id, User.is_active.is_(False))


def _stopped_broadcast(entity: Any) -> ColumnElement[bool]:
    return and_(
        entity.broadcast_id.is_not(None),
        exists().where(Broadcast.id == entity.broadcast_id, Broadcast.status == "stopped"),
    )


def _case_error(inactive: ColumnElement[bool]) -> ColumnElement[str]:
    return case((inactive, INACTIVE), else_=STOPPED)
