"""`INSERT … ON CONFLICT` on the database in use. PostgreSQL and SQLite write it the same way, but
SQLAlchemy builds it from each dialect's own `insert`, so every caller would otherwise pick one."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession


def insert_for(session: AsyncSession, table: Any) -> Any:
    """`insert(table)` of the session's database, with `on_conflict_do_nothing` and the rest."""
    postgres = session.bind is not None and session.bind.dialect.name == "postgresql"
    return (pg_insert if postgres else sqlite_insert)(table)
