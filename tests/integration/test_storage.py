"""Storage on SQLite and PostgreSQL: migrations, the conversation state, erasing a worker."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import event, func, select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.services.profiles import ProfileService
from db.fsm_storage import SqlStorage
from db.engine import create_engine
from db.migrate import MIGRATIONS, current_revision, upgrade
from db.migrate_process import MigrationError, upgrade_database
from db.models import Certificate, FsmRecord, Profile, ProfileOccupation, User
from db.repositories.users import UserRepository
from db.unit_of_work import UnitOfWork, current_unit

KEY = StorageKey(bot_id=42, chat_id=7001, user_id=7001)
REVISIONS = sorted(path.name[:4] for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


async def test_migrations_reach_head_and_are_idempotent(any_database):
    assert await current_revision(any_database.engine) is not None
    assert await upgrade(any_database.engine) == []  # nothing left to apply


async def test_start_up_migrates_from_a_child_process_once(empty_database):
    """What `jobbot run` does before it connects: every revision once, then nothing left to apply."""
    assert await upgrade_database(empty_database) == REVISIONS
    assert await upgrade_database(empty_database) == []
    assert await current_revision(empty_database) == REVISIONS[-1]


async def test_an_in_memory_database_is_migrated_in_the_bot_process():
    engine = create_engine("sqlite+aiosqlite://")
    try:
        assert await upgrade_database(engine) == REVISIONS
        async with engine.connect() as connection:
            assert await connection.scalar(select(func.count()).select_from(User.__table__)) == 0
    finally:
        await engine.dispose()


async def test_a_failed_migration_stops_the_start(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    engine = create_async_engine(f"sqlite+aiosqlite:///{blocked / 'bot.db'}")  # no folder can be made
    try:
        with pytest.raises(MigrationError):
            await upgrade_database(engine)
    finally:
        await engine.dispose()


def test_the_bot_process_never_loads_alembic():
    """Alembic and Mako are 11 MB the bot would hold for its life after one use at start."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, bot.app; print(sorted({'alembic', 'mako'} & set(sys.modules)))"],
        capture_output=True, text=True, check=True,
    )
    assert loaded.stdout.strip() == "[]"


async def test_conversation_state_survives_a_new_storage(any_database):
    storage = SqlStorage(any_database.sessionmaker)
    await storage.set_state(KEY, "ProfileForm:region")
    await storage.set_data(KEY, {"pos": 2, "langs": ["kk", "ru"]})

    after_restart = SqlStorage(any_database.sessionmaker)
    assert await after_restart.get_state(KEY) == "ProfileForm:region"
    assert await after_restart.get_data(KEY) == {"pos": 2, "langs": ["kk", "ru"]}

    await after_restart.set_state(KEY, None)
    await after_restart.set_data(KEY, {})
    async with any_database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(FsmRecord)) == 0


async def test_an_update_reads_each_conversation_state_once(any_database):
    """aiogram, the handler and the wizard's steps all ask; the database is asked once per key."""
    storage = SqlStorage(any_database.sessionmaker)
    await storage.set_state(KEY, "ProfileForm:region")
    reads: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().startswith("SELECT") and "fsm_records" in statement:
            reads.append(statement)

    event.listen(any_database.engine.sync_engine, "before_cursor_execute", count)
    idle = StorageKey(bot_id=42, chat_id=7002, user_id=7002)
    try:
        async with any_database.sessionmaker() as session:
            token = current_unit.set(UnitOfWork(session, None))
            try:
                for _ in range(3):
                    assert await storage.get_state(KEY) == "ProfileForm:region"
                gc.collect()  # the session's identity map holds an unchanged row only weakly
                await storage.set_data(KEY, {"pos": 2})
                assert await storage.get_data(KEY) == {"pos": 2}
                assert await storage.get_state(idle) is None
                await storage.set_state(idle, "ProfileForm:name")
                await storage.set_state(idle, None)
                assert await storage.get_state(idle) is None
                await session.commit()
            finally:
                current_unit.reset(token)
    finally:
        event.remove(any_database.engine.sync_engine, "before_cursor_execute", count)
    assert len(reads) == 2  # one per key
    assert await SqlStorage(any_database.sessionmaker).get_data(KEY) == {"pos": 2}
    assert await SqlStorage(any_database.sessionmaker).get_state(idle) is None


async def test_erasing_a_worker_leaves_nothing(any_database):
    async with any_database.sessionmaker() as session:
        service = ProfileService(session)
        await service.register(7001, "kk", officer=False)
        await service.update(7001, full_name="Айдос", phone="+77011234567", languages=["kk"])
        await service.set_occupation(7001, 1, "сварщик", "7212")
        await service.add_certificate(7001, "document", "file-1", "unique-1", "naks.pdf")
        await session.commit()
    storage = SqlStorage(any_database.sessionmaker)
    await storage.set_state(KEY, "ProfileForm:salary")

    async with any_database.sessionmaker() as session:
        assert await ProfileService(session).erase(7001)
        await session.commit()
    await storage.forget_user(7001)

    async with any_database.sessionmaker() as session:
        for table in (User, Profile, ProfileOccupation, Certificate, FsmRecord):
            assert await session.scalar(select(func.count()).select_from(table)) == 0


async def test_repositories_do_not_commit(any_database):
    async with any_database.sessionmaker() as session:
        await UserRepository(session).create(7002, "ru")
        await session.rollback()
    async with any_database.sessionmaker() as session:
        assert await UserRepository(session).get(7002) is None


async def test_telegram_ids_beyond_32_bits(any_database):
    big = 8_000_000_000
    async with any_database.sessionmaker() as session:
        await ProfileService(session).register(big, "en", officer=False)
        await session.commit()
    async with any_database.sessionmaker() as session:
        assert (await UserRepository(session).get(big)).language == "en"
