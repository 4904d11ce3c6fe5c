"""Handing memory the bot has freed back to the system, twice a minute.

Under steady load the process's resident memory kept growing long after Python's own allocations had
levelled off: glibc's allocator keeps the chunks Python frees and returns to the system only what sits
at the top of its heap, so small live objects scattered among freed ones hold tens of megabytes. On the
load benchmark (`tests/bench/bench_load.py`) one process grew from 287 to 318 MB over 15 minutes; with
`malloc_trim(0)` every 30 s, which also releases the free pages inside the heap (glibc 2.8 and later),
it levelled off near 305 MB (272 MB since the occupation index was made smaller and Alembic left the
process). The call holds the event loop for 2-6 ms on a 290 MB heap, measured.

Where the C library has no `malloc_trim` (musl, macOS) this does nothing.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

TRIM_EVERY_SECONDS = 30.0


def _find_malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(None)  # the symbols already loaded into the process, the C library's among them
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_malloc_trim = _find_malloc_trim()


def can_release() -> bool:
    return _malloc_trim is not None


def release_free_memory() -> bool:
    """Return the allocator's free pages to the system; True when any were returned."""
    return bool(_malloc_trim(0)) if _malloc_trim is not None else False


async def release_periodically(every: float = TRIM_EVERY_SECONDS) -> None:
    """Runs until cancelled (the runtime starts it with the bot and cancels it on shutdown)."""
    if _malloc_trim is None:
        log.info("this C library cannot return freed memory to the system; not trying")
        return
    while True:
        await asyncio.sleep(every)
        release_free_memory()
