"""An officer sends the visa centre's medical list where every candidate is FIT: the bot answers once why nothing
changes (a medical passed is no step) instead of refusing every row, and no worker is told anything."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from db.models import OutboxMessage
from tests.conftest import OFFICER_ID
from tests.e2e.test_status_flow import add_application, status_of
from tests.texts import plain
from tests.workbooks import workbook


async def test_an_all_fit_medical_list_is_answered_as_a_whole(make_client, database, i18n):
    application = await add_application(database, status="contract_signed")
    rows = [["Passport No.", "Application No.", "Medical Date", "Medical Status"],
            ["N17704011", application, datetime(2026, 11, 20), "FIT"],
            ["N17704027", application + 1000, datetime(2026, 11, 20), "FIT"]]
    officer = make_client(user_id=OFFICER_ID, language_code="ru")

    replies = await officer.send_document("QVC medical FIT.xlsx", workbook({"Medical": rows}),
                                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    expected = plain(i18n.translator("ru")("status-import-file-error", code="medical_fit", columns=""))
    assert replies[-1].plain_text == expected
    assert replies[-1].buttons == []  # nothing to apply
    assert await status_of(database, application) == "contract_signed"
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
