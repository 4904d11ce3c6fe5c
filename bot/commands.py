"""The command menu, in each worker's language."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault

from bot.i18n import DEFAULT_LANGUAGE, I18n, LANGUAGES, Translator

log = logging.getLogger(__name__)

WORKER_COMMANDS: tuple[str, ...] = (
    "start", "jobs", "status", "alerts", "profile", "rights", "language", "help", "delete", "cancel",
)


def worker_commands(t: Translator) -> list[BotCommand]:
    return [BotCommand(command=name, description=t(f"cmd-{name}")) for name in WORKER_COMMANDS]


async def set_default_commands(bot: Bot, i18n: I18n) -> None:
    """One menu per Telegram app language, and Russian for every other language."""
    for lang in LANGUAGES:
        await bot.set_my_commands(worker_commands(i18n.translator(lang)), language_code=lang)
    await bot.set_my_commands(
        worker_commands(i18n.translator(DEFAULT_LANGUAGE)), scope=BotCommandScopeDefault()
    )


async def set_chat_commands(bot: Bot, chat_id: int, t: Translator) -> bool:
    """The language a worker chose in the bot wins over their phone's language."""
    return await set_chat_menu(bot, chat_id, worker_commands(t))


async def set_chat_menu(bot: Bot, chat_id: int, commands: list[BotCommand]) -> bool:
    """One chat's menu; False when Telegram refused (e.g. the user never opened the bot)."""
    try:
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id=chat_id))
    except TelegramAPIError as error:
        log.warning("a chat's menu not set: %s", error.message)
        return False
    return True
