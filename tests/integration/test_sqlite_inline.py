"""SQLite statements run in the event loop's thread: no worker thread per connection, and SQLite's
errors still reach the code that made the statement, as SQLAlchemy's errors."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from db.models import AuditEntry, ProcessedUpdate


async def test_connections_start_no_thread(database):
    before = threading.active_count()
    sessions = [database.sessionmaker() for _ in range(3)]
    for session in sessions:  # three connections open at once
        await session.execute(text("SELECT 1"))
    assert threading.active_count() == before
    for session in sessions:
        await session.close()


async def test_errors_reach_the_caller_and_the_transaction_rolls_back(database):
    async with database.sessionmaker() as session:
        session.add(ProcessedUpdate(update_id=7))
        await session.commit()
    async with database.sessionmaker() as session:
        session.add(AuditEntry(officer_id=1, action="kept only if committed", details={}))
        session.add(ProcessedUpdate(update_id=7))
        with pytest.raises(IntegrityError):
            await session.commit()
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(AuditEntry)) == 0
        assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 1
