"""A worker who stopped halfway through the profile is reminded once, a day later, in their language,
never at night; finished, blocked, long-gone workers and officers are not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from bot.delivery import DeliveryLoop
from bot.services.reminders import remind_unfinished_profiles
from db.models import OutboxMessage, Profile, User
from tests.e2e.test_registration import fill_profile, register

NOON_KZ = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)  # 12:00 in Kazakhstan
NIGHT_KZ = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)  # 23:00 in Kazakhstan


async def add(database, user_id: int, *, stopped: timedelta, finished: bool = False, active: bool = True,
              role: str = "worker", language: str = "kk", now: datetime = NOON_KZ) -> None:
    moment = now - stopped
    async with database.sessionmaker() as session:
        session.add(User(id=user_id, language=language, role=role, is_active=active, consent_at=moment))
        session.add(Profile(user_id=user_id, full_name="Aidos", languages=[], updated_at=moment,
                            completed_at=moment if finished else None))
        await session.commit()


async def reminders(database) -> list[OutboxMessage]:
    async with database.sessionmaker() as session:
        return list((await session.execute(select(OutboxMessage).order_by(OutboxMessage.user_id))).scalars())


async def test_only_workers_who_stopped_a_day_to_a_week_ago_are_reminded_once(any_database, i18n):
    await add(any_database, 1, stopped=timedelta(hours=30))                       # reminded
    await add(any_database, 2, stopped=timedelta(hours=30), language="ru")        # reminded, in Russian
    await add(any_database, 3, stopped=timedelta(hours=5))                        # still busy with it
    await add(any_database, 4, stopped=timedelta(days=9))                         # long gone
    await add(any_database, 5, stopped=timedelta(hours=30), finished=True)        # done
    await add(any_database, 6, stopped=timedelta(hours=30), active=False)         # blocked the bot
    await add(any_database, 7, stopped=timedelta(hours=30), role="officer")

    assert await remind_unfinished_profiles(any_database.sessionmaker, i18n, now=NOON_KZ) == 2
    assert await remind_unfinished_profiles(any_database.sessionmaker, i18n, now=NOON_KZ + timedelta(hours=1)) == 0
    queued = await reminders(any_database)
    assert [(m.user_id, m.key, m.kind) for m in queued] == [
        (1, "profile-reminder:1", "reminder"), (2, "profile-reminder:2", "reminder")]
    assert queued[0].payload["text"] == i18n.translator("kk")("profile-reminder")
    assert queued[1].payload["text"] == i18n.translator("ru")("profile-reminder")


async def test_a_reminder_found_at_night_waits_for_the_morning(database, i18n):
    await add(database, 1, stopped=timedelta(hours=30), now=NIGHT_KZ)
    await remind_unfinished_profiles(database.sessionmaker, i18n, now=NIGHT_KZ)
    (queued,) = await reminders(database)
    assert queued.not_before == datetime(2026, 11, 21, 3, 0, tzinfo=UTC)  # 08:00 in Kazakhstan


async def test_the_reminder_reaches_the_worker(make_client, database, i18n, bot, settings):
    client = make_client(user_id=1, language_code="kk")
    await add(database, 1, stopped=timedelta(hours=30))
    await remind_unfinished_profiles(database.sessionmaker, i18n, now=NOON_KZ)
    loop = DeliveryLoop(bot, database.sessionmaker, settings.model_copy(update={"per_chat_interval_seconds": 0}))
    await loop.run_once()
    assert client.last_text() == i18n.translator("kk")("profile-reminder")


async def test_a_reminder_waiting_for_the_morning_is_withdrawn_when_the_worker_finishes(
    make_client, database, i18n, bot, settings
):
    """Found at night, the reminder waits; finished before the morning, the worker must not be asked to
    finish what they finished."""
    client = make_client(user_id=1, language_code="en")
    await register(client, i18n, "en")
    async with database.sessionmaker() as session:
        await session.execute(update(Profile).values(updated_at=NIGHT_KZ - timedelta(hours=30)))
        await session.commit()
    assert await remind_unfinished_profiles(database.sessionmaker, i18n, now=NIGHT_KZ) == 1

    await fill_profile(client, i18n, "en", "welder")
    loop = DeliveryLoop(bot, database.sessionmaker, settings.model_copy(update={"per_chat_interval_seconds": 0}))
    await loop.run_once()  # the morning: the reminder is due
    assert i18n.translator("en")("profile-reminder") not in [m.text for m in client.messages()]
    (withdrawn,) = await reminders(database)
    assert withdrawn.status == "dropped"
    assert await remind_unfinished_profiles(database.sessionmaker, i18n, now=NIGHT_KZ) == 0
