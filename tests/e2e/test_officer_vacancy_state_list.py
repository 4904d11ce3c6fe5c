"""An officer sends a short list of vacancy codes with their state («Статус: Закрыта»): the bot updates the
vacancies and counts them in its reply and in the audit log, instead of asking to apply application steps."""

from __future__ import annotations

from sqlalchemy import select

from db.models import AuditEntry, Vacancy
from tests.conftest import OFFICER_ID
from tests.texts import plain

LIST = ("Код;Должность;Работодатель;Зарплата;Срок подачи\n"
        "SL-1;Кровельщик;Pearl Roofing W.L.L.;1600;31.12.2099\n"
        "SL-2;Жестянщик;Pearl Roofing W.L.L.;1700;31.12.2099\n").encode("utf-8")


async def _states(database) -> dict[str, str]:
    async with database.sessionmaker() as session:
        return dict((await session.execute(select(Vacancy.external_id, Vacancy.status))).all())


async def test_a_list_of_codes_and_states_updates_vacancies(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="kk")
    t = i18n.translator("kk")
    await officer.send_document("тізім.csv", LIST, "text/csv")
    states = "Код вакансии,Статус\nSL-1,Вакансия закрыта\nSL-2,Active\n".encode("utf-8")
    replies = await officer.send_document("өзгерістер.csv", states, "text/csv")
    text = replies[-1].plain_text
    assert plain(t("import-count-closed", count=1)) in text
    assert plain(t("status-preview-question")) not in text
    assert await _states(database) == {"SL-1": "closed", "SL-2": "open"}


async def test_a_code_with_an_application_step_is_still_a_status_file(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")
    data = "Vacancy Ref,Status\nSL-1,Interview\n".encode("utf-8")
    replies = await officer.send_document("steps.csv", data, "text/csv")
    assert plain(t("status-import-file-error", code="missing_columns", columns="telegram_id")) in (
        replies[-1].plain_text)  # a status file's answer: it lacks the column naming the worker


async def test_new_vacancies_the_file_marks_closed_are_in_the_audit_entry(make_client, database):
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    data = ("Код;Должность;Работодатель;Зарплата;Срок подачи;Статус\n"
            "AU-1;Кровельщик;Pearl Roofing W.L.L.;1600;31.12.2099;Открыта\n"
            "AU-2;Жестянщик;Pearl Roofing W.L.L.;1700;31.12.2099;Закрыта\n").encode("utf-8")
    await officer.send_document("с закрытой.csv", data, "text/csv")
    async with database.sessionmaker() as session:
        entry = (await session.execute(select(AuditEntry))).scalar_one()
    assert (entry.details["created"], entry.details["created_closed"]) == (1, 1)
