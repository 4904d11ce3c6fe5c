"""The profile wizard and `/profile`: every answer is saved as soon as it is given.

Saving step by step (rather than at the end) means a worker who stops halfway, or meets a restart of the
bot, loses nothing; the conversation state only says which question comes next. Editing one field from
`/profile` reuses the same step handlers with `editing` set, which returns to the profile afterwards.
"""

from __future__ import annotations

from decimal import Decimal

import phonenumbers
from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.methods import AnswerCallbackQuery, SendMessage
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot import validation
from bot.cards import money
from bot.choices import MAX_OCCUPATIONS, REGIONS, SPOKEN_LANGUAGES
from bot.i18n import Translator
from bot.profile_words import asks_to_delete
from bot.services.profiles import ProfileService
from bot.settings import Settings
from db.models import Profile, User
from handlers import keyboards
from handlers.answers import topic_text
from handlers.callbacks import CertificateCb, EditCb, OccupationCb, OccupationEditCb, RegionCb, SpokenCb, StepCb
from handlers.jobs import kept_search
from handlers.render import occupation_lines, occupation_title, profile_card
from handlers.replies import chat_message, replace
from handlers.search import names_an_occupation, registered

SUGGESTIONS = 5
# A suggestion far weaker than the best is no real choice («водитель»: the drivers at 100, a cabinet maker
# at 68). Measured on the 5,489 queries of the test sets, this cut keeps the right trade among the buttons
# for all but three (each with a wrong first suggestion) and halves the buttons shown (3.3 → 1.8).
CLOSE_TO_BEST = 0.7
NOT_A_COMMAND = ~F.text.startswith("/")


class ProfileForm(StatesGroup):
    name = State()
    phone = State()
    region = State()
    occupation = State()
    occupation_pick = State()
    years = State()
    more = State()
    languages = State()
    qualifications = State()
    salary = State()


# The order of the wizard; each step's question is the text key `ask-<state name>`.
ORDER = (
    ProfileForm.name, ProfileForm.phone, ProfileForm.region, ProfileForm.occupation,
    ProfileForm.languages, ProfileForm.qualifications, ProfileForm.salary,
)
EDIT_STEPS = {
    "name": ProfileForm.name, "phone": ProfileForm.phone, "region": ProfileForm.region,
    "occ": ProfileForm.occupation, "langs": ProfileForm.languages,
    "quals": ProfileForm.qualifications, "salary": ProfileForm.salary,
}


def make_router() -> Router:
    router = Router(name="profile")
    router.message.register(show_profile, Command("profile"))
    router.callback_query.register(edit_field, EditCb.filter())
    router.callback_query.register(edit_occupations, OccupationEditCb.filter())

    # «удалите мои данные» at any step: /delete's confirmation, not an answer to the step (a name, a trade).
    router.message.register(delete_asked_mid_wizard, StateFilter(*ProfileForm.__states__), F.text.func(asks_to_delete))
    # «платить надо?» at any step: answered, and the step asked again (see `_question_mid_wizard`).
    router.message.register(
        asked_mid_wizard, StateFilter(*ProfileForm.__states__), F.text.func(_question_mid_wizard).as_("topic")
    )
    router.message.register(got_name, ProfileForm.name, F.text, NOT_A_COMMAND)
    router.message.register(got_contact, ProfileForm.phone, F.contact)
    router.message.register(got_phone_text, ProfileForm.phone, F.text, NOT_A_COMMAND)
    router.callback_query.register(got_region, ProfileForm.region, RegionCb.filter())
    router.message.register(got_region_text, ProfileForm.region, F.text, NOT_A_COMMAND)
    router.message.register(
        got_occupation, StateFilter(ProfileForm.occupation, ProfileForm.occupation_pick), F.text, NOT_A_COMMAND
    )
    router.callback_query.register(picked_occupation, ProfileForm.occupation_pick, OccupationCb.filter())
    router.message.register(got_years, ProfileForm.years, F.text, NOT_A_COMMAND)
    router.callback_query.register(more_occupations, ProfileForm.more, StepCb.filter())
    router.message.register(got_more_text, ProfileForm.more, F.text, NOT_A_COMMAND)
    router.callback_query.register(toggle_language, ProfileForm.languages, SpokenCb.filter())
    router.callback_query.register(languages_done, ProfileForm.languages, StepCb.filter(F.action == "done"))
    router.message.register(got_languages_text, ProfileForm.languages, F.text, NOT_A_COMMAND)
    router.message.register(got_qualifications, ProfileForm.qualifications, F.text, NOT_A_COMMAND)
    router.message.register(got_certificate, ProfileForm.qualifications, F.photo | F.document)
    router.callback_query.register(qualifications_done, ProfileForm.qualifications, StepCb.filter())
    router.message.register(got_salary, ProfileForm.salary, F.text, NOT_A_COMMAND)
    router.callback_query.register(salary_skipped, ProfileForm.salary, StepCb.filter(F.action == "skip"))
    router.callback_query.register(dollars_saved, ProfileForm.salary, StepCb.filter(F.action == "usd"))
    # A diploma sent in the chat outside any question: offered for the profile with one button.
    router.message.register(offer_certificate, StateFilter(None), F.photo | F.document, registered)
    router.callback_query.register(certificate_from_chat, CertificateCb.filter())
    # Anything else while a question is open (sticker, voice, photo where text is due): say what we need.
    router.message.register(wrong_kind, StateFilter(*ProfileForm.__states__), NOT_A_COMMAND)
    return router


