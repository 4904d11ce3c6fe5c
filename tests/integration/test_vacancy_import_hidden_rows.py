"""Rows a sheet hides (a filter left on, rows hidden by hand) are the file's vacancies all the same: they are
imported, and the officer's summary says how many were hidden, and how to leave a vacancy out."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from sqlalchemy import select

from bot.services.vacancy_import import import_vacancies, render_summary
from db.models import Vacancy
from tests.data.vacancy_files import YEAR
from tests.texts import plain
from tests.workbooks import workbook

ROWS = [
    ["Job Title", "Employer", "Town", "Salary (QAR)", "Vacancies", "Closing Date"],
    ["Scaffolder", "Ras Laffan Site Services", "Ras Laffan", 1600, 6, datetime(YEAR, 7, 1)],
    ["Fire Watcher", "Ras Laffan Site Services", "Ras Laffan", 1200, 4, datetime(YEAR, 7, 1)],
    ["Camp Cook", "Al Khor Camp Catering", "Al Khor", 1500, 2, datetime(YEAR, 7, 1)],
]


def filtered_workbook(hidden: tuple[int, ...]) -> bytes:
    """The rows above with a filter on «Town» and the given sheet rows hidden by it."""
    book = Workbook()
    sheet = book.active
    for row in ROWS:
        sheet.append(row)
    sheet.auto_filter.ref = "A1:F4"
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def test_rows_a_filter_hides_are_imported_and_counted(database, i18n):
    async with database.sessionmaker() as session:
        summary = await import_vacancies(session, filtered_workbook((2, 3)), "filtered.xlsx")
        await session.commit()
        titles = {v.title for v in (await session.execute(select(Vacancy))).scalars()}
    assert titles == {"Scaffolder", "Fire Watcher", "Camp Cook"}
    assert summary.hidden == 2
    for lang, words in (("en", "hidden in the sheet"), ("ru", "скрытых на листе"), ("kk", "жасырылған")):
        text = plain(render_summary(i18n.translator(lang), summary))
        assert words in text and ": 2" in text


async def test_no_line_about_hidden_rows_when_none_are(database, i18n):
    async with database.sessionmaker() as session:
        summary = await import_vacancies(session, workbook({"Sheet1": ROWS}), "plain.xlsx")
        await session.commit()
    assert summary.hidden == 0
    assert "hidden" not in plain(render_summary(i18n.translator("en"), summary))
