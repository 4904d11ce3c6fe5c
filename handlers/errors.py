"""The last word: unknown input gets a helpful answer, and an error never leaves a worker in silence."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, ErrorEvent, Message

from bot.commands import WORKER_COMMANDS, guess_command
from bot.i18n import I18n, Translator, language_from_telegram
from bot.officer_commands import OFFICER_COMMANDS
from db.models import User
from handlers.start import welcome_stranger

log = logging.getLogger(__name__)


def make_fallback_router() -> Router:
    """Included last, so it only sees what no other router wanted."""
    router = Router(name="fallback")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(unknown_message)
    router.callback_query.register(outdated_button)
    return router


def make_error_router(i18n: I18n) -> Router:
    router = Router(name="errors")

    async def on_error(event: ErrorEvent, bot: Bot, t: Translator | None = None) -> None:
        update = event.update
        log.error("update %s failed: %r", update.update_id, event.exception, exc_info=event.exception)
        source = update.message or update.callback_query or update.edited_message
        user = getattr(source, "from_user", None)
        if user is None:
            return
        t = t or i18n.translator(language_from_telegram(user.language_code))
        try:
            if update.callback_query is not None:
                await bot.answer_callback_query(update.callback_query.id, t("error-internal"), show_alert=True)
            else:
                await bot.send_message(user.id, t("error-internal"))
        except Exception:  # the apology itself failed (e.g. blocked); the log already has the error
            log.warning("could not tell user about failed update %s", update.update_id)

    router.errors.register(on_error)
    return router


async def unknown_command(message: Message, user: User | None, t: Translator, is_officer: bool) -> None:
    """A slip ("/job", "/halp") or a command in the worker's words («/вакансии»): the one they meant."""
    if user is None and not is_officer:
        await message.answer(t("need-start"))
        return
    known = WORKER_COMMANDS + OFFICER_COMMANDS if is_officer else WORKER_COMMANDS
    meant = guess_command(message.text or "", known)
    await message.answer(t("unknown-command-guess", command=f"/{meant}") if meant else t("unknown-command"))


async def unknown_message(
    message: Message, state: FSMContext, user: User | None, lang: str, t: Translator,
    is_officer: bool,
) -> None:
    if user is None:
        await welcome_stranger(message, state, lang, t, is_officer)
    else:
        await message.answer(t("not-understood"))


async def outdated_button(query: CallbackQuery, t: Translator) -> None:
    await query.answer(t("button-outdated"), show_alert=True)
