"""/metrics: what an operator's Prometheus reads after the bot has worked a little."""

from __future__ import annotations

import math
from types import SimpleNamespace

from aiogram.types import Update
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from bot.delivery import DeliveryStats
from bot.metrics import Metrics, UpdateKinds, build_service_app, health_check
from bot.services.outbox import enqueue
from db.models import OutboxMessage


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} from the Prometheus text format."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def queue_messages(database, pending: int, sent: int) -> None:
    async with database.sessionmaker.begin() as session:
        for n in range(pending + sent):
            await enqueue(session, key=f"notice:{n}", user_id=7000 + n, kind="notice", text="hello")
        for message in (await session.scalars(select(OutboxMessage).limit(sent))).all():
            message.status = "sent"


async def test_metrics_show_updates_latency_outbox_and_delivery(make_client, dispatcher, database):
    stats = DeliveryStats(sent=12, failed=2, blocked=3, rate_limited_429=4, telegram_outages=1)
    metrics = Metrics(delivery=SimpleNamespace(stats=stats))
    metrics.install(dispatcher)
    metrics.watch_outbox(database.sessionmaker)
    await queue_messages(database, pending=5, sent=2)

    worker = make_client(user_id=3001, language_code="ru")
    await worker.send("/start")
    await worker.click(next(label for label in worker.buttons() if label.endswith("Русский")))
    await worker.send("/start")
    await worker.send("/nonsense_command_1")
    await worker.send("/nonsense_command_2")
    await worker.send("hello")

    found = samples((await metrics.render()).decode())
    assert found[("jobbot_updates_total", (("kind", "/start"),))] == 2
    assert found[("jobbot_updates_total", (("kind", "callback:lg"),))] == 1
    assert found[("jobbot_updates_total", (("kind", "/other"),))] == 2  # unknown commands share one label
    assert found[("jobbot_updates_total", (("kind", "text"),))] == 1
    assert found[("jobbot_update_seconds_count", (("kind", "/start"),))] == 2
    assert found[("jobbot_update_seconds_bucket", (("kind", "/start"), ("le", "+Inf")))] == 2
    assert found[("jobbot_update_seconds_sum", (("kind", "/start"),))] > 0
    assert found[("jobbot_outbox_pending", ())] == 5
    assert found[("jobbot_delivery_sent_total", ())] == 12
    assert found[("jobbot_delivery_failed_total", ())] == 2
    assert found[("jobbot_delivery_blocked_total", ())] == 3
    assert found[("jobbot_delivery_rate_limited_429_total", ())] == 4
    assert found[("jobbot_delivery_telegram_outages_total", ())] == 1

    stats.sent += 1  # read on every scrape, not copied once
    found = samples((await metrics.render()).decode())
    assert found[("jobbot_delivery_sent_total", ())] == 13


async def test_each_app_counts_on_its_own(make_client, dispatcher):
    first, second = Metrics(), Metrics()
    first.install(dispatcher)
    await make_client(user_id=3002).send("/start")
    assert samples((await first.render()).decode())[("jobbot_updates_total", (("kind", "/start"),))] == 1
    assert ("jobbot_updates_total", (("kind", "/start"),)) not in samples((await second.render()).decode())


async def test_stats_may_be_a_plain_mapping(database):
    metrics = Metrics(delivery=SimpleNamespace(stats={"sent": 7, "blocked": 1}))
    found = samples((await metrics.render()).decode())
    assert found[("jobbot_delivery_sent_total", ())] == 7
    assert found[("jobbot_delivery_blocked_total", ())] == 1


async def test_service_app_serves_metrics_and_health(database):
    metrics = Metrics()
    metrics.watch_outbox(database.sessionmaker)
    app = build_service_app(health=health_check(database.engine), metrics=metrics)
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/metrics")
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        assert samples(await response.text())[("jobbot_outbox_pending", ())] == 0
        health = await client.get("/healthz")
        assert health.status == 200 and (await health.json())["database"] is True


async def test_outbox_depth_is_nan_when_the_count_fails():
    async def broken() -> int:
        raise ConnectionError("database gone")

    found = samples((await Metrics(outbox_depth=broken).render()).decode())
    value = found[("jobbot_outbox_pending", ())]
    assert math.isnan(value)  # "unknown", not a stale or zero depth


async def test_middleware_registered_by_hand_learns_the_commands_from_the_dispatcher(make_client, dispatcher):
    metrics = Metrics()
    dispatcher.update.outer_middleware(metrics.middleware)
    await make_client(user_id=3003).send("/start")
    assert samples((await metrics.render()).decode())[("jobbot_updates_total", (("kind", "/start"),))] == 1


def test_update_kinds_stay_a_closed_set():
    kinds = UpdateKinds({"/start"}, {"lg"})
    user = {"id": 1, "is_bot": False, "first_name": "A"}
    chat = {"id": 1, "type": "private"}

    def message(**content) -> Update:
        return Update.model_validate(
            {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": chat, "from": user, **content}}
        )

    def callback(data: str) -> Update:
        return Update.model_validate(
            {"update_id": 1, "callback_query": {"id": "q", "from": user, "chat_instance": "c", "data": data}}
        )

    assert kinds(message(text="/start@QatarJobsBot hello")) == "/start"
    assert kinds(message(text="/START")) == "/start"
    assert kinds(message(text="/anything_a_user_types")) == "/other"
    assert kinds(message(text="welder")) == "text"
    assert kinds(message(contact={"phone_number": "+77011234567", "first_name": "A"})) == "contact"
    assert kinds(callback("lg:kk")) == "callback:lg"
    assert kinds(callback("forged-prefix-123:1")) == "callback:other"
    member = {"user": user, "status": "kicked", "until_date": 0}
    blocked = Update.model_validate({"update_id": 1, "my_chat_member": {
        "chat": chat, "from": user, "date": 0, "old_chat_member": {"user": user, "status": "member"},
        "new_chat_member": member}})
    assert kinds(blocked) == "my_chat_member"
