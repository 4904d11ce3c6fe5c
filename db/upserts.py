"""`INSERT … ON CONFLICT` on the database in use. PostgreSQL and SQLite write it the same way, but
SQLAlchemy builds it from each dialect's own `insert`, so every caller would otherwise pick one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession


def insert_for(session: AsyncSession, table: Any) -> Any:
    """`insert(table)` of the session's database, with `on_conflict_do_nothing` and the rest."""
    return (pg_insert if _is_postgres(session) else sqlite_insert)(table)


def _is_postgres(session: AsyncSession) -> bool:
    return session.bind is not None and session.bind.dialect.name == "postgresql"


class PerDatabase:
    """An `INSERT … ON CONFLICT` built once for each database kind rather than on every call.

    Statements asked on every update are built once (building one costs the bot more CPU than the
    database spends running it); this one depends on the database, so it is built on first use with
    each. `build` gets the dialect's `insert` and returns the statement, values as bind parameters.
    """

    def __init__(self, build: Callable[[Callable[[Any], Any]], Any]) -> None:
        self._build = build
        self._built: dict[bool, Any] = {}

    def of(self, session: AsyncSession) -> Any:
        postgres = _is_postgres(session)
        statement = self._built.get(postgres)
        if statement is None:
            statement = self._built[postgres] = self._build(pg_insert if postgres else sqlite_insert)
        return statement
