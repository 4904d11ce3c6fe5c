"""A worker taken through several steps by one status file is told once, of where the application now stands,
with the steps passed on the way named in that one message; every step is still kept in the history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bot.services.status_import import import_statuses
from bot.services.statuses import Change, change_statuses
from db.models import ApplicationEvent, OutboxMessage
from tests.data.vacancy_files import csv_bytes
from tests.integration.test_statuses import add_application, add_vacancy, add_worker
from tests.texts import plain


def day(ago: int) -> str:
    return (date.today() - timedelta(days=ago)).strftime("%d.%m.%Y")


async def notices(database) -> list[OutboxMessage]:
    async with database.sessionmaker() as session:
        return list((await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


@pytest.mark.parametrize("chunk", [1, 500], ids=["a row at a time", "all rows together"])
async def test_a_log_of_steps_sends_one_notice_naming_the_latest(any_database, i18n, monkeypatch, chunk):
    from bot.services import status_import

    monkeypatch.setattr(status_import, "CHUNK", chunk)
    async with any_database.sessionmaker() as session:
        await add_worker(session, 8101, language="ru")
        application = await add_application(session, 8101, await add_vacancy(session, "QA-NT-1"), "offer")
        await session.commit()
    rows = [["№ заявки", "Этап", "Дата"], [application.id, "Контракт подписан", day(12)],
            [application.id, "Виза выдана", day(6)], [application.id, "Вылетел", day(1)]]
    async with any_database.sessionmaker() as session:
        summary = await import_statuses(session, csv_bytes(rows, delimiter=";"), "log.csv", actor_id=1, i18n=i18n)
        await session.commit()
    assert summary.file_error is None
    [notice] = await notices(any_database)
    text = plain(notice.payload["text"])
    assert "Выезд в Катар" in text  # where the application stands
    assert "Договор подписан" in text and "Виза выдана" in text  # what happened on the way
    assert "Главные условия вашего договора" in text  # the contract's terms, told once it is signed
    async with any_database.sessionmaker() as session:
        steps = (await session.execute(select(ApplicationEvent.status).where(
            ApplicationEvent.application_id == application.id).order_by(ApplicationEvent.id))).scalars().all()
    assert steps == ["offer", "contract_signed", "visa_issued", "departed"]


async def test_each_worker_moved_gets_a_notice_of_their_own(any_database, i18n):
    async with any_database.sessionmaker() as session:
        await add_worker(session, 8102, language="en")
        await add_worker(session, 8103, language="kk")
        vacancy = await add_vacancy(session, "QA-NT-2")
        first = await add_application(session, 8102, vacancy, "applied")
        second = await add_application(session, 8103, vacancy, "employer_review")
        await session.commit()
    async with any_database.sessionmaker() as session:
        await change_statuses(session, [Change(first.id, "qualification_check"), Change(second.id, "interview"),
                                        Change(first.id, "employer_review")], actor_id=1, source="file", i18n=i18n)
        await session.commit()
    sent = {notice.user_id: plain(notice.payload["text"]) for notice in await notices(any_database)}
    assert len(await notices(any_database)) == 2
    assert "Reviewed by the employer" in sent[8102] and "Qualification check" in sent[8102]
    assert "Also completed" not in sent[8103]
