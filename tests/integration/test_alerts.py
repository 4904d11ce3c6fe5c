"""Alerts, digests and closing at deadline against a real database, with a controlled clock."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from bot import scheduler as jobs
from bot.services import alerts
from bot.settings import Settings
from db.models import (
    AlertPrefs,
    Application,
    OutboxMessage,
    Profile,
    ProfileOccupation,
    User,
    Vacancy,
)
from handlers.callbacks import VacancyCb
from tests.texts import plain

UTC = timezone.utc
# 14:00 in Kazakhstan (UTC+5) on an ordinary day: outside the default quiet hours.
DAY = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def kz(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given on Kazakhstan's clock, in March 2026, as aware UTC."""
    return datetime(2026, 3, day, hour, minute, tzinfo=alerts.KZ).astimezone(UTC)


# ---- factories -----------------------------------------------------------------------------------------


async def add_worker(
    db, user_id: int, code: str | None = "7212", *, lang: str = "ru", years: int = 6, active: bool = True,
    completed: bool = True, raw: str = "welder", **prefs,
) -> None:
    async with db.sessionmaker() as session:
        session.add(User(id=user_id, language=lang, is_active=active, consent_at=DAY - timedelta(days=30)))
        await session.flush()
        session.add(Profile(user_id=user_id, full_name="W", languages=["ru", "kk"], min_salary=Decimal(1500),
                            region="almaty", completed_at=DAY - timedelta(days=30) if completed else None))
        await session.flush()
        session.add(ProfileOccupation(user_id=user_id, position=1, raw_text=raw, isco_code=code, years=years))
        if prefs:
            row = AlertPrefs(user_id=user_id, **prefs)
            session.add(row)
            await session.flush()
            for name, value in prefs.items():  # None would have been taken for "use the default"
                setattr(row, name, value)
        await session.commit()


async def add_vacancy(
    db, vacancy_id: int, code: str = "7212", title: str = "Welder", *, status: str = "open",
    deadline: date | None = date(2026, 12, 31), matched_at: datetime | None = None, **fields,
) -> None:
    async with db.sessionmaker() as session:
        session.add(Vacancy(
            id=vacancy_id, external_id=f"ext-{vacancy_id}", title=title, employer="Doha Steel W.L.L.",
            isco_code=code, city="Doha", salary_min=Decimal(2000), salary_max=Decimal(2600),
            min_experience_years=2, deadline=deadline, status=status, matched_at=matched_at, **fields,
        ))
        await session.commit()


async def outbox_rows(db, kind: str | None = None) -> list[OutboxMessage]:
    async with db.sessionmaker() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kind:
            query = query.where(OutboxMessage.kind == kind)
        return list((await session.execute(query)).scalars().all())


async def match(db, i18n, settings, now=DAY):
    return await alerts.match_new_vacancies(db.sessionmaker, i18n, settings, now=now)


# ---- instant alerts ------------------------------------------------------------------------------------


async def test_one_alert_per_worker_per_vacancy_even_when_run_twice(database, i18n, settings):
    await add_worker(database, 1, lang="en")
    await add_vacancy(database, 10)

    first = await match(database, i18n, settings)
    second = await match(database, i18n, settings, now=DAY + timedelta(minutes=1))
    # Even a vacancy matched again (say, by a replica that read it before the first run committed)
    # cannot queue the same alert twice.
    async with database.sessionmaker() as session:
        (await session.get(Vacancy, 10)).matched_at = None
        await session.commit()
    third = await match(database, i18n, settings, now=DAY + timedelta(minutes=2))

    assert (first.queued, second.queued, third.queued) == (1, 0, 0)
    [row] = await outbox_rows(database)
    assert row.key == "alert:1:10" and row.user_id == 1 and row.kind == "alert"
    assert row.not_before == DAY  # 14:00 in Kazakhstan: not quiet, goes at once
    text = plain(row.payload["text"])
    t = i18n.translator("en")
    assert "Welder" in text and "Doha Steel" in text
    assert plain(t("fee-warning")) in text and "migration.enbek.kz" in text
    assert plain(t("reason-occupation-unit", title="Welders and flame cutters")).split()[0] in text
    buttons = [b["callback_data"] for line in row.payload["reply_markup"]["inline_keyboard"] for b in line]
    assert buttons == [VacancyCb(action=a, id=10).pack() for a in ("d", "a", "f")]
    async with database.sessionmaker() as session:
        assert (await session.get(Vacancy, 10)).matched_at is not None


