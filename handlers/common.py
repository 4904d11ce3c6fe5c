"""Commands that work anywhere, even in the middle of a question: /help, /cancel, /delete."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.i18n import Translator
from bot.officer_commands import OFFICER_COMMANDS
from bot.services.profiles import ProfileService
from db.models import User
from handlers import keyboards
from handlers.callbacks import DeleteCb
from handlers.officer import OfficerForm
from handlers.officer_broadcast import BroadcastForm
from handlers.officer_status import SetStatusForm
from handlers.replies import replace
from handlers.start import Onboarding


def make_router() -> Router:
    router = Router(name="common")
    router.message.register(help_command, Command("help"))
    router.message.register(cancel, Command("cancel"))
    router.message.register(cancel, F.text.func(matching.says_cancel))  # «отмена» typed at any step
    router.message.register(delete_command, Command("delete"))
    router.callback_query.register(delete_confirmed, DeleteCb.filter())
    return router


async def help_command(message: Message, t: Translator, is_officer: bool) -> None:
    await message.answer(help_text(t, is_officer))


def help_text(t: Translator, is_officer: bool) -> str:
    """What the bot does; for an officer, their own commands and files too (their menu shows the
    commands, but not what a file sent to the bot does)."""
    if not is_officer:
        return t("help")
    commands = "\n".join(f"/{name} — {t(f'cmd-{name}')}" for name in OFFICER_COMMANDS)
    return (
        f"{t('help')}\n\n{t('help-officer-header')}\n{commands}\n{t('help-officer-files')}\n{t('help-officer-words')}"
    )


async def cancel(message: Message, state: FSMContext, user: User | None, t: Translator) -> None:
    current = await state.get_state()
    if current is not None and current in Onboarding:  # before consent: nothing was saved, nothing is kept
        await state.clear()
        await message.answer(t("consent-declined"))
        return
    await state.set_state(None)
    await state.set_data({})
    await message.answer(t(_cancelled_key(current, user)), reply_markup=keyboards.REMOVE)


def _cancelled_key(current: str | None, user: User | None) -> str:
    """An officer stopping an announcement or a status change hears that nothing went out or changed,
    not the worker's "your profile is kept" (an officer may have no profile at all)."""
    if current is None:
        return "nothing-to-cancel"
    if current in BroadcastForm:
        return "broadcast-cancelled"
    if current in SetStatusForm or current in OfficerForm or user is None:
        return "setstatus-cancelled"
    return "cancelled"


async def delete_command(message: Message, user: User | None, t: Translator) -> None:
    if user is None:
        await message.answer(t("delete-nothing"))
        return
    await message.answer(t("delete-confirm"), reply_markup=keyboards.confirm_delete(t))


async def delete_confirmed(
    query: CallbackQuery, callback_data: DeleteCb, state: FSMContext, session: AsyncSession,
    user: User | None, t: Translator, bot: Bot,
) -> None:
    await query.answer()
    if not callback_data.confirm:
        await replace(query, t("delete-kept"))
        return
    if user is None:
        await replace(query, t("delete-nothing"))
        return
    await ProfileService(session).erase(user.id)
    await state.clear()
    await state.storage.forget_user(user.id) if hasattr(state.storage, "forget_user") else None
    await replace(query, t("delete-done"))
