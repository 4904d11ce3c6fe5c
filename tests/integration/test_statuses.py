"""Status changes on the database: one event and one notice per change, nothing for a refused one."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from bot.services.status_import import import_statuses, render_status_summary, run_cli
from bot.services.statuses import change_status, withdraw
from bot.settings import Settings
from db.models import (
    Application,
    ApplicationEvent,
    AuditEntry,
    OutboxMessage,
    User,
    Vacancy,
    utcnow,
)
from tests.texts import plain

WORKER, OTHER = 7001, 7002


async def add_worker(session, user_id: int = WORKER, language: str = "kk") -> User:
    user = User(id=user_id, language=language, role="worker", is_active=True, consent_at=utcnow())
    session.add(user)
    await session.flush()
    return user


async def add_vacancy(session, external_id: str = "QA-1", **fields) -> Vacancy:
    values = {
        "external_id": external_id, "title": "Welder", "employer": "Doha Steel", "salary_min": Decimal(2500),
        "salary_max": Decimal(3000), "food_allowance": Decimal(300), "hours_per_week": 48,
        "annual_leave_days": 24, "contract_months": 24, "accommodation_provided": True, "airfare_provided": True,
    }
    values.update(fields)
    vacancy = Vacancy(**values)
    session.add(vacancy)
    await session.flush()
    return vacancy


async def add_application(session, user_id: int, vacancy: Vacancy, status: str = "applied") -> Application:
    application = Application(user_id=user_id, vacancy_id=vacancy.id, status=status)
    session.add(application)
    await session.flush()
    session.add(ApplicationEvent(application_id=application.id, status=status, source="worker", actor_id=user_id))
    await session.flush()
    return application


async def count(session, model, *where) -> int:
    return await session.scalar(select(func.count()).select_from(model).where(*where))


async def setup(database, status: str = "applied", language: str = "kk") -> int:
    async with database.sessionmaker() as session:
        await add_worker(session, language=language)
        application = await add_application(session, WORKER, await add_vacancy(session), status)
        await session.commit()
        return application.id


async def test_a_change_writes_an_event_and_queues_one_notice_in_the_workers_language(any_database, i18n):
    application_id = await setup(any_database, language="kk")
    async with any_database.sessionmaker() as session:
        result = await change_status(session, application_id, "interview", note="15 May, 11:00",
                                     actor_id=900_001, source="officer", i18n=i18n)
        await session.commit()
    assert result.ok and result.previous == "applied" and result.status == "interview"
    async with any_database.sessionmaker() as session:
        application = await session.get(Application, application_id)
        events = (await session.execute(select(ApplicationEvent).order_by(ApplicationEvent.id))).scalars().all()
        notices = (await session.execute(select(OutboxMessage))).scalars().all()
    assert application.status == "interview"
    assert [(e.status, e.source, e.actor_id, e.note) for e in events[1:]] == [
        ("interview", "officer", 900_001, "15 May, 11:00")
    ]
    assert len(notices) == 1
    notice = notices[0]
    assert notice.key == f"status:{application_id}:{events[-1].id}"
    assert notice.user_id == WORKER and notice.kind == "status"
    kk = i18n.translator("kk")
    assert kk("status-name-interview") in notice.payload["text"]
    assert "15 May, 11:00" in notice.payload["text"]
    assert notice.payload["reply_markup"]["inline_keyboard"][0][0]["text"] == kk("btn-status-timeline")


async def test_the_same_status_again_changes_nothing(any_database, i18n):
    application_id = await setup(any_database)
    async with any_database.sessionmaker() as session:
        first = await change_status(session, application_id, "offer", actor_id=None, source="file", i18n=i18n)
        again = await change_status(session, application_id, "offer", actor_id=None, source="file", i18n=i18n)
        await session.commit()
        assert first.ok
        assert (again.outcome, again.reason) == ("refused", "same_status")
        assert await count(session, ApplicationEvent) == 2
        assert await count(session, OutboxMessage) == 1


@pytest.mark.parametrize(
    ("start", "new", "reason"),
    [("interview", "applied", "backward"), ("rejected", "offer", "closed"),
     ("offer", "terminated_early", "not_departed"), ("departed", "withdrawn", "after_departure")],
)
async def test_refused_changes_write_nothing(any_database, i18n, start, new, reason):
    application_id = await setup(any_database, status=start)
    async with any_database.sessionmaker() as session:
        result = await change_status(session, application_id, new, actor_id=1, source="officer", i18n=i18n)
        await session.commit()
        assert (result.outcome, result.reason) == ("refused", reason)
        assert (await session.get(Application, application_id)).status == start
        assert await count(session, ApplicationEvent) == 1
        assert await count(session, OutboxMessage) == 0


async def test_an_unknown_application_is_not_found(any_database, i18n):
    async with any_database.sessionmaker() as session:
        result = await change_status(session, 404, "offer", actor_id=1, source="officer", i18n=i18n)
    assert result.outcome == "not_found"


async def test_contract_signed_notice_lists_the_terms_the_checklist_and_rights(any_database, i18n):
    application_id = await setup(any_database, status="offer", language="en")
    async with any_database.sessionmaker() as session:
        await change_status(session, application_id, "contract_signed", actor_id=1, source="officer", i18n=i18n)
        await session.commit()
        text = plain((await session.execute(select(OutboxMessage))).scalar_one().payload["text"])
    for fragment in ("Contract signed", "2,500–3,000 QAR", "Food allowance: 300 QAR", "48 a week",
                     "24 days", "24 months", "housing, air tickets", "6 more months",
                     "police clearance", "Never hand your passport", "/rights"):
        assert fragment in text, fragment


@pytest.mark.parametrize(
    ("start", "new", "fragments", "rights"),
    [
        ("contract_signed", "visa_issued", ("buys your air ticket", "QID", "90 days", "consular"), False),
        ("departed", "terminated_early", ("return ticket", "end-of-service", "complain", "Embassy"), True),
        ("visa_issued", "departed", ("Departed to Qatar",), True),
        ("applied", "rejected", ("/jobs",), False),
    ],
)
async def test_each_step_says_what_to_do_next(any_database, i18n, start, new, fragments, rights):
    application_id = await setup(any_database, status=start, language="en")
    async with any_database.sessionmaker() as session:
        await change_status(session, application_id, new, actor_id=1, source="officer", i18n=i18n)
        await session.commit()
        text = plain((await session.execute(select(OutboxMessage))).scalar_one().payload["text"])
    for fragment in fragments:
        assert fragment in text, fragment
    assert ("/rights" in text) is rights


async def test_a_worker_withdraws_only_their_own_application(any_database, i18n):
    application_id = await setup(any_database)
    async with any_database.sessionmaker() as session:
        await add_worker(session, OTHER)
        stranger = await withdraw(session, OTHER, application_id, i18n)
        assert stranger.outcome == "not_found"
        own = await withdraw(session, WORKER, application_id, i18n)
        await session.commit()
        assert own.ok
        event = (await session.execute(select(ApplicationEvent).order_by(ApplicationEvent.id.desc()))).scalars().first()
        assert (event.status, event.source, event.actor_id) == ("withdrawn", "worker", WORKER)
        # The worker sees the result in chat at once; no second message through the outbox.
        assert await count(session, OutboxMessage) == 0


# --- status files ----------------------------------------------------------------------------------


async def test_a_status_file_applies_good_rows_and_reports_bad_ones(any_database, i18n):
    async with any_database.sessionmaker() as session:
        await add_worker(session, language="ru")
        first = await add_application(session, WORKER, await add_vacancy(session, "QA-1"))
        second = await add_application(session, WORKER, await add_vacancy(session, "QA-2"), "interview")
        third = await add_application(session, WORKER, await add_vacancy(session, "QA-3"))
        await session.commit()
    csv = (
        "application_id,telegram_id,external_id,status,note,occurred_at\n"
        f"{first.id},,,qualification_check,Documents OK,2026-05-02 10:00\n"   # row 2: good
        f",{WORKER},QA-3,Employer review,,\n"                                 # row 3: good, by pair
        f"999,,,interview,,\n"                                                # row 4: unknown application
        f"{first.id},,,hired,,\n"                                             # row 5: bad status
        f"{second.id},,,applied,,\n"                                          # row 6: backward move
        f",{WORKER},QA-404,offer,,\n"                                         # row 7: unknown pair
        f"{third.id},,,offer,,31.02.2026\n"                                   # row 8: bad date
        f"{first.id},,,qualification_check,,\n"                               # row 9: already there
    ).encode()
    async with any_database.sessionmaker() as session:
        summary = await import_statuses(session, csv, "statuses.csv", actor_id=None, i18n=i18n)
        await session.commit()
    assert (summary.rows, summary.changed, summary.unchanged) == (8, 2, 1)
    assert [(e.row, e.code) for e in summary.errors] == [
        (4, "unknown_application"), (5, "bad_status"), (6, "backward"), (7, "unknown_target"), (8, "bad_date"),
    ]
    async with any_database.sessionmaker() as session:
        statuses = dict((await session.execute(select(Application.id, Application.status))).all())
        event = (await session.execute(
            select(ApplicationEvent).where(ApplicationEvent.application_id == first.id,
                                           ApplicationEvent.status == "qualification_check")
        )).scalar_one()
        assert await count(session, OutboxMessage) == 2
    assert statuses == {first.id: "qualification_check", second.id: "interview", third.id: "employer_review"}
    assert event.source == "file" and event.note == "Documents OK"
    assert event.occurred_at == datetime(2026, 5, 2, 5, 0, tzinfo=UTC)  # 10:00 in Kazakhstan

    report = plain(render_status_summary(i18n.translator("ru"), summary))
    assert "строка 6" in report and "нельзя вернуться" in report and "строка 7" in report
    assert "visa_issued (Виза выдана)" in report  # "hired" is no step: the report lists the steps


def replayed_steps(application_id: int, *more_rows: str) -> bytes:
    """A file replaying several steps of one application, one of them backwards and one a repeat."""
    rows = [
        f"{application_id},qualification_check,first",
        f"{application_id},applied,backwards",
        f"{application_id},interview,second",
        *more_rows,
        f"{application_id},interview,again",
        f"{application_id},offer,third",
    ]
    return "\n".join(["application_id,status,note", *rows, ""]).encode()


@pytest.mark.parametrize("chunk", [2, 500], ids=["rows applied two at a time", "all rows together"])
async def test_a_file_replaying_several_steps_moves_one_application_in_file_order(
    any_database, i18n, monkeypatch, chunk
):
    """Rows are applied in batches: however the file falls into them, each step of one application
    is checked against the one before it and writes its event; the worker is told once, of the last step."""
    from bot.services import status_import

    monkeypatch.setattr(status_import, "CHUNK", chunk)
    application_id = await setup(any_database)
    csv = replayed_steps(application_id)
    async with any_database.sessionmaker() as session:
        summary = await import_statuses(session, csv, "steps.csv", actor_id=None, i18n=i18n)
        await session.commit()
    assert (summary.changed, summary.unchanged, [(e.row, e.code) for e in summary.errors]) == (3, 1, [(3, "backward")])
    async with any_database.sessionmaker() as session:
        events = (await session.execute(
            select(ApplicationEvent.status, ApplicationEvent.note)
            .where(ApplicationEvent.application_id == application_id, ApplicationEvent.source == "file")
            .order_by(ApplicationEvent.id)
        )).all()
        keys = list((await session.execute(select(OutboxMessage.key).order_by(OutboxMessage.id))).scalars())
        assert (await session.get(Application, application_id)).status == "offer"
    assert events == [("qualification_check", "first"), ("interview", "second"), ("offer", "third")]
    assert len(keys) == len(set(keys)) == 1


@pytest.mark.parametrize("chunk", [2, 500], ids=["rows previewed two at a time", "all rows together"])
async def test_a_preview_says_what_applying_would_do_and_changes_nothing(any_database, i18n, monkeypatch, chunk):
    from bot.services import status_import

    monkeypatch.setattr(status_import, "CHUNK", chunk)
    application_id = await setup(any_database)
    csv = replayed_steps(application_id, "999,offer,")  # and a row naming no application
    async with any_database.sessionmaker() as session:
        preview = await import_statuses(session, csv, "steps.csv", actor_id=None, i18n=i18n, preview=True)
        await session.commit()
    async with any_database.sessionmaker() as session:
        assert (await session.get(Application, application_id)).status == "applied"
        assert await count(session, ApplicationEvent) == 1 and await count(session, OutboxMessage) == 0

    async with any_database.sessionmaker() as session:
        applied = await import_statuses(session, csv, "steps.csv", actor_id=None, i18n=i18n)
        await session.commit()
    said = [(s.changed, s.unchanged, [(e.row, e.code) for e in s.errors], s.moved_to) for s in (preview, applied)]
    assert said[0] == said[1]
    assert preview.moved_to == {"qualification_check": 1, "interview": 1, "offer": 1}
    report = plain(status_import.render_status_preview(i18n.translator("en"), preview, "steps.csv"))
    assert "will change: 3" in report and "• → Job offer: 1" in report and "row 3, status" in report


async def test_a_long_error_report_fits_one_message(database, i18n):
    rows = "".join(f"{n},hired,\n" for n in range(1, 500))
    async with database.sessionmaker() as session:
        summary = await import_statuses(session, f"application_id,status,note\n{rows}".encode(),
                                        "s.csv", actor_id=None, i18n=i18n)
    assert len(summary.errors) == 499
    for lang in ("kk", "ru", "en"):
        assert len(render_status_summary(i18n.translator(lang), summary)) < 4096


async def test_an_unreadable_file_is_reported_as_a_whole(database, i18n):
    async with database.sessionmaker() as session:
        summary = await import_statuses(session, b"status,note\noffer,x\n", "s.csv", actor_id=None, i18n=i18n)
    assert summary.file_error == "missing_columns:application_id"
    assert "application_id" in plain(render_status_summary(i18n.translator("en"), summary))


async def test_the_command_line_import_commits_and_prints_a_summary(database, settings: Settings, tmp_path, capsys):
    application_id = await setup(database)
    good = tmp_path / "statuses.csv"
    good.write_text(f"application_id;status\n{application_id};interview\n", "utf-8")
    assert await run_cli(settings, str(good)) == 0
    out = capsys.readouterr().out
    assert "Status file processed" in out and "changed: 1" in out and "<b>" not in out
    async with database.sessionmaker() as session:
        assert (await session.get(Application, application_id)).status == "interview"
        assert await count(session, AuditEntry) == 0

    # A dry run says what a file would do and leaves everything as it was.
    later = tmp_path / "later.csv"
    later.write_text(f"application_id;status\n{application_id};offer\n", "utf-8")
    assert await run_cli(settings, str(later), dry_run=True) == 0
    out = capsys.readouterr().out
    assert "will change: 1" in out and "→ Job offer: 1" in out and "Dry run: nothing was changed." in out
    async with database.sessionmaker() as session:
        assert (await session.get(Application, application_id)).status == "interview"

    broken = tmp_path / "statuses.pdf"
    broken.write_bytes(b"%PDF-1.4")
    assert await run_cli(settings, str(broken)) != 0
    assert await run_cli(settings, str(tmp_path / "missing.csv")) != 0


async def test_a_workers_list_says_since_when_each_step_holds(any_database, i18n):
    application_id = await setup(any_database)
    moment = datetime(2026, 6, 1, 7, 30, tzinfo=UTC)
    async with any_database.sessionmaker() as session:
        await change_status(session, application_id, "offer", actor_id=1, source="officer",
                            occurred_at=moment, i18n=i18n)
        await session.commit()
    async with any_database.sessionmaker() as session:
        from bot.services.statuses import worker_applications

        rows = await worker_applications(session, WORKER)
        assert [(a.id, a.status, since) for a, _, since in rows] == [(application_id, "offer", moment)]
        assert await worker_applications(session, OTHER) == []
