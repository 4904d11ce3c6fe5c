"""Workers follow their applications with /status and /rights; officers move them with /setstatus."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

import bot.factory
import handlers
from bot.factory import create_dispatcher
from bot.settings import Settings
from db.models import (
    Application,
    ApplicationEvent,
    AuditEntry,
    Certificate,
    OutboxMessage,
    Profile,
    User,
    Vacancy,
    utcnow,
)
from handlers import officer_status
from handlers.callbacks import ApplicationCb
from tests.conftest import OFFICER_ID, TOKEN
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

WORKER, OTHER = 4101, 4102
APPLIED_AT = datetime(2026, 5, 2, 5, 0, tzinfo=UTC)  # 10:00 in Kazakhstan


@pytest.fixture
def settings(database) -> Settings:
    """Contacts unlike the defaults, so /rights can only show them by reading settings."""
    return Settings(
        _env_file=None, bot_token=TOKEN, officer_ids=frozenset({OFFICER_ID}),
        database_url=database.engine.url.render_as_string(hide_password=False),
        hotline="8-800-TEST", embassy_doha_phone="+974 0000 1111", embassy_doha_email="test@embassy.example",
        qatar_complaints_url="https://complaints.example.qa", portal_url="https://portal.example.kz",
    )


@pytest.fixture
def dispatcher(settings, database, i18n, monkeypatch):
    """The production dispatcher, with the /setstatus router in the officers' place if not there yet."""
    def make_routers(i18n):
        routers = handlers.make_routers(i18n)
        if not any(router.name == "officer_status" for router in routers):
            after = next(i for i, router in enumerate(routers) if router.name == "officer") + 1
            routers.insert(after, officer_status.make_router())
        return routers

    monkeypatch.setattr(bot.factory, "make_routers", make_routers)
    return create_dispatcher(settings=settings, sessionmaker=database.sessionmaker, i18n=i18n)


async def add_application(database, user_id: int = WORKER, status: str = "applied", language: str = "en",
                          external_id: str = "QA-7", title: str = "Welder") -> int:
    async with database.sessionmaker() as session:
        if await session.get(User, user_id) is None:
            session.add(User(id=user_id, language=language, role="worker", is_active=True, consent_at=utcnow()))
            session.add(Profile(user_id=user_id, languages=[]))
        vacancy = Vacancy(external_id=external_id, title=title, employer="Doha Steel", salary_min=Decimal(2500))
        session.add(vacancy)
        await session.flush()
        application = Application(user_id=user_id, vacancy_id=vacancy.id, status=status)
        session.add(application)
        await session.flush()
        session.add(ApplicationEvent(application_id=application.id, status="applied", source="worker",
                                     actor_id=user_id, occurred_at=APPLIED_AT))
        if status != "applied":
            session.add(ApplicationEvent(application_id=application.id, status=status, source="officer",
                                         note="Flight QR 292", actor_id=OFFICER_ID))
        await session.commit()
        return application.id


async def status_of(database, application_id: int) -> str:
    async with database.sessionmaker() as session:
        return (await session.get(Application, application_id)).status


async def press(client, data: str):
    """Press a button with the given data on the last message, as a stale or forged client could."""
    message = client.last_message()
    return await client._press_inline(message, {"text": "forged", "callback_data": data})


