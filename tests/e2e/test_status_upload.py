"""An officer sends a status file: the bot first shows what it would do, and acts only on Apply."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import AuditEntry, OutboxMessage
from tests.conftest import OFFICER_ID
from tests.e2e.test_status_flow import add_application, status_of
from tests.texts import plain

OTHER_WORKER, THIRD_WORKER = 4202, 4203


async def notices(database) -> int:
    async with database.sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "status"))


async def audited(database) -> list[AuditEntry]:
    async with database.sessionmaker() as session:
        return list((await session.execute(select(AuditEntry))).scalars())


def button(message, label: str) -> dict:
    """A button as it was on the message when it came, to press again after the message changed."""
    return next(b for row in message.inline_keyboard for b in row if b["text"] == label)


def status_file(*rows: str) -> bytes:
    return "\n".join(["application_id,status,note", *rows]).encode()


async def test_a_status_file_is_previewed_and_changes_nothing_until_applied(make_client, database, i18n):
    visa = await add_application(database)
    interview = await add_application(database, user_id=OTHER_WORKER, external_id="QA-8")
    departed = await add_application(database, user_id=THIRD_WORKER, external_id="QA-9", status="departed")
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    content = status_file(
        f"{visa},visa_issued,Flight QR 292", f"{interview},Interview,", f"{departed},rejected,", "999999,offer,"
    )

    [preview] = await officer.send_document("statuses.csv", content, "text/csv")

    text = preview.plain_text
    assert plain(t("status-preview", file="statuses.csv", rows=4, changed=2, unchanged=0, errors=2)) in text
    assert "• → Visa issued: 1" in text and "• → Interview: 1" in text
    assert "row 4, status: not possible after departure" in text
    assert "row 5, application_id: no such application" in text
    assert plain(t("status-preview-question")) in text
    assert preview.buttons == [t("btn-status-file-apply"), t("btn-status-file-cancel")]
    # Nothing happened yet: no step taken, no worker told, nothing in the audit log.
    assert [await status_of(database, a) for a in (visa, interview, departed)] == ["applied", "applied", "departed"]
    assert await notices(database) == 0 and await audited(database) == []

    apply = button(preview, t("btn-status-file-apply"))
    await officer.click(t("btn-status-file-apply"))

    summary = officer.last_message()
    assert summary.message_id == preview.message_id  # the preview became the result
    assert plain(t("status-import-summary", rows=4, changed=2, unchanged=0, errors=2)) in summary.plain_text
    assert summary.buttons == []
    assert [await status_of(database, a) for a in (visa, interview, departed)] == ["visa_issued", "interview", "departed"]
    assert await notices(database) == 2
    [entry] = await audited(database)
    assert entry.officer_id == OFFICER_ID and entry.action == "import_statuses"
    assert entry.details == {"file": "statuses.csv", "changed": 2, "unchanged": 0, "rejected": 2}

    # The same button again (a double tap, or an old copy of the message): nothing more happens.
    await officer._press_inline(preview, apply)
    assert officer.callback_answers()[-1]["text"] == t("button-outdated")
    assert await notices(database) == 2 and len(await audited(database)) == 1


async def test_a_cancelled_status_file_changes_nothing(make_client, database, i18n):
    application = await add_application(database)
    t = i18n.translator("ru")
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    [preview] = await officer.send_document("statuses.csv", status_file(f"{application},offer,"), "text/csv")
    apply = button(preview, t("btn-status-file-apply"))

    await officer.click(t("btn-status-file-cancel"))
    assert officer.last_text() == plain(t("status-file-cancelled"))
    await officer._press_inline(preview, apply)  # Apply on the cancelled preview
    assert officer.callback_answers()[-1]["text"] == t("button-outdated")

    assert await status_of(database, application) == "applied"
    assert await notices(database) == 0 and await audited(database) == []


async def test_a_newer_status_file_replaces_the_one_waiting(make_client, database, i18n):
    application = await add_application(database)
    t = i18n.translator("kk")
    officer = make_client(user_id=OFFICER_ID, language_code="kk")
    [first] = await officer.send_document("old.csv", status_file(f"{application},rejected,"), "text/csv")
    [second] = await officer.send_document("new.csv", status_file(f"{application},interview,"), "text/csv")

    await officer.click(t("btn-status-file-apply"), message=first)
    assert officer.callback_answers()[-1]["text"] == t("button-outdated")
    assert await status_of(database, application) == "applied"  # the wrong file did not reject anyone

    await officer.click(t("btn-status-file-apply"), message=second)
    assert await status_of(database, application) == "interview"
    assert [entry.details["file"] for entry in await audited(database)] == ["new.csv"]


async def test_a_status_file_that_changes_nothing_is_reported_at_once(make_client, database, i18n):
    application = await add_application(database, status="interview")
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")

    [reply] = await officer.send_document("statuses.csv", status_file(f"{application},interview,"), "text/csv")

    assert plain(t("status-import-summary", rows=1, changed=0, unchanged=1, errors=0)) in reply.plain_text
    assert reply.buttons == []
    assert await notices(database) == 0
