"""No filter or handler of the bot is called in a worker thread (aiogram sends synchronous ones to
`asyncio.to_thread`, a thread hop per check)."""

from __future__ import annotations

from aiogram import Dispatcher, F, Router
from aiogram.types import Chat, Message

from bot.factory import create_dispatcher
from bot.i18n import I18n
from handlers.loop_filters import InLoop


def synchronous_callables(router: Router) -> list[str]:
    found = []
    for name, observer in router.observers.items():
        for handler in observer.handlers:
            if not handler.awaitable:
                found.append(f"{router.name}.{name}: handler {handler.callback!r}")
            found += [f"{router.name}.{name}: filter {f.callback!r}" for f in handler.filters or () if not f.awaitable]
    for sub in router.sub_routers:
        found += synchronous_callables(sub)
    return found


def test_every_filter_and_handler_runs_in_the_event_loop(settings, database):
    dispatcher: Dispatcher = create_dispatcher(settings=settings, sessionmaker=database.sessionmaker, i18n=I18n())
    assert synchronous_callables(dispatcher) == []


async def test_in_loop_gives_the_same_answer_as_the_filter_itself():
    private = Message.model_validate(
        {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}, "text": "hi"}
    )
    group = private.model_copy(update={"chat": Chat(id=-5, type="group")})
    check = InLoop(F.chat.type == "private")
    assert await check(private) is True
    assert await check(group) is False
    assert await InLoop(F.text.as_("said"))(private) == {"said": "hi"}
