"""One user's updates one after another; different users' at the same time; nothing kept afterwards."""

from __future__ import annotations

import asyncio

from aiogram.fsm.storage.base import StorageKey

from bot.isolation import PerUserIsolation


def key(user_id: int) -> StorageKey:
    return StorageKey(bot_id=42, chat_id=user_id, user_id=user_id)


async def test_one_users_updates_wait_for_each_other_and_others_do_not():
    isolation = PerUserIsolation()
    order: list[str] = []

    async def update(user_id: int, name: str, hold: float) -> None:
        async with isolation.lock(key(user_id)):
            order.append(f"{name} in")
            await asyncio.sleep(hold)
            order.append(f"{name} out")

    first = asyncio.create_task(update(1, "a1", 0.05))
    await asyncio.sleep(0)
    await asyncio.gather(update(1, "a2", 0), update(2, "b", 0), first)
    assert order.index("a1 out") < order.index("a2 in")  # the same worker: in turn
    assert order.index("b out") < order.index("a1 out")  # another worker did not wait


async def test_no_lock_is_kept_for_a_user_with_nothing_in_hand():
    isolation = PerUserIsolation()
    for user_id in range(1000):
        async with isolation.lock(key(user_id)):
            assert len(isolation) == 1
    assert len(isolation) == 0


async def test_a_failing_update_releases_its_user():
    isolation = PerUserIsolation()
    try:
        async with isolation.lock(key(1)):
            raise RuntimeError("handler failed")
    except RuntimeError:
        pass
    assert len(isolation) == 0
    async with asyncio.timeout(1):
        async with isolation.lock(key(1)):
            pass
