"""Running the bot: the composition root.

`create_runtime` builds every process-wide object once (database, bot, dispatcher, delivery loop,
scheduler, metrics) through the factories the tests use too; `run_polling` and `run_webhook` start it,
and both stop cleanly on SIGTERM or Ctrl-C: the scheduler stops, the delivery loop finishes the
messages in flight and gives the rest back to the outbox, the database is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from dataclasses import dataclass, field

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError
from aiogram.client.session.base import BaseSession
from apscheduler.schedulers.asyncio import AsyncIOScheduler

import matching
from bot.commands import set_default_commands
from bot.delivery import DeliveryLoop
from bot.factory import Database, create_bot, create_database, create_dispatcher
from bot.i18n import I18n
from bot.memory import release_periodically
from bot.metrics import Metrics, health_check
from bot.officer_commands import set_all_officer_commands
from bot.backends import create_fsm_storage, create_rate_limiter
from bot.scheduler import create_scheduler
from bot.services.vacancies import catalog_for
from bot.settings import Settings
from db.migrate_process import upgrade_database

log = logging.getLogger("jobbot")


class StartupError(RuntimeError):
    """The bot cannot start for a reason the operator must fix (token, network); no traceback needed."""


@dataclass
class Runtime:
    settings: Settings
    database: Database
    bot: Bot
    dispatcher: Dispatcher
    i18n: I18n
    delivery: DeliveryLoop
    scheduler: AsyncIOScheduler
    metrics: Metrics
    _delivery_task: asyncio.Task[None] | None = field(default=None, repr=False)
    _memory_task: asyncio.Task[None] | None = field(default=None, repr=False)

    def delivery_alive(self) -> bool:
        return self._delivery_task is not None and not self._delivery_task.done()

    async def on_startup(self) -> None:
        """Everything that runs beside update handling starts with the dispatcher."""
        await warm_up(self.database)
        await set_default_commands(self.bot, self.i18n)
        await set_all_officer_commands(self.bot, self.database.sessionmaker, self.settings, self.i18n)
        self._delivery_task = asyncio.create_task(self.delivery.run(), name="delivery")
        self._memory_task = asyncio.create_task(release_periodically(), name="release-memory")
        self.scheduler.start()
        log.info("scheduler and delivery loop started")

    async def on_shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.delivery.stop()
        if self._delivery_task is not None:
            await self._delivery_task
        if self._memory_task is not None:
            self._memory_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._memory_task
        close = getattr(self.delivery.limiter, "close", None)
        if close is not None:
            await close()


def create_runtime(settings: Settings, session: BaseSession | None = None) -> Runtime:
    database = create_database(settings)
    bot = create_bot(settings, session)
    i18n = I18n()
    storage = create_fsm_storage(settings, database.sessionmaker)
    # With Redis, one user's updates are kept in order across replicas too.
    isolation = storage.create_isolation() if settings.redis_url else None  # type: ignore[attr-defined]
    dispatcher = create_dispatcher(
        settings=settings, sessionmaker=database.sessionmaker, i18n=i18n, storage=storage,
        isolation=isolation,
    )
    delivery = DeliveryLoop(bot, database.sessionmaker, settings, worker_id=settings.replica_id)
    delivery.limiter = create_rate_limiter(settings)
    metrics = Metrics()
    metrics.install(dispatcher)
    metrics.watch_delivery(delivery)
    metrics.watch_outbox(database.sessionmaker)
    scheduler = create_scheduler(
        settings=settings, bot=bot, sessionmaker=database.sessionmaker, i18n=i18n
    )
    runtime = Runtime(settings, database, bot, dispatcher, i18n, delivery, scheduler, metrics)
    dispatcher.startup.register(runtime.on_startup)
    dispatcher.shutdown.register(runtime.on_shutdown)
    return runtime


async def _prepare(settings: Settings, session: BaseSession | None) -> Runtime:
    settings.require_token()
    runtime = create_runtime(settings, session)
    applied = await upgrade_database(runtime.database.engine)
    if applied:
        log.info("applied migrations: %s", ", ".join(applied))
    try:
        me = await runtime.bot.me()  # kept: a vacancy card's Share link needs the username
    except TelegramAPIError as error:  # a wrong token, or no way out to the Bot API: say which, plainly
        await _close(runtime)
        raise StartupError(f"cannot reach the Bot API at {settings.bot_api_url}: {error}") from None
    log.info(
        "connected: bot @%s (id %s) via %s, database %s%s",
        me.username, me.id, settings.bot_api_url, settings.safe_database_url(),
        ", redis" if settings.redis_url else "",
    )
    return runtime


async def run_polling(settings: Settings, session: BaseSession | None = None) -> None:
    """Long polling; returns after SIGTERM or Ctrl-C."""
    runtime = await _prepare(settings, session)
    try:
        # Telegram refuses getUpdates while a webhook is set (a bot moved back from webhook mode would
        # loop on "Conflict"); the updates waiting for the webhook are kept and polled instead.
        await runtime.bot.delete_webhook(drop_pending_updates=False)
        await runtime.dispatcher.start_polling(
            runtime.bot,
            allowed_updates=runtime.dispatcher.resolve_used_update_types(),
            handle_signals=True,
        )
    finally:
        await _close(runtime)


async def run_webhook(settings: Settings, session: BaseSession | None = None) -> None:
    """aiogram's webhook server behind WEBHOOK_URL, with /healthz and /metrics; returns on SIGTERM."""
    from bot.webhook import build_webhook_app, register_webhook, serve

    runtime = await _prepare(settings, session)
    try:
        health = health_check(runtime.database.engine, delivery_alive=runtime.delivery_alive)
        app = build_webhook_app(
            dispatcher=runtime.dispatcher, bot=runtime.bot, settings=settings,
            health=health, metrics=runtime.metrics,
        )
        async def register() -> None:
            try:
                await register_webhook(runtime.bot, runtime.dispatcher, settings)
            except TelegramAPIError as error:
                raise StartupError(f"Telegram refused the webhook {settings.webhook_url}: {error}") from None

        await serve(app, host=settings.webhook_host, port=settings.webhook_port, listening=register)
    finally:
        await _close(runtime)


async def _close(runtime: Runtime) -> None:
    await runtime.bot.session.close()
    await runtime.database.engine.dispose()
    log.info("stopped")


async def warm_up(database: Database) -> None:
    """Load what the first updates would otherwise wait for, then take it out of the collector's sight."""
    _warm_matching()
    await _warm_catalog(database)
    _freeze_heap()


def _warm_matching() -> None:
    """Load the occupation taxonomy before the first worker waits for it."""
    started = time.perf_counter()
    matching.suggest_occupations("welder")
    log.info("occupation index ready in %.1f s", time.perf_counter() - started)


async def _warm_catalog(database: Database) -> None:
    """Load the open vacancies once, so the first /jobs answers as fast as the next ones."""
    started = time.perf_counter()
    async with database.sessionmaker() as session:
        vacancies = await catalog_for(database.engine).open_vacancies(session)
    log.info("%d open vacancies loaded in %.1f s", len(vacancies), time.perf_counter() - started)


def _freeze_heap() -> None:
    """Move everything loaded so far (the occupation index, the libraries, the catalog) out of the garbage
    collector's generations. They live as long as the process; left in, every full collection walks all
    of them again, a pause of tens of milliseconds that stalls every update in flight."""
    gc.collect()
    gc.freeze()
