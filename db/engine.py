"""Engine and session factory: the one place that knows SQLite and PostgreSQL differ."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from db.sqlite_inline import use_inline_connections
from db.sqlite_writes import WriteGate

SQLITE_BUSY_TIMEOUT_MS = 10_000  # a writer waits this long for another instead of failing at once


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def is_in_memory(url: str | URL) -> bool:
    """An SQLite database that lives only in the process that opened it."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def ensure_sqlite_directory(url: str) -> None:
    """Create the folder of a file-based SQLite database, so the first run needs no setup."""
    parsed = make_url(url)
    if is_sqlite(url) and not is_in_memory(parsed):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine; on SQLite with WAL, a busy timeout, enforced foreign keys, statements run in
    the event loop's thread (see `db.sqlite_inline`) and one writer at a time queued in the event loop
    (see `db.sqlite_writes`).

    Statement parameters are kept out of errors and the statement log (`hide_parameters`): they hold
    workers' names, phones and ids, and a failed update logs its error."""
    if is_sqlite(url):
        ensure_sqlite_directory(url)
        engine = create_async_engine(
            url, echo=echo, hide_parameters=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine.sync_engine, "do_connect", use_inline_connections)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        WriteGate(SQLITE_BUSY_TIMEOUT_MS / 1000).install(engine.sync_engine)
        return engine
    return create_async_engine(
        url, echo=echo, hide_parameters=True, pool_pre_ping=True, pool_size=10, max_overflow=10
    )


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: handlers keep reading objects after the unit of work commits.
    return async_sessionmaker(engine, expire_on_commit=False)
