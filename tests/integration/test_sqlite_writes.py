"""One writer at a time on SQLite, queued in the event loop; and no write lock held across a request to
Telegram: what a handler saved is committed before the bot says so."""

from __future__ import annotations

import asyncio

import pytest
from aiogram.types import Update
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from bot.factory import create_bot
from bot.middlewares import UnitOfWorkMiddleware
from db.models import AuditEntry, ProcessedUpdate
from db.sqlite_writes import WriteGate, holds_write_lock
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.session import FakeSession

TOKEN = "42:TEST-TOKEN"


def gate_of(database) -> WriteGate:
    from db.sqlite_writes import _gates

    return _gates[database.engine.sync_engine]


async def audit_count(database) -> int:
    async with database.sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(AuditEntry))


async def test_writers_queue_instead_of_failing_or_sleeping(database):
    """Twenty transactions write at once, each holding its write for a while: all commit, in turn."""
    gate = gate_of(database)

    async def writer(n: int) -> None:
        async with database.sessionmaker() as session:
            session.add(AuditEntry(officer_id=n, action="write", details={}))
            await session.flush()  # the write lock is taken here...
            await asyncio.sleep(0.005)  # ...and held while this transaction is open
            await session.commit()

    await asyncio.gather(*(writer(n) for n in range(20)))
    assert await audit_count(database) == 20
    assert gate.waits >= 4  # they really met (at least the pool's five at once), and waited in the event loop


async def test_reads_do_not_wait_for_a_writer(database):
    async with database.sessionmaker() as writer:
        writer.add(AuditEntry(officer_id=1, action="write", details={}))
        await writer.flush()
        assert holds_write_lock(database.engine)
        async with database.sessionmaker() as reader:  # would wait forever if reads took the lock
            assert await asyncio.wait_for(reader.scalar(select(func.count()).select_from(AuditEntry)), 2) == 0
        await writer.commit()
    assert not holds_write_lock(database.engine)


async def test_a_writer_that_waits_too_long_fails_like_sqlite_would(database):
    gate = gate_of(database)
    gate.timeout_seconds = 0.2
    async with database.sessionmaker() as first:
        first.add(AuditEntry(officer_id=1, action="first", details={}))
        await first.flush()

        async def second() -> None:
            async with database.sessionmaker() as session:
                await session.execute(text("DELETE FROM audit_log WHERE officer_id = 99"))

        with pytest.raises(OperationalError, match="database is locked"):
            await asyncio.create_task(second())
        await first.commit()
    assert await audit_count(database) == 1


async def test_a_rolled_back_writer_lets_the_next_one_in(database):
    async with database.sessionmaker() as session:
        session.add(AuditEntry(officer_id=1, action="undone", details={}))
        await session.flush()
        await session.rollback()
    async with database.sessionmaker() as session:
        session.add(AuditEntry(officer_id=2, action="kept", details={}))
        await asyncio.wait_for(session.commit(), 2)
    assert await audit_count(database) == 1


@pytest.mark.parametrize("flushed", [True, False], ids=["written", "not yet flushed"])
async def test_what_a_handler_saved_is_committed_before_the_bot_speaks(database, settings, flushed):
    """On SQLite the unit of work commits, update mark included, before a request to Telegram; also
    what is only added to the session so far (the conversation state is written that way)."""
    telegram = FakeTelegram(token=TOKEN)
    telegram.add_user(7001, "Aidos")
    bot = create_bot(settings, session=FakeSession(telegram))
    seen_by_others: list[tuple[int, int]] = []

    async def handler(event, data):
        data["session"].add(AuditEntry(officer_id=1, action="saved", details={}))
        if flushed:
            await data["session"].flush()
        await bot.send_message(7001, "Saved.")
        # What another connection saw while the bot spoke: the row and the update's mark.
        seen_by_others.append((await audit_count(database), await marks(database)))
        data["session"].add(AuditEntry(officer_id=1, action="after", details={}))

    update = Update(update_id=4242)
    await UnitOfWorkMiddleware(database.sessionmaker)(handler, update, {})
    assert seen_by_others == [(1, 1)]
    assert await audit_count(database) == 2  # the rest of the update committed at its end
    assert [m.text for m in telegram.sent_messages()] == ["Saved."]

    await UnitOfWorkMiddleware(database.sessionmaker)(handler, update, {})  # delivered again
    assert await audit_count(database) == 2
    assert len(telegram.sent_messages()) == 1
    await bot.session.close()


async def marks(database) -> int:
    async with database.sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(ProcessedUpdate))