# ---- moving between steps -------------------------------------------------------------------------

async def begin_wizard(bot: Bot, chat_id: int, state: FSMContext, t: Translator) -> None:
    await state.set_data({})
    await ask(bot, chat_id, state, t, ProfileForm.name)


async def resume_wizard(
    bot: Bot, chat_id: int, state: FSMContext, session: AsyncSession, t: Translator
) -> SendMessage | None:
    """After /start: welcome back, then repeat the open question or start the wizard if the profile was
    never finished. A finished profile (the usual case) gets one message, returned as the reply."""
    step = await _open_step(state)
    if step is None and (await ProfileService(session).own_fields(chat_id)).completed_at is not None:
        text = f"{t('welcome-back')}\n{t('help-short')}"
        return SendMessage(chat_id=chat_id, text=text, reply_markup=keyboards.REMOVE)
    await bot.send_message(chat_id, t("welcome-back"), reply_markup=keyboards.REMOVE)
    if step is None:  # stopped with /cancel, or the state was lost: go on where the saved answers end
        await state.set_data({})
        step = resume_step(await ProfileService(session).profile(chat_id))
    await ask(bot, chat_id, state, t, step)
    return None


def resume_step(profile: Profile) -> State:
    """The step after the last one with a saved answer. Steps before it that hold nothing were skipped
    (the phone, the certificates), so they are not asked again; a worker who saved only a name goes on
    with the phone."""
    answered = (
        profile.full_name is not None, profile.phone is not None, profile.region is not None,
        bool(profile.occupations), bool(profile.languages),
        profile.qualifications is not None or bool(profile.certificates), profile.min_salary is not None,
    )
    last = max((index for index, done in enumerate(answered) if done), default=-1)
    return ORDER[min(last + 1, len(ORDER) - 1)]


async def ask_again(bot: Bot, chat_id: int, state: FSMContext, t: Translator) -> None:
    """The open question once more, if there is one: after a change of language, its words and its
    buttons (a reply keyboard stays until replaced) would otherwise stay in the old language."""
    step = await _open_step(state)
    if step is not None:
        await ask(bot, chat_id, state, t, step)


async def _open_step(state: FSMContext) -> State | None:
    current = await state.get_state()
    return next((step for step in ProfileForm.__states__ if step.state == current), None)


async def ask(bot: Bot, chat_id: int, state: FSMContext, t: Translator, step: State) -> None:
    await state.set_state(step)
    data = await state.get_data()
    name = step.state.split(":")[1]
    position = data.get("pos", 1)
    markup = None
    if step is ProfileForm.phone:
        markup = keyboards.share_phone(t)
    elif step is ProfileForm.region:
        markup = keyboards.regions(t)
    elif step is ProfileForm.languages:
        markup = keyboards.spoken_languages(t, data.get("langs", []))
    elif step is ProfileForm.qualifications:
        markup = keyboards.done(t)
    elif step is ProfileForm.salary:
        markup = keyboards.skip(t)
    elif step is ProfileForm.more:
        markup = keyboards.more_occupations(t)
    elif step is ProfileForm.occupation_pick:
        markup = keyboards.occupation_suggestions(
            t, [(code, matching.occupation_title(code, t.lang)) for code in data.get("suggest", [])]
        )
    text = t(f"ask-{name}", position=position, max=MAX_OCCUPATIONS)
    await bot.send_message(chat_id, text, reply_markup=markup)


async def advance(
    bot: Bot, chat_id: int, state: FSMContext, session: AsyncSession, t: Translator, done: State
) -> SendMessage | None:
    """Go to the step after `done`, or back to the profile when the worker was editing one field.

    The saved profile that ends the wizard is returned, for the handler to return as its reply (see
    `handlers.replies`): were it lost, everything is saved and /profile shows it. The next question is
    sent, since a worker who never got it would not know what to answer."""
    data = await state.get_data()
    position = ORDER.index(done) + 1 if done in ORDER else len(ORDER)
    if data.get("editing") or position >= len(ORDER):
        return await finish(chat_id, state, session, t, edited=bool(data.get("editing")))
    await ask(bot, chat_id, state, t, ORDER[position])
    return None


