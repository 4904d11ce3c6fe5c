"""The composition root's factories. Production and tests build the bot the same way, through these."""

from __future__ import annotations

from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.types import LinkPreviewOptions
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.i18n import I18n
from bot.isolation import PerUserIsolation
from bot.middlewares import (
    CommitBeforeRequestMiddleware,
    KeepResponseModelsMiddleware,
    PrivateChatsOnly,
    UnitOfWorkMiddleware,
    UserContextMiddleware,
)
from bot.settings import PUBLIC_BOT_API_URL, Settings
from db.engine import create_engine, create_sessionmaker
from db.fsm_storage import SqlStorage
from handlers import make_routers


def create_bot(settings: Settings, session: BaseSession | None = None) -> Bot:
    """A Bot sending HTML; pointed at BOT_API_URL, so a local Bot API server or a fake can stand in."""
    if session is None:
        session = AiohttpSession()
        if settings.bot_api_url != PUBLIC_BOT_API_URL:
            session.api = TelegramAPIServer.from_base(settings.bot_api_url)
    session.middleware(KeepResponseModelsMiddleware())
    session.middleware(CommitBeforeRequestMiddleware())
    return Bot(
        token=settings.require_token(),
        session=session,
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )


def create_dispatcher(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    storage: BaseStorage | None = None,
    isolation: BaseEventIsolation | None = None,
) -> Dispatcher:
    """Fresh routers every call; process-wide objects go in as dispatcher data.

    One user's updates are handled one after another (`isolation`), so a double tap on "Send" or
    "Apply" sees the first tap's result instead of racing it.
    """
    dispatcher = Dispatcher(
        storage=storage or SqlStorage(sessionmaker),
        events_isolation=isolation or PerUserIsolation(),
        disable_fsm=True,  # registered below, inside the unit of work
        settings=settings,
        sessionmaker=sessionmaker,
        i18n=i18n,
    )
    dispatcher.update.outer_middleware(PrivateChatsOnly())
    # The unit of work comes next, so reading the conversation state uses the update's own session.
    dispatcher.update.outer_middleware(UnitOfWorkMiddleware(sessionmaker))
    dispatcher.update.outer_middleware(dispatcher.fsm)
    dispatcher.update.outer_middleware(UserContextMiddleware(i18n, settings.officer_ids))
    dispatcher.include_routers(*make_routers(i18n))
    return dispatcher


@dataclass
class Database:
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]


def create_database(settings: Settings) -> Database:
    engine = create_engine(settings.database_url)
    return Database(engine=engine, sessionmaker=create_sessionmaker(engine))
