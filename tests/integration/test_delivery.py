"""The outbox delivery loop against the fake Telegram: what reaches workers, what is retried, dropped or
failed, and what survives a stop or a crash."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy import select, update
from sqlalchemy import text as sa_text

from bot.delivery import DeliveryLoop
from bot.factory import create_bot
from bot.rate_limit import LocalRateLimiter
from bot.services.outbox import enqueue, enqueue_many, row
from db.models import Broadcast, OutboxMessage, User, utcnow
from db.repositories.outbox import OutboxRepository, Outcome
from db.repositories.users import UserRepository
from tests.fake_telegram.session import FakeSession


class FakeTime:
    """A clock that moves only when someone sleeps: a 30-second flood wait takes no real time."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def fast_settings(settings):
    return settings.model_copy(
        update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0, "delivery_poll_seconds": 0.05}
    )


def make_loop(bot: Bot, database, settings, fake_time: FakeTime | None = None, **kwargs: Any) -> DeliveryLoop:
    if fake_time is not None:
        kwargs.update(clock=fake_time.clock, sleep=fake_time.sleep)
    return DeliveryLoop(bot, database.sessionmaker, settings, **kwargs)


async def add_workers(database, telegram, *user_ids: int, active: bool = True) -> None:
    async with database.sessionmaker.begin() as session:
        users = UserRepository(session)
        for user_id in user_ids:
            user = await users.create(user_id, "kk")
            user.is_active = active
            telegram.add_user(user_id, f"Worker {user_id}")


async def queue(database, **fields: Any) -> bool:
    async with database.sessionmaker.begin() as session:
        return await enqueue(session, **fields)


async def rows_by_key(database) -> dict[str, OutboxMessage]:
    async with database.sessionmaker() as session:
        return {r.key: r for r in (await session.scalars(select(OutboxMessage))).all()}


async def make_due(database) -> None:
    """Time passes: every retry that waits for its backoff is due now."""
    async with database.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == "pending")
            .values(not_before=utcnow() - timedelta(seconds=1))
        )


def texts_to(telegram, chat_id: int) -> list[str]:
    return [m.plain_text for m in telegram.messages_to(chat_id)]


# ----- sending -------------------------------------------------------------------------------------


async def test_queued_messages_reach_workers_once_with_their_buttons(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001, 1002)
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Open", callback_data="v:7")]]
    )
    await queue(database, key="alert:1001:7", user_id=1001, kind="alert", text="<b>Welder</b> in Doha",
                reply_markup=keyboard)
    await queue(database, key="notice:1002:1", user_id=1002, kind="notice", text="Status changed")
    assert not await queue(database, key="alert:1001:7", user_id=1001, kind="alert", text="again")

    loop = make_loop(bot, database, fast_settings)
    assert await loop.run_once() == 2
    assert await loop.run_once() == 0

    [alert] = telegram.messages_to(1001)
    assert alert.plain_text == "Welder in Doha"
    assert alert.parse_mode == "HTML"
    assert alert.buttons == ["Open"]
    assert texts_to(telegram, 1002) == ["Status changed"]
    rows = await rows_by_key(database)
    assert {r.status for r in rows.values()} == {"sent"}
    assert all(r.sent_at is not None and r.claimed_by is None and r.attempts == 1 for r in rows.values())
    assert loop.stats.sent == 2


async def test_messages_to_one_chat_keep_their_order(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001)
    async with database.sessionmaker.begin() as session:
        await enqueue_many(
            session, [row(key=f"n:{i}", user_id=1001, kind="notice", text=f"Step {i}") for i in range(5)]
        )
    await make_loop(bot, database, fast_settings).run_once()
    assert texts_to(telegram, 1001) == [f"Step {i}" for i in range(5)]


async def test_flood_wait_pauses_every_send_then_retries(bot, telegram, database, fast_settings, fake_time):
    await add_workers(database, telegram, 1001, 1002)
    telegram.fail_chat(1001, 429, times=1, retry_after=30)
    await queue(database, key="a", user_id=1001, kind="notice", text="First")
    loop = make_loop(bot, database, fast_settings, fake_time)
    start = fake_time.now

    assert await loop.run_once() == 1
    assert texts_to(telegram, 1001) == ["First"]
    assert fake_time.now - start >= 30
    assert loop.stats.rate_limited_429 == 1

    # The next message to someone else also waits out the flood control the 429 started.
    telegram.fail_chat(1002, 429, times=1, retry_after=10)
    await queue(database, key="b", user_id=1001, kind="notice", text="Second")
    await queue(database, key="c", user_id=1002, kind="notice", text="Third")
    moment = fake_time.now
    assert await loop.run_once() == 2
    assert texts_to(telegram, 1002) == ["Third"]
    sends_after = [m for m in telegram.sent_messages() if m.plain_text in {"Second", "Third"}]
    assert len(sends_after) == 2
    assert fake_time.now - moment >= 10
    assert (await rows_by_key(database))["c"].attempts == 1  # a 429 is not a failed attempt