async def finish(
    chat_id: int, state: FSMContext, session: AsyncSession, t: Translator, *, edited: bool
) -> SendMessage:
    """The news and the saved profile in one message (the phone step took its reply keyboard away)."""
    await state.clear()
    profile = await ProfileService(session).complete(chat_id)
    news = t("profile-updated" if edited else "profile-complete")
    text = f"{news}\n\n{profile_card(t, profile)}"
    return SendMessage(chat_id=chat_id, text=text, reply_markup=keyboards.profile_edit(t))


# ---- /profile and editing -------------------------------------------------------------------------

async def show_profile(message: Message, session: AsyncSession, user: User | None, t: Translator) -> None:
    if user is None:
        await message.answer(t("need-start"))
        return
    profile = await ProfileService(session).profile(user.id)
    await message.answer(profile_card(t, profile), reply_markup=keyboards.profile_edit(t))


async def edit_field(
    query: CallbackQuery, callback_data: EditCb, state: FSMContext, session: AsyncSession,
    user: User | None, t: Translator, bot: Bot,
) -> AnswerCallbackQuery:
    step = EDIT_STEPS.get(callback_data.field)
    if user is None or step is None:
        return query.answer(t("button-outdated"), show_alert=True)
    if step is ProfileForm.occupation:
        profile = await ProfileService(session).profile(user.id)
        if profile.occupations:  # a worker adding a second trade must not have to type the first again
            await state.set_state(None)
            await state.set_data({})
            text, markup = _occupation_choices(t, profile)
            await bot.send_message(user.id, text, reply_markup=markup)
            return query.answer()
    data: dict[str, object] = {"editing": True, "pos": 1}
    if step is ProfileForm.languages:  # the language buttons start from those chosen before
        data["langs"] = list((await ProfileService(session).own_fields(user.id)).languages or [])
    await state.set_data(data)
    await ask(bot, user.id, state, t, step)
    return query.answer()


def _occupation_choices(t: Translator, profile: Profile) -> tuple[str, InlineKeyboardMarkup]:
    text = t("occupation-edit", occupations="\n".join(occupation_lines(t, profile)))
    titles = [occupation_title(t, o) for o in profile.occupations]
    return text, keyboards.occupation_edit(t, titles, can_add=len(titles) < MAX_OCCUPATIONS)


async def edit_occupations(
    query: CallbackQuery, callback_data: OccupationEditCb, state: FSMContext, session: AsyncSession,
    user: User | None, t: Translator, bot: Bot,
) -> SendMessage | None:
    if user is None:
        await query.answer(t("button-outdated"), show_alert=True)
        return None
    service = ProfileService(session)
    count = len((await service.profile(user.id)).occupations)
    if callback_data.action == "remove":
        if not await service.remove_occupation(user.id, callback_data.position):
            await query.answer(t("button-outdated"), show_alert=True)
            return None
        await query.answer()
        return await finish(user.id, state, session, t, edited=True)
    if callback_data.action == "add" and not 0 < count < MAX_OCCUPATIONS:
        await query.answer(t("button-outdated"), show_alert=True)
        return None
    await query.answer()
    kept = await kept_search(state, callback_data.q) if callback_data.q else None
    searched = kept.text if kept is not None else None
    # "add" goes on after the last one; "redo" starts from the first, and the old ones go when it is saved.
    await state.set_data({"editing": True, "pos": count + 1 if callback_data.action == "add" else 1})
    suggestions = _choices(searched) if searched else ()
    if suggestions:  # the trade just searched for: straight to its choices, nothing to type again
        await state.update_data(occ_text=searched, suggest=[s.code for s in suggestions])
        await ask(bot, user.id, state, t, ProfileForm.occupation_pick)
    else:
        await ask(bot, user.id, state, t, ProfileForm.occupation)
    return None


