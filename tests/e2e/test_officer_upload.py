"""An officer sends a vacancy file to the bot; a worker sending the same file learns nothing of it."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select, update

from db.models import AuditEntry, Vacancy
from tests.conftest import OFFICER_ID
from tests.e2e.test_jobs import FUTURE
from tests.e2e.test_registration import register
from tests.texts import plain

CSV = (
    "external_id;title;employer;city;salary_min;salary_max;deadline;status\n"
    "QA-1;MIG Welder;Doha Metal Industries;Doha;1800;2300;2027-05-31;open\n"
    "QA-2;Heavy Duty Driver (Trailer);Qatar Freight Lines;Doha;2600;3300;2027-05-31;open\n"
    "QA-3;Staff Nurse;Corniche Hospital;Doha;abc;9000;2027-04-15;open\n"
    "QA-4;Cook;Lusail Hospitality;Lusail;1600;2100;31.02.2026;open\n"
).encode("utf-8-sig")


async def stored(database) -> list[Vacancy]:
    async with database.sessionmaker() as session:
        return list((await session.execute(select(Vacancy).order_by(Vacancy.external_id))).scalars())


async def test_officer_uploads_a_vacancy_file(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    t = i18n.translator("ru")
    replies = await officer.send_document("vacancies.csv", CSV, "text/csv")

    assert len(replies) == 1
    text = replies[0].plain_text
    assert plain(t("import-title", file="vacancies.csv")) in text
    assert plain(t("import-count-created", count=2)) in text
    assert plain(t("import-count-rejected", count=2)) in text
    assert "Строка 4, salary_min: это не число («abc»)" in text
    assert "Строка 5, deadline" in text
    assert [v.external_id for v in await stored(database)] == ["QA-1", "QA-2"]
    async with database.sessionmaker() as session:
        entry = (await session.execute(select(AuditEntry))).scalar_one()
    assert entry.officer_id == OFFICER_ID and entry.action == "import_vacancies"
    assert entry.details == {"file": "vacancies.csv", "created": 2, "created_closed": 0, "updated": 0, "closed": 0,
                             "rejected": 2}

    # The same file again: nothing new, nothing changed.
    await officer.send_document("vacancies.csv", CSV, "text/csv")
    assert plain(t("import-count-unchanged", count=2)) in officer.last_text()
    assert plain(t("import-count-created", count=0)) in officer.last_text()


async def test_an_excel_97_file_is_loaded_as_it_is(make_client, database, i18n):
    """An office computer that saves .xls: no need to save it again as XLSX first."""
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    t = i18n.translator("ru")
    data = (Path(__file__).resolve().parents[1] / "data" / "vacancies_excel97.xls").read_bytes()
    await officer.send_document("вакансии.xls", data, "application/vnd.ms-excel")
    assert plain(t("import-count-created", count=2)) in officer.last_text()
    vacancies = await stored(database)
    assert [(v.external_id, v.isco_code, v.salary_min, v.deadline.isoformat()) for v in vacancies] == [
        ("QA-X1", "7212", 2000, "2027-03-31"), ("QA-X2", "8332", 2200, "2027-04-15"),
    ]


async def test_officer_gets_a_clear_answer_for_a_wrong_file(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")
    await officer.send_document("contacts.csv", b"name,phone\nA,1\n", "text/csv")
    assert plain(t("import-file-missing_columns", columns="title, employer")) in officer.last_text()
    await officer.send_document("big.csv", b"x" * (10 * 1024 * 1024 + 1), "text/csv")
    assert officer.last_text() == plain(t("import-too-big"))
    assert await stored(database) == []


async def test_worker_sending_a_file_gets_no_import(make_client, database, i18n):
    worker = make_client(user_id=7001, language_code="ru")
    t = i18n.translator("ru")
    replies = await worker.send_document("vacancies.csv", CSV, "text/csv")
    assert [m.plain_text for m in replies] == [plain(f"{t('stranger-welcome')}\n\n{t('choose-language')}")]
    assert await stored(database) == []

    await register(worker, i18n, "ru")
    await worker.send("/cancel")
    replies = await worker.send_document("vacancies.csv", CSV, "text/csv")
    assert replies, "a worker is never left in silence"
    officer_words = [plain(t(key, count=2)).split(":")[0] for key in ("import-count-read", "import-count-created")]
    assert not any(word in m.plain_text for m in replies for word in officer_words)
    assert await stored(database) == []


async def test_officer_filling_a_profile_still_reaches_the_wizard_with_a_pdf(make_client, database, i18n):
    """An officer is greeted with their tools after agreeing; one who fills a profile of their own from
    /profile and sends a PDF at its name question gets that question's hint, not a vacancy import."""
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")
    await officer.send("/start")
    await officer.click("✅ English")
    await officer.click(t("btn-consent-agree"))
    assert officer.last_text() == plain(t("officer-greeting"))
    await officer.send("/profile")
    await officer.click(t("btn-edit-name"))
    await officer.send_document("passport.pdf")
    assert officer.last_text() == plain(t("expect-name"))


