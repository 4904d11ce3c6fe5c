"""Shared fixtures: a migrated database per test, the production dispatcher, and a fake Telegram.

PostgreSQL tests run when TEST_DATABASE_URL names a server (CI sets it); elsewhere they skip, loudly.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from aiogram import Bot, Dispatcher
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.factory import Database, create_bot, create_dispatcher
from bot.i18n import I18n
from bot.settings import Settings
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import Base
from tests.fake_telegram.client import BotClient
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.session import FakeSession

OFFICER_ID = 900_001
TOKEN = "42:TEST-TOKEN"
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")


def postgres_or_skip() -> str:
    if not POSTGRES_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: TEST_DATABASE_URL is not set")
        pytest.skip("PostgreSQL tests skipped: set TEST_DATABASE_URL to run them")
    return POSTGRES_URL


async def _fresh_postgres(url: str) -> None:
    """Drop everything a previous test left, so each test starts from an empty, migrated schema."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.drop_all)
            await connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        await engine.dispose()


async def _open(url: str) -> Database:
    engine = create_engine(url)
    await upgrade(engine)
    return Database(engine=engine, sessionmaker=create_sessionmaker(engine))


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'jobbot.db'}"


@pytest.fixture
async def database(sqlite_url: str) -> AsyncIterator[Database]:
    db = await _open(sqlite_url)
    yield db
    await db.engine.dispose()


async def _empty_url(kind: str, sqlite_url: str) -> str:
    """The URL of an empty database of this kind: "sqlite" or "postgres" (skipped without one)."""
    if kind == "postgres":
        url = postgres_or_skip()
        await _fresh_postgres(url)
        return url
    return sqlite_url


@pytest.fixture(params=["sqlite", "postgres"])
async def any_database(request, sqlite_url: str) -> AsyncIterator[Database]:
    """The same test on SQLite and on PostgreSQL."""
    db = await _open(await _empty_url(request.param, sqlite_url))
    yield db
    await db.engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
async def empty_database(request, sqlite_url: str) -> AsyncIterator[AsyncEngine]:
    """A database no migration has touched, on SQLite and on PostgreSQL."""
    engine = create_engine(await _empty_url(request.param, sqlite_url))
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
def i18n() -> I18n:
    return I18n()


@pytest.fixture
def settings(database: Database) -> Settings:
    return Settings(
        _env_file=None,
        bot_token=TOKEN,
        database_url=database.engine.url.render_as_string(hide_password=False),
        officer_ids=frozenset({OFFICER_ID}),
    )


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    """Every request the bot made during the test must have passed the Bot API spec check."""
    fake = FakeTelegram(token=TOKEN)
    yield fake
    fake.assert_no_problems()


@pytest.fixture
async def bot(settings: Settings, telegram: FakeTelegram) -> AsyncIterator[Bot]:
    bot = create_bot(settings, session=FakeSession(telegram))
    yield bot
    await bot.session.close()


@pytest.fixture
def dispatcher(settings: Settings, database: Database, i18n: I18n) -> Dispatcher:
    return create_dispatcher(settings=settings, sessionmaker=database.sessionmaker, i18n=i18n)


@pytest.fixture
def make_client(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram) -> Callable[..., BotClient]:
    """`make_client(user_id, language_code)`: a worker talking to the bot."""

    def make(user_id: int = 1001, language_code: str | None = "ru", first_name: str = "Aidos") -> BotClient:
        return BotClient(dispatcher, bot, telegram, user_id=user_id, first_name=first_name,
                         language_code=language_code)

    return make