async def offer_occupation(
    bot: Bot, user_id: int, state: FSMContext, session: AsyncSession, t: Translator, words: str
) -> None:
    """A trade asked for in words («добавь профессию электрик») is added as the editor's Add button adds
    one: its occupations to pick from, then its years; nothing is saved before the pick. With the most
    trades held already, the editor itself, to remove one first; a trade held already is said so."""
    profile = await ProfileService(session).profile(user_id)
    count = len(profile.occupations)
    if count >= MAX_OCCUPATIONS:
        text, markup = _occupation_choices(t, profile)
        await bot.send_message(user_id, f"{t('pw-occupations-full', max=MAX_OCCUPATIONS)}\n\n{text}", reply_markup=markup)
        return
    suggestions = _choices(words)
    held = {o.isco_code for o in profile.occupations if o.isco_code}
    if suggestions and suggestions[0].code in held:
        await bot.send_message(user_id, t("occupation-already-held", title=matching.occupation_title(suggestions[0].code, t.lang)))
        return
    await state.set_data({"editing": True, "pos": count + 1, "occ_text": words,
                          "suggest": [s.code for s in suggestions if s.code not in held]})
    await ask(bot, user_id, state, t, ProfileForm.occupation_pick)


async def offer_replacement(
    bot: Bot, user_id: int, state: FSMContext, session: AsyncSession, t: Translator, words: str, position: int
) -> None:
    """A trade asked in words to replace the one at `position` («смените профессию на водителя»): its
    occupations to pick from, then its years, saved in the old one's place; the other trades stay, and
    nothing changes before the pick. A trade held already is said so."""
    profile = await ProfileService(session).profile(user_id)
    trades = {o.position: o for o in profile.occupations}
    if position not in trades and trades:
        position = 1
    suggestions = _choices(words)
    held = {o.isco_code for o in profile.occupations if o.isco_code}
    if suggestions and suggestions[0].code in held:
        title = matching.occupation_title(suggestions[0].code, t.lang)
        await bot.send_message(user_id, t("occupation-already-held", title=title))
        return
    await state.set_state(None)
    await state.set_data({"editing": True, "pos": position, "replacing": True, "occ_text": words,
                          "suggest": [s.code for s in suggestions if s.code not in held]})
    if position in trades:
        await bot.send_message(user_id, t("pw-occupation-replace", old=occupation_title(t, trades[position])))
    await ask(bot, user_id, state, t, ProfileForm.occupation_pick)


async def offer_removal(bot: Bot, user_id: int, state: FSMContext, session: AsyncSession, t: Translator) -> None:
    """A trade to be taken off, asked in words («я больше не сварщик», «убери водителя»): the editor, where
    each trade has its remove button while more than one is held; nothing is removed before the press."""
    profile = await ProfileService(session).profile(user_id)
    await state.set_state(None)
    await state.set_data({})
    text, markup = _occupation_choices(t, profile)
    lead = t("pw-occupation-remove") if len(profile.occupations) > 1 else t("pw-occupation-last")
    await bot.send_message(user_id, f"{lead}\n\n{text}", reply_markup=markup)


def _choices(text: str) -> list[matching.OccupationMatch]:
    """The occupations offered as buttons for what the worker wrote: the best, and those close to it."""
    suggestions = matching.suggest_occupations(text, limit=SUGGESTIONS)
    return [s for s in suggestions if s.score >= CLOSE_TO_BEST * suggestions[0].score]


# Questions answered in the middle of the wizard, after which its step is asked again («платить надо?» at
# the years step, «жильё дают?» at the salary step): what keeps the worker safe and tells them how it
# works. Only a question: «сертификат НАКС» at the qualifications step is an answer, not a topic.
_ANSWERED_MID_WIZARD = frozenset(
    {"fees", "trust", "data", "complaint", "pay", "terms", "abroad", "rights", "human", "documents", "requirements",
     "age", "family"}
)


def _question_mid_wizard(text: str) -> str | None:
    if not matching.is_question(text):
        return None
    topic = matching.small_talk(text)
    return topic if topic in _ANSWERED_MID_WIZARD else None


async def delete_asked_mid_wizard(message: Message, t: Translator) -> None:
    """The same confirmation as /delete; the step stays open, so a worker who keeps the data answers it."""
    await message.answer(t("delete-confirm"), reply_markup=keyboards.confirm_delete(t))


async def asked_mid_wizard(
    message: Message, topic: str, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, bot: Bot
) -> SendMessage | None:
    await message.answer(topic_text(topic, t, settings))
    if await _none_before_the_question(message.text, state):
        # «нет корочек, а сколько платят?», «куәлігім жоқ, қанша төлейді?»: the question answered, and the none
        # given before it kept as the Done button keeps it, instead of the certificates asked again
        return await advance(bot, message.chat.id, state, session, t, ProfileForm.qualifications)
    await ask_again(bot, message.chat.id, state, t)
    return None


async def _none_before_the_question(text: str | None, state: FSMContext) -> bool:
    """Whether a question asked at the certificates step comes after a none that answers the step (see
    `got_qualifications`), with no pay told beside it."""
    return (await state.get_state() == ProfileForm.qualifications.state
            and validation.skips(text, unknown=True, pay_next=True) and validation.pay_after_none(text) is None)


