"""An officer sends the vacancies as LibreOffice saved them (.ods) or as the portal exported them (a web page
named .xls): they are imported like an Excel file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.models import Vacancy
from tests.conftest import OFFICER_ID
from tests.data.vacancy_files_9 import ods_bytes

NEXT = date.today().year + 1


async def _stored(database) -> dict[str, tuple[str, int | None]]:
    async with database.sessionmaker() as session:
        rows = (await session.execute(select(Vacancy))).scalars()
        return {v.title: (v.employer, v.positions) for v in rows}


async def test_a_calc_workbook_is_imported(make_client, database):
    officer = make_client(user_id=OFFICER_ID, language_code="kk")
    rows = [["Лауазымы", "Жұмыс беруші", "Жалақы (QAR)", "Орын саны", "Соңғы мерзімі"],
            ["Аспаз", "Lusail Cafe Co.", 1700, 2, date(NEXT, 2, 28)],
            ["Даяшы", "Lusail Cafe Co.", 1250, 6, date(NEXT, 2, 28)]]
    await officer.send_document("бос орындар.ods", ods_bytes(rows), "application/vnd.oasis.opendocument.spreadsheet")
    assert await _stored(database) == {"Аспаз": ("Lusail Cafe Co.", 2), "Даяшы": ("Lusail Cafe Co.", 6)}


async def test_a_web_page_named_xls_is_imported(make_client, database):
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    page = ("<html><body><table><tr><td>Должность</td><td>Работодатель</td><td>Кол-во мест</td></tr>"
            "<tr><td>Электрик</td><td>Gulf Power W.L.L.</td><td>3</td></tr></table></body></html>")
    await officer.send_document("Вакансии.xls", page.encode(), "application/vnd.ms-excel")
    assert await _stored(database) == {"Электрик": ("Gulf Power W.L.L.", 3)}
