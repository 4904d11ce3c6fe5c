"""Outer middlewares: one database session per update (the unit of work), and who is speaking."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, Update, User as TgUser
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import I18n, language_from_telegram
from db.fsm_storage import current_session
from db.models import Officer
from db.repositories.updates import claim_update, was_handled
from db.repositories.users import UserRepository

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UnitOfWorkMiddleware(BaseMiddleware):
    """Opens the session a handler asks for as `session`, commits when the handler finished,
    rolls back when it raised, so an update either changes the database completely or not at all.

    The update's id is recorded in the same transaction: an update Telegram delivers twice (a webhook
    retried after a timeout, or reaching two replicas) is handled once."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        async with self.sessionmaker() as session:
            update_id = event.update_id if isinstance(event, Update) else None
            if update_id is not None and await was_handled(session, update_id):
                log.info("update %s was handled before; skipped", update_id)
                return None
            data["session"] = session
            token = current_session.set(session)  # conversation state joins this unit of work
            try:
                result = await handler(event, data)
            except BaseException:
                await session.rollback()
                raise
            finally:
                current_session.reset(token)
            if update_id is not None and not await claim_update(session, update_id):
                log.info("update %s was handled meanwhile elsewhere; its changes are rolled back", update_id)
                await session.rollback()
                return result
            await session.commit()
            return result


class UserContextMiddleware(BaseMiddleware):
    """Gives handlers `user` (None before consent), `lang`, `t` (texts) and `is_officer`."""

    def __init__(self, i18n: I18n, officer_ids: frozenset[int]) -> None:
        self.i18n = i18n
        self.officer_ids = officer_ids

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        tg_user: TgUser | None = data.get("event_from_user")
        user = None
        lang = language_from_telegram(tg_user.language_code if tg_user else None)
        if tg_user is not None:
            user = await UserRepository(data["session"]).get(tg_user.id)
            if user is not None:
                lang = user.language
            else:
                lang = await _chosen_before_consent(data.get("state")) or lang
        data["user"] = user
        data["lang"] = lang
        data["t"] = self.i18n.translator(lang)
        data["i18n"] = self.i18n
        data["is_officer"] = tg_user is not None and await _is_officer(
            data["session"], tg_user.id, self.officer_ids
        )
        if isinstance(event, Update):
            log.debug("update %s from user %s", event.update_id, tg_user.id if tg_user else None)
        return await handler(event, data)


async def _is_officer(session: AsyncSession, user_id: int, configured: frozenset[int]) -> bool:
    """Officers are those in OFFICER_IDS plus those another officer added in chat."""
    if user_id in configured:
        return True
    return await session.get(Officer, user_id) is not None


async def _chosen_before_consent(state: FSMContext | None) -> str | None:
    """The language picked on the first screen lives in the conversation state until consent."""
    if state is None:
        return None
    return (await state.get_data()).get("lang")
