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
from sqlalchemy import delete, inspect
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
        if shared is not None:
            yield shared
            await shared.flush()
            return
        async with self._sessionmaker() as session, session.begin():
            yield session

    async def _read(self, key: StorageKey) -> FsmRecord | None:
        record_key = self._key_builder.build(key)
        async with self._session() as session:
            absent = _absent_keys(session)
            if record_key in absent:
                return None
            record = await session.get(FsmRecord, record_key)
            if record is None:
                absent.add(record_key)
            return record

    async def _write(self, key: StorageKey, *, state: Any = _UNSET, data: Any = _UNSET) -> None:
        """Upsert the record; a record left with no state and no data is removed."""
        record_key = self._key_builder.build(key)
        async with self._session() as session:
            absent = _absent_keys(session)
            record = None if record_key in absent else await session.get(FsmRecord, record_key)
            if record is None:
                record = FsmRecord(key=record_key, user_id=key.user_id, state=None, data={})
                session.add(record)
                absent.discard(record_key)
            if state is not _UNSET:
                record.state = state
            if data is not _UNSET:
                record.data = dict(data)
            if record.state is None and not record.data:
                if inspect(record).persistent:
                    await session.delete(record)
                else:
                    session.expunge(record)
                absent.add(record_key)


def _absent_keys(session: AsyncSession) -> set[str]:
    """Keys this session has found without a record. Most updates come from workers with no
    conversation in progress; aiogram and the handler both ask for the state, and the identity map
    remembers only rows that exist, so without this each of them would query for the missing one."""
    return session.info.setdefault("fsm_absent_keys", set())