async def test_blocked_worker_is_deactivated_and_their_queue_dropped(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001, 1002)
    telegram.fail_chat(1001, 403)
    for i in range(3):
        await queue(database, key=f"blocked:{i}", user_id=1001, kind="alert", text=f"Job {i}")
    await queue(database, key="other", user_id=1002, kind="alert", text="Job for you")

    loop = make_loop(bot, database, fast_settings)
    await loop.run_once()

    assert len([c for c in telegram.calls("sendMessage") if c["chat_id"] == 1001]) == 1
    assert texts_to(telegram, 1002) == ["Job for you"]
    rows = await rows_by_key(database)
    assert [rows[f"blocked:{i}"].status for i in range(3)] == ["dropped"] * 3
    assert rows["other"].status == "sent"
    async with database.sessionmaker() as session:
        assert (await session.get(User, 1001)).is_active is False
        assert (await session.get(User, 1002)).is_active is True
    assert (loop.stats.blocked, loop.stats.dropped) == (1, 3)

    # Queued later, while inactive: dropped at claim time, never sent.
    await queue(database, key="later", user_id=1001, kind="alert", text="Another job")
    assert await loop.run_once() == 0
    assert (await rows_by_key(database))["later"].status == "dropped"
    assert len(telegram.calls("sendMessage")) == 2


async def test_server_error_backs_off_then_sends(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001)
    telegram.fail_chat(1001, 500, times=1)
    await queue(database, key="a", user_id=1001, kind="notice", text="Hello")
    loop = make_loop(bot, database, fast_settings)

    await loop.run_once()
    first = (await rows_by_key(database))["a"]
    assert (first.status, first.attempts, first.claimed_by) == ("pending", 1, None)
    assert first.not_before > utcnow() + timedelta(seconds=3)
    assert "Internal Server Error" in first.error
    assert await loop.run_once() == 0  # not due yet: nothing is sent early

    await make_due(database)
    assert await loop.run_once() == 1
    assert texts_to(telegram, 1001) == ["Hello"]
    final = (await rows_by_key(database))["a"]
    assert (final.status, final.attempts) == ("sent", 2)
    assert (loop.stats.retried, loop.stats.sent) == (1, 1)


async def test_server_error_fails_after_max_attempts(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001)
    telegram.fail_chat(1001, 502, "Bad Gateway")
    await queue(database, key="a", user_id=1001, kind="notice", text="Hello")
    loop = make_loop(bot, database, fast_settings.model_copy(update={"delivery_max_attempts": 3}))
    for _ in range(3):
        assert await loop.run_once() == 1
        await make_due(database)
    assert await loop.run_once() == 0
    final = (await rows_by_key(database))["a"]
    assert (final.status, final.attempts, final.error) == ("failed", 3, "Bad Gateway")
    assert (loop.stats.retried, loop.stats.failed) == (2, 1)


async def test_timeout_is_retried_and_sent_once(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001)
    telegram.delay(1.0, times=1)
    await queue(database, key="a", user_id=1001, kind="notice", text="Hello")
    loop = make_loop(bot, database, fast_settings)
    loop.request_timeout = 0.05

    await loop.run_once()
    assert (await rows_by_key(database))["a"].status == "pending"
    await make_due(database)
    await loop.run_once()
    assert texts_to(telegram, 1001) == ["Hello"]
    assert (await rows_by_key(database))["a"].status == "sent"


async def test_bad_requests_fail_with_the_reason(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001)
    await queue(database, key="gone", user_id=5555, kind="notice", text="Nobody there")  # no such chat
    telegram.fail_chat(1001, 400, "Bad Request: can't parse entities: unexpected end tag")
    await queue(database, key="bug", user_id=1001, kind="notice", text="Hello")
    loop = make_loop(bot, database, fast_settings)

    assert await loop.run_once() == 2
    rows = await rows_by_key(database)
    assert (rows["gone"].status, rows["gone"].error) == ("failed", "chat not found")
    assert rows["bug"].status == "failed"
    assert "can't parse entities" in rows["bug"].error
    assert await loop.run_once() == 0  # a failed row is not retried
    assert loop.stats.failed == 2


