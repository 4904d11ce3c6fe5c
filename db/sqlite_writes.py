"""One writer at a time on SQLite, queued in the event loop instead of in SQLite's busy handler.

SQLite lets one connection write at a time. A second writer that finds the lock taken is put to sleep
by SQLite's busy handler in growing steps (1, 2, 5, 10 … 100 ms) and retries, whether or not the lock
was freed a microsecond after it fell asleep. With a dozen updates in flight, most of their time went
into those sleeps: measured on the load benchmark, 40 updates/s and a p95 over a second.

So the engine's connections take an `asyncio.Lock` before their first write statement and give it back
when their transaction ends (commit or rollback). A writer then waits in the event loop and is woken the
moment the previous one commits; SQLite's own busy handler is left for other processes on the same file
(a CLI import while the bot runs). Reads never wait: in WAL mode they see the last commit.

Why the first write and not the transaction's start: the sqlite3 driver opens a transaction (a
deferred BEGIN) only before the first INSERT/UPDATE/DELETE; the reads before it run on their own, so
there is no older snapshot that would have to be upgraded to a writer.

A task that already holds the lock and opens a second connection to write would wait for itself; SQLite
would have failed that after its busy timeout, and so does the gate, with the same error.

The lock is held until the transaction ends, so a transaction that has written must not stay open
across a slow wait, a request to Telegram above all (50-300 ms, during which no other update could
write): `holds_write_lock` tells the unit of work when to commit first (see `db.unit_of_work`).
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.util import await_only

HOLDS_LOCK = "sqlite_write_lock"  # key in the pooled connection's `info`

_gates: weakref.WeakKeyDictionary[Any, WriteGate] = weakref.WeakKeyDictionary()


class WriteGate:
    """The lock of one engine, and the listeners that take and release it."""

    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task[Any] | None = None
        self.waits = 0  # writers that found the lock taken

    def held_by_current_task(self) -> bool:
        return self._holder is not None and self._holder is asyncio.current_task()

    def install(self, sync_engine: Any) -> None:
        _gates[sync_engine] = self
        event.listen(sync_engine, "before_cursor_execute", self._before_execute)
        event.listen(sync_engine, "commit", self._release)
        event.listen(sync_engine, "rollback", self._release)
        event.listen(sync_engine.pool, "reset", self._release_record)
        event.listen(sync_engine.pool, "invalidate", self._release_record_invalidated)

    def _before_execute(self, connection: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if connection.info.get(HOLDS_LOCK) or not _writes(statement):
            return
        if self._lock.locked():
            self.waits += 1
        try:
            await_only(self._acquire())
        except TimeoutError as error:
            raise OperationalError(statement, None, Exception("database is locked")) from error
        connection.info[HOLDS_LOCK] = True
        self._holder = asyncio.current_task()

    async def _acquire(self) -> None:
        """Take the lock within the timeout. `asyncio.timeout` rather than `asyncio.wait_for`: on Python
        3.11 `wait_for` loses a cancel that arrives as the lock is granted, and the cancelled task
        (an update being stopped) would carry on writing."""
        async with asyncio.timeout(self.timeout_seconds):
            await self._lock.acquire()

    def _release(self, connection: Connection) -> None:
        self._give_back(connection.info)

    def _release_record(self, _dbapi_connection: Any, record: Any, _reset_state: Any) -> None:
        self._give_back(record.info)

    def _release_record_invalidated(self, _dbapi_connection: Any, record: Any, _exception: Any) -> None:
        self._give_back(record.info)

    def _give_back(self, info: dict[str, Any]) -> None:
        if info.pop(HOLDS_LOCK, False):
            self._holder = None
            self._lock.release()


def _gate(bind: Any) -> WriteGate | None:
    """The gate of an engine (async or sync), None when it has none (PostgreSQL)."""
    return _gates.get(getattr(bind, "sync_engine", bind))


def is_gated(bind: Any) -> bool:
    """True for an engine whose writers take turns through a gate (SQLite)."""
    return _gate(bind) is not None


def holds_write_lock(bind: Any) -> bool:
    """True when the running task's transaction on this engine (SQLite) has written and not yet ended."""
    gate = _gate(bind)
    return gate is not None and gate.held_by_current_task()


def _writes(statement: str) -> bool:
    """Everything but a plain read or a PRAGMA takes the lock (INSERT, UPDATE, DELETE, DDL, BEGIN…)."""
    head = statement.lstrip()[:7].upper()
    return not (head.startswith("SELECT") or head.startswith("PRAGMA"))