async def test_alert_text_is_in_each_workers_language(database, i18n, settings):
    await add_worker(database, 1, lang="kk")
    await add_worker(database, 2, lang="ru")
    await add_vacancy(database, 10)
    await match(database, i18n, settings)
    by_user = {row.user_id: row.payload["text"] for row in await outbox_rows(database)}
    assert i18n.translator("kk")("alerts-new-vacancy") in by_user[1]
    assert i18n.translator("ru")("alerts-new-vacancy") in by_user[2]


async def test_closed_and_expired_vacancies_are_never_alerted(database, i18n, settings):
    await add_worker(database, 1)
    await add_vacancy(database, 10, status="closed")
    await add_vacancy(database, 11, deadline=date(2026, 3, 9))  # yesterday in Kazakhstan
    await add_vacancy(database, 12, deadline=date(2026, 3, 10))  # today: still open
    await match(database, i18n, settings)
    assert [row.key for row in await outbox_rows(database)] == ["alert:1:12"]


async def test_only_workers_it_fits_and_who_want_it_are_alerted(database, i18n, settings):
    await add_worker(database, 1)  # defaults: instant, min score 50
    await add_worker(database, 2, mode="off")
    await add_worker(database, 3, mode="digest")
    await add_worker(database, 4, paused_until=DAY + timedelta(days=3))
    await add_worker(database, 5, paused_until=DAY - timedelta(hours=1))  # pause over
    await add_worker(database, 6, muted_codes=["7212"])
    await add_worker(database, 7, active=False)  # blocked the bot
    await add_worker(database, 8, completed=False)
    await add_worker(database, 9, "5120", raw="cook")  # another trade
    await add_worker(database, 11, "7214", raw="structural metal preparer", years=0, min_score=75)
    await add_worker(database, 12, "7214", raw="structural metal preparer", years=0, min_score=30)
    await add_vacancy(database, 10)

    await match(database, i18n, settings)

    assert sorted(row.user_id for row in await outbox_rows(database)) == [1, 5, 12]


async def test_pause_means_pause_even_after_it_ends(database, i18n, settings):
    await add_worker(database, 1, paused_until=DAY + timedelta(days=1))
    await add_vacancy(database, 10)
    await match(database, i18n, settings)
    await match(database, i18n, settings, now=DAY + timedelta(days=2))
    assert await outbox_rows(database) == []


async def test_an_updated_vacancy_does_not_alert_again(database, i18n, settings):
    await add_worker(database, 1)
    await add_vacancy(database, 10)
    await match(database, i18n, settings)
    async with database.sessionmaker() as session:
        vacancy = await session.get(Vacancy, 10)
        vacancy.salary_max, vacancy.title = Decimal(3000), "Welder (TIG)"
        await session.commit()
    await add_worker(database, 2)
    await match(database, i18n, settings, now=DAY + timedelta(hours=1))
    assert [row.key for row in await outbox_rows(database)] == ["alert:1:10"]


async def test_quiet_hours_hold_an_alert_until_morning(database, i18n, settings):
    await add_worker(database, 1)  # default quiet hours 22:00-08:00
    await add_worker(database, 2, quiet_start=None, quiet_end=None)
    await add_worker(database, 3, quiet_start=23, quiet_end=7)
    await add_vacancy(database, 10)
    now = kz(10, 23, 30)
    await match(database, i18n, settings, now=now)
    due = {row.user_id: row.not_before for row in await outbox_rows(database)}
    assert due[1] == kz(11, 8) == datetime(2026, 3, 11, 3, 0, tzinfo=UTC)
    assert due[2] == now
    assert due[3] == kz(11, 7)