async def test_rows_of_a_stopped_broadcast_are_dropped(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001, 1002)
    async with database.sessionmaker.begin() as session:
        stopped = Broadcast(officer_id=1, text="Old", segment={}, status="stopped")
        live = Broadcast(officer_id=1, text="New", segment={}, status="queued")
        session.add_all([stopped, live])
        await session.flush()
        await enqueue_many(session, [
            row(key=f"b{stopped.id}:{u}", user_id=u, kind="broadcast", text="Old", broadcast_id=stopped.id)
            for u in (1001, 1002)
        ] + [row(key=f"b{live.id}:1001", user_id=1001, kind="broadcast", text="New", broadcast_id=live.id)])
    loop = make_loop(bot, database, fast_settings)
    assert await loop.run_once() == 1
    assert [m.plain_text for m in telegram.sent_messages()] == ["New"]
    statuses = sorted(r.status for r in (await rows_by_key(database)).values())
    assert statuses == ["dropped", "dropped", "sent"]
    assert loop.stats.dropped == 2


# ----- claiming ------------------------------------------------------------------------------------


async def test_replicas_never_claim_the_same_row(any_database):
    async with any_database.sessionmaker.begin() as session:
        await enqueue_many(session, [row(key=f"k{i}", user_id=1000 + i, kind="notice", text="x")
                                     for i in range(30)])
    now = utcnow()
    until = now + timedelta(seconds=60)

    async def claim(worker: str) -> set[int]:
        async with any_database.sessionmaker.begin() as session:
            return {r.id for r in await OutboxRepository(session).claim(worker, now, until, 20)}

    first, second = await asyncio.gather(claim("a"), claim("b"))
    third = await claim("c")
    assert not first & second and not (first | second) & third
    assert len(first | second | third) == 30


async def test_a_claim_takes_one_row_per_chat_and_no_chat_another_worker_holds(any_database):
    """Claims spread over chats, and a chat's next row waits until its previous one is settled: two
    replicas never hold rows of one chat, so they can never send its messages out of order."""
    async with any_database.sessionmaker.begin() as session:
        await enqueue_many(session, [row(key=f"k{chat}:{n}", user_id=chat, kind="notice", text="x")
                                     for n in range(3) for chat in (1001, 1002, 1003)])
    now = utcnow()
    until = now + timedelta(seconds=60)

    async def claim(worker: str) -> list[str]:
        async with any_database.sessionmaker.begin() as session:
            claimed = await OutboxRepository(session).claim(worker, now, until, 20)
            keys = {r.id: r.key for r in (await session.scalars(select(OutboxMessage))).all()}
        return sorted(keys[r.id] for r in claimed)

    assert await claim("a") == ["k1001:0", "k1002:0", "k1003:0"]
    assert await claim("b") == []  # every chat has a row held by "a"
    async with any_database.sessionmaker.begin() as session:
        first = await session.scalar(select(OutboxMessage.id).where(OutboxMessage.key == "k1002:0"))
        await OutboxRepository(session).record("a", [Outcome(first, "sent", 1, now, sent_at=now)])
    assert await claim("b") == ["k1002:1"]


async def test_renewal_and_outcomes_on_the_same_rows_at_once_never_deadlock(any_database):
    """PostgreSQL: an outcome write and a lease renewal that meet on the same rows wait for each other
    instead of each locking half of them (which PostgreSQL answers with "deadlock detected")."""
    database = any_database
    if database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one write transaction at a time")
    async with database.sessionmaker.begin() as session:
        await enqueue_many(session, [row(key=f"k{i}", user_id=1000 + i, kind="notice", text="x")
                                     for i in range(40)])
    now = utcnow()
    async with database.sessionmaker.begin() as session:
        claimed = await OutboxRepository(session).claim("w", now, now + timedelta(seconds=60), 40)
    ids = sorted(r.id for r in claimed)
    # Outcomes arrive in any order: here the newest row first.
    outcomes = [Outcome(i, "sent", 1, now, sent_at=now) for i in reversed(ids)]

    async with database.engine.connect() as blocker:  # holds the newest row until both are queued on it
        await blocker.execute(select(OutboxMessage.id).where(OutboxMessage.id == ids[-1]).with_for_update())

        async def record() -> int:
            async with database.sessionmaker.begin() as session:
                return await OutboxRepository(session).record("w", outcomes)

        async def extend() -> set[int]:
            async with database.sessionmaker.begin() as session:
                return await OutboxRepository(session).extend("w", now + timedelta(seconds=120))

        recording = asyncio.create_task(record())
        await wait_for_lock_waiters(database, 1)
        renewing = asyncio.create_task(extend())
        await wait_for_lock_waiters(database, 2)
        await blocker.rollback()
        _, kept = await asyncio.wait_for(asyncio.gather(recording, renewing), 10)
    assert kept == set()  # the renewal ran after the outcomes: nothing is held any more
    async with database.sessionmaker() as session:
        assert set((await session.scalars(select(OutboxMessage.status))).all()) == {"sent"}