# ---- the steps ------------------------------------------------------------------------------------

async def got_name(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    try:
        name = validation.full_name(message.text)
    except validation.InvalidInput as error:
        await message.answer(t(error.key, **error.values))
        return
    await ProfileService(session).update(message.chat.id, full_name=name)
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.name)


async def got_contact(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    contact = message.contact
    if contact is None or message.from_user is None or contact.user_id != message.from_user.id:
        await message.answer(t("error-contact-not-own"), reply_markup=keyboards.share_phone(t))
        return
    await ProfileService(session).update(message.chat.id, phone=_e164(contact.phone_number))
    await message.answer(t("phone-saved"), reply_markup=keyboards.REMOVE)
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.phone)


async def got_phone_text(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    """"Skip", or the number typed: a worker on a computer, or one whose calls reach another number,
    cannot share it with the button."""
    if message.text == t("btn-skip") or validation.skips(message.text):  # the button, or «нет», «пропустить»
        await message.answer(t("phone-skipped"), reply_markup=keyboards.REMOVE)
        return await advance(bot, message.chat.id, state, session, t, ProfileForm.phone)
    phone = validation.own_phone_number(message.text or "")
    if phone is None:
        await message.answer(t("error-phone-unreadable"), reply_markup=keyboards.share_phone(t))
        return
    await ProfileService(session).update(message.chat.id, phone=phone)
    await message.answer(t("phone-saved"), reply_markup=keyboards.REMOVE)
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.phone)


async def got_region(
    query: CallbackQuery, callback_data: RegionCb, state: FSMContext, session: AsyncSession,
    t: Translator, bot: Bot,
) -> SendMessage | None:
    if not 0 <= callback_data.index < len(REGIONS):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    saved = await _save_region(session, query.from_user.id, REGIONS[callback_data.index], t)
    await query.answer()
    await replace(query, saved)
    return await advance(bot, query.from_user.id, state, session, t, ProfileForm.region)


async def got_region_text(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    """A region or town typed by name («Актау», "Almaty") answers the question as its button would."""
    try:
        region = validation.region(message.text)
    except validation.InvalidInput as error:
        among = error.values.get("regions")  # a district several regions have: the worker picks one of them
        await message.answer(t(error.key), reply_markup=keyboards.regions(t, among) if among else None)
        return None
    await message.answer(await _save_region(session, message.chat.id, region, t))
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.region)


async def _save_region(session: AsyncSession, user_id: int, region: str, t: Translator) -> str:
    """Save the region, pressed or typed; returns what the worker is told."""
    await ProfileService(session).update(user_id, region=region)
    return t("region-saved", region=t(f"region-{region}"))


async def got_occupation(message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot) -> None:
    """Free text becomes up to five suggested occupations; with none, the worker's words are kept. Among the
    choices, «1» or «да» picks one and «нет» keeps the words, as the buttons do."""
    if await state.get_state() == ProfileForm.occupation_pick.state:
        data = await state.get_data()
        picked = _picked_by_text(message.text, data.get("suggest", []))
        if picked is not None:
            await _keep_occupation(message.chat.id, state, session, t, bot, data.get("occ_text", ""), picked or None)
            return
    try:
        text = validation.free_text(message.text, validation.MAX_OCCUPATION_TEXT)
    except validation.InvalidInput as error:
        await message.answer(t(error.key, **error.values))
        return
    if not any(char.isalpha() for char in text):  # «1», «123»: no trade in it to keep
        await message.answer(t("expect-occupation"))
        return
    if _only_pay(text):  # «от 3000», «2500 риалов»: the last question's answer, no trade in it
        await message.answer(t("occupation-is-pay"))
        return
    suggestions = _choices(text)
    held = await _held_before(session, message.chat.id, state)
    if suggestions and suggestions[0].code in held:  # «сварщик» again, as a second trade
        title = matching.occupation_title(suggestions[0].code, t.lang)
        await message.answer(t("occupation-already-held", title=title))
        # Another trade, or on with the profile; nothing was saved at this position, so "add" asks it again.
        await state.update_data(pos=(await state.get_data()).get("pos", 2) - 1)
        await ask(bot, message.chat.id, state, t, ProfileForm.more)
        return
    suggestions = [s for s in suggestions if s.code not in held]  # a trade held already is no choice
    if suggestions:
        await state.update_data(occ_text=text, suggest=[s.code for s in suggestions])
        await ask(bot, message.chat.id, state, t, ProfileForm.occupation_pick)
        return
    if _names_languages(text):  # «русский и казахский»: the languages are asked later, not kept as a trade
        await message.answer(t("occupation-is-a-language"))
        return
    if validation.passes(validation.years, text):  # «пять лет», "ten": the next question's answer, not a trade
        await message.answer(t("occupation-is-years"))
        return
    await _save_occupation(message.chat.id, state, session, text, None)
    await message.answer(t("occupation-kept-as-typed", text=text))
    await ask(bot, message.chat.id, state, t, ProfileForm.years)


