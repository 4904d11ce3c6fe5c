"""Redis: one sending limit shared by replicas, its fallback when Redis is gone, and FSM storage.

These run when Redis answers at TEST_REDIS_URL (default redis://127.0.0.1:6379/15); elsewhere they skip,
loudly, and under CI they fail instead. Every test uses its own key prefix and removes its keys.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from collections.abc import AsyncIterator

import pytest
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import Redis

from bot.rate_limit import LocalRateLimiter
from bot.backends import create_fsm_storage, create_rate_limiter
from bot.redis_support import RedisRateLimiter
from db.fsm_storage import SqlStorage

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
CLOSED_PORT_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1


@pytest.fixture
async def redis() -> AsyncIterator[Redis]:
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        await client.ping()
    except Exception as error:  # noqa: BLE001
        await client.aclose()
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Redis tests, but Redis at {REDIS_URL} does not answer: {error!r}")
        pytest.skip(f"Redis tests skipped: no Redis at {REDIS_URL} ({error!r}); set TEST_REDIS_URL to run them")
    yield client
    await client.aclose()


@pytest.fixture
async def prefix(redis: Redis) -> AsyncIterator[str]:
    name = f"test_{uuid.uuid4().hex[:12]}"
    yield name
    keys = [key async for key in redis.scan_iter(match=f"*{name}*")]
    if keys:
        await redis.delete(*keys)


def replica(prefix: str, rate: float, per_chat: float, **kwargs) -> RedisRateLimiter:
    return RedisRateLimiter.from_url(REDIS_URL, rate, per_chat, prefix=prefix, **kwargs)


def busiest_second(times: list[float]) -> int:
    """The most grants inside any window of one second."""
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


async def send_all(limiter, chats: list[int], grants: list[tuple[float, int, str]], name: str, tasks: int) -> None:
    """`tasks` senders taking chats from a shared list, as the delivery loop's chat workers do."""
    queue = list(chats)

    async def sender() -> None:
        while queue:
            chat = queue.pop(0)
            await limiter.acquire(chat)
            grants.append((time.monotonic(), chat, name))
            await asyncio.sleep(0)  # the send
            limiter.done(chat)

    await asyncio.gather(*(sender() for _ in range(tasks)))


async def test_two_replicas_share_one_global_rate_and_per_chat_spacing(prefix):
    rate, per_chat = 200, 0.1
    first, second = replica(prefix, rate, per_chat), replica(prefix, rate, per_chat)
    chats = [n % 25 for n in range(360)]  # 25 chats, each many times: per-chat spacing matters too
    grants: list[tuple[float, int, str]] = []
    try:
        await asyncio.gather(
            send_all(first, chats[::2], grants, "first", tasks=40),
            send_all(second, chats[1::2], grants, "second", tasks=40),
        )
    finally:
        await first.close()
        await second.close()

    assert len(grants) == 360
    assert {name for _, _, name in grants} == {"first", "second"}
    assert busiest_second([moment for moment, _, _ in grants]) <= rate
    by_chat: dict[int, list[float]] = {}
    for moment, chat, _ in grants:
        by_chat.setdefault(chat, []).append(moment)
    closest = min(b - a for times in by_chat.values() for a, b in zip(sorted(times), sorted(times)[1:]))
    assert closest >= per_chat - 0.005  # measured here, a few ms after Redis granted it
    assert not first.degraded and not second.degraded


async def test_a_429_on_one_replica_pauses_the_other(prefix):
    first, second = replica(prefix, 100, 0), replica(prefix, 100, 0)
    try:
        await first.acquire(1)
        first.penalize(0.5)
        await asyncio.sleep(0.05)  # the shared pause reaches Redis
        started = time.monotonic()
        await second.acquire(2)
        assert time.monotonic() - started >= 0.4
    finally:
        await first.close()
        await second.close()


async def test_without_redis_it_paces_locally_and_says_so_once(caplog):
    limiter = RedisRateLimiter.from_url(CLOSED_PORT_URL, 40, 0, expected_replicas=2)
    caplog.set_level(logging.WARNING, logger="bot.redis_support")
    grants: list[tuple[float, int, str]] = []
    try:
        await send_all(limiter, list(range(30)), grants, "only", tasks=30)
    finally:
        await limiter.close()
    assert len(grants) == 30
    assert limiter.degraded
    assert busiest_second([moment for moment, _, _ in grants]) <= 20  # 40/s shared by 2 replicas
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "Redis" in r.getMessage()]
    assert len(warnings) == 1


async def test_it_returns_to_redis_when_redis_answers_again(prefix, caplog):
    proxy = _Proxy()
    await proxy.start()
    host, port = REDIS_URL.split("//", 1)[1].split("/", 1)[0].split(":")
    limiter = RedisRateLimiter.from_url(
        f"redis://127.0.0.1:{proxy.port}/15", 100, 0, prefix=prefix, retry_seconds=0.05
    )
    caplog.set_level(logging.INFO, logger="bot.redis_support")
    try:
        await limiter.acquire(1)  # the proxy refuses: fallback
        assert limiter.degraded
        proxy.target = (host, int(port))
        await asyncio.sleep(0.1)
        await limiter.acquire(2)
        assert not limiter.degraded
        assert await limiter.redis.zcard("{" + prefix + "}:log") == 1  # the grant was taken in Redis
    finally:
        await limiter.close()
        await proxy.stop()
    messages = [r.getMessage() for r in caplog.records if "Redis" in r.getMessage()]
    assert len(messages) == 2 and "again" in messages[1]


async def test_create_rate_limiter_picks_redis_only_with_a_url(settings):
    assert isinstance(create_rate_limiter(settings), LocalRateLimiter)
    limiter = create_rate_limiter(settings.model_copy(update={"redis_url": REDIS_URL}))
    assert isinstance(limiter, RedisRateLimiter)
    await limiter.close()


async def test_conversation_state_survives_a_new_storage(redis, settings, database):
    assert isinstance(create_fsm_storage(settings, database.sessionmaker), SqlStorage)
    with_redis = settings.model_copy(update={"redis_url": REDIS_URL})
    user_id = 800_000_000 + uuid.uuid4().int % 100_000_000  # nobody else's keys
    key = StorageKey(bot_id=42, chat_id=user_id, user_id=user_id)
    storage = create_fsm_storage(with_redis, database.sessionmaker)
    assert isinstance(storage, RedisStorage)
    try:
        await storage.set_state(key, "Profile:name")
        await storage.set_data(key, {"lang": "kk", "step": 3})
        await storage.close()

        storage = create_fsm_storage(with_redis, database.sessionmaker)  # another replica, or a restart
        assert await storage.get_state(key) == "Profile:name"
        assert await storage.get_data(key) == {"lang": "kk", "step": 3}

        await storage.forget_user(user_id)  # /delete
        assert await storage.get_state(key) is None
        assert await storage.get_data(key) == {}
        assert [k async for k in redis.scan_iter(match=f"*:{user_id}:*")] == []
    finally:
        await storage.forget_user(user_id)
        await storage.close()


class _Proxy:
    """A TCP port that refuses Redis clients until `target` is set, then forwards to it."""

    def __init__(self) -> None:
        self.target: tuple[str, int] | None = None
        self.port = 0
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._pipes:
            task.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.target is None:
            writer.close()
            return
        upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        for source, sink in ((reader, upstream_writer), (upstream_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self._pipes.add(task)
            task.add_done_callback(self._pipes.discard)

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                sink.write(data)
                await sink.drain()
        finally:
            sink.close()