async def wait_for_lock_waiters(database, count: int) -> None:
    async with asyncio.timeout(5):
        while True:
            async with database.engine.connect() as connection:
                waiting = await connection.scalar(sa_text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                ))
            if waiting >= count:
                return
            await asyncio.sleep(0.01)


async def test_expired_lease_is_taken_over(any_database, telegram, settings):
    database = any_database
    settings = settings.model_copy(update={"send_rate_per_second": 1000, "per_chat_interval_seconds": 0.0})
    bot = create_bot(settings, session=FakeSession(telegram))
    await add_workers(database, telegram, 1001, 1002)
    await queue(database, key="held", user_id=1001, kind="notice", text="Held by a dead replica")
    await queue(database, key="live", user_id=1002, kind="notice", text="Held by a live replica")
    now = utcnow()
    async with database.sessionmaker.begin() as session:
        await session.execute(update(OutboxMessage).where(OutboxMessage.key == "held")
                              .values(claimed_by="dead", claimed_until=now - timedelta(seconds=1)))
        await session.execute(update(OutboxMessage).where(OutboxMessage.key == "live")
                              .values(claimed_by="alive", claimed_until=now + timedelta(seconds=60)))

    loop = DeliveryLoop(bot, database.sessionmaker, settings, worker_id="new")
    assert await loop.run_once() == 1
    assert texts_to(telegram, 1001) == ["Held by a dead replica"]
    assert texts_to(telegram, 1002) == []
    await bot.session.close()


# ----- stopping and crashing -----------------------------------------------------------------------


async def wait_until(condition, timeout: float = 3.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)


async def deliver_everything(loop: DeliveryLoop) -> None:
    async with asyncio.timeout(10):
        while await loop.run_once():
            pass


async def cancel_and_wait(task: asyncio.Task[Any], seconds: float = 5.0) -> None:
    """Cancel a delivery run, as a stop of the process does, and wait for it to end cancelled. A run
    that goes on (a lost cancel) fails the test here, saying so, instead of hanging it."""
    task.cancel()
    await asyncio.wait({task}, timeout=seconds)
    assert task.done(), f"the delivery loop still runs {seconds} s after it was cancelled"
    if not task.cancelled():
        task.result()  # raises what ended it instead, if anything did
        pytest.fail("the delivery loop was cancelled, yet it carried on and returned")


async def test_stopping_mid_batch_loses_and_repeats_nothing(bot, telegram, database, fast_settings):
    workers = list(range(2001, 2011))
    await add_workers(database, telegram, *workers)
    for user_id in workers:
        await queue(database, key=f"n:{user_id}", user_id=user_id, kind="notice", text="Your status changed")
    telegram.delay(0.05)  # slow Telegram: the stop lands while sends are under way
    loop = make_loop(bot, database, fast_settings.model_copy(update={"send_rate_per_second": 10}))
    task = asyncio.create_task(loop.run())
    await wait_until(lambda: len(telegram.sent_messages()) >= 3)
    await cancel_and_wait(task)
    assert len(telegram.sent_messages()) < len(workers)
    rows = await rows_by_key(database)
    assert all(r.claimed_by is None for r in rows.values())  # the rest was given back at once

    telegram.clear_faults()
    await deliver_everything(make_loop(bot, database, fast_settings))
    assert all(len(telegram.messages_to(user_id)) == 1 for user_id in workers)
    assert {r.status for r in (await rows_by_key(database)).values()} == {"sent"}


class LosesOneAnswer(FakeSession):
    """Telegram takes the message, then the process dies before it hears back (once)."""

    answers = 0
    armed = True

    async def make_request(self, bot, method, timeout=None):  # type: ignore[no-untyped-def]
        result = await super().make_request(bot, method, timeout)
        self.answers += 1
        if self.answers == 3:
            self.armed = False
            await asyncio.Event().wait()  # never answers
        return result


