"""Delivery under faults: Telegram answering 5xx for a while, PostgreSQL dropping every connection
mid-broadcast, Redis gone. Whatever happens, every queued message reaches its worker, once.

(A flood of webhook requests with a wrong secret is in tests/integration/test_webhook.py.)

The PostgreSQL test creates and drops a private database on the server of TEST_DATABASE_URL (default
postgresql+asyncpg://postgres@127.0.0.1:5432); it skips, loudly, when no server answers, and fails
instead under CI.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import asyncpg
import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

import bot.delivery
from bot.delivery import DeliveryLoop
from bot.factory import Database, create_bot
from bot.rate_limit import LocalRateLimiter
from bot.redis_support import RedisRateLimiter
from bot.services.outbox import enqueue_many, row
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import OutboxMessage, utcnow
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.session import FakeSession

TOKEN = "42:TEST-TOKEN"
DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
CLOSED_PORT_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


async def queue_broadcast(database: Database, telegram: FakeTelegram, chats: list[int], per_chat: int = 1) -> list[str]:
    keys = []
    rows = []
    for n in range(per_chat):
        for chat_id in chats:
            key = f"b:{chat_id}:{n}"
            keys.append(key)
            rows.append(row(key=key, user_id=chat_id, kind="broadcast", text=key))
    for chat_id in chats:
        telegram.add_user(chat_id, "Worker")
    async with database.sessionmaker.begin() as session:
        await enqueue_many(session, rows)
    return keys


async def statuses(database: Database) -> collections.Counter[str]:
    """Count the outbox by status; the test's own reading retries when a cut connection drops it."""
    for attempt in range(50):
        try:
            async with database.sessionmaker() as session:
                return collections.Counter((await session.scalars(select(OutboxMessage.status))).all())
        except DBAPIError:
            if attempt == 49:
                raise
            await asyncio.sleep(0.05)
    raise AssertionError("unreachable")


def received(telegram: FakeTelegram) -> collections.Counter[str]:
    return collections.Counter(m.text for m in telegram.sent_messages())


async def make_due(database: Database) -> None:
    """The backoff has passed: every retry waiting for it is due now."""
    async with database.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.status == "pending")
            .values(not_before=utcnow() - timedelta(seconds=1))
        )


async def drain(loop: DeliveryLoop, database: Database) -> None:
    """Run the loop until the queue is empty, then stop it."""
    task = asyncio.create_task(loop.run())
    try:
        async with asyncio.timeout(20):
            while (await statuses(database))["pending"]:
                await asyncio.sleep(0.05)
    finally:
        loop.stop()
        async with asyncio.timeout(30):  # the stop lets a send under way finish (20 s at most)
            await task


# ----- Telegram answering 5xx ----------------------------------------------------------------------


async def test_telegram_down_longer_than_the_retry_budget_pauses_sending_and_loses_nothing(
    database, settings, monkeypatch, caplog
):
    # Pauses shortened: 20, 40, 80 ms instead of 5, 10, 20 s.
    monkeypatch.setattr(bot.delivery, "OUTAGE_PAUSE_SECONDS", 0.02)
    monkeypatch.setattr(bot.delivery, "OUTAGE_PAUSE_MAX_SECONDS", 0.08)
    telegram = FakeTelegram(token=TOKEN)
    chats = list(range(5001, 5011))
    keys = await queue_broadcast(database, telegram, chats)
    # Two attempts each: without the pause, 35 failures over ten messages would fail every one of them.
    settings = settings.model_copy(
        update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0, "delivery_max_attempts": 2}
    )
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    loop = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="outage")
    telegram.fail_all(500, times=35)
    with caplog.at_level(logging.WARNING, logger="bot.delivery"):
        started = asyncio.get_running_loop().time()
        await loop.run_once()  # nothing is put off by a backoff: no message was charged for the outage
        took = asyncio.get_running_loop().time() - started
    await telegram_bot.session.close()

    assert received(telegram) == collections.Counter(keys)  # every message, once
    assert await statuses(database) == {"sent": len(keys)}
    assert loop.stats.failed == 0 and loop.stats.telegram_outages == 1
    # Not even the failures before Telegram was seen down (two chats) cost their message an attempt:
    # they waited for the third chat's failure, which showed the outage.
    assert loop.stats.retried == 0
    async with database.sessionmaker() as session:
        attempts = collections.Counter((await session.scalars(select(OutboxMessage.attempts))).all())
    assert attempts == {1: len(keys)}  # the one attempt that got through
    assert took >= 0.02 + 0.04 + 0.08  # it waited, with growing pauses, instead of hammering Telegram
    said = [record.getMessage() for record in caplog.records]
    assert any("Telegram is down" in line for line in said)
    assert any("Telegram answers again" in line for line in said)
    telegram.assert_no_problems()