async def test_worker_sees_applications_and_timeline_and_withdraws(make_client, database, i18n):
    application_id = await add_application(database)
    t = i18n.translator("en")
    client = make_client(user_id=WORKER, language_code="en")

    await client.send("/status")
    assert "Welder, Doha Steel: Application sent (since 02.05.2026)" in client.last_text()

    await client.click("📋 Welder")
    timeline = client.last_text()
    assert "Now: Application sent" in timeline
    assert "02.05.2026 10:00: Application sent" in timeline

    await client.click(t("btn-status-withdraw"))
    assert plain(t("status-withdraw-confirm", title="Welder")) == client.last_text()
    await client.click(t("btn-withdraw-yes"))
    assert client.last_text() == plain(t("status-withdrawn", title="Welder"))
    assert await status_of(database, application_id) == "withdrawn"

    await client.click(t("btn-status-timeline"))
    assert "Now: Withdrawn" in client.last_text()
    assert t("btn-status-withdraw") not in client.buttons()


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "хочу отменить заявку"), ("kk", "өтінімді кері алғым келеді"), ("en", "I changed my mind, cancel it"),
])
async def test_a_worker_who_asks_to_withdraw_is_told_how_under_their_applications(
    make_client, database, i18n, lang, said
):
    await add_application(database, language=lang)
    t = i18n.translator(lang)
    client = make_client(user_id=WORKER, language_code=lang)
    await client.send(said)
    assert client.last_text().endswith(plain(t("status-list-hint-withdraw")))
    await client.click("📋 Welder")
    assert t("btn-status-withdraw") in client.buttons()  # the button the hint names
    await client.send("/status")  # the list asked for as such says what a tap shows
    assert client.last_text().endswith(plain(t("status-list-hint")))


async def test_no_withdrawal_after_departure(make_client, database, i18n):
    application_id = await add_application(database, status="departed")
    t = i18n.translator("en")
    client = make_client(user_id=WORKER, language_code="en")
    await client.send("/status")
    await client.click("📋 Welder")
    assert "Flight QR 292" in client.last_text()
    assert t("btn-status-withdraw") not in client.buttons()

    await press(client, ApplicationCb(action="y", id=application_id).pack())
    assert client.callback_answers()[-1]["text"] == t("status-withdraw-refused")
    assert await status_of(database, application_id) == "departed"


async def test_another_workers_application_is_not_found(make_client, database, i18n):
    theirs = await add_application(database, user_id=OTHER, external_id="QA-8")
    await add_application(database)
    client = make_client(user_id=WORKER, language_code="en")
    await client.send("/status")
    for action in ("t", "w", "y"):
        await press(client, ApplicationCb(action=action, id=theirs).pack())
        assert client.callback_answers()[-1]["text"] == i18n.translator("en")("status-not-found")
    assert await status_of(database, theirs) == "applied"


async def test_officer_changes_a_status_in_chat(make_client, database, i18n):
    application_id = await add_application(database, language="kk")
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")

    await officer.send(f"/setstatus {WORKER}")  # a Telegram id lists the worker's applications
    assert plain(t("setstatus-pick-application", id=str(WORKER))) == officer.last_text()
    await officer.click(f"#{application_id} Welder · Application sent")
    offered = officer.buttons()
    assert "Interview" in offered and "Contract signed" in offered
    assert "Application sent" not in offered and "At work" not in offered

    await officer.click("Interview")
    await officer.send("15 May, 11:00, online")
    assert "15 May, 11:00, online" in officer.last_text()
    await officer.click(t("btn-setstatus-confirm"))
    assert officer.last_text() == plain(t("setstatus-done", id=application_id, status="Interview"))

    async with database.sessionmaker() as session:
        assert (await session.get(Application, application_id)).status == "interview"
        event = (await session.execute(select(ApplicationEvent).order_by(ApplicationEvent.id.desc()))).scalars().first()
        assert (event.status, event.source, event.actor_id, event.note) == (
            "interview", "officer", OFFICER_ID, "15 May, 11:00, online")
        audit = (await session.execute(select(AuditEntry))).scalar_one()
        assert (audit.officer_id, audit.action, audit.details) == (
            OFFICER_ID, "status_change", {"application_id": application_id, "status": "interview"})
        notice = (await session.execute(select(OutboxMessage))).scalar_one()
    kk = i18n.translator("kk")
    assert notice.user_id == WORKER and kk("status-name-interview") in notice.payload["text"]

    # The notice's button opens the history below the notice, leaving the notice as it was.
    worker = make_client(user_id=WORKER, language_code="kk")
    await worker.send("/status")
    listing = worker.last_message()
    button = notice.payload["reply_markup"]["inline_keyboard"][0][0]
    replies = await worker._press_inline(listing, button)
    assert len(replies) == 1 and "15 May, 11:00, online" in worker.last_text()
    assert plain(kk("status-list-header")) in listing.plain_text  # the message pressed is unchanged


