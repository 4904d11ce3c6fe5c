"""A registered worker changes a field of the profile by writing it: «поменяй регион на Алматы», «мой новый
номер 87011234567», "change my salary to 2500", «аймағымды Алматыға ауыстырыңыз» (read by
`bot.profile_words`). The bot shows what will change and saves it only when the worker presses Save: a
message misread, or sent by mistake, must never change where the ministry calls or which vacancies come.
A trade («добавь профессию электрик») goes through the profile editor's own choice of occupations, and one
to be taken off («я больше не сварщик») to the editor's remove buttons.

The change waiting is kept in the conversation's data under the id of the message that asked it; its
buttons carry that id, so a button under an older request, or one made up, changes nothing."""

from __future__ import annotations

from decimal import Decimal

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import money
from bot.i18n import Translator
from bot.profile_words import ProfileChange, read_change
from bot.services.profiles import ProfileService
from db.models import Profile, User
from handlers import keyboards
from handlers.callbacks import ProfileWordsCb
from handlers.profile import offer_occupation, offer_removal
from handlers.replies import replace

PENDING = "pw"  # the key of the change waiting in the conversation's data
COLUMNS = {"name": "full_name", "phone": "phone", "region": "region", "salary": "min_salary",
           "languages": "languages"}


def make_router() -> Router:
    """Included before the search and the chat, which would otherwise point the worker to /profile."""
    router = Router(name="profile_words")
    router.message.register(
        asked_to_change, StateFilter(None), _from_a_worker, ~F.text.startswith("/"),
        F.text.func(read_change).as_("change"),
    )
    router.callback_query.register(confirmed, ProfileWordsCb.filter())
    return router


def _from_a_worker(message: Message, user: User | None = None, is_officer: bool = False) -> bool:
    """Only a registered worker has a profile to change; anyone else gets the answers they had."""
    return user is not None and not is_officer


async def asked_to_change(
    message: Message, change: ProfileChange, state: FSMContext, session: AsyncSession, user: User,
    t: Translator, bot: Bot,
) -> None:
    if change.field == "occupation" and change.removes:
        await offer_removal(bot, user.id, state, session, t)
        return
    if change.field == "occupation":
        await offer_occupation(bot, user.id, state, session, t, str(change.value))
        return
    profile = await ProfileService(session).own_fields(user.id)
    old = _current(profile, change.field)
    new = _new(change, old)
    field = t(f"pw-field-{change.field}")
    if new == old:
        await message.answer(t("pw-same", field=field, new=_shown(t, change.field, new)))
        return
    await state.update_data({PENDING: {"id": message.message_id, "field": change.field, "value": new}})
    text = t("pw-confirm", field=field, old=_shown(t, change.field, old), new=_shown(t, change.field, new))
    await message.answer(text, reply_markup=keyboards.confirm_profile_change(t, message.message_id))


async def confirmed(
    query: CallbackQuery, callback_data: ProfileWordsCb, state: FSMContext, session: AsyncSession,
    user: User | None, t: Translator,
) -> None:
    pending = (await state.get_data()).get(PENDING) if user is not None else None
    if user is None or not pending or pending.get("id") != callback_data.id:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await state.update_data({PENDING: None})
    await query.answer()
    if not callback_data.save:
        await replace(query, t("pw-cancelled"))
        return
    field, value = pending["field"], pending["value"]
    stored = Decimal(value) if field == "salary" else value
    await ProfileService(session).update(user.id, **{COLUMNS[field]: stored})
    await replace(query, t("pw-saved", field=t(f"pw-field-{field}"), new=_shown(t, field, value)))


def _current(profile: Profile, field: str) -> str | list[str] | None:
    """The field as it is now, in the plain form kept in the conversation's data."""
    value = getattr(profile, COLUMNS[field])
    if field == "salary":
        return _plain_amount(value) if value is not None else None
    if field == "languages":
        return list(value or [])
    return value


def _new(change: ProfileChange, old: str | list[str] | None) -> str | list[str]:
    """The new value in the same plain form; languages added («добавь английский») join those held."""
    if change.field == "languages":
        codes = list(change.value) if isinstance(change.value, tuple) else []
        held = list(old or []) if change.adds else []
        return held + [code for code in codes if code not in held]
    if change.field == "salary":
        return _plain_amount(change.value)
    return str(change.value)


def _plain_amount(value: object) -> str:
    """An amount of riyals as kept in the conversation's data, to the cent, so old and new compare."""
    return str(Decimal(str(value)).quantize(Decimal("0.01")))


def _shown(t: Translator, field: str, value: str | list[str] | None) -> str:
    """A value as the profile card shows it; nothing yet reads as the card's "not set"."""
    if not value:
        return t("profile-not-set")
    if field == "region":
        return t(f"region-{value}")
    if field == "salary":
        return money(Decimal(str(value)), "QAR", t.lang)
    if field == "languages":
        return ", ".join(t(f"spoken-{code}") for code in value)
    return str(value)
