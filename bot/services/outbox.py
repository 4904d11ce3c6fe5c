"""Queueing messages the bot sends on its own initiative. Nothing is sent when queued: the delivery loop
sends each row's payload with `send_payload` (as a broadcast's preview does, so the officer sees exactly
what workers will get).

Every row has a unique key saying what it is (e.g. `alert:<worker>:<vacancy>`); queueing the same key
twice is a no-op, so a job that runs again after a crash cannot message anyone twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from aiogram import Bot
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import OutboxMessage, utcnow
from db.upserts import insert_for

BATCH = 5_000  # rows per INSERT: large enough to be fast, small enough for SQLite's variable limit


def payload(
    text: str,
    reply_markup: InlineKeyboardMarkup | dict[str, Any] | None = None,
    media: dict[str, str] | None = None,
) -> dict[str, Any]:
    """What the delivery loop needs to send one message, as plain JSON. `media` is {"photo": file_id}
    or {"document": file_id}: the text then goes as its caption."""
    data: dict[str, Any] = {"text": text, **(media or {})}
    if isinstance(reply_markup, InlineKeyboardMarkup):
        data["reply_markup"] = reply_markup.model_dump(exclude_none=True, mode="json")
    elif reply_markup is not None:
        data["reply_markup"] = reply_markup
    return data


async def send_payload(bot: Bot, chat_id: int, data: dict[str, Any], **options: Any) -> None:
    """Send one payload as `payload` wrote it: a text, or a photo or document under its caption."""
    extra: dict[str, Any] = dict(options)
    if data.get("reply_markup"):
        extra["reply_markup"] = InlineKeyboardMarkup.model_validate(data["reply_markup"])
    if "parse_mode" in data:
        extra["parse_mode"] = data["parse_mode"]
    if "photo" in data:
        await bot.send_photo(chat_id, data["photo"], caption=data["text"], **extra)
    elif "document" in data:
        await bot.send_document(chat_id, data["document"], caption=data["text"], **extra)
    else:
        await bot.send_message(chat_id, data["text"], **extra)


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
