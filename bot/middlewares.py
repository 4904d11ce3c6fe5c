"""Outer middlewares: one database session per update (the unit of work), and who is speaking."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.fsm.context import FSMContext
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update, User as TgUser
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import I18n, language_from_telegram
from db.repositories.updates import was_handled
from db.repositories.users import UserRepository
from db.unit_of_work import HandledElsewhere, UnitOfWork, current_unit

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class PrivateChatsOnly(BaseMiddleware):
    """Profiles, phone numbers and applications must never show in a group someone added the bot to.
    Updates from groups and channels reach no handler and open no database session; only the bot's own
    membership change there does (`handlers.membership`: it says where to write, then leaves)."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        chat = data.get("event_chat")  # set by aiogram's own context middleware, which runs first
        if chat is None or chat.type == "private":
            return await handler(event, data)
        if isinstance(event, Update) and event.my_chat_member is not None:
            return await handler(event, data)
        return None


class UnitOfWorkMiddleware(BaseMiddleware):
    """Opens the session a handler asks for as `session`, commits when the handler finished,
    rolls back when it raised, so an update either changes the database completely or not at all.

    The update's id is recorded in the same transaction: an update Telegram delivers twice (a webhook
    retried after a timeout, or reaching two replicas) is handled once. (On SQLite the unit of work may
    commit earlier, before a request to Telegram: see `db.unit_of_work`.)"""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        async with self.sessionmaker() as session:
            update_id = event.update_id if isinstance(event, Update) else None
            if update_id is not None and await was_handled(session, update_id):
                log.info("update %s was handled before; skipped", update_id)
                return None
            data["session"] = session
            unit = UnitOfWork(session, update_id)
            token = current_unit.set(unit)  # conversation state and Bot API requests join this unit of work
            try:
                result = await handler(event, data)
                await unit.commit()
            except HandledElsewhere:
                log.info("update %s was handled meanwhile elsewhere; its changes are rolled back", update_id)
                await session.rollback()
                return None
            except BaseException:
                await session.rollback()
                raise
            finally:
                current_unit.reset(token)
            return result


class KeepResponseModelsMiddleware(BaseRequestMiddleware):
    """Keep a reference to each `Response[T]` model aiogram reads Telegram's answers into.

    aiogram builds `Response[method.__returning__]` for every answer; pydantic caches generic models
    only weakly, so once the garbage collector has run, the next answer builds the model again: 3.5 ms
    of CPU per request to Telegram, measured, more than all the rest of a typical update. Held here,
    each is built once per process.
    """

    def __init__(self) -> None:
        self._models: dict[Any, type[Response[Any]]] = {}

    async def __call__(
        self, make_request: NextRequestMiddlewareType[TelegramType], bot: Bot, method: TelegramMethod[TelegramType]
    ) -> Response[TelegramType]:
        returning = method.__returning__
        if returning not in self._models:
            self._models[returning] = Response[returning]  # type: ignore[valid-type]
        return await make_request(bot, method)


class CommitBeforeRequestMiddleware(BaseRequestMiddleware):
    """Before a Bot API request made while handling an update, let the unit of work commit what must
    not wait for Telegram's answer (see `db.unit_of_work`)."""

    async def __call__(
        self, make_request: NextRequestMiddlewareType[TelegramType], bot: Bot, method: TelegramMethod[TelegramType]
    ) -> Response[TelegramType]:
        unit = current_unit.get()
        if unit is not None:
            await unit.commit_before_request()
        return await make_request(bot, method)


class UserContextMiddleware(BaseMiddleware):
    """Gives handlers `user` (None before consent), `lang`, `t` (texts) and `is_officer`."""

    def __init__(self, i18n: I18n, officer_ids: frozenset[int]) -> None:
        self.i18n = i18n
        self.officer_ids = officer_ids

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        tg_user: TgUser | None = data.get("event_from_user")
        user = None
        listed_officer = False
        lang = language_from_telegram(tg_user.language_code if tg_user else None)
        if tg_user is not None:
            user, listed_officer = await UserRepository(data["session"]).get_with_officer_row(tg_user.id)
            if user is not None:
                lang = user.language
            else:
                lang = await _chosen_before_consent(data.get("state")) or lang
        data["user"] = user
        data["lang"] = lang
        data["t"] = self.i18n.translator(lang)
        data["i18n"] = self.i18n
        # Officers are those in OFFICER_IDS plus those another officer added in chat.
        data["is_officer"] = tg_user is not None and (tg_user.id in self.officer_ids or listed_officer)
        return await handler(event, data)


async def _chosen_before_consent(state: FSMContext | None) -> str | None:
    """The language picked on the first screen lives in the conversation state until consent."""
    if state is None:
        return None
    return (await state.get_data()).get("lang")
