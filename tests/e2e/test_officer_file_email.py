"""An officer forwards the employer's e-mail itself (an Outlook .msg, a saved .eml) instead of the table attached to
it: the reply says it is an e-mail and asks for the table, and nothing is imported."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import Vacancy
from tests.conftest import OFFICER_ID
from tests.data.vacancy_files_15 import outlook_message_msg
from tests.texts import plain

EML = (b"From: HR <hr@hamadport.qa>\r\nTo: officer@enbek.kz\r\nSubject: Demand letter - 4 crane operators\r\n"
       b"Date: Mon, 23 Nov 2026 10:15:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
       b"Crane Operator;4;2400 QAR\r\n")


@pytest.mark.parametrize(("name", "data", "lang"), [
    ("FW Demand letter.msg", outlook_message_msg().data, "ru"),
    ("Demand letter.eml", EML, "kk"),
    ("vacancies.txt", EML, "en"),
])
async def test_an_e_mail_sent_as_the_file_is_answered_as_an_e_mail(make_client, database, i18n, name, data, lang):
    officer = make_client(user_id=OFFICER_ID, language_code=lang)
    replies = await officer.send_document(name, data, "application/octet-stream")
    assert plain(i18n.translator(lang)("import-file-email")) in replies[-1].plain_text
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Vacancy)) == 0
