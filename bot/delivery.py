"""The delivery loop: the one sender of everything the bot says on its own initiative.

Alerts, digests, status notices and broadcasts are first rows of the outbox (see bot.services.outbox);
this loop claims due rows in batches under a lease, sends them within Telegram's limits and writes each
outcome back, so a crash or a restart loses nothing:

- A row is claimed (`claimed_by`, `claimed_until`) in a short transaction, then sent with no transaction
  open. Its outcome (sent, failed, dropped, or pending again with a later `not_before`) is committed
  right after Telegram answers, together with the outcomes of other chats that answered meanwhile
  (one commit for many answers keeps up with hundreds of messages a second).
- While a batch is being worked through, the lease is extended; a replica that dies stops extending
  it, and once it runs out anyone claims the row again.
- Messages to one chat go out one after the other, in queue order; the next one starts only after the
  previous outcome is committed.

What a kill can cost: a message Telegram accepted whose outcome was not yet committed is sent again
after the restart. That is only ever the message in flight at the kill: at most one per chat (one
chat's messages never overlap), and never a message whose outcome was written. A stop through `stop()`
(or cancelling `run()`) lets the sends under way finish and gives the rest back at once.

Errors: 429 pauses every send for `retry_after` (Telegram's flood control is per bot) and tries again;
5xx, timeouts and network errors retry later with exponential backoff, up to
`settings.delivery_max_attempts`; 403 marks the worker inactive and drops their pending rows; 400
fails the row ("chat not found", or a bug on our side, logged with the row id).
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
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.rate_limit import LocalRateLimiter, RateLimiter
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
CHAT_NOT_FOUND = "chat not found"


@dataclass
class DeliveryStats:
    """Counters since start, for /metrics."""

    sent: int = 0
    failed: int = 0
    dropped: int = 0  # not sent: worker blocked the bot or is inactive, or the broadcast was stopped
    blocked: int = 0  # 403 answers
    retried: int = 0  # transient errors that will be retried later
    rate_limited_429: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class _Write:
    """An outcome waiting to be committed; `blocked_user` also deactivates that worker."""

    outcome: Outcome
    blocked_user: int | None = None
    done: bool = False


class DeliveryLoop:
    """Drains the outbox. `run()` until `stop()`; `run_once()` sends one batch (tests, CLI).

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
        # Two seconds of sending per claim: few claims, and a stopped broadcast stops within seconds.
        self.batch_size = max(20, math.ceil(rate * 2))
        self.lease_seconds = LEASE_SECONDS
        self.request_timeout = REQUEST_TIMEOUT_SECONDS
        self._enough_chats = max(10, math.ceil(rate))  # chats under way that keep the rate busy
        self._queues: dict[int, deque[ClaimedRow]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._held: set[int] = set()  # row ids claimed and not yet settled
        self._sending: dict[int, int] = {}  # row id -> chat: handed to Telegram, outcome not committed
        self._writes: list[_Write] = []
        self._write_lock = asyncio.Lock()
        self._attempted = 0
        self._closing = False
        self._stop_requested = False
        self._wake = asyncio.Event()
        self._stopped = asyncio.Event()
        self._stopped.set()
        self._renew_at = math.inf
        self._next_claim = 0.0

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
        """Claim one batch and send it; returns how many rows were handed to Telegram."""
        before = self._attempted
        self._closing = False
        try:
            self._dispatch(await self._claim(self.batch_size))
            while self._workers:
                await asyncio.wait(list(self._workers.values()), timeout=self.lease_seconds / 3)
                await self._renew_if_due()
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
        if self._wants_more() and loop.time() >= self._next_claim:
            rows = await self._claim(self.batch_size)
            self._dispatch(rows)
            if len(rows) < self.batch_size:  # the queue is drained: look again after the poll interval
                self._next_claim = loop.time() + self.settings.delivery_poll_seconds
            return
        wait = self.lease_seconds / 3
        if self._wants_more():
            wait = min(wait, max(0.0, self._next_claim - loop.time()))
        await self._pause(wait)

    def _wants_more(self) -> bool:
        return len(self._workers) < self._enough_chats and len(self._held) < self.batch_size * 5

    async def _pause(self, seconds: float) -> None:
        """Wait, but wake early when a chat's queue empties or `stop()` is called."""
        if self._stop_requested:
            return
        try:
            await asyncio.wait_for(self._wake.wait(), seconds)
        except TimeoutError:
            pass

    async def _claim(self, limit: int) -> list[ClaimedRow]:
        now = utcnow()
        async with self.sessionmaker.begin() as session:
            repo = OutboxRepository(session)
            dropped = await repo.drop_unwanted(now, limit)
            rows = await repo.claim(self.worker_id, now, now + self._lease(), limit)
        self.stats.dropped += dropped
        if rows and self._renew_at == math.inf:
            self._renew_at = asyncio.get_running_loop().time() + self.lease_seconds / 3
        return rows

    async def _renew_if_due(self) -> None:
        loop = asyncio.get_running_loop()
        if not self._held:
            self._renew_at = math.inf
            return
        if loop.time() < self._renew_at:
            return
        async with self.sessionmaker.begin() as session:
            await OutboxRepository(session).extend(self.worker_id, utcnow() + self._lease())
        self._renew_at = loop.time() + self.lease_seconds / 3

    def _lease(self) -> timedelta:
        return timedelta(seconds=self.lease_seconds)

    def _dispatch(self, rows: Iterable[ClaimedRow]) -> None:
        """Queue rows per chat; one worker per chat sends them in order."""
        for row in rows:
            if row.id in self._held:
                continue  # our own lease ran out and we claimed it again: it is already queued
            self._held.add(row.id)
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
                    blocked = await self._deliver(row)
                except Exception:
                    logger.exception("outbox row %s: delivery interrupted by an error", row.id)
                    await asyncio.sleep(ERROR_PAUSE_SECONDS)
                    continue
                if blocked:  # the worker's other rows were dropped in the database with the 403
                    self._held.difference_update(r.id for r in queue)
                    queue.clear()
        finally:
            if not queue:
                self._queues.pop(chat_id, None)
            self._workers.pop(chat_id, None)
            self._wake.set()

    # ----- one message -------------------------------------------------------------------------

    async def _deliver(self, row: ClaimedRow) -> bool:
        """Send one row and commit its outcome; True when the worker turned out to have blocked us."""
        while True:
            await self.limiter.acquire(row.user_id)
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
                write = self._after_error(row, error)
            else:
                self.stats.sent += 1
                write = _Write(Outcome(row.id, SENT, row.attempts + 1, row.not_before, sent_at=utcnow()))
            break
        await self._record(write)
        self._sending.pop(row.id, None)
        self._held.discard(row.id)
        return write.blocked_user is not None

    async def _send(self, row: ClaimedRow) -> None:
        payload = row.payload
        extra: dict[str, object] = {}
        if payload.get("reply_markup"):
            extra["reply_markup"] = InlineKeyboardMarkup.model_validate(payload["reply_markup"])
        if "parse_mode" in payload:
            extra["parse_mode"] = payload["parse_mode"]
        await self.bot.send_message(
            row.user_id, payload["text"], request_timeout=self.request_timeout, **extra
        )

    def _after_error(self, row: ClaimedRow, error: Exception) -> _Write:
        attempts = row.attempts + 1
        description = getattr(error, "message", None) or type(error).__name__
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
        if isinstance(error, (TelegramServerError, TelegramNetworkError, TelegramAPIError, TimeoutError)):
            return self._retry_later(row, attempts, description)
        self.stats.failed += 1
        logger.exception("outbox row %s: cannot be sent", row.id, exc_info=error)
        return _Write(Outcome(row.id, FAILED, attempts, row.not_before, error=description))

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
        async with self._write_lock:
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

    async def _flush_all(self) -> None:
        async with self._write_lock:
            await self._flush()

    # ----- stopping ------------------------------------------------------------------------------

    async def _shutdown(self) -> None:
        """Let sends under way finish, commit their outcomes, and give every other claimed row back."""
        self._closing = True
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
        await self._flush_all()
        async with self.sessionmaker.begin() as session:
            released = await OutboxRepository(session).release(self.worker_id, keep=self._sending)
        if released:
            logger.info("delivery loop %s gave back %s unsent rows", self.worker_id, released)


def _default_worker_id() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


__all__ = ["DeliveryLoop", "DeliveryStats"]
