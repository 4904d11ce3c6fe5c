"""Redis, when `REDIS_URL` is set: conversation state and one sending limit shared by every replica.

Without Redis, each process keeps its own FSM state in the database (`db.fsm_storage.SqlStorage`) and
its own `LocalRateLimiter`, which is right for one process (`bot.backends` chooses, and imports this
module only when Redis is used). With several replicas:

- `redis_fsm_storage` gives aiogram's `RedisStorage`, so a worker's next message may reach any replica
  and still continue the same conversation. Unlike `SqlStorage`, a state written to Redis is not part
  of the update's database transaction: it is kept even when the update's handler fails.
- `RedisRateLimiter` paces every replica's sends against one budget: Telegram's limits are per bot, not
  per process. One Lua script, run atomically by Redis with Redis's own clock, decides each grant:
    * a shared pause (`penalize` after a 429) stops every replica;
    * per chat, a key with a TTL keeps one chat's next message `per_chat_interval` after Telegram
      answered its previous one (`done`);
    * overall, grants follow an even schedule of `rate` a second (catching up at most
      `CATCH_UP_SECONDS` after a late wake-up) and, whatever the schedule says, a sliding log of when
      each send reached Telegram (its answer, or `ANSWER_WAIT_SECONDS` after its grant while
      unanswered) caps them at `rate` in any window of one second, as `LocalRateLimiter` does.
  All keys share one hash tag, so the script also runs on Redis Cluster.

When Redis does not answer, the limiter never lets sends through unthrottled: it paces locally at
`rate / expected_replicas`, logs one warning for the outage, and returns to Redis as soon as Redis
answers again (tried at most every `RETRY_SECONDS`). `expected_replicas` defaults to 1: exactly right for
one replica; with N replicas and the default, an outage lets the bot send up to N times the limit, and
Telegram's 429s, which every replica obeys, bring it back down; set it to N to stay under the limit.
No row is lost either way: the outbox keeps every message until it is sent.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import secrets
import time
from collections.abc import Coroutine
from typing import Any

from aiogram.fsm.storage.base import DefaultKeyBuilder
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.rate_limit import LocalRateLimiter

log = logging.getLogger(__name__)

FSM_PREFIX = "jobbot_fsm"
RATE_PREFIX = "jobbot_rate"
RETRY_SECONDS = 5.0  # while Redis is down, how often a send tries it again
SOCKET_TIMEOUT_SECONDS = 1.0  # a hung Redis must not hold up sending for long: fall back instead
SCAN_BATCH = 1000
FSM_SOCKET_TIMEOUT_SECONDS = 5.0  # a hung Redis fails the update (the worker is told) instead of hanging it


# ----- conversation state --------------------------------------------------------------------------


class RedisFsmStorage(RedisStorage):
    """aiogram's RedisStorage plus `forget_user`, which /delete needs to erase a worker's state."""

    async def forget_user(self, user_id: int) -> None:
        """Delete every state and data key of the user, in any chat (keys end with user:destiny:part)."""
        prefix = getattr(self.key_builder, "prefix", FSM_PREFIX)
        separator = getattr(self.key_builder, "separator", ":")
        pattern = f"{prefix}{separator}*{separator}{user_id}{separator}*"
        doomed: list[Any] = []
        async for key in self.redis.scan_iter(match=pattern, count=SCAN_BATCH):
            name = key.decode() if isinstance(key, bytes) else key
            parts = name.split(separator)
            if len(parts) >= 4 and parts[-3] == str(user_id):
                doomed.append(key)
        if doomed:
            await self.redis.delete(*doomed)


def redis_fsm_storage(redis_url: str) -> RedisFsmStorage:
    """No TTL: a wizard left half-way is still there when the worker comes back weeks later, as it is
    with SqlStorage; /delete erases it."""
    return RedisFsmStorage.from_url(
        redis_url,
        connection_kwargs={"socket_timeout": FSM_SOCKET_TIMEOUT_SECONDS, "socket_connect_timeout": 2.0},
        key_builder=DefaultKeyBuilder(prefix=FSM_PREFIX, with_destiny=True),
        state_ttl=None,
        data_ttl=None,
    )


# ----- one sending limit for every replica -----------------------------------------------------------

# The same accounting as LocalRateLimiter's, with Redis's clock.
WINDOW_SECONDS = 1.0  # Telegram counts sends in a sliding window of one second
HEADROOM_SECONDS = 0.01  # rounding and clock granularity
CATCH_UP_SECONDS = 0.25  # how far the even schedule may catch up at once after a late wake-up
ANSWER_WAIT_SECONDS = 5.0  # a send unanswered this long after its grant is taken to have arrived by then
POLL_SECONDS = 0.005  # how often a waiter asks again while the send it depends on is unanswered

GRANTED, WAIT_CHAT, WAIT_GLOBAL = 0, 1, 2
ANSWERED = "answered"

# KEYS: pause, log (zset: grant -> latest time it reached Telegram), schedule, chat.
# ARGV (µs): spacing, window, cap (a count), chat gap, catch-up, grant id, answer wait, poll.
# Returns {outcome, wait in µs}. Numbers are formatted with %.0f: Lua's default loses digits.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local poll = tonumber(ARGV[8])
local pause = redis.call('PTTL', KEYS[1])
if pause > 0 then return {2, pause * 1000} end
local gap = tonumber(ARGV[4])
if gap > 0 then
  local chat = redis.call('GET', KEYS[4])
  if chat then
    if chat ~= 'answered' then return {1, poll} end
    local left = redis.call('PTTL', KEYS[4])
    if left > 0 then return {1, left * 1000} end
  end
end
local spacing, window, cap = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local answer_wait = tonumber(ARGV[7])
local scheduled = tonumber(redis.call('GET', KEYS[3]) or '0')
local ready = scheduled - tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. string.format('%.0f', now - window))
local count = redis.call('ZCARD', KEYS[2])
if count >= cap then
  local blocker = tonumber(redis.call('ZRANGE', KEYS[2], count - cap, count - cap, 'WITHSCORES')[2])
  if blocker > now then return {2, poll} end
  ready = math.max(ready, blocker + window)
end
if ready > now then return {2, math.ceil(ready - now)} end
redis.call('ZADD', KEYS[2], string.format('%.0f', now + answer_wait), ARGV[6])
redis.call('PEXPIRE', KEYS[2], math.ceil((window + answer_wait) / 1000) + 1000)
local nxt = math.max(scheduled, now) + spacing
redis.call('SET', KEYS[3], string.format('%.0f', nxt), 'PX', math.ceil(window / 1000) + 1000)
if gap > 0 then
  redis.call('SET', KEYS[4], ARGV[6], 'PX', math.ceil((answer_wait + gap) / 1000))
end
return {0, 0}
"""

