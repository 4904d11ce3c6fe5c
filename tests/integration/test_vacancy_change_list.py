"""A list of changes to vacancies already published: each row names a vacancy by its code and gives only what
changes; the rest of the vacancy stays as stored."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.services.vacancy_import import import_vacancies, render_summary
from db.models import Vacancy
from tests.data.vacancy_files import YEAR, csv_bytes
from tests.texts import plain

PUBLISHED = [
    ["Код", "Должность", "Работодатель", "Город", "Зарплата", "Мест", "Срок подачи", "Питание"],
    ["CH-1", "Облицовщик", "Musheireb Interiors", "Доха", "1500-1800", "4", f"01.03.{YEAR}", "да"],
    ["CH-2", "Стекольщик", "Musheireb Interiors", "Доха", "1700", "2", f"01.03.{YEAR}", "нет"],
    ["CH-3", "Кровельщик", "Wakrah Roofing", "Аль-Вакра", "1600", "6", f"01.03.{YEAR}", ""],
]


async def stored(database) -> dict[str, Vacancy]:
    async with database.sessionmaker() as session:
        return {v.external_id: v for v in (await session.execute(select(Vacancy))).scalars()}


async def send(database, rows: list[list[str]], name: str):
    async with database.sessionmaker() as session:
        summary = await import_vacancies(session, csv_bytes(rows, delimiter=";"), name)
        await session.commit()
    return summary


async def test_a_change_list_changes_only_what_it_gives(database, i18n):
    await send(database, PUBLISHED, "published.csv")
    changes = [["Vacancy code", "New salary", "Changes", "New places"],
               ["CH-1", "1600-1900", "", ""],
               ["CH-2", "", "Position filled", ""],
               ["CH-9", "2000", "", "3"]]
    summary = await send(database, changes, "changes.csv")
    after = await stored(database)
    assert (after["CH-1"].salary_min, after["CH-1"].salary_max, after["CH-1"].positions) == (1600, 1900, 4)
    assert (after["CH-1"].title, after["CH-1"].food_provided, after["CH-1"].deadline) == (
        "Облицовщик", True, date(YEAR, 3, 1))
    assert (after["CH-2"].status, after["CH-2"].salary_min, after["CH-3"].positions) == ("closed", 1700, 6)
    assert set(after) == {"CH-1", "CH-2", "CH-3"}
    assert (summary.updated, summary.closed, summary.created) == (1, 1, 0)
    assert [(int(e.row), e.field, e.code) for e in summary.errors] == [(4, "external_id", "unknown_code")]
    text = plain(render_summary(i18n.translator("ru"), summary))
    assert "Строка 4, Vacancy code: вакансии с таким кодом ещё нет" in text


async def test_a_file_with_a_title_but_no_employer_is_still_no_change_list(database):
    await send(database, PUBLISHED, "published.csv")
    summary = await send(database, [["Код", "Должность", "Срок подачи"], ["CH-1", "Облицовщик", f"01.04.{YEAR}"]],
                         "half.csv")
    assert summary.file_error == "missing_columns:employer"
    assert (await stored(database))["CH-1"].deadline == date(YEAR, 3, 1)
