"""A registered worker changes a field of the profile by writing it: «поменяй регион на Алматы», «мой новый
номер 87011234567», "change my salary to 2500", «аймағымды Алматыға ауыстырыңыз» (read by
`bot.profile_words`). The bot shows what will change and saves it only when the worker presses Save: a
message misread, or sent by mistake, must never change where the ministry calls or which vacancies come.
A trade («добавь профессию электрик») goes through the profile editor's own choice of occupations, one
to be taken off («я больше не сварщик») to the editor's remove buttons, and one replaced («смените
профессию на водителя») to the same choice, saved in the place of the old one. The years of experience
grown («уже 7 лет опыта») and a trade to replace are asked for one trade: where the worker holds several
and names none, the bot asks which with one button a trade.

The change waiting is kept in the conversation's data under the id of the message that asked it; its
buttons carry that id, so a button under an older request, or one made up, changes nothing."""

from __future__ import annotations

from decimal import Decimal

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot import validation
from bot.cards import money
from bot.i18n import Translator
from bot.profile_words import ProfileChange, asked_beside, read_change
from bot.services.profiles import ProfileService
from db.models import Profile, ProfileOccupation, User
from handlers import keyboards
from handlers.callbacks import ProfileWordsCb
from handlers.profile import offer_occupation, offer_removal, offer_replacement
from handlers.render import occupation_title
from handlers.replies import replace

PENDING = "pw"  # the key of the change waiting in the conversation's data
COLUMNS = {"name": "full_name", "phone": "phone", "region": "region", "salary": "min_salary",
           "languages": "languages", "qualifications": "qualifications"}


def make_router() -> Router:
    """Included before the search and the chat, which would otherwise point the worker to /profile."""
    router = Router(name="profile_words")
    router.message.register(
        asked_to_change, StateFilter(None), _from_a_worker, ~F.text.startswith("/"), _answers_riyals_asked,
    )
    router.message.register(
        asked_to_change, StateFilter(None), _from_a_worker, ~F.text.startswith("/"),
        F.text.func(read_change).as_("change"),
    )
    router.callback_query.register(confirmed, ProfileWordsCb.filter())
    return router


def _from_a_worker(message: Message, user: User | None = None, is_officer: bool = False) -> bool:
    """Only a registered worker has a profile to change; anyone else gets the answers they had."""
    return user is not None and not is_officer


# Set when the bot asked for a month's pay in riyals (one said in tenge or by the hour), so that the sum the
# worker sends next, bare («2500», «ну 3000 тогда»), answers that question.
RIYALS_ASKED = "pw_riyals"
# A bare sum is short: a longer message that holds a number is read as any other.
_BARE_PAY_WORDS = 5


async def _answers_riyals_asked(message: Message, state: FSMContext) -> dict[str, ProfileChange] | bool:
    """The pay change a bare sum makes right after the bot asked for the pay in riyals; False otherwise."""
    if not (await state.get_data()).get(RIYALS_ASKED):
        return False
    change = _bare_pay(message.text or "")
    return {"change": change} if change is not None else False


def _bare_pay(text: str) -> ProfileChange | None:
    """A month's pay and little else («2500», «3000 риалов», "ok 2800", «800 долларов»): in riyals as the
    wizard reads them, or in dollars at the fixed rate; None for a longer message or no sum."""
    if len(text.split()) > _BARE_PAY_WORDS:
        return None
    try:
        return ProfileChange("salary", validation.salary(text))
    except validation.InvalidInput:
        dollars = validation.in_dollars(text)
    return ProfileChange("salary", dollars[1], dollars=dollars[0]) if dollars is not None else None


async def asked_to_change(
    message: Message, change: ProfileChange, state: FSMContext, session: AsyncSession, user: User,
    t: Translator, bot: Bot,
) -> None:
    asks_riyals = change.field == "salary" and change.value is None and not change.removes
    await state.update_data({RIYALS_ASKED: asks_riyals})
    if change.field == "occupation" and change.removes:
        await offer_removal(bot, user.id, state, session, t)
        return
    if change.field == "occupation" and change.replaces:
        await _replace_trade(message, change, state, session, user, t, bot)
        return
    if change.field == "occupation":
        await offer_occupation(bot, user.id, state, session, t, str(change.value))
        return
    if change.field == "years":
        await _offer_years(message, int(str(change.value)), state, session, user, t)
        return
    if change.field == "salary" and change.value is None:  # in tenge or by the hour: a month's riyals asked
        await message.answer(t("profile-words-salary-in-riyals"))
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
    if asked_beside(message.text):  # «переехал в Актобе, есть там вакансии?»: the change first, the search after
        text += "\n\n" + t("pw-asked-after")
    if change.dollars is not None:  # the sum the worker wrote, and the riyals the profile will keep
        text = t("profile-words-dollars", dollars=money(change.dollars, "USD", t.lang),
                 riyals=_shown(t, "salary", new)) + "\n" + text
    await message.answer(text, reply_markup=keyboards.confirm_profile_change(t, message.message_id))