async def test_failures_with_no_other_chat_to_tell_an_outage_are_charged_at_once(database, settings):
    # Two chats fail and nothing else is being sent: no verdict can come, so neither waits for one.
    telegram = FakeTelegram(token=TOKEN)
    keys = await queue_broadcast(database, telegram, [5201, 5202])
    settings = settings.model_copy(
        update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0, "delivery_max_attempts": 3}
    )
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    loop = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="two-chats")
    telegram.fail_all(502, times=2)
    started = asyncio.get_running_loop().time()
    await loop.run_once()
    took = asyncio.get_running_loop().time() - started
    assert loop.stats.retried == 2 and loop.stats.telegram_outages == 0
    assert took < bot.delivery.VERDICT_SECONDS / 4  # not held until the verdict's time ran out
    await make_due(database)
    await loop.run_once()
    await telegram_bot.session.close()

    assert received(telegram) == collections.Counter(keys)
    assert await statuses(database) == {"sent": len(keys)}


async def test_one_message_telegram_keeps_refusing_fails_after_its_budget_and_says_why(database, settings):
    telegram = FakeTelegram(token=TOKEN)
    await queue_broadcast(database, telegram, [5101, 5102])
    settings = settings.model_copy(
        update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0, "delivery_max_attempts": 3}
    )
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    loop = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="outage")
    telegram.fail_chat(5101, 503, "Service Unavailable")  # one chat, every time: not Telegram being down
    for _ in range(4):
        await loop.run_once()
        await make_due(database)
    await telegram_bot.session.close()

    assert received(telegram) == {"b:5102:0": 1}
    assert await statuses(database) == {"failed": 1, "sent": 1}
    assert loop.stats.telegram_outages == 0
    async with database.sessionmaker() as session:
        failed = (await session.execute(select(OutboxMessage.key, OutboxMessage.error, OutboxMessage.attempts)
                                        .where(OutboxMessage.status == "failed"))).one()
    assert tuple(failed) == ("b:5101:0", "Service Unavailable", 3)


# ----- PostgreSQL dropping every connection mid-broadcast ----------------------------------------


