"""The officers' command menu: worker commands plus officer tools, set per chat so workers never see them.

Telegram keeps one menu per scope; `BotCommandScopeChat` for an officer's chat wins over the default
menu, so a worker's menu stays short while an officer's lists everything they can do.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.types import BotCommand
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.commands import set_chat_menu, worker_commands
from bot.i18n import DEFAULT_LANGUAGE, I18n, Translator
from bot.services.officers import all_officer_ids
from bot.settings import Settings
from db.models import User

log = logging.getLogger(__name__)

OFFICER_COMMANDS: tuple[str, ...] = ("broadcast", "stats", "export", "audit", "officers", "setstatus", "link")


def officer_commands(t: Translator) -> list[BotCommand]:
    return worker_commands(t) + [
        BotCommand(command=name, description=t(f"cmd-{name}")) for name in OFFICER_COMMANDS
    ]


async def set_officer_commands(bot: Bot, chat_id: int, t: Translator) -> bool:
    """Show the officer menu in this chat; False when Telegram refused (e.g. they never opened the bot)."""
    return await set_chat_menu(bot, chat_id, officer_commands(t))


async def set_all_officer_commands(
    bot: Bot, sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, i18n: I18n
) -> int:
    """At start-up: every officer's menu in their language; returns how many were set."""
    async with sessionmaker() as session:
        ids = await all_officer_ids(session, settings.officer_ids)
        languages = dict(
            (await session.execute(select(User.id, User.language).where(User.id.in_(sorted(ids))))).all()
        )
    done = 0
    for chat_id in sorted(ids):
        t = i18n.translator(languages.get(chat_id, DEFAULT_LANGUAGE))
        done += await set_officer_commands(bot, chat_id, t)
    return done
