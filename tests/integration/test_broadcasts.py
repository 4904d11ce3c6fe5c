"""Broadcast segments, queueing, stopping and progress reporting, against a real (migrated) database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.services import broadcasts
from db.models import (
    Application,
    Broadcast,
    Officer,
    OutboxMessage,
    Profile,
    ProfileOccupation,
    User,
    Vacancy,
    utcnow,
)

OFFICERS = frozenset({900_001})


async def seed(session) -> None:
    """Six workers with known traits, one of them blocked, plus two officers who must never count."""
    people = [
        # id, language, region, active, codes
        (1, "kk", "mangystau", True, ["7212"]),
        (2, "ru", "mangystau", True, ["8332", "7233"]),
        (3, "ru", "mangystau", False, ["7212"]),
        (4, "en", "almaty", True, ["5120"]),
        (5, "kk", "almaty", True, []),
        (6, "ru", None, True, ["7411"]),
    ]
    for user_id, lang, region, active, codes in people:
        session.add(User(id=user_id, language=lang, role="worker", is_active=active, consent_at=utcnow()))
        session.add(Profile(user_id=user_id, region=region, languages=[]))
        for position, code in enumerate(codes, start=1):
            session.add(ProfileOccupation(user_id=user_id, position=position, raw_text=code, isco_code=code))
    session.add(User(id=900_001, language="ru", role="officer", consent_at=utcnow()))
    session.add(User(id=900_002, language="ru", role="worker", consent_at=utcnow()))  # added in chat later
    session.add(Profile(user_id=900_002, region="mangystau", languages=[]))
    session.add(Officer(user_id=900_002, added_by=900_001))
    session.add(Vacancy(id=10, external_id="QA-10", title="Welder", employer="Doha Steel"))
    session.add(Vacancy(id=11, external_id="QA-11", title="Driver", employer="Doha Transport"))
    await session.flush()  # no ORM relationship orders these inserts before the applications
    session.add(Application(user_id=1, vacancy_id=10, status="interview"))
    session.add(Application(user_id=3, vacancy_id=10, status="applied"))
    session.add(Application(user_id=2, vacancy_id=11, status="interview"))
    await session.commit()


@pytest.mark.parametrize(
    ("kind", "value", "active", "inactive"),
    [
        ("all", "", 5, 1),
        ("lang", "ru", 2, 1),
        ("region", "mangystau", 2, 1),
        ("isco", "7", 3, 1),  # 7212, 7233 (second occupation), 7411; the blocked 7212 is missed
        ("isco", "72", 2, 1),
        ("isco", "8", 1, 0),
        ("isco", "7212 5120", 2, 1),  # trades named together: a worker of either
        ("isco", "7233 8332", 1, 0),  # a worker of both is one worker
        ("status", "interview", 2, 0),
        ("vacancy", "10", 1, 1),
    ],
)
async def test_audience_counts_active_and_blocked_workers_of_each_segment(
    any_database, kind, value, active, inactive
):
    async with any_database.sessionmaker() as session:
        await seed(session)
        counted = await broadcasts.audience(session, broadcasts.segment(kind, value), OFFICERS)
    assert (counted.active, counted.inactive) == (active, inactive)


async def test_queue_makes_one_row_per_active_worker_in_their_language(any_database, i18n):
    async with any_database.sessionmaker() as session:
        await seed(session)
        broadcast = await broadcasts.queue(
            session, officer_id=900_001, html_text="<b>Meeting</b> on Friday",
            seg=broadcasts.segment("region", "mangystau"), officer_ids=OFFICERS, i18n=i18n,
        )
        await session.commit()
        rows = (await session.execute(select(OutboxMessage).order_by(OutboxMessage.user_id))).scalars().all()
        stored = await session.get(Broadcast, broadcast.id)
    assert [row.user_id for row in rows] == [1, 2]  # not the blocked 3, not the officer 900002
    assert {row.key for row in rows} == {f"broadcast:{broadcast.id}:1", f"broadcast:{broadcast.id}:2"}
    assert all(row.kind == "broadcast" and row.broadcast_id == broadcast.id for row in rows)
    assert rows[0].payload["text"] == broadcasts.worker_text(i18n.translator("kk"), "<b>Meeting</b> on Friday")
    assert rows[1].payload["text"] == broadcasts.worker_text(i18n.translator("ru"), "<b>Meeting</b> on Friday")
    assert (stored.total, stored.skipped_inactive, stored.status) == (2, 1, "queued")
    assert stored.segment == {"kind": "region", "value": "mangystau"}


async def test_find_vacancy_by_external_id_or_own_id(database):
    async with database.sessionmaker() as session:
        await seed(session)
        assert (await broadcasts.find_vacancy(session, " QA-11 ")).id == 11
        assert (await broadcasts.find_vacancy(session, "10")).external_id == "QA-10"
        assert await broadcasts.find_vacancy(session, "QA-99") is None
        assert await broadcasts.find_vacancy(session, "") is None


async def test_stop_drops_pending_rows_only_once(database, i18n):
    async with database.sessionmaker() as session:
        await seed(session)
        broadcast = await broadcasts.queue(
            session, officer_id=900_001, html_text="x", seg=broadcasts.segment("all"),
            officer_ids=OFFICERS, i18n=i18n,
        )
        first = (await session.execute(select(OutboxMessage).limit(1))).scalar_one()
        first.status, first.sent_at = "sent", utcnow()
        await session.commit()
        assert await broadcasts.stop(session, broadcast.id) is not None
        await session.commit()
        assert await broadcasts.stop(session, broadcast.id) is None  # already stopped
        counts = await broadcasts.progress(session, broadcast.id)
    assert (counts.sent, counts.blocked, counts.left) == (1, 4, 0)


class EditRecorder:
    """A stand-in Bot that records edits and can answer like Telegram does for an unchanged text."""

    def __init__(self) -> None:
        self.edits: list[dict] = []
        self.not_modified = False

    async def edit_message_text(self, **params):
        from aiogram.exceptions import TelegramBadRequest
        from aiogram.methods import EditMessageText

        self.edits.append(params)
        if self.not_modified:
            raise TelegramBadRequest(EditMessageText(**params), "Bad Request: message is not modified")
        return True


async def test_report_progress_throttles_marks_done_and_ignores_not_modified(database, settings, i18n):
    async with database.sessionmaker() as session:
        await seed(session)
        broadcast = await broadcasts.queue(
            session, officer_id=900_001, html_text="x", seg=broadcasts.segment("lang", "ru"),
            officer_ids=OFFICERS, i18n=i18n,
        )
        broadcast.progress_chat_id, broadcast.progress_message_id = 900_001, 5
        await session.commit()
        broadcast_id = broadcast.id
    bot = EditRecorder()
    start = utcnow()
    clock = [start]
    now = lambda: clock[0]

    assert await broadcasts.report_progress(bot, database.sessionmaker, i18n, settings, now=now) == 1
    clock[0] = start + timedelta(seconds=2)
    assert await broadcasts.report_progress(bot, database.sessionmaker, i18n, settings, now=now) == 0

    async with database.sessionmaker() as session:  # the delivery loop sends both rows
        for row in (await session.execute(select(OutboxMessage))).scalars():
            row.status, row.sent_at = "sent", utcnow()
        await session.commit()
    bot.not_modified = True  # must not break anything
    clock[0] = start + timedelta(seconds=3)
    assert await broadcasts.report_progress(bot, database.sessionmaker, i18n, settings, now=now) == 1
    assert "reply_markup" in bot.edits[-1] and bot.edits[-1]["reply_markup"] is None  # no stop button
    assert "2" in bot.edits[-1]["text"] and i18n.translator("ru")("broadcast-state-done") in bot.edits[-1]["text"]

    async with database.sessionmaker() as session:
        assert (await session.get(Broadcast, broadcast_id)).status == "done"
        running = await session.scalar(select(func.count()).select_from(Broadcast).where(Broadcast.status == "queued"))
    assert running == 0
    clock[0] = start + timedelta(seconds=60)
    assert await broadcasts.report_progress(bot, database.sessionmaker, i18n, settings, now=now) == 0


async def test_report_progress_never_reopens_a_stopped_broadcast(database, settings, i18n):
    async with database.sessionmaker() as session:
        await seed(session)
        broadcast = await broadcasts.queue(
            session, officer_id=900_001, html_text="x", seg=broadcasts.segment("all"),
            officer_ids=OFFICERS, i18n=i18n,
        )
        await broadcasts.stop(session, broadcast.id)
        await session.commit()
        broadcast_id = broadcast.id
    assert await broadcasts.report_progress(EditRecorder(), database.sessionmaker, i18n, settings) == 0
    async with database.sessionmaker() as session:
        assert (await session.get(Broadcast, broadcast_id)).status == "stopped"


def test_narrowing_keeps_every_condition_flat():
    welders_in_mangystau = broadcasts.narrowed(broadcasts.segment("isco", "7212"), broadcasts.segment("region", "mangystau"))
    narrowed = broadcasts.narrowed(broadcasts.segment("lang", "kk"), welders_in_mangystau)
    assert broadcasts.parts(narrowed) == [
        {"kind": "lang", "value": "kk"}, {"kind": "isco", "value": "7212"}, {"kind": "region", "value": "mangystau"},
    ]
    assert broadcasts.narrowed(broadcasts.segment("all"), welders_in_mangystau) == welders_in_mangystau
