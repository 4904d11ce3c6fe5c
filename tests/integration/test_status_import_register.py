"""An employment centre's register closes a case with its outcome: «Закрыта» with «Трудоустроен» beside it is work
begun only for a worker already departed; before departure it could be the offer or the contract, so it is
refused, never guessed."""

from __future__ import annotations

from bot.services.status_import import import_statuses
from tests.data.status_files import Seed
from tests.data.vacancy_files import csv_bytes
from tests.integration.test_status_file_set import seed, statuses

SEEDS = [
    Seed(7001, 8001, "+77011110001", "QA-7001", "departed"),
    Seed(7002, 8002, "+77011110002", "QA-7001", "offer"),
    Seed(7003, 8003, "+77011110003", "QA-7001", "visa_issued"),
]


async def test_a_case_closed_as_hired_is_work_begun_only_after_departure(database, i18n):
    await seed(database, SEEDS)
    rows = [["Заявка", "Состояние", "Причина закрытия"],
            ["7001", "Завершено", "Трудоустроился"],
            ["7002", "Завершено", "Трудоустроен"],
            ["7003", "Вылетел", ""],
            ["7003", "Закрыто", "трудоустроен за рубежом"]]
    async with database.sessionmaker() as session:
        summary = await import_statuses(session, csv_bytes(rows), "register.csv", actor_id=1, i18n=i18n)
        await session.commit()
    assert await statuses(database) == {7001: "employed", 7002: "offer", 7003: "employed"}
    assert [(int(e.row), e.field, e.code, e.value) for e in summary.errors] == [(3, "status", "bad_status",
                                                                                 "Трудоустроен")]


async def test_hired_alone_in_the_status_cell_is_still_refused(database, i18n):
    await seed(database, SEEDS)
    async with database.sessionmaker() as session:
        summary = await import_statuses(session, csv_bytes([["Заявка", "Статус"], ["7001", "Трудоустроен"]]),
                                        "plain.csv", actor_id=1, i18n=i18n)
        await session.commit()
    assert (await statuses(database))[7001] == "departed"
    assert [(e.field, e.code) for e in summary.errors] == [("status", "bad_status")]
