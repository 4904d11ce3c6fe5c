"""The command menu, in each worker's language."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from rapidfuzz import fuzz, process

from bot.i18n import DEFAULT_LANGUAGE, I18n, LANGUAGES, Translator

log = logging.getLogger(__name__)

WORKER_COMMANDS: tuple[str, ...] = (
    "start", "jobs", "status", "alerts", "profile", "rights", "language", "help", "delete", "cancel",
)


# Commands typed by their meaning in the worker's words («/вакансии», «/көмек», "/work"): Telegram lets
# anyone type a command in any alphabet, though a menu can only hold Latin ones.
_COMMAND_WORDS = {
    "jobs": "вакансии вакансия работа жұмыс босорын vacancies vacancy vakansii work",
    "status": "статус заявки заявка өтінім өтінімдер applications application",
    "alerts": "уведомления уведомление хабарландыру хабарландырулар notifications",
    "profile": "профиль анкета профайл",
    "rights": "права құқық құқықтар",
    "language": "язык тіл lang рус русский қазақша казахский каз english eng",
    "help": "помощь помогите көмек меню menu",
    "delete": "удалить өшіру",
    "cancel": "отмена отменить бастарту",
    "start": "старт начать бастау",
}
_WORDS_TO_COMMANDS = {word: name for name, words in _COMMAND_WORDS.items() for word in words.split()}
GUESS_MIN_SIMILARITY = 70  # "/job", "/jbos", "/halp", "/profil" are one slip from their command


def guess_command(typed: str, known: Sequence[str]) -> str | None:
    """The command a mistyped one meant ("/job" → "jobs", «/вакансии» → "jobs"); None when nothing is
    close. Only commands in `known` are guessed (a worker is never pointed to an officer's)."""
    word = typed.lstrip("/").split(maxsplit=1)[0].split("@", 1)[0].lower() if typed.strip("/ ") else ""
    if not word:
        return None
    meant = _WORDS_TO_COMMANDS.get(word)
    if meant in known:
        return meant
    begun = [name for name in known if len(word) >= 3 and name.startswith(word)]
    if begun:  # "/stat" is /status begun (or an officer's /stats), though "start" is as near letter by letter
        return max(begun, key=lambda name: fuzz.ratio(word, name))
    found = process.extractOne(word, list(known), scorer=fuzz.ratio, score_cutoff=GUESS_MIN_SIMILARITY)
    return found[0] if found else None


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
