"""Shared fixtures: a migrated database per test, the production dispatcher, and a fake Telegram.

PostgreSQL tests run when TEST_DATABASE_URL names a server (CI sets it); elsewhere they skip, loudly.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import threading
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

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
from handlers import officer_broadcast
from tests.fake_telegram.client import BotClient
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.session import FakeSession

OFFICER_ID = 900_001
TOKEN = "42:TEST-TOKEN"
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")


# ----- a test that hangs -------------------------------------------------------------------------------
# pytest-timeout fails a test that runs longer than `timeout` (pyproject.toml). It uses SIGALRM ("signal"),
# not a watchdog thread: the thread method ends the whole run with os._exit, naming no test and leaving
# the bot processes some tests start running, while a signal fails that one test and the run goes on.
# The failure is raised in the event loop, which pytest-asyncio then closes, cancelling the test's tasks
# so that their cleanup (stopping those processes) runs. For an asyncio test the stack of the main
# thread only shows the loop waiting, so this hook prints the stack of every task, and sets the alarm
# again: a teardown that hangs too is failed in turn instead of hanging the run.


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_timeout_set_timer(item: pytest.Item, settings) -> bool | None:  # type: ignore[no-untyped-def]
    if settings.method != "signal" or threading.current_thread() is not threading.main_thread():
        return None  # pytest-timeout's own timer

    def on_timeout(_signum: int, _frame: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, settings.timeout)
        _print_tasks(item)
        pytest.fail(f"Timeout: {item.nodeid} took longer than {settings.timeout} s")

    def cancel() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)

    item.cancel_timeout = cancel  # type: ignore[attr-defined]  # what pytest-timeout calls at the end
    signal.signal(signal.SIGALRM, on_timeout)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    return True


def _print_tasks(item: pytest.Item) -> None:
    """Where each task of the running event loop waits (nothing for a test that is not async)."""
    try:
        tasks = asyncio.all_tasks(asyncio.get_running_loop())
    except RuntimeError:
        return
    terminal = item.config.get_terminal_writer()
    terminal.sep("+", f"Timeout: the event loop's {len(tasks)} task(s)")
    for task in tasks:
        terminal.sep("~", task.get_name())
        terminal.write(_await_chain(task))
    terminal.flush()


def _await_chain(task: asyncio.Task[object]) -> str:
    """The task's coroutine and every coroutine it is awaiting, innermost last (`Task.print_stack`
    shows only the outermost)."""
    frames = []
    awaited: object = task.get_coro()
    while (frame := getattr(awaited, "cr_frame", None) or getattr(awaited, "ag_frame", None)) is not None:
        frames.append(traceback.FrameSummary(frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        awaited = getattr(awaited, "cr_await", None) or getattr(awaited, "ag_await", None)
    return "".join(traceback.format_list(frames))


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


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the one migrated SQLite file of the run lies (made by the first test that needs it).

    Running every migration for each test's database cost about 100 ms a test, several minutes of the
    suite; a copy of a file migrated once is the same schema at the cost of a file copy. The migrations
    themselves are tested on databases of their own (`empty_database`)."""
    return tmp_path_factory.mktemp("template") / "migrated.db"


async def _open_copy_of_migrated(sqlite_url: str, template: Path) -> Database:
    if not template.exists():
        fresh = await _open(f"sqlite+aiosqlite:///{template}")
        await fresh.engine.dispose()
        assert not Path(f"{template}-wal").exists(), "the template's journal was not folded into it"
    target = Path(sqlite_url.removeprefix("sqlite+aiosqlite:///"))
    shutil.copyfile(template, target)
    engine = create_engine(sqlite_url)
    return Database(engine=engine, sessionmaker=create_sessionmaker(engine))


@pytest.fixture
async def database(sqlite_url: str, migrated_sqlite_template: Path) -> AsyncIterator[Database]:
    db = await _open_copy_of_migrated(sqlite_url, migrated_sqlite_template)
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


@pytest.fixture(autouse=True)
def officers_work_by_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """An announcement confirmed at night offers to wait for the workers' morning: the tests confirm theirs
    at noon in Kazakhstan, whenever they run, unless a test chooses the hour itself."""
    noon = datetime.now(timezone.utc).replace(hour=7, minute=0, second=0, microsecond=0)  # 12:00 UTC+5
    monkeypatch.setattr(officer_broadcast, "now", lambda: noon)


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
