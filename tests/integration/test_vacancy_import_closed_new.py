"""A vacancy a file brings already closed is stored closed for the record; the officer's summary does not count
it among the new vacancies workers will see."""

from __future__ import annotations

from sqlalchemy import select

from bot.services.vacancy_import import import_vacancies, render_summary
from db.models import Vacancy
from tests.data.vacancy_files import YEAR, csv_bytes
from tests.texts import plain

ROWS = [
    ["external_id", "title", "employer", "salary_min", "deadline", "status"],
    ["CN-1", "Tile Setter", "Musheireb Interiors", "1700", f"{YEAR}-05-01", "open"],
    ["CN-2", "Glazier", "Musheireb Interiors", "1800", f"{YEAR}-05-01", "closed"],
    ["CN-3", "Pipe Welder", "Dukhan Fabrication", "2400", f"{YEAR}-05-01", "Filled"],
]


async def test_new_vacancies_already_closed_are_counted_apart(database, i18n):
    async with database.sessionmaker() as session:
        summary = await import_vacancies(session, csv_bytes(ROWS), "closed_ones.csv")
        await session.commit()
        stored = {v.external_id: v.status for v in (await session.execute(select(Vacancy))).scalars()}
    assert stored == {"CN-1": "open", "CN-2": "closed", "CN-3": "closed"}
    assert (summary.created, summary.created_closed, summary.closed) == (1, 2, 0)
    for lang, created, kept in (("en", "New vacancies: 1", "New but already closed"),
                                ("ru", "Новых вакансий: 1", "Новых, но уже закрытых"),
                                ("kk", "Жаңа бос орындар: 1", "Жаңа, бірақ жабық")):
        text = plain(render_summary(i18n.translator(lang), summary))
        assert created in text and f"{kept}" in text and text.count(": 2") >= 1


async def test_no_line_for_closed_new_ones_when_there_are_none(database, i18n):
    async with database.sessionmaker() as session:
        summary = await import_vacancies(session, csv_bytes(ROWS[:2]), "open_ones.csv")
        await session.commit()
    text = plain(render_summary(i18n.translator("en"), summary))
    assert "New vacancies: 1" in text and "already closed" not in text
