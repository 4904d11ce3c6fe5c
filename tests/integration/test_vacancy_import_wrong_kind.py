"""A file that holds no vacancies sent to the vacancy import: the answer says what it is instead."""

from __future__ import annotations

from bot.i18n import I18n
from bot.services.vacancy_import import import_vacancies, render_summary
from tests.data.vacancy_files import csv_bytes
from tests.texts import plain


async def _answer(database, data: bytes, name: str) -> tuple[str | None, str]:
    async with database.sessionmaker() as session:
        summary = await import_vacancies(session, data, name)
        await session.rollback()
    return summary.file_error, plain(render_summary(I18n().translator("en"), summary))


async def test_a_register_of_application_steps_is_named_a_status_file(database):
    rows = [["Application No.", "Worker", "Stage", "Date"], ["2041", "Serik A.", "Visa issued", "02.03.2031"]]
    error, text = await _answer(database, csv_bytes(rows), "update.csv")
    assert error == "status_file"
    assert "import-statuses" in text and "status" in text.lower()


async def test_a_table_missing_a_vacancy_column_is_still_told_so(database):
    rows = [["Job Title", "Salary"], ["Welder", "1800"]]
    error, _ = await _answer(database, csv_bytes(rows), "no_employer.csv")
    assert error == "missing_columns:employer"


async def test_a_file_of_no_bytes_is_called_empty(database):
    error, text = await _answer(database, b"", "export.csv")
    assert error == "blank" and "empty" in text.lower()