async def test_officer_finds_a_worker_by_the_phone_number_they_gave(make_client, database, i18n):
    """A worker calling the hotline knows their number, not their Telegram id; the officer types it as
    people do, and finds the number the worker shared with the contact button."""
    worker = make_client(user_id=WORKER, language_code="en")
    await register(worker, i18n, "en")
    await fill_profile(worker, i18n, "en", "welder")  # shares +7 701 123 45 67 with the button
    application_id = await add_application(database)
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")

    for typed in ("+7 701 123 45 67", "8 (701) 123-45-67", "87011234567", "+7-701-123-4567"):
        await officer.send(f"/setstatus {typed}")
        assert officer.last_text() == plain(t("setstatus-pick-application", id="+77011234567")), typed
        assert officer.buttons() == [f"#{application_id} Welder · Application sent"]
    await officer.click(f"#{application_id} Welder · Application sent")
    assert "Interview" in officer.buttons()

    await officer.send("/setstatus +7 702 000 00 00")
    assert officer.last_text() == plain(t("setstatus-phone-not-found", phone="+77020000000"))
    await officer.send("/setstatus 87020000000")  # digits: no application, id or phone
    assert officer.last_text() == plain(t("setstatus-not-found", id="87020000000"))
    await officer.send("/setstatus Aidos")
    assert officer.last_text() == plain(t("setstatus-usage"))

    # Typed as heard on the phone, without the command: the number alone, or the application's number.
    await officer.send("8 701 123 45 67")
    assert officer.last_text() == plain(t("setstatus-pick-application", id="+77011234567"))
    for typed in (f"application #{application_id}", f"заявка {application_id}", f"өтінім №{application_id}"):
        await officer.send(typed)
        assert "Interview" in officer.buttons(), typed
        assert f"#{application_id}" in officer.last_text(), typed
    await officer.send("welder 2000")  # a search, as before
    assert "Interview" not in officer.buttons()


async def test_officer_judges_an_application_by_the_applicants_profile_and_certificates(
    make_client, database, telegram, i18n
):
    """A qualification check needs the worker's profile and the certificate files they sent, not a bare
    Telegram id; looking at the files is in the audit log."""
    worker = make_client(user_id=WORKER, language_code="en")
    await register(worker, i18n, "en")
    await fill_profile(worker, i18n, "en", "welder")  # with a PDF certificate, «НАКС, 6G»
    en = i18n.translator("en")
    await worker.send("/profile")
    await worker.click(en("btn-edit-quals"))
    await worker.send_photo()  # a second certificate, added later as a photo
    await worker.click(en("btn-done"))
    application_id = await add_application(database)
    t = i18n.translator("ru")
    officer = make_client(user_id=OFFICER_ID, language_code="ru")

    await officer.send(f"/setstatus {application_id}")
    panel = officer.last_text()
    assert plain(t("profile-header-applicant", id=str(WORKER))) in panel
    for shown in ("Aidos Serikbayev", "+77011234567", t("region-mangystau"), "НАКС, 6G"):
        assert shown in panel, shown
    assert t("btn-setstatus-certificates", count=2) in officer.buttons()
    assert "Interview" not in officer.buttons() and "Собеседование" in officer.buttons()

    await officer.click(t("btn-setstatus-certificates", count=2))
    sent = officer.messages()[-2:]
    assert [list(m.content) for m in sent] == [["document"], ["photo"]]
    assert telegram.files[sent[0].content["document"]["file_id"]].content == b"%PDF-1.4 cert"
    assert [m.to_api()["caption"] for m in sent] == [
        plain(t("setstatus-certificate-caption", id=application_id, n=n, count=2)) for n in (1, 2)]
    async with database.sessionmaker() as session:
        audit = (await session.execute(select(AuditEntry))).scalar_one()
    assert (audit.officer_id, audit.action, audit.details) == (
        OFFICER_ID, "certificates_sent", {"application_id": application_id, "count": 2})

    await worker.send("/profile")  # the worker's own card keeps its own heading
    assert worker.last_text().startswith(plain(en("profile-header-own")))


