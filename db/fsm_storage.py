"""aiogram FSM storage kept in the database, so a conversation survives a restart of the bot.

Inside an update, the state is written through the update's own session (the unit of work), so the
answer a worker gave and the question that comes next are committed together or not at all; SQLite also
allows only one writer, so a second connection would wait for the first. Outside an update (a scheduled
job, a test), each call opens its own short transaction.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Mapping

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, KeyBuilder, StateType, StorageKey
from sqlalchemy import bindparam, delete, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import FsmRecord
from db.unit_of_work import current_session

_UNSET: Any = object()


class SqlStorage(BaseStorage):
    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], key_builder: KeyBuilder | None = None
    ) -> None:
        self._sessionmaker = sessionmaker
        self._key_builder = key_builder or DefaultKeyBuilder(with_destiny=True)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        await self._write(key, state=value)

    async def get_state(self, key: StorageKey) -> str | None:
        record = await self._read(key)
        return record.state if record else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._write(key, data=dict(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        record = await self._read(key)
        return dict(record.data or {}) if record else {}

    async def close(self) -> None:
        """The engine belongs to the composition root, which disposes of it."""

    async def forget_user(self, user_id: int) -> None:
        """Erase every conversation state of a user (used when they delete their data)."""
        async with self._session() as session:
            await session.execute(delete(FsmRecord).where(FsmRecord.user_id == user_id))

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[AsyncSession]:
        shared = current_session()
        if shared is not None:  # written with the unit of work's next flush: usually its commit
            yield shared
            return
        async with self._sessionmaker() as session, session.begin():
            yield session

    async def _read(self, key: StorageKey) -> FsmRecord | None:
        record_key = self._key_builder.build(key)
        async with self._session() as session:
            known = _known_records(session)
            if record_key not in known:
                known[record_key] = (await session.execute(_RECORD, {"key": record_key})).scalar_one_or_none()
            return known[record_key]

    async def _write(self, key: StorageKey, *, state: Any = _UNSET, data: Any = _UNSET) -> None:
        """Upsert the record; a record left with no state and no data is removed."""
        record_key = self._key_builder.build(key)
        async with self._session() as session:
            known = _known_records(session)
            record = known[record_key] if record_key in known else await session.get(FsmRecord, record_key)
            if record is None:
                record = FsmRecord(key=record_key, user_id=key.user_id, state=None, data={})
                session.add(record)
            if state is not _UNSET:
                record.state = state
            if data is not _UNSET:
                record.data = dict(data)
            known[record_key] = record
            if record.state is None and not record.data:
                if inspect(record).persistent:
                    await session.delete(record)
                else:
                    session.expunge(record)
                known[record_key] = None


# Read on every update: built once (see `db.repositories.updates`).
_RECORD = select(FsmRecord).where(FsmRecord.key == bindparam("key"))


def _known_records(session: AsyncSession) -> dict[str, FsmRecord | None]:
    """The records this session has read or written, None for a key found without one.

    aiogram, the handler and the wizard's steps ask for the same state several times in one update.
    The session's identity map holds unchanged rows only weakly, so once a caller dropped its record the
    next question would query again; and it remembers nothing of a key without a row (most workers have
    no conversation in progress). Kept here for the session's life, each key is read once per update.
    """
    return session.info.setdefault("fsm_records", {})