# ---- digests -------------------------------------------------------------------------------------------


async def digest(db, i18n, settings, now):
    return await alerts.send_digests(db.sessionmaker, i18n, settings, now=now)


async def test_digest_once_a_day_at_the_chosen_hour_with_only_new_vacancies(database, i18n, settings):
    await add_worker(database, 1, lang="en", mode="digest", digest_hour=9)
    await add_vacancy(database, 10, title="Welder")
    await match(database, i18n, settings, now=kz(10, 7))
    assert await outbox_rows(database) == []  # no alert: the digest collects it

    assert await digest(database, i18n, settings, kz(10, 8, 59)) == 0  # not yet time
    assert await digest(database, i18n, settings, kz(10, 9, 5)) == 1
    assert await digest(database, i18n, settings, kz(10, 9, 10)) == 0  # once a day
    [first] = await outbox_rows(database, "digest")
    assert first.key == "digest:1:2026-03-10"
    assert "Welder" in first.payload["text"] and "1 new vacancy" in plain(first.payload["text"])
    assert first.payload["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == VacancyCb(
        action="d", id=10).pack()

    await add_vacancy(database, 11, title="TIG welder")
    await match(database, i18n, settings, now=kz(10, 10))
    assert await digest(database, i18n, settings, kz(10, 11)) == 0  # waits for tomorrow's digest
    assert await digest(database, i18n, settings, kz(11, 9, 1)) == 1
    second = (await outbox_rows(database, "digest"))[-1]
    assert second.key == "digest:1:2026-03-11"
    assert "TIG welder" in second.payload["text"] and "<b>Welder</b>" not in second.payload["text"]

    assert await digest(database, i18n, settings, kz(12, 9, 30)) == 0  # nothing new: no message
    assert len(await outbox_rows(database, "digest")) == 2


async def test_digest_leaves_out_what_does_not_fit_or_was_alerted(database, i18n, settings):
    await add_worker(database, 1, mode="digest", digest_hour=9, muted_codes=["7214"])
    await add_worker(database, 2, mode="digest", digest_hour=9, paused_until=kz(12, 0))
    await add_worker(database, 3, mode="digest", digest_hour=20)
    await add_vacancy(database, 10, code="5120", title="Cook")
    await add_vacancy(database, 11, code="7214", title="Steel fixer")
    await match(database, i18n, settings, now=kz(10, 7))
    assert await digest(database, i18n, settings, kz(10, 9, 5)) == 0


async def test_a_worker_who_switches_to_digest_does_not_get_alerted_vacancies_again(database, i18n, settings):
    await add_worker(database, 1, lang="en", mode="instant", digest_hour=9)
    await add_vacancy(database, 10, title="Pipe welder")
    await match(database, i18n, settings, now=kz(10, 6))
    async with database.sessionmaker() as session:
        (await session.get(AlertPrefs, 1)).mode = "digest"
        await session.commit()
    await add_vacancy(database, 11, title="TIG welder")
    await match(database, i18n, settings, now=kz(10, 8, 30))

    assert await digest(database, i18n, settings, kz(10, 9, 5)) == 1
    [row] = await outbox_rows(database, "digest")
    assert "TIG welder" in row.payload["text"] and "Pipe welder" not in row.payload["text"]


# ---- closing at deadline -------------------------------------------------------------------------------


