"""An officer sends the list again with a note or a status saying a vacancy is closed: the bot closes it,
says so in its reply, and explains a status it cannot read."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Vacancy
from tests.conftest import OFFICER_ID
from tests.texts import plain

HEADER = "Код вакансии;Должность;Работодатель;Зарплата (QAR);Срок подачи;Примечание\n"
FIRST = "CN-1;Плиточник;Msheireb Finishing Works;1700;31.12.2099;\nCN-2;Штукатур;Msheireb Finishing Works;1600;31.12.2099;\n"


async def _statuses(database) -> dict[str, str]:
    async with database.sessionmaker() as session:
        return dict((await session.execute(select(Vacancy.external_id, Vacancy.status))).all())


async def test_a_note_saying_closed_closes_a_vacancy_sent_before(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    t = i18n.translator("ru")
    await officer.send_document("плитка.csv", (HEADER + FIRST).encode("utf-8"), "text/csv")
    again = HEADER + FIRST.replace("31.12.2099;\nCN-2", "31.12.2099;Набор закрыт\nCN-2")
    replies = await officer.send_document("плитка.csv", again.encode("utf-8"), "text/csv")
    text = replies[-1].plain_text
    assert plain(t("import-count-closed", count=1)) in text
    assert plain(t("import-count-rejected", count=0)) in text
    assert await _statuses(database) == {"CN-1": "closed", "CN-2": "open"}


async def test_a_status_word_the_bot_cannot_read_is_explained(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")
    data = ("Job Code,Job Title,Employer,Salary,Status\n"
            "ST-1,Tiler,Msheireb Finishing Works,1700,Filled\n"
            "ST-2,Plasterer,Msheireb Finishing Works,1600,Pending approval\n"
            "ST-3,Painter,Msheireb Finishing Works,1500,Active\n")
    replies = await officer.send_document("status.csv", data.encode("utf-8"), "text/csv")
    text = replies[-1].plain_text
    assert f"Row 3, Status: {plain(t('import-reason-bad_status'))}" in text, text
    assert await _statuses(database) == {"ST-1": "closed", "ST-3": "open"}
