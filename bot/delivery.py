"""The delivery loop: the one sender of everything the bot says on its own initiative.

Alerts, digests, status notices and broadcasts are first rows of the outbox (see bot.services.outbox);
this loop claims due rows in batches under a lease, sends them within Telegram's limits and writes each
outcome back, so a crash or a restart loses nothing:

- A row is claimed (`claimed_by`, `claimed_until`) in a short transaction, then sent with no transaction
  open. A claim takes the oldest due row of each chat in which no row is claimed (see
  db.repositories.outbox), and the loop claims again as chats free up: work spreads over chats and
  replicas, and a chat's rows are never held by two replicas at once. The row's outcome (sent,
  failed, dropped, or pending again with a later `not_before`) is committed right after Telegram
  answers, together with the outcomes of other chats that answered meanwhile
  (one commit for many answers keeps up with hundreds of messages a second).
- While rows are held, the lease is extended every third of it; a replica that dies stops extending
  it, and once it runs out anyone claims the row again. A renewal answers which rows are still ours:
  one another replica took over (we stalled past our lease) is dropped from the queues unsent. Each
  row's deadline is also kept locally, from a time taken just before the claim or renewal statement,
  and a row whose deadline has (nearly) passed without a renewal is given back instead of being sent.
- The loop never runs two write transactions at once (claim, renewal, outcomes and release take one
  lock), and every multi-row UPDATE locks its rows in id order, so its transactions cannot deadlock
  each other on PostgreSQL.
- Messages to one chat go out one after the other, in queue order; the next one starts only after the
  previous outcome is committed.

What a kill can cost: a message Telegram accepted whose outcome was not yet committed is sent again
after the restart. That is only ever the message in flight at the kill: at most one per chat (one
chat's messages never overlap), and never a message whose outcome was written. The same holds for a
replica stalled past its lease: only the message it had in flight may arrive twice. A stop through
`stop()` (or cancelling `run()`) lets the sends under way finish and gives the rest back at once.

Errors: 429 pauses every send for `retry_after` (Telegram's flood control is per bot) and tries again;
5xx, timeouts and network errors retry later with exponential backoff, up to
`settings.delivery_max_attempts`; 403 marks the worker inactive and drops their pending rows; 400
fails the row ("chat not found", or a bug on our side, logged with the row id).

When Telegram itself is down (5xx, timeouts or no connection for messages to several chats in a row,
with no answer in between), the fault is not the messages': every send pauses (5 s, then 10, then 15 s
at a time while the outage lasts, so sending resumes soon after Telegram does; with Redis, on every
replica), and the messages caught in it go back unchanged, attempts not counted. Without this, an
outage longer than the retry budget would fail every message it met, a whole broadcast with it. The
first failures of an outage, before it is recognised, wait for the verdict of the next sends to other
chats: an answer charges them an attempt (the fault was theirs), an outage gives them back unchanged.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import secrets
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import timedelta

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.rate_limit import LocalRateLimiter, RateLimiter
from bot.services.outbox import send_payload
from bot.settings import Settings
from db.models import utcnow
from db.repositories.outbox import (
    BLOCKED,
    DROPPED,
    FAILED,
    PENDING,
    SENT,
    ClaimedRow,
    OutboxRepository,
    Outcome,
)

logger = logging.getLogger(__name__)

LEASE_SECONDS = 60.0  # how long a claim lasts without being extended; renewed every third of it
REQUEST_TIMEOUT_SECONDS = 20  # one sendMessage; Telegram normally answers well within a second
BACKOFF_BASE_SECONDS = 5.0  # first retry after a transient error; doubles with each attempt
BACKOFF_MAX_SECONDS = 900.0
ERROR_PAUSE_SECONDS = 5.0  # after an unexpected error (e.g. the database is unreachable)
UNAUTHORIZED_PAUSE_SECONDS = 60.0  # a wrong token fails every send: no point hammering Telegram
OUTAGE_AFTER_CHATS = 3  # transient failures in this many chats in a row, no answer between: Telegram is down
OUTAGE_PAUSE_SECONDS = 5.0  # the first pause of every send in an outage; doubles while it lasts
OUTAGE_PAUSE_MAX_SECONDS = 15.0  # so sending resumes within 15 s of Telegram coming back
VERDICT_SECONDS = float(REQUEST_TIMEOUT_SECONDS)  # the longest a failed send waits to learn if it met an outage
CHAT_NOT_FOUND = "chat not found"
REFILL_SECONDS = 0.1  # least time between two claims that found rows: chats free up one by one
REFILL_ROOM = 0.25  # claim again once this share of `batch_size` is free
SEND_MARGIN = 0.2  # share of the lease that must be left for a row to be sent: the send takes time

# Answers worth trying again later: Telegram's 5xx, no answer in time, no connection, anything unforeseen.
TRANSIENT_ERRORS = (TelegramServerError, TelegramNetworkError, TelegramAPIError, TimeoutError)

# What became of one row handed to `_deliver`.
DELIVERED, CHAT_BLOCKED, GIVEN_BACK = "delivered", "blocked", "given back"


@dataclass
class DeliveryStats:
    """Counters since start, for /metrics."""

    sent: int = 0
    failed: int = 0
    dropped: int = 0  # not sent: worker blocked the bot or is inactive, or the broadcast was stopped
    blocked: int = 0  # 403 answers
    retried: int = 0  # transient errors that will be retried later
    rate_limited_429: int = 0
    telegram_outages: int = 0  # times Telegram was found down and every send paused

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class _Write:
    """An outcome waiting to be committed; `blocked_user` also deactivates that worker."""

    outcome: Outcome
    blocked_user: int | None = None
    done: bool = False


class DeliveryLoop:
    """Drains the outbox. `run()` until `stop()`; `run_once()` sends what is due now (tests, CLI).

    `limiter` may be replaced (e.g. by a limiter shared between replicas) before running.
    `batch_size`, `lease_seconds` and `request_timeout` are attributes for the same reason.
    """

    def __init__(
        self,
        bot: Bot,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        *,
        worker_id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.sessionmaker = sessionmaker
        self.settings = settings
        self.worker_id = (worker_id or _default_worker_id())[:64]
        self.limiter: RateLimiter = LocalRateLimiter(
            settings.send_rate_per_second, settings.per_chat_interval_seconds, clock, sleep
        )
        self.stats = DeliveryStats()
        rate = settings.send_rate_per_second
        # At most two seconds of sending held at once: few claims, and a stopped broadcast stops
        # within seconds.
        self.batch_size = max(20, math.ceil(rate * 2))
        self.lease_seconds = LEASE_SECONDS
        self.request_timeout = REQUEST_TIMEOUT_SECONDS
        self._queues: dict[int, deque[ClaimedRow]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._held: dict[int, float] = {}  # row id claimed and not yet settled -> its local lease deadline
        self._sending: dict[int, int] = {}  # row id -> chat: handed to Telegram, outcome not committed
        self._writes: list[_Write] = []
        self._db_lock = asyncio.Lock()  # one write transaction at a time: claim, renew, record, release
        self._attempted = 0
        self._closing = False
        self._stop_requested = False
        self._wake = asyncio.Event()
        self._stopped = asyncio.Event()
        self._stopped.set()
        self._renew_at = math.inf
        self._next_claim = 0.0
        self._failing_chats: set[int] = set()  # chats whose last send failed transiently, since any answer
        self._verdict: asyncio.Future[bool] | None = None  # is Telegram down? for failed sends awaiting it
        self._awaiting_verdict: set[int] = set()  # chats whose failed send waits for that verdict
        self._outage_pause = 0.0  # the current pause while Telegram is down; 0 when it answers
        self._outage_until = 0.0

    # ----- public ------------------------------------------------------------------------------

    async def run(self) -> None:
        """Deliver until `stop()`. Never dies of an error: logs it and carries on after a pause.

        A loop that was stopped (even before it ran) does not start again: make a new one.
        """
        self._closing = False
        self._stopped.clear()
        logger.info("delivery loop %s started", self.worker_id)
        try:
            while not self._stop_requested:
                try:
                    await self._step()
                except Exception:
                    logger.exception("delivery loop %s: unexpected error; pausing", self.worker_id)
                    await self._pause(ERROR_PAUSE_SECONDS)
        finally:
            await self._shutdown()
            self._stopped.set()
            logger.info("delivery loop %s stopped", self.worker_id)

    async def run_once(self) -> int:
        """Send what is due now, claiming again as chats free up, until a claim finds nothing more.

        Returns how many rows were handed to Telegram.
        """
        before = self._attempted
        self._closing = False
        try:
            while True:
                if not self._workers:
                    if not await self._claim(max(1, self.batch_size - len(self._held))):
                        break
                    self._next_claim = asyncio.get_running_loop().time() + REFILL_SECONDS
                    continue
                await self._step()
            await self._flush_all()
        except BaseException:
            await self._shutdown()
            raise
        return self._attempted - before

    def stop(self) -> None:
        """Ask `run()` to finish: no new claims, sends under way complete, the rest is given back."""
        self._stop_requested = True
        self._wake.set()

    async def wait_stopped(self) -> None:
        await self._stopped.wait()

    # ----- the pump ------------------------------------------------------------------------------

    async def _step(self) -> None:
        loop = asyncio.get_running_loop()
        self._wake.clear()
        await self._renew_if_due()
        room = self.batch_size - len(self._held)
        if self._wants_more() and loop.time() >= self._next_claim:
            claimed = await self._claim(room)
            # While we hold rows, their chats free up as outcomes are written: look again soon.
            # Otherwise the queue is drained (or other replicas hold it): wait the poll interval.
            pause = REFILL_SECONDS if claimed or self._held else self.settings.delivery_poll_seconds
            self._next_claim = loop.time() + pause
            return
        wait = self.lease_seconds / 3
        if self._held:
            wait = min(wait, self._renew_at - loop.time())
        if self._wants_more():
            wait = min(wait, self._next_claim - loop.time())
        await self._pause(max(0.0, wait))

    def _wants_more(self) -> bool:
        return self.batch_size - len(self._held) >= max(1, math.ceil(self.batch_size * REFILL_ROOM))

    async def _pause(self, seconds: float) -> None:
        """Wait, but wake early when a chat's queue empties or `stop()` is called.

        `asyncio.timeout`, not `asyncio.wait_for`: on Python 3.11, `wait_for` loses a cancel that arrives
        as the event is set (it returns the event's result instead), and a cancelled `run()` would carry
        on polling forever.
        """
        if self._stop_requested:
            return
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            pass

    async def _claim(self, limit: int) -> int:
        """Claim up to `limit` rows and queue them; returns how many were claimed."""
        loop = asyncio.get_running_loop()
        async with self._db_lock, self.sessionmaker.begin() as session:
            repo = OutboxRepository(session)
            dropped = await repo.drop_unwanted(utcnow(), limit)
            # The lease counts from here: the transaction may have waited before this point.
            started, now = loop.time(), utcnow()
            rows = await repo.claim(self.worker_id, now, now + self._lease(), limit)
        self.stats.dropped += dropped
        deadline = started + self.lease_seconds
        for row in rows:
            if row.id in self._held:  # our lease ran out and we claimed the row again: renewed
                self._held[row.id] = deadline
        if rows:
            if loop.time() - started > self.lease_seconds / 3:
                self._renew_at = -math.inf  # the commit was slow: renew now (and learn what is ours)
            elif self._renew_at == math.inf:
                self._renew_at = started + self.lease_seconds / 3
        self._dispatch(rows, deadline)
        await self._renew_if_due()
        return len(rows)

    async def _renew_if_due(self) -> None:
        loop = asyncio.get_running_loop()
        if not self._held:
            self._renew_at = math.inf
            return
        if loop.time() < self._renew_at:
            return
        async with self._db_lock:
            started = loop.time()
            async with self.sessionmaker.begin() as session:
                kept = await OutboxRepository(session).extend(self.worker_id, utcnow() + self._lease())
        deadline = started + self.lease_seconds
        lost = []
        for row_id in list(self._held):
            if row_id in kept:
                self._held[row_id] = deadline
            else:
                lost.append(row_id)
        self._forget(lost)
        self._renew_at = started + self.lease_seconds / 3

    def _forget(self, row_ids: Iterable[int]) -> None:
        """Rows no longer ours: taken over by another replica, or already settled. Never send them."""
        lost = {row_id for row_id in row_ids if row_id not in self._sending}
        if not lost:
            return
        for row_id in lost:
            self._held.pop(row_id, None)
        waiting = 0
        for queue in self._queues.values():
            if any(row.id in lost for row in queue):
                kept = [row for row in queue if row.id not in lost]
                waiting += len(queue) - len(kept)
                queue.clear()
                queue.extend(kept)
        if waiting:
            logger.warning(
                "delivery loop %s: %s queued rows were taken over after our lease ran out; not sending them",
                self.worker_id, waiting,
            )

    def _lease(self) -> timedelta:
        return timedelta(seconds=self.lease_seconds)

    def _dispatch(self, rows: Iterable[ClaimedRow], deadline: float) -> None:
        """Queue rows per chat, each with its local lease deadline; one worker per chat sends in order."""
        for row in rows:
            if row.id in self._held:
                continue  # our own lease ran out and we claimed it again: it is already queued
            self._held[row.id] = deadline
            queue = self._queues.setdefault(row.user_id, deque())
            queue.append(row)
            if row.user_id not in self._workers:
                self._workers[row.user_id] = asyncio.create_task(
                    self._work_chat(row.user_id), name=f"delivery-chat-{row.user_id}"
                )

    async def _work_chat(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue and not self._closing:
                row = queue.popleft()
                try:
                    result = await self._deliver(row)
                except Exception:
                    logger.exception("outbox row %s: delivery interrupted by an error", row.id)
                    await asyncio.sleep(ERROR_PAUSE_SECONDS)
                    continue
                if result == CHAT_BLOCKED:  # their other rows were dropped in the database with the 403
                    for later in queue:
                        self._held.pop(later.id, None)
                    queue.clear()
                elif result == GIVEN_BACK:  # the chat's later rows must not overtake this one
                    given = [row.id, *(later.id for later in queue)]
                    queue.clear()
                    await self._give_back(given)
        finally:
            if not queue:
                self._queues.pop(chat_id, None)
            self._workers.pop(chat_id, None)
            self._wake.set()

    # ----- one message -------------------------------------------------------------------------

    async def _deliver(self, row: ClaimedRow) -> str:
        """Send one row and commit its outcome, unless it is no longer safely ours.

        Returns DELIVERED, CHAT_BLOCKED (the worker blocked us) or GIVEN_BACK (not sent: the row was
        taken over, or its lease is about to run out without a renewal).
        """
        loop = asyncio.get_running_loop()
        while True:
            await self.limiter.acquire(row.user_id)
            deadline = self._held.get(row.id)
            if deadline is None or loop.time() > deadline - self.lease_seconds * SEND_MARGIN:
                self.limiter.done(row.user_id)  # the grant goes unused
                if deadline is not None:
                    logger.warning("outbox row %s: lease about to run out unrenewed; giving it back", row.id)
                return GIVEN_BACK
            self._sending[row.id] = row.user_id  # from here on, Telegram may have it
            self._attempted += 1
            try:
                try:
                    await self._send(row)
                finally:
                    self.limiter.done(row.user_id)
            except TelegramRetryAfter as error:
                del self._sending[row.id]  # refused: nothing was delivered
                self.stats.rate_limited_429 += 1
                logger.warning("outbox row %s: 429, every send waits %s s", row.id, error.retry_after)
                self.limiter.penalize(error.retry_after)
                self._attempted -= 1
                continue
            except Exception as error:  # noqa: BLE001 - every failure becomes an outcome
                write = await self._after_error(row, error)
            else:
                self._telegram_answered()
                self.stats.sent += 1
                write = _Write(Outcome(row.id, SENT, row.attempts + 1, row.not_before, sent_at=utcnow()))
            break
        await self._record(write)
        self._sending.pop(row.id, None)
        self._held.pop(row.id, None)
        return DELIVERED if write.blocked_user is None else CHAT_BLOCKED

    async def _send(self, row: ClaimedRow) -> None:
        await send_payload(self.bot, row.user_id, row.payload, request_timeout=self.request_timeout)

    async def _after_error(self, row: ClaimedRow, error: Exception) -> _Write:
        attempts = row.attempts + 1
        description = getattr(error, "message", None) or type(error).__name__
        transient = isinstance(error, TRANSIENT_ERRORS)
        if not transient:
            self._telegram_answered()
        elif await self._caught_in_outage(row.user_id):
            self._attempted -= 1  # Telegram's fault, not the message's: it goes back unchanged
            return _Write(Outcome(row.id, PENDING, row.attempts, row.not_before, error=description))
        if isinstance(error, TelegramForbiddenError):
            self.stats.blocked += 1
            self.stats.dropped += 1
            logger.info("outbox row %s: worker %s blocked the bot or is deactivated", row.id, row.user_id)
            outcome = Outcome(row.id, DROPPED, attempts, row.not_before, error=BLOCKED)
            return _Write(outcome, blocked_user=row.user_id)
        if isinstance(error, (TelegramBadRequest, TelegramMigrateToChat)):
            self.stats.failed += 1
            if CHAT_NOT_FOUND in description.lower():
                logger.info("outbox row %s: chat %s not found", row.id, row.user_id)
                return _Write(Outcome(row.id, FAILED, attempts, row.not_before, error=CHAT_NOT_FOUND))
            logger.error("outbox row %s: Telegram refused the message: %s", row.id, description)
            return _Write(Outcome(row.id, FAILED, attempts, row.not_before, error=description))
        if isinstance(error, TelegramUnauthorizedError):
            logger.error("delivery: Telegram refused the bot token; pausing every send")
            self.limiter.penalize(UNAUTHORIZED_PAUSE_SECONDS)
            self._attempted -= 1  # our fault, not the message's: it goes back unchanged
            return _Write(Outcome(row.id, PENDING, row.attempts, row.not_before, error=description))
        if transient:
            return self._retry_later(row, attempts, description)
        self.stats.failed += 1
        logger.exception("outbox row %s: cannot be sent", row.id, exc_info=error)
        return _Write(Outcome(row.id, FAILED, attempts, row.not_before, error=description))

    async def _caught_in_outage(self, chat_id: int) -> bool:
        """After a transient failure: True when Telegram itself is down, so the message is not to blame.

        Until failures in several chats say so, the next sends to other chats decide: the first answer
        means the fault was this message's, another failure may complete the outage. With no other
        chat left to tell, or no verdict within `VERDICT_SECONDS`, the message is charged an attempt.
        """
        if self._telegram_down(chat_id):
            return True
        others = [c for c in self._workers if c != chat_id and c not in self._awaiting_verdict]
        if self._closing or not others:
            self._settle_verdict(False)  # nobody else is sending: no verdict will come
            return False
        if self._verdict is None or self._verdict.done():
            self._verdict = asyncio.get_running_loop().create_future()
        self._awaiting_verdict.add(chat_id)
        try:
            # The verdict is shared by every failed send waiting for it: a timeout ends this wait only.
            # (`asyncio.timeout` rather than `wait_for`, which may lose a cancel: see `_pause`.)
            async with asyncio.timeout(VERDICT_SECONDS):
                return await asyncio.shield(self._verdict)
        except TimeoutError:
            return False
        finally:
            self._awaiting_verdict.discard(chat_id)

    def _settle_verdict(self, telegram_down: bool) -> None:
        if self._verdict is not None and not self._verdict.done():
            self._verdict.set_result(telegram_down)

    def _telegram_answered(self) -> None:
        if self._outage_pause:
            logger.warning("delivery: Telegram answers again; sending resumes")
        self._failing_chats.clear()
        self._outage_pause = 0.0
        self._settle_verdict(False)

    def _telegram_down(self, chat_id: int) -> bool:
        """Note a transient failure; True when failures in several chats in a row say Telegram is down.
        Then every send pauses, once per failure that came after the last pause ended."""
        self._failing_chats.add(chat_id)
        if len(self._failing_chats) < OUTAGE_AFTER_CHATS:
            return False
        now = asyncio.get_running_loop().time()
        if now >= self._outage_until:  # the first failure of an outage, or the first after a pause
            if not self._outage_pause:
                self.stats.telegram_outages += 1
            self._outage_pause = min(OUTAGE_PAUSE_MAX_SECONDS, 2 * self._outage_pause or OUTAGE_PAUSE_SECONDS)
            self._outage_until = now + self._outage_pause
            self.limiter.penalize(self._outage_pause)
            logger.warning(
                "delivery: Telegram is down (messages to %s chats in a row failed); every send waits %s s",
                len(self._failing_chats), self._outage_pause,
            )
        self._settle_verdict(True)
        return True

    def _retry_later(self, row: ClaimedRow, attempts: int, description: str) -> _Write:
        if attempts >= self.settings.delivery_max_attempts:
            self.stats.failed += 1
            logger.warning("outbox row %s: failed after %s attempts: %s", row.id, attempts, description)
            return _Write(Outcome(row.id, FAILED, attempts, row.not_before, error=description))
        self.stats.retried += 1
        delay = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** (attempts - 1))
        logger.info("outbox row %s: attempt %s failed (%s); retry in %s s", row.id, attempts, description, delay)
        later = utcnow() + timedelta(seconds=delay)
        return _Write(Outcome(row.id, PENDING, attempts, later, error=description))

    # ----- writing outcomes ----------------------------------------------------------------------

    async def _record(self, write: _Write) -> None:
        """Commit this outcome, together with any others waiting (one transaction for all of them)."""
        self._writes.append(write)
        async with self._db_lock:
            if not write.done:
                await self._flush()

    async def _flush(self) -> None:
        batch, self._writes = self._writes, []
        if not batch:
            return
        try:
            async with self.sessionmaker.begin() as session:
                repo = OutboxRepository(session)
                await repo.record(self.worker_id, [w.outcome for w in batch])
                blocked = {w.blocked_user for w in batch if w.blocked_user is not None}
                dropped = await repo.block_workers(blocked)
        except BaseException:
            self._writes[:0] = batch  # written by the next flush, or at shutdown
            raise
        self.stats.dropped += dropped
        for w in batch:
            w.done = True
            self._sending.pop(w.outcome.id, None)  # settled, even if its sender gave up waiting
            self._held.pop(w.outcome.id, None)

    async def _flush_all(self) -> None:
        async with self._db_lock:
            await self._flush()

    async def _give_back(self, row_ids: list[int]) -> None:
        """Rows not sent after all: let anyone (this loop included) claim them again at once."""
        for row_id in row_ids:
            self._held.pop(row_id, None)
        try:
            async with self._db_lock, self.sessionmaker.begin() as session:
                await OutboxRepository(session).release(self.worker_id, only=row_ids)
        except Exception:  # their lease runs out anyway
            logger.exception("delivery loop %s: could not give rows back", self.worker_id)

    # ----- stopping ------------------------------------------------------------------------------

    async def _shutdown(self) -> None:
        """Let sends under way finish, commit their outcomes, and give every other claimed row back."""
        self._closing = True
        self._settle_verdict(False)  # a send waiting to learn whether Telegram is down stops waiting
        sending_chats = set(self._sending.values())
        for chat_id, task in list(self._workers.items()):
            if chat_id not in sending_chats:
                task.cancel()
        tasks = list(self._workers.values())
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=self.request_timeout)
            for task in pending:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        try:
            await asyncio.shield(self._settle())
        except Exception:
            logger.exception("delivery loop %s: could not give claimed rows back", self.worker_id)
        self._queues.clear()
        self._workers.clear()
        self._held.clear()
        self._sending.clear()
        self._renew_at = math.inf

    async def _settle(self) -> None:
        async with self._db_lock:
            await self._flush()
            async with self.sessionmaker.begin() as session:
                released = await OutboxRepository(session).release(self.worker_id, keep=self._sending)
        if released:
            logger.info("delivery loop %s gave back %s unsent rows", self.worker_id, released)


def _default_worker_id() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


__all__ = ["DeliveryLoop", "DeliveryStats"]