async def test_expired_vacancies_close_and_waiting_applicants_are_told_once(database, i18n, settings):
    for user_id, lang in ((1, "kk"), (2, "ru"), (3, "en"), (4, "ru")):
        await add_worker(database, user_id, lang=lang, active=user_id != 4)
    await add_vacancy(database, 10, deadline=date(2026, 3, 10))
    await add_vacancy(database, 11, deadline=date(2026, 3, 11))
    async with database.sessionmaker() as session:
        session.add_all([
            Application(id=100, user_id=1, vacancy_id=10, status="applied"),
            Application(id=101, user_id=2, vacancy_id=10, status="interview"),
            Application(id=102, user_id=3, vacancy_id=10, status="rejected"),  # decided already
            Application(id=103, user_id=4, vacancy_id=10, status="applied"),  # blocked the bot
            Application(id=104, user_id=3, vacancy_id=11, status="applied"),
        ])
        await session.commit()

    # 01:00 on 11 March in Kazakhstan is still 10 March in UTC: the deadline of the 10th has passed.
    now = kz(11, 1)
    assert await alerts.close_expired_vacancies(database.sessionmaker, i18n, settings, now=now) == 1
    assert await alerts.close_expired_vacancies(database.sessionmaker, i18n, settings, now=now) == 0

    rows = await outbox_rows(database)
    assert sorted(row.key for row in rows) == ["closed:100", "closed:101"]
    kk_text = next(row.payload["text"] for row in rows if row.user_id == 1)
    assert "бос орны жабылды" in kk_text and "10.03.2026" in kk_text
    async with database.sessionmaker() as session:
        assert (await session.get(Vacancy, 10)).status == "closed"
        assert (await session.get(Vacancy, 10)).closed_at == now
        assert (await session.get(Vacancy, 11)).status == "open"


# ---- leases and the scheduler --------------------------------------------------------------------------


async def test_a_lease_lets_one_holder_run_per_period(any_database):
    db, now = any_database, DAY
    assert await jobs.take_lease(db.sessionmaker, "job", "a", 60, now)
    assert not await jobs.take_lease(db.sessionmaker, "job", "b", 60, now + timedelta(seconds=30))
    assert await jobs.take_lease(db.sessionmaker, "job", "b", 60, now + timedelta(seconds=61))
    assert not await jobs.take_lease(db.sessionmaker, "job", "a", 60, now + timedelta(seconds=62))
    assert await jobs.take_lease(db.sessionmaker, "other", "a", 60, now)


async def test_a_second_concurrent_run_skips(database):
    runs: list[str] = []

    async def work(name: str) -> None:
        runs.append(name)
        await asyncio.sleep(0.05)

    results = await asyncio.gather(*(
        jobs.run_leased("match_new_vacancies", 60, lambda name=name: work(name),
                        sessionmaker=database.sessionmaker, holder=name, clock=lambda: DAY)
        for name in ("replica-1", "replica-2")
    ))
    assert sorted(results) == [False, True] and len(runs) == 1


async def test_a_job_queues_alerts_through_its_lease(database, i18n, settings):
    await add_worker(database, 1)
    await add_vacancy(database, 10)
    kwargs = dict(settings=settings, sessionmaker=database.sessionmaker, i18n=i18n, clock=lambda: DAY)
    await jobs.match_new_vacancies_job(holder="replica-1", **kwargs)
    await add_vacancy(database, 11)
    await jobs.match_new_vacancies_job(holder="replica-2", **kwargs)  # same period: skipped
    assert [row.key for row in await outbox_rows(database)] == ["alert:1:10"]


@pytest.mark.parametrize("feed", [None, "https://example.org/feed.json"])
async def test_scheduler_registers_every_job_with_intervals_from_settings(database, i18n, bot, feed):
    settings = Settings(
        _env_file=None, bot_token="42:TEST", alerts_interval_seconds=2, digest_check_interval_seconds=3,
        expiry_check_interval_seconds=4, feed_interval_seconds=5, broadcast_progress_seconds=6,
        vacancy_feed_url=feed,
    )
    scheduler = jobs.create_scheduler(settings=settings, bot=bot, sessionmaker=database.sessionmaker, i18n=i18n)
    found = {job.id: job for job in scheduler.get_jobs()}
    expected = {"match_new_vacancies": 2, "send_digests": 3, "close_expired_vacancies": 4,
                "broadcast_progress": 6, "forget_processed_updates": jobs.PROCESSED_UPDATES_PERIOD_SECONDS,
                "remind_unfinished_profiles": jobs.REMINDERS_PERIOD_SECONDS}
    if feed:
        expected["pull_feed"] = 5
    assert {name: job.trigger.interval.total_seconds() for name, job in found.items()} == expected
    assert all(job.max_instances == 1 and job.coalesce for job in found.values())
    assert not scheduler.running
