"""Webhook mode over real HTTP: the production dispatcher behind aiogram's request handler."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr
from sqlalchemy import func, select

from bot.metrics import Metrics, health_check
from bot.webhook import WebhookConfigError, build_webhook_app, register_webhook
from db.engine import create_engine
from db.models import FsmRecord, User

SECRET = "s3cret-Token_for-tests"
PATH = "/telegram/webhook"
WORKER = 4242


@pytest.fixture
def webhook_settings(settings):
    return settings.model_copy(
        update={"webhook_secret": SecretStr(SECRET), "webhook_url": "https://bot.example.org/telegram/webhook"}
    )


class Alive:
    """The delivery loop's word, as the composition root would pass it."""

    def __init__(self) -> None:
        self.alive = True

    def __call__(self) -> bool:
        return self.alive


@pytest.fixture
def delivery_alive() -> Alive:
    return Alive()


@pytest.fixture
async def client(dispatcher, bot, webhook_settings, database, delivery_alive) -> AsyncIterator[TestClient]:
    metrics = Metrics()
    metrics.install(dispatcher)
    health = health_check(database.engine, delivery_alive=delivery_alive)
    app = build_webhook_app(
        dispatcher=dispatcher, bot=bot, settings=webhook_settings, health=health, metrics=metrics
    )
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


def start_update(telegram, user_id: int = WORKER) -> dict[str, Any]:
    if user_id not in telegram.users:
        telegram.add_user(user_id, "Aidos", language_code="ru")
    message = telegram.user_message(
        user_id, text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}]
    )
    return {"update_id": telegram.next_update_id(), "message": message.to_api()}


async def stored(database) -> tuple[int, int]:
    async with database.sessionmaker() as session:
        users = await session.scalar(select(func.count()).select_from(User))
        states = await session.scalar(select(func.count()).select_from(FsmRecord))
    return users, states