async def _trades(session: AsyncSession, user_id: int) -> list[ProfileOccupation]:
    profile = await ProfileService(session).profile(user_id)
    return sorted(profile.occupations, key=lambda occupation: occupation.position)


async def _replace_trade(
    message: Message, change: ProfileChange, state: FSMContext, session: AsyncSession, user: User,
    t: Translator, bot: Bot,
) -> None:
    """The one trade held, or the one named («со сварщика на …»), is replaced through the choice of
    occupations; of several with none named, the worker presses the one to replace first."""
    trades = await _trades(session, user.id)
    position = 1 if len(trades) == 1 else _named_trade(trades, change.old)
    if position is not None or not trades:
        await offer_replacement(bot, user.id, state, session, t, str(change.value), position or 1)
        return
    await state.update_data({PENDING: {"id": message.message_id, "field": "occupation", "value": str(change.value)}})
    titles = [occupation_title(t, trade) for trade in trades]
    await message.answer(t("pw-occupation-replace-which", new=str(change.value)),
                         reply_markup=keyboards.trade_for_profile_change(t, message.message_id, titles))


def _named_trade(trades: list[ProfileOccupation], words: str | None) -> int | None:
    """The position of the trade held that the worker's words name, if any."""
    if not words:
        return None
    found = matching.suggest_occupations(words, limit=1)
    code = found[0].code if found else None
    for trade in trades:
        if (code and trade.isco_code == code) or trade.raw_text.casefold() == words.casefold():
            return trade.position
    return None


async def _offer_years(
    message: Message, years: int, state: FSMContext, session: AsyncSession, user: User, t: Translator
) -> None:
    """The years of the one trade held, shown and saved on Save; of several, the worker presses the trade."""
    trades = await _trades(session, user.id)
    new = t("pw-years", years=years)
    if not trades:
        await message.answer(t("pw-years-no-occupation"))
        return
    await state.update_data({PENDING: {"id": message.message_id, "field": "years", "value": years}})
    if len(trades) > 1:
        titles = [occupation_title(t, trade) for trade in trades]
        await message.answer(t("pw-years-which", new=new),
                             reply_markup=keyboards.trade_for_profile_change(t, message.message_id, titles))
        return
    field = t("pw-field-years", title=occupation_title(t, trades[0]))
    if trades[0].years == years:
        await state.update_data({PENDING: None})
        await message.answer(t("pw-same", field=field, new=new))
        return
    old = t("pw-years", years=trades[0].years) if trades[0].years is not None else t("profile-not-set")
    await message.answer(t("pw-confirm", field=field, old=old, new=new),
                         reply_markup=keyboards.confirm_profile_change(t, message.message_id))


async def _save_years(
    query: CallbackQuery, pending: dict, position: int, session: AsyncSession, user: User, t: Translator
) -> None:
    trades = await _trades(session, user.id)
    trade = next((trade for trade in trades if trade.position == (position or 1)), None)
    if trade is None or (position == 0 and len(trades) > 1):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await ProfileService(session).set_years(user.id, trade.position, int(pending["value"]))
    field = t("pw-field-years", title=occupation_title(t, trade))
    await replace(query, t("pw-saved", field=field, new=t("pw-years", years=int(pending["value"]))))


async def confirmed(
    query: CallbackQuery, callback_data: ProfileWordsCb, state: FSMContext, session: AsyncSession,
    user: User | None, t: Translator,
) -> None:
    pending = (await state.get_data()).get(PENDING) if user is not None else None
    if user is None or not pending or pending.get("id") != callback_data.id:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await state.update_data({PENDING: None})
    if not callback_data.save:
        await query.answer()
        await replace(query, t("pw-cancelled"))
        return
    field, value = pending["field"], pending["value"]
    if field == "years":
        await _save_years(query, pending, callback_data.pos, session, user, t)
        return
    if field == "occupation":  # the trade to replace, pressed among those held
        trades = await _trades(session, user.id)
        if not any(trade.position == callback_data.pos for trade in trades):
            await query.answer(t("button-outdated"), show_alert=True)
            return
        await query.answer()
        await offer_replacement(query.bot, user.id, state, session, t, str(value), callback_data.pos)
        return
    await query.answer()
    stored = Decimal(value) if field == "salary" and value is not None else value
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


def _new(change: ProfileChange, old: str | list[str] | None) -> str | list[str] | None:
    """The new value in the same plain form; languages added («добавь английский») join those held, those
    taken off («уберите турецкий») leave them, and a certificate got joins the qualifications written; a
    phone, a minimum pay or the certificates taken off leave the field empty."""
    if change.removes and change.field in ("phone", "salary", "qualifications"):
        return None
    if change.field == "languages":
        codes = list(change.value) if isinstance(change.value, tuple) else []
        if change.removes:
            return [code for code in old or [] if code not in codes]
        held = list(old or []) if change.adds else []
        return held + [code for code in codes if code not in held]
    if change.field == "qualifications" and old:
        new = str(change.value)
        return str(old) if new.casefold() in str(old).casefold() else f"{old}; {new}"
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
