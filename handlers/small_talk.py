"""Chat that is no search and no command: greetings, thanks, "ok", voice messages, and questions about
an application or about paying (`matching.small_talk`). Each gets the answer a person would give; a
question about an application gets the worker's /status at once."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.i18n import Translator
from bot.settings import Settings
from db.models import User
from handlers.applications import status_command


def make_router() -> Router:
    """Included after every conversation and the search, before the fallback."""
    router = Router(name="small_talk")
    router.message.register(voice, F.voice | F.video_note | F.audio)
    router.message.register(chat, F.text.func(matching.small_talk).as_("topic"))
    return router


async def voice(message: Message, user: User | None, t: Translator) -> None:
    await message.answer(t("chat-voice" if user is not None else "need-start"))


async def chat(
    message: Message, topic: str, session: AsyncSession, user: User | None, t: Translator, settings: Settings
) -> None:
    if user is None:
        await message.answer(t("need-start"))
    elif topic == "application":
        await status_command(message, session, user, t)
    else:
        await message.answer(t(f"chat-{topic}", hotline=settings.hotline))
