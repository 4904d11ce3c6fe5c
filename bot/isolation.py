"""One user's updates are handled one after another, in this process.

aiogram's `SimpleEventIsolation` does this with one `asyncio.Lock` per user, and keeps every lock it
ever made (its source says "Unused locks cleaner is needed"): some 400 bytes for each worker the
process has heard from, 80 MB for 200,000 workers, growing for as long as the bot runs. This one keeps
a lock only while an update of that user is being handled or waiting.

(With Redis, aiogram's `RedisEventIsolation` keeps the order across replicas instead.)
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Hashable
from contextlib import asynccontextmanager

from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey


class _Held:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0  # updates holding or waiting for the lock


class PerUserIsolation(BaseEventIsolation):
    def __init__(self) -> None:
        self._held: dict[Hashable, _Held] = {}

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        held = self._held.get(key)
        if held is None:
            held = self._held[key] = _Held()
        held.users += 1
        try:
            async with held.lock:
                yield
        finally:
            held.users -= 1
            if held.users == 0:
                del self._held[key]

    def __len__(self) -> int:
        """How many users have an update in hand or waiting."""
        return len(self._held)

    async def close(self) -> None:
        self._held.clear()
