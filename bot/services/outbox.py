"""Queueing messages the bot sends on its own initiative. Nothing is sent here: the delivery loop sends.

Every row has a unique key saying what it is (e.g. `alert:<worker>:<vacancy>`); queueing the same key
twice is a no-op, so a job that runs again after a crash cannot message anyone twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import OutboxMessage, utcnow
from db.upserts import insert_for

BATCH = 5_000  # rows per INSERT: large enough to be fast, small enough for SQLite's variable limit


def payload(text: str, reply_markup: InlineKeyboardMarkup | dict[str, Any] | None = None) -> dict[str, Any]:
    """What the delivery loop needs to send one message, as plain JSON."""
    data: dict[str, Any] = {"text": text}
    if isinstance(reply_markup, InlineKeyboardMarkup):
        data["reply_markup"] = reply_markup.model_dump(exclude_none=True, mode="json")
    elif reply_markup is not None:
        data["reply_markup"] = reply_markup
    return data


def row(
    *,
    key: str,
    user_id: int,
    kind: str,
    text: str,
    reply_markup: InlineKeyboardMarkup | dict[str, Any] | None = None,
    not_before: datetime | None = None,
    broadcast_id: int | None = None,
) -> dict[str, Any]:
    return {
        "key": key,
        "user_id": user_id,
        "kind": kind,
        "payload": payload(text, reply_markup),
        "status": "pending",
        "attempts": 0,
        "not_before": not_before or utcnow(),
        "broadcast_id": broadcast_id,
        "created_at": utcnow(),
    }


async def enqueue(session: AsyncSession, **fields: Any) -> bool:
    """Queue one message (see `row` for the fields); False when its key was queued before."""
    return await enqueue_many(session, [row(**fields)]) == 1


async def enqueue_many(session: AsyncSession, rows: Iterable[dict[str, Any]]) -> int:
    """Queue many rows built with `row`, skipping keys already queued; returns how many were new."""
    added = 0
    batch: list[dict[str, Any]] = []
    for item in rows:
        batch.append(item)
        if len(batch) >= BATCH:
            added += await _insert(session, batch)
            batch = []
    if batch:
        added += await _insert(session, batch)
    return added


async def _insert(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> int:
    """Insert, skipping keys already queued; counts the rows RETURNING reports (rowcount is not
    reliable for a multi-row insert on every driver)."""
    table = OutboxMessage.__table__
    statement = insert_for(session, table).on_conflict_do_nothing(index_elements=["key"])
    result = await session.execute(statement.returning(table.c.id), list(rows))
    return len(result.all())