# KEYS: log, chat.  ARGV: grant id, chat gap (µs). Telegram answered: the send arrived by now, and the
# chat's interval runs from now.
_ANSWERED = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZADD', KEYS[1], 'XX', 'LT', string.format('%.0f', now), ARGV[1])
local gap = tonumber(ARGV[2])
if gap > 0 and redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('SET', KEYS[2], 'answered', 'PX', math.ceil(gap / 1000))
end
return 1
"""

# KEYS: pause.  ARGV: milliseconds. Lengthens the pause, never shortens it.
_PAUSE = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 1
"""

REDIS_DOWN = (RedisError, OSError, TimeoutError)


class RedisRateLimiter:
    """The `RateLimiter` of `bot.rate_limit`, shared through Redis by every replica using `prefix`.

    As LocalRateLimiter does, it counts a send from Telegram's answer (`done`): no more than `rate`
    sends reach Telegram in any second, and one chat's next send waits `per_chat_interval` after its
    previous one was answered. Within a process, grants are taken in arrival order (an asyncio lock
    around the global wait), so each replica asks Redis about once per grant instead of every waiting
    task polling it. `done` and `penalize` are called from synchronous code: they write to Redis in
    tasks this object keeps until they finish, and a chat's next `acquire` waits for its `done`.
    """

    def __init__(
        self,
        redis: Redis,
        rate: float,
        per_chat_interval: float,
        *,
        prefix: str = RATE_PREFIX,
        expected_replicas: int = 1,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        if expected_replicas < 1:
            raise ValueError("expected_replicas must be at least 1")
        self.redis = redis
        self.rate = rate
        self.per_chat_interval = per_chat_interval
        self.expected_replicas = expected_replicas
        self.prefix = prefix
        self.retry_seconds = retry_seconds
        self.fallback = LocalRateLimiter(rate / expected_replicas, per_chat_interval)
        spacing = 1.0 / rate
        window = max(WINDOW_SECONDS, spacing) + HEADROOM_SECONDS
        self._gap = _micros(per_chat_interval + HEADROOM_SECONDS) if per_chat_interval > 0 else 0
        self._args = [
            _micros(spacing), _micros(window), max(1, math.floor(rate * WINDOW_SECONDS)), self._gap,
            _micros(CATCH_UP_SECONDS),
        ]
        self._tail = [_micros(ANSWER_WAIT_SECONDS), _micros(POLL_SECONDS)]
        tag = "{" + prefix + "}"  # one hash slot for every key, as Redis Cluster requires of a script
        self._pause_key, self._log_key, self._schedule_key = f"{tag}:pause", f"{tag}:log", f"{tag}:next"
        self._chat_prefix = f"{tag}:chat:"
        self._acquire_script = redis.register_script(_ACQUIRE)
        self._answered_script = redis.register_script(_ANSWERED)
        self._pause_script = redis.register_script(_PAUSE)
        self._ids = itertools.count()
        self._instance = f"{secrets.token_hex(4)}"
        self._lock = asyncio.Lock()
        self._paused_until = -math.inf  # our own penalties, obeyed even when Redis is down
        self._degraded = False
        self._retry_at = -math.inf
        self._granted: dict[int, str] = {}  # chat -> id of its grant in Redis, until `done`
        self._answering: dict[int, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    @classmethod
    def from_url(cls, url: str, rate: float, per_chat_interval: float, **kwargs: Any) -> RedisRateLimiter:
        redis = Redis.from_url(
            url, socket_timeout=SOCKET_TIMEOUT_SECONDS, socket_connect_timeout=SOCKET_TIMEOUT_SECONDS
        )
        return cls(redis, rate, per_chat_interval, **kwargs)

    @property
    def degraded(self) -> bool:
        """True while Redis does not answer and sends are paced locally."""
        return self._degraded

    async def acquire(self, chat_id: int) -> None:
        answering = self._answering.pop(chat_id, None)
        if answering is not None:
            await asyncio.shield(answering)  # this chat's previous answer reaches Redis first
        while True:
            await self._wait_local_pause()
            outcome, wait = WAIT_GLOBAL, 0.0
            async with self._lock:
                while not self._local_only():
                    grant_id = f"{self._instance}-{next(self._ids)}"
                    try:
                        outcome, wait = await self._ask(chat_id, grant_id)
                    except REDIS_DOWN as error:
                        self._redis_failed(error)
                        break
                    self._redis_answered()
                    if outcome == GRANTED:
                        self._granted[chat_id] = grant_id
                    if outcome != WAIT_GLOBAL:
                        break
                    await asyncio.sleep(wait)
            if self._local_only():
                await self.fallback.acquire(chat_id)
                return
            if outcome == GRANTED:
                return
            await asyncio.sleep(wait)  # this chat's interval, outside the lock: others go on meanwhile

    def done(self, chat_id: int) -> None:
        grant_id = self._granted.pop(chat_id, None)
        if grant_id is None:  # granted by the local fallback
            self.fallback.done(chat_id)
            return
        task = self._spawn(self._answer(chat_id, grant_id))
        self._answering[chat_id] = task
        task.add_done_callback(lambda finished: self._answer_written(chat_id, finished))

    def penalize(self, seconds: float) -> None:
        """Pause this replica at once, and every replica through the shared pause key."""
        seconds = max(0.0, seconds)
        self.fallback.penalize(seconds)
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)
        self._spawn(self._share_pause(seconds))

    async def close(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.redis.aclose()

    # ----- internals -----------------------------------------------------------------------------

    async def _ask(self, chat_id: int, grant_id: str) -> tuple[int, float]:
        keys = [self._pause_key, self._log_key, self._schedule_key, f"{self._chat_prefix}{chat_id}"]
        outcome, wait = await self._acquire_script(keys=keys, args=[*self._args, grant_id, *self._tail])
        return int(outcome), int(wait) / 1_000_000

    async def _answer(self, chat_id: int, grant_id: str) -> None:
        try:
            await self._answered_script(
                keys=[self._log_key, f"{self._chat_prefix}{chat_id}"], args=[grant_id, self._gap]
            )
        except REDIS_DOWN as error:
            self._redis_failed(error)

    async def _share_pause(self, seconds: float) -> None:
        try:
            await self._pause_script(keys=[self._pause_key], args=[max(1, math.ceil(seconds * 1000))])
        except REDIS_DOWN as error:
            self._redis_failed(error)

    def _answer_written(self, chat_id: int, task: asyncio.Task[None]) -> None:
        if self._answering.get(chat_id) is task:  # no acquire took it: forget it, memory stays bounded
            del self._answering[chat_id]

    def _spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)  # kept until done, so the task is never collected half-way
        task.add_done_callback(self._tasks.discard)
        return task

    async def _wait_local_pause(self) -> None:
        while (delay := self._paused_until - time.monotonic()) > 0:
            await asyncio.sleep(delay)

    def _local_only(self) -> bool:
        """Redis failed recently: pace locally without asking it again before `_retry_at`."""
        return self._degraded and time.monotonic() < self._retry_at

    def _redis_failed(self, error: BaseException) -> None:
        self._retry_at = time.monotonic() + self.retry_seconds
        if not self._degraded:
            self._degraded = True
            log.warning(
                "Redis does not answer (%r): pacing sends locally at %.3g/s until it does",
                error, self.fallback.rate,
            )

    def _redis_answered(self) -> None:
        if self._degraded:
            self._degraded = False
            log.info("Redis answers again: sends are paced by the shared limit")


def _micros(seconds: float) -> int:
    return math.ceil(seconds * 1_000_000)


__all__ = ["RedisFsmStorage", "RedisRateLimiter", "redis_fsm_storage"]
