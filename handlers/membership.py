"""Telegram tells the bot when a worker blocks or unblocks it (`my_chat_member`); no message is needed
to find out, and nothing is sent to a worker who blocked the bot."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import JOIN_TRANSITION, LEAVE_TRANSITION, ChatMemberUpdatedFilter
from aiogram.types import ChatMemberUpdated
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User
from handlers.loop_filters import InLoop
from db.repositories.outbox import OutboxRepository


def make_router() -> Router:
    router = Router(name="membership")
    router.my_chat_member.filter(InLoop(F.chat.type == "private"))
    router.my_chat_member.register(blocked, ChatMemberUpdatedFilter(LEAVE_TRANSITION))
    router.my_chat_member.register(unblocked, ChatMemberUpdatedFilter(JOIN_TRANSITION))
    return router


async def blocked(event: ChatMemberUpdated, session: AsyncSession, user: User | None) -> None:
    if user is not None:
        await OutboxRepository(session).block_workers([user.id])


async def unblocked(event: ChatMemberUpdated, user: User | None) -> None:
    if user is not None:
        user.is_active = True
