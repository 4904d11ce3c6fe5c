"""First contact: language, consent to the processing of personal data, then the profile wizard."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject, CommandStart, StateFilter
from aiogram.methods import SendMessage
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.commands import set_chat_commands
from bot.officer_commands import set_officer_commands
from bot.i18n import I18n, Translator, language_asked, language_named
from bot.services.profiles import ProfileService
from bot.settings import Settings
from db.models import User
from handlers import keyboards
from handlers.callbacks import ConsentCb, LanguageCb
from handlers.jobs import vacancy_card, vacancy_from_deep_link
from handlers.profile import ask_again, begin_wizard, resume_wizard
from handlers.replies import replace


class Onboarding(StatesGroup):
    """The two screens before consent. Remembered so that a worker who types instead of pressing a
    button is answered for the screen they are on, not told to send /start they have just sent."""

    language = State()
    consent = State()


def make_router() -> Router:
    router = Router(name="start")
    router.message.register(start, CommandStart())
    router.message.register(language_command, Command("language"))
    # /jobs, /status, /profile or /alerts before /start: the first screen at once, as for a «привет».
    router.message.register(welcome_stranger, Command("jobs", "status", "profile", "alerts"), _stranger)
    # «қазақша», «на русском, пожалуйста», "english please" typed by a worker: what the button would do.
    router.message.register(typed_language, StateFilter(None), F.text.func(language_asked).as_("code"))
    router.callback_query.register(choose_language, LanguageCb.filter())
    router.callback_query.register(consent, ConsentCb.filter())
    not_command = ~F.text.startswith("/")
    router.message.register(typed_on_language_screen, StateFilter(Onboarding.language), not_command)
    router.message.register(typed_on_consent_screen, StateFilter(Onboarding.consent), not_command)
    return router


async def start(
    message: Message, command: CommandObject, state: FSMContext, session: AsyncSession, user: User | None,
    lang: str, t: Translator, bot: Bot, settings: Settings, is_officer: bool,
) -> SendMessage | None:
    shared = await _shared_vacancy(message, command, session, user, t, bot, settings)
    if user is None:
        if shared:
            await message.answer(t("vacancy-link-register"))
        await _ask_language(message, state, lang, t("choose-language"))
        return
    if not user.is_active:
        user.is_active = True  # a worker who blocked the bot and came back
    if shared and await state.get_state() is None:
        return None  # the card is the answer; "welcome back" under it would only push it up the screen
    if is_officer and await _officer_without_profile(message.chat.id, state, session):
        return SendMessage(chat_id=message.chat.id, text=t("officer-greeting"))
    return await resume_wizard(bot, message.chat.id, state, session, t)


async def _officer_without_profile(user_id: int, state: FSMContext, session: AsyncSession) -> bool:
    """An officer who never began a worker's profile: /start greets them with their tools rather than
    asking for their name, which would hold every message they type as an answer to it. An officer who
    fills a profile of their own (to see the bot as workers do) goes on with it."""
    if await state.get_state() is not None:
        return False
    profile = await ProfileService(session).own_fields(user_id)
    return profile.completed_at is None and profile.full_name is None


async def _stranger(message: Message, user: User | None = None) -> bool:
    return user is None


async def welcome_stranger(
    message: Message, state: FSMContext, lang: str, t: Translator, is_officer: bool
) -> None:
    """Someone who writes before /start («привет», «есть работа?», a sticker) is greeted and shown the
    first screen, as /start would: being told to send /start would cost them a step for nothing. An
    officer named in the settings has no profile to begin, and whatever they were doing stays as it was."""
    if is_officer:
        await message.answer(t("need-start"))
        return
    await _ask_language(message, state, lang, f"{t('stranger-welcome')}\n\n{t('choose-language')}")


async def _ask_language(message: Message, state: FSMContext, lang: str, text: str) -> None:
    await state.set_state(Onboarding.language)
    await state.set_data({"lang": lang})
    await message.answer(text, reply_markup=keyboards.languages(lang))


async def _shared_vacancy(
    message: Message, command: CommandObject, session: AsyncSession, user: User | None, t: Translator,
    bot: Bot, settings: Settings,
) -> bool:
    """A link someone shared (t.me/<bot>?start=v<id>) opens the vacancy's card first; True when shown."""
    vacancy_id = vacancy_from_deep_link(command.args)
    if vacancy_id is None:
        return False
    card = await vacancy_card(session, vacancy_id, user, t, settings, bot)
    if card is None:
        await message.answer(t("vacancy-unavailable"))
        return False
    await message.answer(card[0], reply_markup=card[1])
    return True


