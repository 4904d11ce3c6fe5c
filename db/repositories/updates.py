"""Which Telegram updates were handled already."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ProcessedUpdate, utcnow
from db.upserts import PerDatabase


# Asked on every update, so built once: building a statement (as `session.get` does on every call) costs
# the bot more CPU than the database spends answering it.
_update_id = ProcessedUpdate.__table__.c.update_id  # the table's column: no ORM machinery for a yes or no
_HANDLED = select(_update_id).where(_update_id == bindparam("update_id"))
_CLAIM = PerDatabase(
    lambda insert: insert(ProcessedUpdate.__table__)
    .values(update_id=bindparam("update_id"), handled_at=bindparam("handled_at"))
    .on_conflict_do_nothing(index_elements=["update_id"])
    .returning(_update_id)
)


async def was_handled(session: AsyncSession, update_id: int) -> bool:
    """A read, so an update Telegram sends again after it was handled is skipped without a write lock."""
    return (await session.execute(_HANDLED, {"update_id": update_id})).first() is not None


async def claim_update(session: AsyncSession, update_id: int) -> bool:
    """Mark the update as handled in the current transaction; False when it was handled before.

    Called last, just before the commit, so the write lock (one writer at a time on SQLite) is not held
    for the whole update. On PostgreSQL a second replica handling the same update at the same moment
    waits on the unique key until the first commits, then sees the conflict and rolls back, so the
    update's effects are applied once.
    """
    marked = await session.execute(_CLAIM.of(session), {"update_id": update_id, "handled_at": utcnow()})
    return marked.first() is not None


async def forget_updates_before(session: AsyncSession, moment: datetime) -> int:
    """Telegram re-delivers an update for at most a day; older marks only take space."""
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.handled_at < moment))
    return max(result.rowcount or 0, 0)