def _only_pay(text: str) -> bool:
    amount, rest = matching.asked_pay(text)
    return amount is not None and not any(char.isalpha() for char in rest)


def _names_languages(text: str) -> bool:
    return validation.passes(validation.spoken_languages, text)


async def _held_before(session: AsyncSession, user_id: int, state: FSMContext) -> set[str]:
    """The codes of the occupations before the one being asked (none when the first is asked again)."""
    position = (await state.get_data()).get("pos", 1)
    if position <= 1:
        return set()
    held = (await ProfileService(session).profile(user_id)).occupations
    return {o.isco_code for o in held if o.isco_code and o.position < position}


async def picked_occupation(
    query: CallbackQuery, callback_data: OccupationCb, state: FSMContext, session: AsyncSession,
    t: Translator, bot: Bot,
) -> None:
    data = await state.get_data()
    code = None if callback_data.code == "0" else callback_data.code
    if code is not None and code not in data.get("suggest", []):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    text = data.get("occ_text", "")
    await _save_occupation(query.from_user.id, state, session, text, code)
    title = matching.occupation_title(code, t.lang) if code else text
    await query.answer()
    await replace(query, t("occupation-saved", title=title))
    await ask(bot, query.from_user.id, state, t, ProfileForm.years)


def _picked_by_text(typed: str | None, suggested: list[str]) -> str | None:
    """A choice typed instead of pressed: «2» the second, «да» the first, «нет» none of them ("" : keep the
    worker's words); None when the text is a new occupation to look up."""
    value = (typed or "").strip().rstrip(".)")
    if value.isdigit() and 1 <= int(value) <= len(suggested):
        return suggested[int(value) - 1]
    answer = validation.yes_or_no(value)
    if answer is None or not suggested:
        return None
    return suggested[0] if answer else ""


async def _keep_occupation(
    chat_id: int, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot, text: str,
    code: str | None,
) -> None:
    await _save_occupation(chat_id, state, session, text, code)
    title = matching.occupation_title(code, t.lang) if code else text
    await bot.send_message(chat_id, t("occupation-saved", title=title))
    await ask(bot, chat_id, state, t, ProfileForm.years)


async def _save_occupation(
    user_id: int, state: FSMContext, session: AsyncSession, text: str, code: str | None
) -> None:
    data = await state.get_data()
    position = data.get("pos", 1)
    service = ProfileService(session)
    if position == 1 and data.get("editing") and not data.get("replacing"):  # a trade replaced keeps the rest
        await service.drop_occupations_after(user_id, 1)
    await service.set_occupation(user_id, position, text, code)


