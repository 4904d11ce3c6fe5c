"""Chat that is no search and no command: greetings, thanks, "ok", voice messages, photos and files,
questions about an application, about paying, about the contract's terms or the documents, asking for a
person or for help, and other questions (`matching.small_talk`). Each gets the answer a person would give:
any work asked for in need, or a vacancy gone, the worker's own list (/jobs); a question about an
application the worker's /status at once (or, with none yet, the steps an application goes through, since
"when is the visa?" then asks how it works), one about housing or leave the rights under the standard
contract, "stop" the alert settings and «удалить мои данные» the confirmation of /delete, a question the bot
cannot answer the ministry's hotline.

Someone not registered yet gets the answers that keep them safe and tell them how it works (no fees, the
minimum wage, their rights, the steps of an application, whom to call, what the bot does, that it keeps
nothing about them); for the rest they are greeted and shown the first screen, as /start would."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.methods import SendMessage
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.i18n import Translator
from bot.settings import Settings
from db.models import User
from handlers.alerts import show_settings
from handlers.applications import status_command
from handlers.common import delete_command, help_text
from handlers.answers import topic_text
from handlers.jobs import jobs_command
from handlers.search import QUERY_MAX, free_text, names_an_occupation, say_none_found
from handlers.start import welcome_stranger
from matching.small_talk import trades_told

def make_router() -> Router:
    """Included after every conversation and the search, before the fallback."""
    router = Router(name="small_talk")
    router.message.register(_answer("chat-voice"), F.voice | F.video_note | F.audio)
    # A photo or file sent outside any question is most often a diploma or certificate: where it is kept.
    router.message.register(_answer("chat-attachment"), F.photo | F.document)
    # A sticker is most often a greeting, thanks or "ok"; a contact shared outside the phone question asks
    # where the number is changed. Mid-question, the question's own hint answers them.
    router.message.register(_answer("chat-ok"), StateFilter(None), F.sticker)
    router.message.register(_answer("chat-contact"), StateFilter(None), F.contact)
    router.message.register(chat, ~F.text.startswith("/"), F.text.func(matching.small_talk).as_("topic"))
    return router


def _answer(key: str) -> Callable[..., Awaitable[None]]:
    """A handler with one answer for a worker; a newcomer is greeted with the first screen instead."""

    async def answer(
        message: Message, state: FSMContext, user: User | None, lang: str, t: Translator, is_officer: bool
    ) -> None:
        if user is None:
            await welcome_stranger(message, state, lang, t, is_officer)
        else:
            await message.answer(t(key))

    return answer


async def chat(
    message: Message, topic: str, session: AsyncSession, state: FSMContext, user: User | None, lang: str,
    t: Translator, settings: Settings, is_officer: bool,
) -> SendMessage | None:
    if user is None and topic not in matching.OPEN_TO_EVERYONE:  # «привет», «какие документы нужны?»: /start's screen
        await welcome_stranger(message, state, lang, t, is_officer)
    elif topic == "application":
        steps = t("chat-application-none", hotline=settings.hotline)
        if user is None:
            await message.answer(steps)
        else:
            hint = "status-list-hint-withdraw" if matching.changes_mind(message.text or "") else "status-list-hint"
            await status_command(message, session, user, t, none=steps, hint=hint)
    elif topic == "jobs":  # «очень нужна работа, любая», «вакансия исчезла»: the vacancies open now that fit
        return await _any_work(message, session, state, user, t, settings)
    elif topic == "alerts":  # «хватит присылать», "stop": the switches themselves
        await show_settings(message, session, user, t)
    elif topic == "delete":  # «удалить мои данные»: the same confirmation as /delete
        await delete_command(message, user, t)
    elif topic == "help":
        await message.answer(help_text(t, is_officer))
    elif topic == "greeting" and is_officer:  # not "write the job you are looking for"
        await message.answer(t("officer-greeting"))
    else:
        await message.answer(topic_text(topic, t, settings))


async def _any_work(
    message: Message, session: AsyncSession, state: FSMContext, user: User, t: Translator, settings: Settings
) -> SendMessage | None:
    """Work asked for in need gets the worker's own list; when the plea names a trade that has no vacancy open
    («any plumber jobs?»), the search was made and found none, so the worker is told so, as a search would. Work asked
    for a relative whose trade is told among other words («я мама, сын сварщик 6 лет стажа, есть для него работа?»,
    "my brother is an electrician, any vacancies for him"), or a Kazakh trade in the dative («электрикке бос орын бар
    ма»), is a search of that trade."""
    query = " ".join((message.text or "").split())[:QUERY_MAX]
    if not names_an_occupation(query):
        told = next((words for words in trades_told(query) if names_an_occupation(words)), None)
        if told is not None:
            try:
                return await free_text(message, session, user, state, t, settings, query=told)
            except SkipHandler:  # read as chat after all: the worker's own list
                pass
        return await jobs_command(message, session, user, t, settings)
    await say_none_found(message, session, user, state, t, query)
    return None
