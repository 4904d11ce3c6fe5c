"""Apply Alembic migrations from inside the bot, on SQLite or PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """A config that needs no alembic.ini, so an installed package can migrate itself."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(engine: AsyncEngine) -> list[str]:
    """Bring the schema to the newest revision; returns the revisions that were applied."""
    async with engine.begin() as connection:
        return await connection.run_sync(_upgrade_on)


def _upgrade_on(connection: Connection) -> list[str]:
    config = alembic_config()
    before = MigrationContext.configure(connection).get_current_revision()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in script.iterate_revisions("head", before or "base")][::-1]


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


async def _upgrade_url(url: str) -> list[str]:
    from db.engine import create_engine

    engine = create_engine(url)
    try:
        return await upgrade(engine)
    finally:
        await engine.dispose()


if __name__ == "__main__":
    # `python -m db.migrate`: what `db.migrate_process` runs. The URL comes in the environment, never on
    # the command line, where any user of the machine could read its password.
    import asyncio
    import json
    import os

    print(json.dumps(asyncio.run(_upgrade_url(os.environ["DATABASE_URL"]))), flush=True)
