"""Files from the officers' set (tests/data/vacancy_files.py) sent to the bot as documents: the reply
counts what was made and names each refused row as the file names its column."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Vacancy
from tests.conftest import OFFICER_ID
from tests.data import vacancy_files
from tests.texts import plain


@pytest.mark.parametrize(
    "build,lang,lines",
    [
        (vacancy_files.ru_portal_cp1251, "ru", []),
        (vacancy_files.ru_title_row, "ru", []),
        (vacancy_files.en_several_sheets, "en", []),
        (vacancy_files.kk_xlsx, "kk", []),
        (vacancy_files.bad_several, "en", ["Row 3, Company: empty, but it is required",
                                           "Row 4, Salary Range: needs a monthly sum",
                                           "Row 5, Closing Date: not a valid date"]),
        (vacancy_files.bad_missing_title, "ru", ["Строка 3, Должность: пусто, а поле обязательное"]),
    ],
)
async def test_an_officers_file_sent_to_the_bot(make_client, database, i18n, build, lang, lines):
    file = build()
    officer = make_client(user_id=OFFICER_ID, language_code=lang)
    t = i18n.translator(lang)
    replies = await officer.send_document(file.name, file.data, "application/octet-stream")
    text = replies[-1].plain_text
    assert plain(t("import-count-created", count=len(file.wants))) in text
    assert plain(t("import-count-rejected", count=len(file.refusals))) in text
    assert all(line in text for line in lines), text
    async with database.sessionmaker() as session:
        titles = set((await session.execute(select(Vacancy.title))).scalars())
    assert titles == {want.title for want in file.wants}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
async def test_a_code_given_to_two_vacancies_is_explained(make_client, database, i18n, lang):
    data = (
        "Коды;Лауазымы;Жұмыс беруші;Жалақы\n"
        "GL-5;Әйнекші;Gulf Glass W.L.L.;1700\n"
        "GL-5;Шатыршы;Gulf Glass W.L.L.;1800\n"
    ).encode("utf-8")
    officer = make_client(user_id=OFFICER_ID, language_code=lang)
    t = i18n.translator(lang)
    replies = await officer.send_document("шыны.csv", data, "text/csv")
    text = replies[-1].plain_text
    assert plain(t("import-reason-duplicate_code")) in text
    assert "Коды" in text
    async with database.sessionmaker() as session:
        titles = set((await session.execute(select(Vacancy.title))).scalars())
    assert titles == {"Әйнекші"}