async def test_crash_repeats_at_most_the_message_in_flight(telegram, database, fast_settings):
    workers = list(range(3001, 3009))
    await add_workers(database, telegram, *workers)
    async with database.sessionmaker.begin() as session:
        await enqueue_many(session, [row(key=f"n:{u}", user_id=u, kind="notice", text="News") for u in workers])
    crashing = create_bot(fast_settings, session=LosesOneAnswer(telegram))
    settings = fast_settings.model_copy(update={"send_rate_per_second": 10})
    dying = DeliveryLoop(crashing, database.sessionmaker, settings, worker_id="dying")
    dying.request_timeout = 0.5
    task = asyncio.create_task(dying.run_once())
    await wait_until(lambda: not crashing.session.armed)
    await cancel_and_wait(task)
    rows = await rows_by_key(database)
    in_doubt = [r for r in rows.values() if r.claimed_by == "dying"]
    assert len(in_doubt) == 1  # the one whose answer never came stays claimed until its lease ends
    async with database.sessionmaker.begin() as session:  # ... which it now does
        await session.execute(update(OutboxMessage).values(claimed_until=utcnow() - timedelta(seconds=1))
                              .where(OutboxMessage.claimed_by == "dying"))

    bot = create_bot(fast_settings, session=FakeSession(telegram))
    await deliver_everything(DeliveryLoop(bot, database.sessionmaker, fast_settings, worker_id="restarted"))
    counts = sorted(len(telegram.messages_to(u)) for u in workers)
    assert counts == [1] * (len(workers) - 1) + [2]
    assert telegram.messages_to(in_doubt[0].user_id)[0].plain_text == "News"
    assert {r.status for r in (await rows_by_key(database)).values()} == {"sent"}


async def test_run_stops_when_asked_and_keeps_polling_until_then(bot, telegram, database, fast_settings):
    await add_workers(database, telegram, 1001)
    loop = make_loop(bot, database, fast_settings)
    task = asyncio.create_task(loop.run())
    await queue(database, key="late", user_id=1001, kind="notice", text="Queued while running")
    await wait_until(lambda: len(telegram.sent_messages()) == 1)
    loop.stop()
    async with asyncio.timeout(2):
        await loop.wait_stopped()
        await task
    assert texts_to(telegram, 1001) == ["Queued while running"]


async def test_a_cancelled_run_stops_even_when_woken_at_the_same_moment(bot, database, fast_settings):
    """Cancelling `run()` (what a stop of the process does) ends it even when the loop is woken in the
    same moment, here by `stop()`, elsewhere by a chat's last send. On Python 3.11 `asyncio.wait_for`
    keeps such a wake-up and loses the cancel: a loop waiting through it goes on polling, and whoever
    awaits it waits forever."""
    idle = fast_settings.model_copy(update={"delivery_poll_seconds": 30.0})
    loop = make_loop(bot, database, idle)
    task = asyncio.create_task(loop.run())
    await asyncio.sleep(0.2)  # the outbox is empty: the loop waits for its next poll
    loop.stop()
    await cancel_and_wait(task)


# ----- the rate limiter ----------------------------------------------------------------------------


async def test_limiter_keeps_every_one_second_window_within_the_rate(fake_time):
    limiter = LocalRateLimiter(10, 1.0, fake_time.clock, fake_time.sleep)
    grants = []
    for chat_id in range(100):
        await limiter.acquire(chat_id)
        grants.append(fake_time.now)
        limiter.done(chat_id)
    assert max(sum(1 for g in grants if start <= g < start + 1.0) for start in grants) <= 10
    assert grants[-1] - grants[0] < 100 / 10 * 1.05  # still close to the full rate


async def test_limiter_spaces_one_chat_and_forgets_idle_chats(fake_time):
    limiter = LocalRateLimiter(100, 1.0, fake_time.clock, fake_time.sleep)
    grants = []
    for _ in range(3):
        await limiter.acquire(7)
        grants.append(fake_time.now)
        fake_time.now += 0.2  # Telegram takes its time to answer: spacing counts from the answer
        limiter.done(7)
    assert all(later - earlier >= 1.2 for earlier, later in itertools.pairwise(grants))
    for chat_id in range(50):
        await limiter.acquire(chat_id + 100)
        limiter.done(chat_id + 100)
    fake_time.now += 2.0
    await limiter.acquire(1)
    assert limiter.tracked_chats == 1


async def test_limiter_pause_after_429_holds_everyone(fake_time):
    limiter = LocalRateLimiter(30, 1.0, fake_time.clock, fake_time.sleep)
    await limiter.acquire(1)
    limiter.penalize(12)
    start = fake_time.now
    await limiter.acquire(2)
    assert fake_time.now - start >= 12
