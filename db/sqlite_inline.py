"""SQLite statements run in the event loop's own thread, not in a thread of their own.

aiosqlite gives each connection a worker thread and sends it every call (open a cursor, execute, fetch,
close, commit) through a queue, then wakes the event loop with the result. The statements the bot runs
are indexed lookups and small writes on a local file: sqlite3 does one in about 15 microseconds, while
each trip to the worker thread and back costs 150-200 microseconds of CPU (measured on the load
benchmark's machine), and a statement through SQLAlchemy makes four. Handling one update spent more CPU
on those trips than on everything SQLite itself did.

So the engine's connections are aiosqlite connections whose calls are made at once, in the calling
thread. Nothing else changes: SQLAlchemy's aiosqlite dialect, the write gate (`db.sqlite_writes`) and
WAL mode work as before. The price: while a statement runs, the event loop waits for it. For the
bot's statements that is microseconds; a bulk import or a scan of every worker (the scheduled
matching) holds the loop for as long as SQLite works on it, and another process holding the write lock
(a CLI import into the same file while the bot runs) pauses the bot until it commits or the busy
timeout passes. That is the trade SQLite makes anyway (one writer, one machine); deployments that need
more run on PostgreSQL, whose driver is asynchronous.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Generator
from functools import partial
from typing import Any

import aiosqlite


class InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection that makes each call at once instead of queueing it for its thread.

    aiosqlite hands every call, SQLAlchemy's included (opening, isolation level, closing), to its queue
    `_tx`; here that queue runs the call as it is put in, so the awaited future is already done."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunAtOnce()  # type: ignore[assignment]

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()  # the worker thread is never started


class _RunAtOnce:
    """The part of aiosqlite's call queue its connection uses: `put_nowait((future, call))`."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, call = item
        try:
            result = call()
        except BaseException as error:  # noqa: BLE001 - handed to the awaiting caller, as aiosqlite does
            if future is not None and not future.done():
                future.set_exception(error)
            return
        if future is not None and not future.done():
            future.set_result(result)


def connect_inline(database: str, **kwargs: Any) -> InlineConnection:
    """What aiosqlite.connect(database, **kwargs) gives, without the thread."""
    return InlineConnection(partial(sqlite3.connect, database, **kwargs))


def use_inline_connections(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
    """A `do_connect` listener: SQLAlchemy's aiosqlite dialect opens its connections with
    `connect_inline` (its `async_creator_fn` hook) given the arguments it computed from the URL."""
    cparams["async_creator_fn"] = connect_inline
