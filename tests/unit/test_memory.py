"""The bot hands the memory it freed back to the system (see `bot.memory`)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from bot import memory

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not memory.can_release(),
    reason="returning freed memory needs glibc's malloc_trim (Linux)",
)


def _resident_anonymous_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no RssAnon in /proc/self/status")


def test_freed_memory_scattered_among_live_objects_goes_back_to_the_system():
    # 2 KB objects come from malloc, not Python's small-object pools; every tenth stays alive, so the
    # freed ones are holes in the heap that the allocator does not give back by itself.
    blocks = [bytes(2048) for _ in range(40_000)]
    kept = blocks[::10]
    del blocks
    before = _resident_anonymous_mb()
    assert memory.release_free_memory()
    after = _resident_anonymous_mb()
    assert before - after > 30, (before, after)  # about 70 MB were freed
    assert len(kept) == 4_000


async def test_the_periodic_release_runs_until_cancelled(monkeypatch):
    calls = []
    monkeypatch.setattr(memory, "release_free_memory", lambda: calls.append(1) or True)
    task = asyncio.create_task(memory.release_periodically(every=0.01))
    await asyncio.sleep(0.1)
    assert calls, "nothing was released"
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        async with asyncio.timeout(5):
            await task
