"""An officer sends a scan, a photo or a locked workbook instead of the table: the reply says what the file is
and what to send instead, and nothing is imported."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import Vacancy
from tests.conftest import OFFICER_ID
from tests.data.vacancy_files_8 import password_workbook, pdf_document, photo_jpeg
from tests.texts import plain


@pytest.mark.parametrize(("name", "build", "code", "lang"), [
    ("Список вакансий.xlsx", pdf_document, "pdf", "ru"),
    ("photo_2026-11-20.jpg", photo_jpeg, "image", "kk"),
    ("vacancies (locked).xlsx", password_workbook, "encrypted", "en"),
])
async def test_a_file_that_is_no_table_is_named_for_what_it_is(make_client, database, i18n, name, build, code, lang):
    officer = make_client(user_id=OFFICER_ID, language_code=lang)
    replies = await officer.send_document(name, build(), "application/octet-stream")
    assert plain(i18n.translator(lang)(f"import-file-{code}")) in replies[-1].plain_text
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Vacancy)) == 0


async def test_a_photo_of_the_list_sent_as_a_picture_gets_the_same_answer(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    replies = await officer.send_photo(caption="вакансии на декабрь")
    assert replies[-1].plain_text == plain(i18n.translator("ru")("import-file-image"))
