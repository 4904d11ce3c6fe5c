"""/delete erases everything the bot holds about a worker, and nothing is sent to them afterwards."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.services import outbox
from db.models import Base, OutboxMessage
from tests.e2e.test_jobs import add_vacancy, welder
from tests.e2e.test_officer import deliver_everything
from tests.texts import plain

WORKER = 7001
NEIGHBOUR = 7002


def mentions(value: object, user_id: int) -> bool:
    """The id as a value, or as a whole number inside a text or JSON ("alert:7001:3", not "17001")."""
    if isinstance(value, (str, dict, list)):
        return re.search(rf"(?<!\d){user_id}(?!\d)", str(value)) is not None
    return value == user_id


async def rows_about(database, user_id: int) -> dict[str, list[tuple]]:
    """Every row of every table holding the user's Telegram id, in a column or inside a text or JSON."""
    found: dict[str, list[tuple]] = {}
    async with database.sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "processed_updates":  # update ids, not people
                continue
            for row in (await session.execute(select(table))).all():
                if any(mentions(value, user_id) for value in row):
                    found.setdefault(table.name, []).append(tuple(row))
    return found


async def test_delete_leaves_nothing_about_the_worker_and_sends_them_nothing(
    make_client, i18n, database, bot, settings
):
    t = i18n.translator("en")
    applied_to = await add_vacancy(database)
    await add_vacancy(database)
    worker = await welder(make_client, i18n, "en", user_id=WORKER)
    await welder(make_client, i18n, "en", user_id=NEIGHBOUR)
    await worker.send("/jobs")
    await worker.click(t("btn-jobs-apply", n=1))
    await worker.send("/jobs")
    await worker.click(t("btn-jobs-hide", n=2))
    await worker.send("/alerts")
    async with database.sessionmaker() as session, session.begin():
        for user_id in (WORKER, NEIGHBOUR):
            await outbox.enqueue(session, key=f"alert:{user_id}:{applied_to}", user_id=user_id, kind="alert",
                                 text="A new vacancy fits you")
    assert set(await rows_about(database, WORKER)) >= {
        "users", "profiles", "applications", "application_events", "hidden_vacancies", "alert_prefs", "outbox"}

    await worker.send("/delete")
    await worker.click(t("btn-delete-yes"))
    assert worker.last_text() == plain(t("delete-done"))
    assert await rows_about(database, WORKER) == {}

    before = len(worker.messages())
    await deliver_everything(bot, database, settings)
    assert len(worker.messages()) == before  # the alert queued before the deletion never arrives
    async with database.sessionmaker() as session:
        statuses = (await session.execute(select(OutboxMessage.user_id, OutboxMessage.status))).all()
    assert statuses == [(NEIGHBOUR, "sent")]