async def language_command(message: Message, lang: str, t: Translator) -> None:
    await message.answer(t("choose-language"), reply_markup=keyboards.languages(lang))


async def typed_language(
    message: Message, code: str, user: User | None, i18n: I18n, bot: Bot, is_officer: bool
) -> None:
    if user is None:
        raise SkipHandler  # a newcomer is shown the first screen, where the language is chosen
    t = i18n.translator(code)
    user.language = t.lang
    await message.answer(t("language-set"))
    await _menu(bot, message.chat.id, t, is_officer)


async def choose_language(
    query: CallbackQuery, callback_data: LanguageCb, state: FSMContext, user: User | None,
    i18n: I18n, bot: Bot, is_officer: bool,
) -> None:
    t = i18n.translator(callback_data.code)
    if user is None:
        await _ask_consent(state, t)
        await replace(query, t("consent-notice"), keyboards.consent(t))
        await query.answer()
        return
    user.language = t.lang
    await replace(query, t("language-set"))
    await _menu(bot, query.from_user.id, t, is_officer)
    await query.answer()
    await ask_again(bot, query.from_user.id, state, t)


async def typed_on_language_screen(
    message: Message, state: FSMContext, lang: str, t: Translator, i18n: I18n
) -> None:
    """A language typed by name ("русский", "қазақша") is chosen; a question answered before registration
    («платить надо?», «где посольство?») is answered; anything else gets the buttons again."""
    named = language_named(message.text)
    if named is None and matching.small_talk(message.text or "") in matching.OPEN_TO_EVERYONE:
        raise SkipHandler
    if named is None:
        await message.answer(t("choose-language"), reply_markup=keyboards.languages(lang))
        return
    t = i18n.translator(named)
    await _ask_consent(state, t)
    await message.answer(t("consent-notice"), reply_markup=keyboards.consent(t))


async def typed_on_consent_screen(message: Message, t: Translator) -> None:
    """Consent is given with its button only, so that what was agreed to is never in doubt; the
    buttons come again under the reminder, one tap away."""
    await message.answer(t("expect-consent"), reply_markup=keyboards.consent(t))


async def _ask_consent(state: FSMContext, t: Translator) -> None:
    await state.set_state(Onboarding.consent)
    await state.update_data(lang=t.lang)


async def consent(
    query: CallbackQuery, callback_data: ConsentCb, state: FSMContext, session: AsyncSession,
    user: User | None, lang: str, t: Translator, is_officer: bool, bot: Bot,
) -> None:
    if user is not None:
        await query.answer(t("already-registered"))
        return
    if not callback_data.agree:
        await state.clear()  # nothing about this person stays behind
        await replace(query, t("consent-declined"))
        await query.answer()
        return
    await ProfileService(session).register(query.from_user.id, lang, officer=is_officer)
    await replace(query, t("consent-accepted"))
    await query.answer()
    await _menu(bot, query.from_user.id, t, is_officer)
    if is_officer:  # their tools, not a worker's questions (a profile of their own stays open: /profile)
        await state.clear()
        await bot.send_message(query.from_user.id, t("officer-greeting"))
        return
    await begin_wizard(bot, query.from_user.id, state, t)


async def _menu(bot: Bot, chat_id: int, t: Translator, is_officer: bool) -> None:
    """The command menu in the chosen language; officers keep their officer commands in it."""
    if is_officer:
        await set_officer_commands(bot, chat_id, t)
    else:
        await set_chat_commands(bot, chat_id, t)