async def test_update_with_the_secret_is_answered(client, telegram, database):
    response = await client.post(PATH, json=start_update(telegram), headers={
        "X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert response.status == 200
    replies = telegram.messages_to(WORKER)
    assert len(replies) == 1 and replies[0].buttons  # the language choice
    assert (await stored(database))[1] == 1  # the conversation began


@pytest.mark.parametrize("headers", [{}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
                                     {"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"}])
async def test_update_without_the_secret_is_refused_before_any_handler(client, telegram, database, headers):
    response = await client.post(PATH, json=start_update(telegram), headers=headers)
    assert response.status in (401, 403)
    assert telegram.sent_messages() == []
    assert await stored(database) == (0, 0)
    assert "jobbot_updates_total{" not in (await (await client.get("/metrics")).text())


async def test_a_flood_of_forged_requests_is_refused_quickly(client, telegram, database):
    update = start_update(telegram)
    started = time.perf_counter()

    async def forged() -> int:
        response = await client.post(PATH, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
        return response.status

    statuses = []
    for _ in range(10):  # 1,000 requests, 100 at a time
        statuses += await asyncio.gather(*(forged() for _ in range(100)))
    elapsed = time.perf_counter() - started
    assert set(statuses) == {401}
    assert len(statuses) == 1000
    assert elapsed < 30  # generous: it takes about a second; a handler per request would take far longer
    assert telegram.sent_messages() == []
    assert await stored(database) == (0, 0)


async def test_health_is_ok_while_database_and_delivery_are(client):
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {"status": "ok", "database": True, "delivery": True}


async def test_health_is_503_when_the_delivery_loop_is_dead(client, delivery_alive):
    delivery_alive.alive = False
    response = await client.get("/healthz")
    assert response.status == 503
    assert await response.json() == {"status": "down", "database": True, "delivery": False}


async def test_health_is_503_when_the_database_is_gone(dispatcher, bot, webhook_settings):
    # Nothing listens on port 1: the connection is refused at once.
    engine = create_engine("postgresql+asyncpg://jobbot:secret@127.0.0.1:1/jobbot")
    app = build_webhook_app(
        dispatcher=dispatcher, bot=bot, settings=webhook_settings,
        health=health_check(engine, delivery_alive=lambda: True, timeout=5),
    )
    try:
        async with TestClient(TestServer(app)) as client:
            response = await client.get("/healthz")
            assert response.status == 503
            assert await response.json() == {"status": "down", "database": False, "delivery": True}
    finally:
        await engine.dispose()


async def test_register_webhook_sends_url_secret_and_the_update_types_in_use(
    bot, dispatcher, webhook_settings, telegram
):
    await register_webhook(bot, dispatcher, webhook_settings)
    (call,) = telegram.calls("setWebhook")
    assert call["url"] == "https://bot.example.org/telegram/webhook"
    assert call["secret_token"] == SECRET
    assert set(call["allowed_updates"]) == set(dispatcher.resolve_used_update_types())
    assert {"message", "callback_query"} <= set(call["allowed_updates"])
    assert not call.get("drop_pending_updates")
    assert telegram.webhook["url"] == "https://bot.example.org/telegram/webhook"


async def test_webhook_mode_refuses_to_start_without_a_secret(dispatcher, bot, settings):
    with pytest.raises(WebhookConfigError):
        build_webhook_app(dispatcher=dispatcher, bot=bot, settings=settings, health=_always_ok)
    with pytest.raises(WebhookConfigError):
        await register_webhook(bot, dispatcher, settings.model_copy(update={"webhook_secret": SecretStr(SECRET)}))


async def test_shutdown_waits_for_the_update_in_flight(dispatcher, bot, webhook_settings, telegram):
    """The dispatcher's shutdown closes the FSM storage and the bot session: never under a handler."""
    replies_at_shutdown: list[int] = []

    async def on_shutdown() -> None:
        replies_at_shutdown.append(len(telegram.messages_to(WORKER)))

    dispatcher.shutdown.register(on_shutdown)
    app = build_webhook_app(dispatcher=dispatcher, bot=bot, settings=webhook_settings, health=_always_ok)
    server = TestServer(app)
    client = TestClient(server)
    await client.start_server()
    telegram.delay(0.3, times=1)  # the reply to /start is slow to reach Telegram
    request = asyncio.create_task(
        client.post(PATH, json=start_update(telegram), headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
    )
    await asyncio.sleep(0.1)  # the update is being handled
    await server.close()  # what SIGTERM does: stop listening, drain, then shut the dispatcher down
    response = await request
    assert response.status == 200
    assert replies_at_shutdown == [1]
    await client.close()


async def _always_ok() -> dict[str, bool]:
    return {"database": True}


async def test_the_last_reply_travels_in_the_webhook_answer(client, telegram, make_client, i18n, database):
    """A registered worker's /start and a vacancy's card: the closing reply is the HTTP answer to
    Telegram's own request (no request of the bot's own), made by Telegram as the worker sees it."""
    from tests.e2e.test_jobs import add_vacancy
    from tests.e2e.test_registration import fill_profile, register
    from tests.fake_telegram import execute_webhook_reply
    from handlers.callbacks import VacancyCb
    from tests.texts import plain

    worker = make_client(user_id=WORKER, language_code="en")
    await register(worker, i18n, "en")
    await fill_profile(worker, i18n, "en", "welder")
    vacancy_id = await add_vacancy(database)
    t = i18n.translator("en")
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

    sent_before = len(telegram.messages_to(WORKER))
    response = await client.post(PATH, json=start_update(telegram), headers=headers)
    assert response.status == 200
    assert len(telegram.messages_to(WORKER)) == sent_before  # not sent yet: it is in the answer
    assert response.headers["Content-Type"].startswith("application/json")  # one object, not a form
    method = await execute_webhook_reply(telegram, response.headers["Content-Type"], await response.read())
    assert method == "sendMessage"
    assert worker.last_text() == plain(f"{t('welcome-back')}\n{t('help-short')}")
    assert worker.last_message().parse_mode == "HTML"  # the bot's defaults apply to an answer too

    card = worker.last_message()
    query_id = telegram.open_callback_query(WORKER, card, VacancyCb(action="d", id=vacancy_id).pack())
    update = {"update_id": telegram.next_update_id(), "callback_query": {
        "id": query_id, "from": telegram.users[WORKER], "message": card.to_api(), "chat_instance": "ci",
        "data": VacancyCb(action="d", id=vacancy_id).pack()}}
    response = await client.post(PATH, json=update, headers=headers)
    assert response.status == 200
    assert "MIG Welder" in worker.last_text()  # the card itself: a request, its result is needed
    method = await execute_webhook_reply(telegram, response.headers["Content-Type"], await response.read())
    assert method == "answerCallbackQuery"
    assert telegram.callback_queries[query_id].answer is not None  # the button stops spinning


async def test_an_edited_profile_travels_in_the_webhook_answer(client, telegram, make_client, i18n):
    """The saved profile that closes an edit is the answer to the worker's message; the question before
    it was sent by the bot itself, since a worker who never got it would not know what to answer."""
    from bot.cards import money
    from tests.e2e.test_registration import fill_profile, register
    from tests.fake_telegram import execute_webhook_reply
    from tests.texts import plain

    worker = make_client(user_id=WORKER, language_code="en")
    await register(worker, i18n, "en")
    await fill_profile(worker, i18n, "en", "welder")
    t = i18n.translator("en")
    await worker.send("/profile")
    await worker.click(t("btn-edit-salary"))
    assert worker.last_text() == plain(t("ask-salary"))

    sent_before = len(telegram.messages_to(WORKER))
    answer = {"update_id": telegram.next_update_id(), "message": telegram.user_message(WORKER, text="3100").to_api()}
    response = await client.post(PATH, json=answer, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert response.status == 200
    assert len(telegram.messages_to(WORKER)) == sent_before  # not sent yet: it is in the answer
    method = await execute_webhook_reply(telegram, response.headers["Content-Type"], await response.read())
    assert method == "sendMessage"
    assert worker.last_text().startswith(plain(t("profile-updated")))
    assert money(3100, "QAR", "en") in worker.last_text() and t("btn-edit-salary") in worker.buttons()
