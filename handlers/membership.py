"""Telegram tells the bot when a worker blocks or unblocks it (`my_chat_member`); no message is needed
to find out, and nothing is sent to a worker who blocked the bot. Added to a group or a channel, the bot
says once where to write to it and leaves: what it shows is personal."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import JOIN_TRANSITION, LEAVE_TRANSITION, ChatMemberUpdatedFilter
from aiogram.types import ChatMemberUpdated
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Translator
from db.models import User
from db.repositories.outbox import OutboxRepository
from handlers.loop_filters import InLoop

log = logging.getLogger(__name__)


def make_router() -> Router:
    router = Router(name="membership")
    private = InLoop(F.chat.type == "private")
    router.my_chat_member.register(blocked, private, ChatMemberUpdatedFilter(LEAVE_TRANSITION))
    router.my_chat_member.register(unblocked, private, ChatMemberUpdatedFilter(JOIN_TRANSITION))
    router.my_chat_member.register(added_to_a_group, ~private, ChatMemberUpdatedFilter(JOIN_TRANSITION))
    return router


async def blocked(event: ChatMemberUpdated, session: AsyncSession, user: User | None) -> None:
    if user is not None:
        await OutboxRepository(session).block_workers([user.id])


async def unblocked(event: ChatMemberUpdated, user: User | None) -> None:
    if user is not None:
        user.is_active = True


async def added_to_a_group(event: ChatMemberUpdated, bot: Bot, t: Translator) -> None:
    """In the language of whoever added the bot; a channel gets no message, only the departure."""
    if event.chat.type != "channel":
        try:
            await bot.send_message(event.chat.id, t("private-chat-only", bot=f"@{(await bot.me()).username}"))
        except TelegramAPIError as error:  # no right to write there: leaving is what matters
            log.info("could not write to group %s before leaving: %s", event.chat.id, error)
    await bot.leave_chat(event.chat.id)