async def test_a_certificate_telegram_no_longer_has_is_named_and_the_others_still_come(
    make_client, database, telegram, i18n
):
    application_id = await add_application(database)
    kept = telegram.add_file(b"%PDF-1.4 licence", "licence.pdf", "application/pdf")
    async with database.sessionmaker() as session:
        for file_id in ("a-file-of-another-bot", kept):
            session.add(Certificate(user_id=WORKER, kind="document", file_id=file_id, file_unique_id=file_id[:20]))
        await session.commit()
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    await officer.send(f"/setstatus {application_id}")
    await officer.click(t("btn-setstatus-certificates", count=2))

    gone, sent = officer.messages()[-2:]
    first = t("setstatus-certificate-caption", id=application_id, n=1, count=2)
    assert gone.plain_text == plain(t("setstatus-certificate-gone", caption=first))
    assert telegram.files[sent.content["document"]["file_id"]].content == b"%PDF-1.4 licence"


async def test_officer_can_skip_the_note_and_cancel(make_client, database, i18n):
    application_id = await add_application(database)
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    await officer.send(f"/setstatus {application_id}")
    await officer.click("Qualification check")
    await officer.send_sticker()
    assert officer.last_text() == plain(t("setstatus-expect-note"))
    await officer.click(t("btn-setstatus-no-note"), officer.messages()[-2])
    assert "(no note)" in officer.messages()[-2].plain_text
    await officer.click(t("btn-setstatus-cancel"), officer.messages()[-2])
    assert officer.messages()[-2].plain_text == plain(t("setstatus-cancelled"))
    assert await status_of(database, application_id) == "applied"

    await officer.send("/setstatus 123456789")
    assert officer.last_text() == plain(t("setstatus-not-found", id="123456789"))
    await officer.send("/setstatus")
    assert officer.last_text() == plain(t("setstatus-usage"))
    await officer.send("/setstatus ²")
    assert officer.last_text() == plain(t("setstatus-usage"))


async def test_officer_can_name_the_application_as_the_bot_lists_it_and_cancel_with_a_command(
    make_client, database, i18n
):
    application_id = await add_application(database)
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    await officer.send(f"/setstatus #{application_id}")  # as in "#12 Welder · Application sent"
    await officer.click("Qualification check")
    assert officer.last_text() == plain(t("setstatus-ask-note", status="Qualification check"))
    await officer.send("/cancel")
    assert officer.last_text() == plain(t("setstatus-cancelled"))
    await officer.send("Documents checked")  # no longer a note for a change that was cancelled
    assert await status_of(database, application_id) == "applied"
    assert "Documents checked" not in officer.last_text()


async def test_a_worker_typing_setstatus_gets_the_ordinary_answer(make_client, database, i18n):
    application_id = await add_application(database)
    client = make_client(user_id=WORKER, language_code="en")
    await client.send(f"/setstatus {application_id}")  # taken for a slip of /status, which is theirs
    assert client.last_text() == plain(i18n.translator("en")("unknown-command-guess", command="/status"))
    async with database.sessionmaker() as session:
        assert await status_of(database, application_id) == "applied"
        assert await session.scalar(select(func.count()).select_from(ApplicationEvent)) == 1


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
async def test_rights_show_the_contacts_from_settings(make_client, lang):
    client = make_client(user_id=4200 + len(lang), language_code=lang)
    await client.send("/rights")
    text = client.last_text()
    for contact in ("8-800-TEST", "+974 0000 1111", "test@embassy.example",
                    "https://complaints.example.qa", "https://portal.example.kz"):
        assert contact in text
    assert ("1 000" in text or "1,000" in text) and "500" in text and "300" in text


async def test_a_long_timeline_still_fits_one_message(make_client, database):
    application_id = await add_application(database)
    async with database.sessionmaker() as session:
        for n in range(40):
            session.add(ApplicationEvent(application_id=application_id, status="applied", source="officer",
                                         note=f"step {n} " + "x" * 990, actor_id=OFFICER_ID))
        await session.commit()
    client = make_client(user_id=WORKER, language_code="ru")
    await client.send("/status")
    await client.click("📋 Welder")
    assert "step 39" in client.last_text() and "step 0 " not in client.last_text()