LINK = re.compile(r"https://t\.me/test_jobs_bot\?start=(v[0-9]+)")


def many_vacancies(count: int) -> bytes:
    rows = [f"QA-{n};Welder {n};Doha Steel;Doha;1800;2300;{FUTURE.isoformat()};open" for n in range(1, count + 1)]
    return "\n".join(["external_id;title;employer;city;salary_min;salary_max;deadline;status", *rows]).encode()


async def test_the_import_summary_gives_the_new_vacancies_links_that_open_them(make_client, database, i18n):
    """An officer posts a new vacancy in a channel or on the ministry's site: its link comes with the
    import summary, and a worker who follows it sees the vacancy's card."""
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    await officer.send_document("vacancies.csv", CSV, "text/csv")
    text = officer.last_text()
    ids = {v.external_id: v.id for v in await stored(database)}
    assert f"QA-1 · MIG Welder: https://t.me/test_jobs_bot?start=v{ids['QA-1']}" in text
    assert f"QA-2 · Heavy Duty Driver (Trailer): https://t.me/test_jobs_bot?start=v{ids['QA-2']}" in text

    worker = make_client(user_id=7311, language_code="en")
    await register(worker, i18n, "en")
    replies = await worker.send(f"/start {LINK.findall(text)[0]}")
    assert "MIG Welder" in replies[0].plain_text and "Doha Metal Industries" in replies[0].plain_text

    await officer.send_document("vacancies.csv", CSV, "text/csv")  # nothing new: nothing to post
    assert LINK.search(officer.last_text()) is None


async def test_a_large_file_lists_the_first_links_and_says_how_to_get_the_rest(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")
    await officer.send_document("vacancies.csv", many_vacancies(45), "text/csv")
    text = officer.last_text()
    assert len(LINK.findall(text)) == 20 and "QA-1 · Welder 1:" in text and "QA-21 ·" not in text
    assert plain(t("import-more", count=25)) in text
    assert "/link" in text


async def test_link_gives_an_officer_any_vacancys_link_by_its_reference(make_client, database, i18n):
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")
    await officer.send_document("vacancies.csv", CSV, "text/csv")
    ids = {v.external_id: v.id for v in await stored(database)}
    welder = f"https://t.me/test_jobs_bot?start=v{ids['QA-1']}"

    for reference in ("QA-1", str(ids["QA-1"])):  # the portal's id, or the bot's own
        replies = await officer.send(f"/link {reference}")
        assert len(replies) == 1 and welder in replies[0].plain_text and "MIG Welder" in replies[0].plain_text
        assert plain(t("link-open")) in replies[0].plain_text
    await officer.send("/link QA-404")
    assert officer.last_text() == plain(t("link-not-found", reference="QA-404"))
    await officer.send("/link")
    assert officer.last_text() == plain(t("link-usage"))

    async with database.sessionmaker() as session:
        await session.execute(update(Vacancy).where(Vacancy.external_id == "QA-2").values(status="closed"))
        await session.commit()
    await officer.send("/link QA-2")  # workers who follow it would find nothing: the officer is warned
    text = officer.last_text()
    assert f"start=v{ids['QA-2']}" in text and plain(t("link-closed")) in text and plain(t("link-open")) not in text
