"""The unit of work: all or nothing per update, and an update's effects applied once."""

from __future__ import annotations

import pytest
from aiogram.types import Update
from sqlalchemy import func, select

from bot.middlewares import UnitOfWorkMiddleware
from db.models import AuditEntry, ProcessedUpdate

UPDATE = Update(update_id=9001)


async def count(database, table) -> int:
    async with database.sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(table))


async def test_changes_commit_with_the_update_mark(any_database):
    async def handler(event, data):
        data["session"].add(AuditEntry(officer_id=1, action="test", details={}))

    await UnitOfWorkMiddleware(any_database.sessionmaker)(handler, UPDATE, {})
    assert await count(any_database, AuditEntry) == 1
    assert await count(any_database, ProcessedUpdate) == 1

    await UnitOfWorkMiddleware(any_database.sessionmaker)(handler, UPDATE, {})  # delivered again
    assert await count(any_database, AuditEntry) == 1


async def test_a_failing_handler_changes_nothing(any_database):
    async def handler(event, data):
        data["session"].add(AuditEntry(officer_id=1, action="test", details={}))
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await UnitOfWorkMiddleware(any_database.sessionmaker)(handler, UPDATE, {})
    assert await count(any_database, AuditEntry) == 0
    assert await count(any_database, ProcessedUpdate) == 0  # so a retry is handled


async def test_the_same_update_handled_meanwhile_elsewhere_is_rolled_back(any_database):
    """Another replica finished the same update while this one was handling it."""

    async def handler(event, data):
        data["session"].add(AuditEntry(officer_id=1, action="here", details={}))
        async with any_database.sessionmaker() as other:
            other.add(ProcessedUpdate(update_id=UPDATE.update_id))
            other.add(AuditEntry(officer_id=2, action="elsewhere", details={}))
            await other.commit()

    await UnitOfWorkMiddleware(any_database.sessionmaker)(handler, UPDATE, {})
    async with any_database.sessionmaker() as session:
        actions = (await session.execute(select(AuditEntry.action))).scalars().all()
    assert actions == ["elsewhere"]
