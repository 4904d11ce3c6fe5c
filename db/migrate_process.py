"""Migrating at start-up from a short-lived child process, so the bot itself never loads Alembic.

Alembic, with Mako and the rest it imports, takes 11 MB that a bot process would hold for its whole
life after one use at start. The child applies the migrations and reports the revisions it applied;
the bot then starts as before. An in-memory SQLite database lives only in this process, so it is
migrated here.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys

from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import is_in_memory


class MigrationError(RuntimeError):
    """The migrations failed; the child's own error is in the log above."""


async def upgrade_database(engine: AsyncEngine) -> list[str]:
    """Bring the engine's schema to the newest revision; returns the revisions that were applied."""
    if is_in_memory(engine.url):
        from db.migrate import upgrade

        return await upgrade(engine)
    url = engine.url.render_as_string(hide_password=False)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "db.migrate", env={**os.environ, "DATABASE_URL": url},
        stdout=asyncio.subprocess.PIPE,  # errors go to our stderr as they happen
    )
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise MigrationError(f"database migrations failed (exit status {process.returncode})")
    return list(json.loads(out.decode().strip().splitlines()[-1]))