async def got_years(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    try:
        years = validation.years(message.text)
    except validation.InvalidInput as error:
        await message.answer(t(error.key, **error.values))
        return
    data = await state.get_data()
    position = data.get("pos", 1)
    await ProfileService(session).set_years(message.chat.id, position, years)
    if position < MAX_OCCUPATIONS and not data.get("replacing"):  # a trade replaced: back to the profile
        await ask(bot, message.chat.id, state, t, ProfileForm.more)
    else:
        return await advance(bot, message.chat.id, state, session, t, ProfileForm.occupation)


async def more_occupations(
    query: CallbackQuery, callback_data: StepCb, state: FSMContext, session: AsyncSession,
    t: Translator, bot: Bot,
) -> SendMessage | None:
    await query.answer()
    add = callback_data.action == "more"
    await replace(query, t("ask-more-yes" if add else "ask-more-no"))
    return await _after_more(bot, query.from_user.id, state, session, t, add)


async def got_more_text(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    """Typed instead of pressed: «да», «ещё» add a trade, «нет», «дальше» go on, and a trade typed at once
    («электрик») is taken as the next one."""
    answer = validation.yes_or_no(message.text)
    if answer is not None:
        return await _after_more(bot, message.chat.id, state, session, t, add=answer)
    if names_an_occupation(message.text or ""):
        await _next_occupation(state)
        await got_occupation(message, state, session, t, bot)
        return None
    await message.answer(t("expect-more"))
    return None


async def _after_more(
    bot: Bot, chat_id: int, state: FSMContext, session: AsyncSession, t: Translator, add: bool
) -> SendMessage | None:
    if add:
        await _next_occupation(state)
        await ask(bot, chat_id, state, t, ProfileForm.occupation)
        return None
    return await advance(bot, chat_id, state, session, t, ProfileForm.occupation)


async def _next_occupation(state: FSMContext) -> None:
    """The question moves on to the next occupation (at most the last one there may be)."""
    position = (await state.get_data()).get("pos", 1)
    await state.update_data(pos=min(position + 1, MAX_OCCUPATIONS))
    await state.set_state(ProfileForm.occupation)


async def toggle_language(
    query: CallbackQuery, callback_data: SpokenCb, state: FSMContext, t: Translator
) -> None:
    if not 0 <= callback_data.index < len(SPOKEN_LANGUAGES):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    code = SPOKEN_LANGUAGES[callback_data.index]
    chosen = list((await state.get_data()).get("langs", []))
    chosen.remove(code) if code in chosen else chosen.append(code)
    await state.update_data(langs=chosen)
    await query.answer()
    message = chat_message(query)
    if message is not None:
        await message.edit_reply_markup(reply_markup=keyboards.spoken_languages(t, chosen))


async def languages_done(
    query: CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    chosen = [code for code in SPOKEN_LANGUAGES if code in (await state.get_data()).get("langs", [])]
    if not chosen:
        await query.answer(t("error-languages-none"), show_alert=True)
        return
    saved = await _save_languages(session, query.from_user.id, chosen, t)
    await query.answer()
    await replace(query, saved)
    return await advance(bot, query.from_user.id, state, session, t, ProfileForm.languages)


async def got_languages_text(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    """Languages typed by name («русский и казахский») answer the question as the buttons would,
    together with any already ticked; «готово» with some ticked is the Done button."""
    ticked = (await state.get_data()).get("langs", [])
    if ticked and validation.skips(message.text):
        typed: list[str] = []
    else:
        try:
            typed = validation.spoken_languages(message.text)
        except validation.InvalidInput as error:
            await message.answer(t(error.key))
            return None
    chosen = [code for code in SPOKEN_LANGUAGES if code in typed or code in ticked]
    await message.answer(await _save_languages(session, message.chat.id, chosen, t))
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.languages)


async def _save_languages(session: AsyncSession, user_id: int, codes: list[str], t: Translator) -> str:
    """Save the languages, ticked or typed; returns what the worker is told."""
    await ProfileService(session).update(user_id, languages=codes)
    return t("languages-saved", languages=", ".join(t(f"spoken-{code}") for code in codes))


async def got_qualifications(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    # «нет», «готово», "none", «не знаю»: as the Done button; «нет, зарплата 2000» also answers the pay's
    # question, which is then read as at its own step rather than asked again
    if validation.skips(message.text, unknown=True, pay_next=True):
        pay = validation.pay_after_none(message.text)
        if pay is not None and not (await state.get_data()).get("editing"):
            await state.set_state(ProfileForm.salary)
            return await _read_salary(message, pay, state, session, t, bot)
        return await advance(bot, message.chat.id, state, session, t, ProfileForm.qualifications)
    try:
        text = validation.qualifications(message.text)
    except validation.InvalidInput as error:
        await message.answer(t(error.key, **error.values))
        return
    await ProfileService(session).update(message.chat.id, qualifications=text)
    await message.answer(t("qualifications-saved"), reply_markup=keyboards.done(t))
    return None


async def got_certificate(message: Message, session: AsyncSession, t: Translator) -> None:
    attached = _attached_file(message)
    if attached is None:
        await message.answer(t("error-certificate-type"))
        return
    added = await ProfileService(session).add_certificate(message.chat.id, *attached)
    await message.answer(t("certificate-saved" if added else "certificate-not-added"),
                         reply_markup=keyboards.done(t))


def _attached_file(message: Message | None) -> tuple[str, str, str, str | None] | None:
    """(kind, file id, unique id, file name) of a photo or a certificate file the message holds; None for
    anything else (a .docx, a message without a file)."""
    if message is None:
        return None
    if message.photo:
        photo = message.photo[-1]  # the largest size
        return "photo", photo.file_id, photo.file_unique_id, None
    document = message.document
    if document is None or not _is_certificate_file(document.mime_type, document.file_name):
        return None
    return "document", document.file_id, document.file_unique_id, document.file_name


async def offer_certificate(message: Message, t: Translator) -> None:
    """A photo or PDF sent in the chat is most often a diploma: one tap keeps it in the profile, where
    officers see it. The offer replies to the file, and the button reads the file from that reply."""
    if _attached_file(message) is None:
        await message.answer(t("chat-attachment"))
        return
    await message.reply(t("chat-attachment-offer"), reply_markup=keyboards.add_certificate(t))


async def certificate_from_chat(
    query: CallbackQuery, session: AsyncSession, user: User | None, t: Translator
) -> None:
    message = chat_message(query)
    attached = _attached_file(message.reply_to_message if message is not None else None)
    if user is None or attached is None:  # the file deleted meanwhile, or the profile
        await query.answer(t("button-outdated"), show_alert=True)
        return
    added = await ProfileService(session).add_certificate(user.id, *attached)
    await query.answer()
    await replace(query, t("certificate-added-from-chat" if added else "certificate-not-added"))


def _is_certificate_file(mime: str | None, name: str | None) -> bool:
    if mime and (mime == "application/pdf" or mime.startswith("image/")):
        return True
    return bool(name) and name.lower().endswith((".pdf", ".jpg", ".jpeg", ".png", ".heic"))


async def qualifications_done(
    query: CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    await query.answer()
    return await advance(bot, query.from_user.id, state, session, t, ProfileForm.qualifications)


# The riyals of a pay the worker wrote in dollars, kept in the conversation's data until Save or another sum.
OFFERED_RIYALS = "usd_riyals"


async def got_salary(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    offered = (await state.get_data()).get(OFFERED_RIYALS)
    if offered is not None and validation.yes_or_no(message.text) is not None:  # «да» or «нет» to the offer
        return await _answered_offer(message, state, session, t, bot, Decimal(offered))
    if validation.skips(message.text, unknown=True):  # «нет», «пропустить», «не знаю»: as the Skip button
        return await advance(bot, message.chat.id, state, session, t, ProfileForm.salary)
    return await _read_salary(message, message.text or "", state, session, t, bot)


async def _read_salary(
    message: Message, text: str, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    """The pay in `text` kept and the wizard gone on; one in dollars offered in riyals; any other asked again."""
    offered = (await state.get_data()).get(OFFERED_RIYALS)
    try:
        amount = validation.salary(text)
    except validation.InvalidInput as error:
        dollars = validation.in_dollars(text)
        if dollars is not None:
            await _offer_riyals(message, state, t, *dollars)
            return None
        await message.answer(t(error.key, **error.values), reply_markup=keyboards.skip(t))
        return None
    if offered is not None:  # a sum in riyals typed instead of answering the offer
        await state.update_data({OFFERED_RIYALS: None})
    await ProfileService(session).update(message.chat.id, min_salary=amount)
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.salary)


async def _offer_riyals(message: Message, state: FSMContext, t: Translator, dollars: Decimal, riyals: Decimal) -> None:
    """A pay in dollars has one sum in riyals (the riyal is pegged): both are shown, and the riyals are kept
    only when the worker presses Save or says yes; another sum typed instead is read as usual."""
    await state.update_data({OFFERED_RIYALS: str(riyals)})
    text = t("wizard-salary-dollars", dollars=money(dollars, "USD", t.lang), riyals=money(riyals, "QAR", t.lang))
    save_or_skip = [keyboards.button(t("btn-pw-save"), StepCb(action="usd")),
                    keyboards.button(t("btn-skip"), StepCb(action="skip"))]
    await message.answer(text, reply_markup=keyboards.grid(save_or_skip, 2))


async def _answered_offer(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot, riyals: Decimal
) -> SendMessage | None:
    """«Да» saves the riyals offered; «нет» asks for the sum in riyals again, rather than skipping the step."""
    await state.update_data({OFFERED_RIYALS: None})
    if not validation.yes_or_no(message.text):
        await message.answer(t("ask-salary"), reply_markup=keyboards.skip(t))
        return None
    await ProfileService(session).update(message.chat.id, min_salary=riyals)
    return await advance(bot, message.chat.id, state, session, t, ProfileForm.salary)


async def dollars_saved(
    query: CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    offered = (await state.get_data()).get(OFFERED_RIYALS)
    if offered is None:  # the offer was answered already, or replaced by a sum typed
        await query.answer(t("button-outdated"), show_alert=True)
        return None
    await query.answer()
    await state.update_data({OFFERED_RIYALS: None})
    await ProfileService(session).update(query.from_user.id, min_salary=Decimal(offered))
    return await advance(bot, query.from_user.id, state, session, t, ProfileForm.salary)


async def salary_skipped(
    query: CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator, bot: Bot
) -> SendMessage | None:
    await query.answer()
    return await advance(bot, query.from_user.id, state, session, t, ProfileForm.salary)


async def wrong_kind(message: Message, state: FSMContext, t: Translator) -> None:
    """A sticker, voice note or photo where an answer is due: repeat what we expect, keep everything."""
    current = (await state.get_state() or "").split(":")[-1]
    await message.answer(t(f"expect-{current}"))


def _e164(raw: str) -> str:
    """Telegram sends numbers with or without "+"; store one form."""
    number = raw if raw.startswith("+") else "+" + raw
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number[:32]
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
