"""Statistics for officers: exact figures for a small known dataset, and the CSV files built from them."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.services import stats
from db.models import OutboxMessage, Profile, Vacancy, utcnow
from tests.integration.test_broadcasts import OFFICERS, seed


async def add_activity(session) -> None:
    """Open and closed vacancies, and messages sent an hour, three days and ten days ago."""
    session.add(Vacancy(external_id="QA-12", title="Welder", employer="E", isco_code="7212", positions=5))
    session.add(Vacancy(external_id="QA-13", title="Welder 2", employer="E", isco_code="7212", positions=None))
    session.add(Vacancy(external_id="QA-14", title="Cook", employer="E", isco_code="5120", positions=2))
    session.add(Vacancy(external_id="QA-15", title="Old", employer="E", isco_code="5120", positions=9, status="closed"))
    now = utcnow()
    sent = [("alert", 1), ("digest", 1), ("alert", 72), ("alert", 240), ("broadcast", 2), ("broadcast", 100)]
    for number, (kind, hours) in enumerate(sent):
        moment = now - timedelta(hours=hours)
        session.add(OutboxMessage(key=f"k{number}", user_id=1, kind=kind, payload={"text": "x"},
                                  status="sent", sent_at=moment))
    session.add(OutboxMessage(key="pending", user_id=1, kind="alert", payload={"text": "x"}, status="pending"))
    session.add(OutboxMessage(key="failed", user_id=1, kind="broadcast", payload={"text": "x"}, status="failed"))
    await session.commit()


async def test_figures_of_a_known_dataset(any_database):
    async with any_database.sessionmaker() as session:
        await seed(session)
        await add_activity(session)
        async with any_database.sessionmaker() as fresh:
            for user_id in (1, 2, 4):
                profile = await fresh.get(Profile, user_id)
                profile.completed_at = utcnow()
            await fresh.commit()
        figures = await stats.collect(session, OFFICERS)

    assert (figures.workers_total, figures.workers_active, figures.workers_blocked) == (6, 5, 1)
    assert figures.profiles_complete == 3
    assert figures.by_region == [("mangystau", 3), ("almaty", 2), (None, 1)]
    assert figures.by_language == [("ru", 3), ("kk", 2), ("en", 1)]
    assert figures.sought[0] == ("7212", 2)
    assert sorted(figures.sought[1:]) == [("5120", 1), ("7233", 1), ("7411", 1), ("8332", 1)]
    # Open vacancies: two 7212 (5 places, and one not saying how many: at least one), one 5120 (2), and the
    # two seeded without a code (nor a number of places).
    assert ("7212", 2, 6) in figures.offered and ("5120", 1, 2) in figures.offered
    assert ("", 2, 2) in figures.offered
    assert (figures.open_vacancies, figures.open_positions) == (5, 10)
    assert dict(figures.applications) == {"interview": 2, "applied": 1}
    assert (figures.alerts_day, figures.alerts_week) == (2, 3)
    assert (figures.broadcasts_day, figures.broadcasts_week) == (1, 2)


async def test_reminders_sent_and_the_workers_who_finished_their_profile_afterwards(any_database):
    now = utcnow()
    hours = lambda n: now - timedelta(hours=n)
    # worker: (reminder status, sent hours ago, profile finished hours ago or None)
    reminded = {
        1: ("sent", 1, 0.5),      # came back and finished: counted as finished
        2: ("sent", 72, None),    # did not
        4: ("sent", 72, 73),      # finished while the reminder waited for the morning: not "after"
        5: ("sent", 240, 200),    # more than a week ago: outside the figures
        6: ("failed", None, None),
        99: ("sent", 2, None),    # erased their data since: no profile left
    }
    async with any_database.sessionmaker() as session:
        await seed(session)
        for user_id, (status, sent, finished) in reminded.items():
            session.add(OutboxMessage(key=f"profile-reminder:{user_id}", user_id=user_id, kind="reminder",
                                      payload={"text": "x"}, status=status,
                                      sent_at=hours(sent) if sent is not None else None))
            profile = await session.get(Profile, user_id)
            if profile is not None and finished is not None:
                profile.completed_at = hours(finished)
        await session.commit()
        figures = await stats.collect(session, OFFICERS)

    assert (figures.reminders_day, figures.reminders_week, figures.reminders_week_finished) == (2, 4, 1)
    assert (figures.alerts_week, figures.broadcasts_week) == (0, 0)
    summary = _rows(stats.summary_csv(figures))
    assert ["messages", "profile_reminders_last_day", "2"] in summary
    assert ["messages", "profile_reminders_last_week_then_finished", "1"] in summary


async def test_csv_files_hold_the_same_figures_and_no_names(database):
    async with database.sessionmaker() as session:
        await seed(session)
        await add_activity(session)
        figures = await stats.collect(session, OFFICERS, top=None)
        applications = await stats.applications_csv(session)

    summary = _rows(stats.summary_csv(figures))
    assert ["workers", "total", "6"] in summary and ["workers", "blocked", "1"] in summary
    assert ["workers_by_region", "mangystau", "3"] in summary
    assert ["applications_by_status", "interview", "2"] in summary

    occupations = _rows(stats.occupations_csv(figures, lambda code: f"title {code}"))
    assert occupations[0] == ["isco_code", "title", "workers_seeking", "open_vacancies", "open_positions"]
    assert occupations[1] == ["7212", "title 7212", "2", "2", "6"]
    assert ["8332", "title 8332", "1", "0", "0"] in occupations

    rows = _rows(applications)
    assert rows[0] == ["application_id", "telegram_id", "vacancy_external_id", "status", "created_at_utc",
                       "updated_at_utc"]
    assert sorted(row[1:4] for row in rows[1:]) == [["1", "QA-10", "interview"], ["2", "QA-11", "interview"],
                                                    ["3", "QA-10", "applied"]]
    assert applications.startswith("\ufeff".encode())  # spreadsheets read it as UTF-8


def _rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
