"""Running the bot: migrate, connect, poll, and stop cleanly on SIGTERM or Ctrl-C."""

from __future__ import annotations

import logging

from aiogram.client.session.base import BaseSession

from bot.commands import set_default_commands
from bot.factory import create_bot, create_database, create_dispatcher
from bot.i18n import I18n
from bot.settings import Settings
from db.migrate import upgrade

log = logging.getLogger("jobbot")


async def run_polling(settings: Settings, session: BaseSession | None = None) -> None:
    """The whole life of the bot in long-polling mode; returns after a signal stops polling."""
    settings.require_token()
    database = create_database(settings)
    bot = create_bot(settings, session)
    try:
        applied = await upgrade(database.engine)
        if applied:
            log.info("applied migrations: %s", ", ".join(applied))
        i18n = I18n()
        dispatcher = create_dispatcher(settings=settings, sessionmaker=database.sessionmaker, i18n=i18n)
        me = await bot.get_me()
        log.info(
            "connected: bot @%s (id %s) via %s, database %s",
            me.username, me.id, settings.bot_api_url, settings.safe_database_url(),
        )
        await set_default_commands(bot, i18n)
        await dispatcher.start_polling(
            bot, allowed_updates=dispatcher.resolve_used_update_types(), handle_signals=True
        )
    finally:
        await bot.session.close()
        await database.engine.dispose()
        log.info("stopped")
