"""The command menu, in each worker's language."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault

from bot.i18n import DEFAULT_LANGUAGE, I18n, LANGUAGES, Translator

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


async def set_chat_commands(bot: Bot, chat_id: int, t: Translator) -> None:
    """The language a worker chose in the bot wins over their phone's language."""
    await bot.set_my_commands(worker_commands(t), scope=BotCommandScopeChat(chat_id=chat_id))
