"""The unit of work of one Telegram update: one session, one claim of the update, commit or roll back.

Handlers, the conversation-state storage and the Bot API requests made while handling an update find
it through `current_unit`, so they all join the same transaction.

Commit before talking to Telegram, when it matters: on SQLite (one writer at a time) a transaction that
has already written holds the database's write lock, and a request to Telegram takes 50-300 ms; held
across it, the lock would let the bot save a few answers per second. So before such a request the unit
of work commits what it has (`commit_before_request`), claim of the update included, and goes on in a
new transaction. The rule this keeps: the bot never tells a worker something that is not yet saved.
On PostgreSQL writers do not block each other and nothing changes.
"""

from __future__ import annotations

from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession

from db.repositories.updates import claim_update
from db.sqlite_writes import holds_write_lock, is_gated


class HandledElsewhere(Exception):
    """The update was claimed by another handling of it (a redelivery running at the same time)."""


class UnitOfWork:
    def __init__(self, session: AsyncSession, update_id: int | None) -> None:
        self.session = session
        self.update_id = update_id
        self.claimed = False

    async def commit(self) -> None:
        """Commit, recording the update as handled in the same transaction the first time."""
        if self.update_id is not None and not self.claimed:
            if not await claim_update(self.session, self.update_id):
                raise HandledElsewhere(self.update_id)
            self.claimed = True
        await self.session.commit()

    async def commit_before_request(self) -> None:
        """On SQLite, commit what this update wrote or has yet to write (changes not flushed yet, such as
        the conversation state), so it is saved before the worker hears of it."""
        session = self.session
        if not is_gated(session.bind):
            return
        if holds_write_lock(session.bind) or session.new or session.dirty or session.deleted:
            await self.commit()


# The unit of work of the update being handled; set by the unit-of-work middleware.
current_unit: ContextVar[UnitOfWork | None] = ContextVar("current_unit", default=None)


def current_session() -> AsyncSession | None:
    unit = current_unit.get()
    return unit.session if unit is not None else None