@pytest.fixture
async def private_postgres() -> AsyncIterator[Database]:
    server = make_url(os.environ.get("TEST_DATABASE_URL") or DEFAULT_POSTGRES)
    admin_dsn = server.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    name = f"faults_{uuid.uuid4().hex[:10]}"
    try:
        admin = await asyncpg.connect(admin_dsn, timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL fault tests, but {server.host}:{server.port} does not answer: {error!r}")
        pytest.skip(f"PostgreSQL fault tests skipped: no server at {server.host}:{server.port} ({error!r})")
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        engine = create_engine(server.set(database=name).render_as_string(hide_password=False))
        try:
            await upgrade(engine)
            yield Database(engine=engine, sessionmaker=create_sessionmaker(engine))
        finally:
            await engine.dispose()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def terminate_connections(database: Database) -> int:
    """What a PostgreSQL restart does to the bot: every one of its connections is cut."""
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    admin = await asyncpg.connect(url)
    try:
        return len(
            await admin.fetch(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    finally:
        await admin.close()


async def test_connections_cut_mid_broadcast_lose_nothing(private_postgres, settings, monkeypatch):
    database = private_postgres
    monkeypatch.setattr(bot.delivery, "ERROR_PAUSE_SECONDS", 0.1)  # the pause after an error, shortened
    telegram = FakeTelegram(token=TOKEN)
    keys = await queue_broadcast(database, telegram, list(range(6001, 6061)), per_chat=2)
    settings = settings.model_copy(
        update={"send_rate_per_second": 80, "per_chat_interval_seconds": 0.0, "delivery_poll_seconds": 0.05}
    )
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    loop = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="pg-cut")
    loop.batch_size = 20  # several claims and many commits: the cut lands between and during them
    cuts: list[int] = []

    async def cut_twice() -> None:
        for threshold in (30, 70):
            while len(telegram.sent_messages()) < threshold:
                await asyncio.sleep(0.002)
            cuts.append(await terminate_connections(database))

    cutter = asyncio.create_task(cut_twice())
    await drain(loop, database)
    await cutter
    await telegram_bot.session.close()

    assert len(cuts) == 2 and all(cut >= 1 for cut in cuts), "the loop's connections were really cut"
    assert await statuses(database) == {"sent": len(keys)}
    got = received(telegram)
    assert set(got) == set(keys)  # none lost
    assert sum(n - 1 for n in got.values()) <= len(cuts)  # at most the row in flight at each cut
    telegram.assert_no_problems()


# ----- Redis gone ----------------------------------------------------------------------------------


async def test_redis_down_delivery_goes_on_at_the_local_limit_and_says_so(database, settings, caplog):
    telegram = FakeTelegram(token=TOKEN, rate_limit_per_second=50, per_chat_per_second=1)
    keys = await queue_broadcast(database, telegram, list(range(7001, 7031)), per_chat=2)
    settings = settings.model_copy(
        update={"send_rate_per_second": 50, "per_chat_interval_seconds": 1.0, "delivery_poll_seconds": 0.05}
    )
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    loop = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="no-redis")
    limiter = RedisRateLimiter.from_url(CLOSED_PORT_REDIS, settings.send_rate_per_second, 1.0)
    loop.limiter = limiter

    caplog.set_level(logging.WARNING, logger="bot.redis_support")
    await drain(loop, database)
    await limiter.close()
    await telegram_bot.session.close()

    assert limiter.degraded
    assert any("Redis does not answer" in r.getMessage() for r in caplog.records)
    assert received(telegram) == collections.Counter(keys)  # every message, once
    assert await statuses(database) == {"sent": len(keys)}
    assert telegram.violations == []  # the local limit held: overall and one a second per chat
    telegram.assert_no_problems()


# ----- a replica that lost its lease ---------------------------------------------------------------


async def test_replica_that_lost_its_lease_stops_sending_those_rows(database, settings):
    """A replica stalled past its lease (a long pause, or the wall clock jumping ahead) finds its rows
    taken over by another replica, which sends them. Only the message it had in flight may arrive twice;
    the rows still waiting in its queue must not be sent again."""
    telegram = FakeTelegram(token=TOKEN)
    keys = await queue_broadcast(database, telegram, [8001], per_chat=3)
    settings = settings.model_copy(update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0})
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    stalled = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="stalled")
    stalled.lease_seconds = 2.0  # renewed every 0.67 s: after the takeover below
    telegram.delay(1.0, times=1)  # its first send hangs, the two others wait behind it in its queue
    first = asyncio.create_task(stalled.run_once())
    async with asyncio.timeout(3):
        while not telegram.requests:
            await asyncio.sleep(0.001)
    async with database.sessionmaker.begin() as session:  # its lease has run out, as far as anyone else can tell
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.claimed_by == "stalled")
            .values(claimed_until=utcnow() - timedelta(seconds=1))
        )
    other = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="other")
    assert await other.run_once() == 3
    await first
    await telegram_bot.session.close()

    got = received(telegram)
    in_flight = keys[0]
    assert set(got) == set(keys)
    assert all(got[key] == 1 for key in keys if key != in_flight), dict(got)


async def test_stalled_replica_drops_every_row_taken_over_while_it_waited_to_send(database, settings):
    """Rows of many chats wait in a replica's queues behind a slow sending rate; its lease runs out
    and another replica sends them all. The renewal tells the first which rows are no longer its own:
    it sends none of them (only the message it had in flight may arrive twice)."""
    telegram = FakeTelegram(token=TOKEN)
    keys = await queue_broadcast(database, telegram, list(range(8101, 8106)))
    settings = settings.model_copy(update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0})
    telegram_bot = create_bot(settings, session=FakeSession(telegram))
    stalled = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="stalled")
    stalled.lease_seconds = 2.0  # renewed every 0.67 s, well before its next send at 0.5/s
    stalled.limiter = LocalRateLimiter(0.5, 0.0)
    telegram.delay(1.0, times=1)
    first = asyncio.create_task(stalled.run_once())
    async with asyncio.timeout(3):
        while not telegram.requests:
            await asyncio.sleep(0.001)
    async with database.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.claimed_by == "stalled")
            .values(claimed_until=utcnow() - timedelta(seconds=1))
        )
    other = DeliveryLoop(telegram_bot, database.sessionmaker, settings, worker_id="other")
    assert await other.run_once() == len(keys)
    assert await first == 1
    await telegram_bot.session.close()

    got = received(telegram)
    assert set(got) == set(keys)
    assert sum(got.values()) == len(keys) + 1, dict(got)  # the one in flight at the takeover, twice
    assert await statuses(database) == {"sent": len(keys)}
