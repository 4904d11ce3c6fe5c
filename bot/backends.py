"""Where conversation state and the sending limit live: in Redis when `REDIS_URL` is set (several
replicas share them), else in this process and its database.

The Redis client is imported only when Redis is used: a single-process bot does not carry it (6 MB).
"""

from __future__ import annotations

from aiogram.fsm.storage.base import BaseStorage
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.rate_limit import LocalRateLimiter, RateLimiter
from bot.settings import Settings
from db.fsm_storage import SqlStorage


def create_fsm_storage(settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]) -> BaseStorage:
    """aiogram's RedisStorage when `redis_url` is set, else the database-backed SqlStorage."""
    if not settings.redis_url:
        return SqlStorage(sessionmaker)
    from bot.redis_support import redis_fsm_storage

    return redis_fsm_storage(settings.redis_url)


def create_rate_limiter(settings: Settings, *, expected_replicas: int = 1) -> RateLimiter:
    """The shared Redis limiter when `redis_url` is set, else a LocalRateLimiter for this process."""
    if not settings.redis_url:
        return LocalRateLimiter(settings.send_rate_per_second, settings.per_chat_interval_seconds)
    from bot.redis_support import RedisRateLimiter

    return RedisRateLimiter.from_url(
        settings.redis_url,
        settings.send_rate_per_second,
        settings.per_chat_interval_seconds,
        expected_replicas=expected_replicas,
    )
