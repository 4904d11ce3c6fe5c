"""Vacancy import through the service and the CLI, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from bot.cli import main as cli_main
from bot.services.vacancy_import import (
    ImportSummary,
    NewVacancy,
    import_vacancies,
    is_status_file,
    render_summary,
    valid_isco_codes,
)
from bot.tabular import RowError, RowNumber, read_table
from db.models import Vacancy
from tests.texts import plain
from tests.workbooks import workbook

HEADER = "external_id,title,employer,city,salary_min,salary_max,deadline,isco_code,status"
ROWS = [
    "QA-1,MIG Welder,Doha Metal,Doha,1800,2300,2027-05-31,,open",
    "QA-2,Heavy Truck Driver,Al Khor Transport,Al Khor,2500,3100,2027-02-28,,open",
    "QA-3,Staff Nurse (Surgical Ward),Corniche Hospital,Doha,7000,9000,2027-04-15,,open",
]


def csv_bytes(rows: list[str] = ROWS, header: str = HEADER, sep: str = ",", encoding: str = "utf-8") -> bytes:
    text = "\n".join([header, *rows]) + "\n"
    return text.replace(",", sep).encode(encoding)


async def run_import(db, data: bytes, filename: str = "vacancies.csv") -> ImportSummary:
    async with db.sessionmaker() as session:
        summary = await import_vacancies(session, data, filename)
        await session.commit()
    return summary


async def vacancies(db) -> dict[str, Vacancy]:
    async with db.sessionmaker() as session:
        rows = (await session.execute(select(Vacancy))).scalars().all()
    return {v.external_id: v for v in rows}


# ---- formats ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sep", "encoding"),
    [(",", "utf-8"), (",", "utf-8-sig"), (";", "cp1251"), (";", "utf-8-sig")],
)
async def test_csv_in_every_encoding_and_separator(any_database, sep, encoding):
    rows = [*ROWS, "QA-4,Сварщик,ТОО Духа,Доха,1900,2400,2027-05-31,,open"]
    summary = await run_import(any_database, csv_bytes(rows, sep=sep, encoding=encoding))
    assert (summary.read, summary.created, summary.rejected) == (4, 4, 0)
    stored = await vacancies(any_database)
    assert stored["QA-4"].title == "Сварщик" and stored["QA-4"].city == "Доха"
    assert stored["QA-1"].isco_code == "7212" and stored["QA-1"].isco_from_file is False
    assert str(stored["QA-2"].salary_min) in ("2500", "2500.00")
    assert stored["QA-3"].deadline.isoformat() == "2027-04-15"
    assert all(v.content_hash for v in stored.values())


async def test_xlsx(any_database):
    data = workbook([HEADER.split(","), *(row.split(",") for row in ROWS)])
    summary = await run_import(any_database, data, "export.xlsx")
    assert (summary.read, summary.created, summary.rejected) == (3, 3, 0)
    assert set(await vacancies(any_database)) == {"QA-1", "QA-2", "QA-3"}


async def test_json(any_database):
    items = [
        {"external_id": "J-1", "title": "Electrician", "employer": "West Bay", "salary_min": 1900,
         "languages": ["en", "ru"], "isco_code": "7411"},
        {"external_id": "J-2", "title": "Office Cleaner", "employer": "Pearl Shine"},
    ]
    summary = await run_import(any_database, json.dumps(items).encode(), "feed.json")
    assert (summary.read, summary.created) == (2, 2)
    stored = await vacancies(any_database)
    assert stored["J-1"].languages == ["en", "ru"] and stored["J-1"].isco_code == "7411"
    assert stored["J-1"].isco_from_file is True


# ---- bad rows ---------------------------------------------------------------------------------------


async def test_bad_rows_are_reported_and_the_good_ones_imported(any_database):
    rows = [
        ROWS[0],
        "QA-5,,Doha Metal,Doha,1800,2300,2027-05-31,,open",  # row 3: no title
        "QA-6,Cook,Lusail Hospitality,Lusail,abc,2300,2027-05-31,,open",  # row 4: salary abc
        "QA-7,Cook,Lusail Hospitality,Lusail,1600,2100,31.02.2026,,open",  # row 5: bad deadline
        "QA-8,Cook,Lusail Hospitality,Lusail,1600,2100,2026-02-31,,open",  # row 6: no such day
        ROWS[1],
    ]
    summary = await run_import(any_database, csv_bytes(rows))
    assert (summary.read, summary.created, summary.rejected) == (6, 2, 4)
    assert [(e.row, e.field, e.code) for e in summary.errors] == [
        (3, "title", "missing"),
        (4, "salary_min", "not_a_number"),
        (5, "deadline", "bad_date"),
        (6, "deadline", "bad_date"),
    ]
    assert set(await vacancies(any_database)) == {"QA-1", "QA-2"}


async def test_unknown_isco_code_is_rejected(database):
    rows = ["QA-9,Welder,Doha Metal,Doha,1800,2300,2027-05-31,9999,open"]
    summary = await run_import(database, csv_bytes(rows))
    assert [(e.field, e.code) for e in summary.errors] == [("isco_code", "bad_isco")]
    assert "7212" in valid_isco_codes() and "9999" not in valid_isco_codes()


async def test_unreadable_files_import_nothing(database):
    missing_title = await run_import(database, b"external_id,employer\nQA-1,Doha Metal\n")
    assert missing_title.file_error == "missing_columns:title" and missing_title.read == 0
    empty = await run_import(database, b"")
    assert empty.file_error == "blank"  # no bytes at all: an export that failed, said so
    assert await vacancies(database) == {}


# ---- upsert -----------------------------------------------------------------------------------------


async def test_reimport_changes_nothing(any_database):
    first = await run_import(any_database, csv_bytes())
    before = {key: v.updated_at for key, v in (await vacancies(any_database)).items()}
    second = await run_import(any_database, csv_bytes())
    assert (first.created, first.updated, first.unchanged) == (3, 0, 0)
    assert (second.created, second.updated, second.unchanged, second.closed) == (0, 0, 3, 0)
    after = {key: v.updated_at for key, v in (await vacancies(any_database)).items()}
    assert after == before


async def test_changed_row_updates_and_closed_closes_and_reopens(any_database):
    await run_import(any_database, csv_bytes())
    changed = [
        ROWS[0].replace("1800", "2000"),
        ROWS[1].replace(",open", ",closed"),
        ROWS[2],
    ]
    summary = await run_import(any_database, csv_bytes(changed))
    assert (summary.created, summary.updated, summary.unchanged, summary.closed) == (0, 1, 1, 1)
    stored = await vacancies(any_database)
    assert stored["QA-1"].salary_min == 2000
    assert stored["QA-2"].status == "closed" and stored["QA-2"].closed_at is not None
    assert stored["QA-3"].status == "open" and stored["QA-3"].closed_at is None

    reopened = await run_import(any_database, csv_bytes(changed[:1] + [ROWS[1]]))
    assert (reopened.updated, reopened.closed, reopened.unchanged) == (1, 0, 1)
    stored = await vacancies(any_database)
    assert stored["QA-2"].status == "open" and stored["QA-2"].closed_at is None


async def test_isco_code_from_the_file_overrides_the_guess(database):
    rows = [ROWS[0].replace(",,open", ",7223,open")]  # a welder filed as a machine-tool setter
    await run_import(database, csv_bytes(rows))
    vacancy = (await vacancies(database))["QA-1"]
    assert (vacancy.isco_code, vacancy.isco_from_file) == ("7223", True)
    # A later file without the code keeps the officer's code rather than guessing again.
    await run_import(database, csv_bytes([ROWS[0].replace("1800", "1850")]))
    vacancy = (await vacancies(database))["QA-1"]
    assert (vacancy.isco_code, vacancy.isco_from_file) == ("7223", True)


async def test_unclassified_titles_are_named(database):
    rows = [*ROWS, "QA-4,Zxqv Blorp,Acme,Doha,1800,2300,2027-05-31,,open",
            "QA-5,Zxqv Blorp,Acme,Doha,1800,2300,2027-05-31,,open"]
    summary = await run_import(database, csv_bytes(rows))
    assert summary.unclassified == ["Zxqv Blorp"]
    assert (await vacancies(database))["QA-4"].isco_code is None
    # Still named on a re-import, so the officer is reminded until the code is added.
    again = await run_import(database, csv_bytes(rows))
    assert again.unclassified == ["Zxqv Blorp"] and again.unchanged == 5


async def test_only_new_vacancies_open_to_workers_get_a_link(any_database):
    await run_import(any_database, csv_bytes(ROWS[:1]))
    rows = [
        ROWS[0].replace("1800", "2000"),  # updated: its link was given when it was new
        ROWS[1],
        "QA-4,Cook,Lusail Hospitality,Lusail,1600,2100,2027-05-31,,closed",
        "QA-5,Cook,Lusail Hospitality,Lusail,1600,2100,2020-01-31,,open",  # past its deadline: refused
        ROWS[2],
    ]
    summary = await run_import(any_database, csv_bytes(rows))
    stored = await vacancies(any_database)
    assert summary.shareable == [NewVacancy(stored["QA-2"].id, "QA-2", "Heavy Truck Driver"),
                                 NewVacancy(stored["QA-3"].id, "QA-3", "Staff Nurse (Surgical Ward)")]
    assert (summary.shareable_total, summary.created, summary.created_closed) == (2, 2, 1)
    assert [(e.row, e.field, e.code) for e in summary.errors] == [(5, "deadline", "deadline_past")]


async def test_a_line_read_as_a_group_title_is_named_to_the_officer(database, i18n):
    """«Строительство» alone above its vacancies is a group's title, but a vacancy typed with only its title
    would look the same: the summary names every such line, so none is left out unseen."""
    rows = ["", "Строительство", *ROWS[:2], "", "Medical", ROWS[2]]
    summary = await run_import(database, csv_bytes(rows))
    assert (summary.created, summary.rejected) == (3, 0)
    assert summary.group_titles == [(3, "Строительство"), (7, "Medical")]
    for lang, line in (("ru", "Строка 3: Строительство"), ("en", "Row 7: Medical"), ("kk", "3-жол: Строительство")):
        text = plain(render_summary(i18n.translator(lang), summary))
        assert plain(i18n.translator(lang)("import-group-titles-header")) in text and line in text


# ---- summary text -----------------------------------------------------------------------------------


def test_summary_names_rows_in_the_readers_language(i18n):
    summary = ImportSummary("v.csv", read=3, created=1, unchanged=1,
                            errors=[RowError(4, "salary_min", "not_a_number", "abc")],
                            unclassified=["Zxqv <Blorp>"])
    for lang, reason in (("en", "not a number"), ("ru", "это не число"), ("kk", "бұл сан емес")):
        text = plain(render_summary(i18n.translator(lang), summary))
        assert "salary_min" in text and reason in text and "abc" in text and "Zxqv <Blorp>" in text


def test_summary_fits_one_message(i18n):
    errors = [RowError(n, "deadline", "bad_date", "31.02.2026" * 6) for n in range(2, 600)]
    titles = [f"Unknown title number {n} " + "x" * 150 for n in range(300)]
    new = [NewVacancy(n, f"QA-{n}", "Senior welder " + "x" * 190) for n in range(1, 21)]
    summary = ImportSummary("big.csv", read=900, errors=errors, unclassified=titles, shareable=new,
                            shareable_total=300)
    link = lambda vacancy_id: f"https://t.me/a_rather_long_ministry_jobs_bot?start=v{vacancy_id}"
    for lang in ("kk", "ru", "en"):
        text = render_summary(i18n.translator(lang), summary, link)
        assert len(text) < 4096
    english = plain(render_summary(i18n.translator("en"), summary, link))
    assert "…and " in english and "Row 2," in english and "start=v1\n" in english


def test_status_files_are_told_apart_by_columns():
    status = read_table(b"application_id,status\n5,interview\n", "s.csv")
    by_worker = read_table(b"telegram_id,external_id,status\n5,QA-1,offer\n", "s.csv")
    vacancy = read_table(csv_bytes(), "v.csv")
    assert is_status_file(status) and is_status_file(by_worker)
    assert not is_status_file(vacancy)


# ---- CLI --------------------------------------------------------------------------------------------


async def _count(url: str) -> int:
    from db.engine import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return (await connection.execute(select(func.count()).select_from(Vacancy))).scalar_one()
    finally:
        await engine.dispose()


def test_cli_imports_a_file(tmp_path, monkeypatch, capsys):
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    path = tmp_path / "vacancies.csv"
    path.write_bytes(csv_bytes([*ROWS, "QA-5,,Doha Metal,Doha,1800,2300,2027-05-31,,open"]))
    assert cli_main(["import-vacancies", str(path)]) == 0
    out = capsys.readouterr().out
    assert "New vacancies: 3" in out and "Row 5" in out and "<b>" not in out
    import asyncio

    assert asyncio.run(_count(url)) == 3


def test_cli_missing_or_unreadable_file_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    assert cli_main(["import-vacancies", str(tmp_path / "nope.csv")]) == 1
    assert "nope.csv" in capsys.readouterr().err
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("name,phone\nA,1\n")
    assert cli_main(["import-vacancies", str(wrong)]) == 1
    assert "title, employer" in capsys.readouterr().err


def test_a_refused_row_names_its_column_and_sheet_as_the_file_does(i18n):
    summary = ImportSummary("v.xlsx", read=2, labels={"salary": "Зарплата (QAR)", "deadline": "Срок подачи"},
                            errors=[RowError(RowNumber(4, "Гостиницы"), "salary", "bad_salary", "высокая"),
                                    RowError(5, "deadline", "deadline_past", "2025-08-31")])
    expected = {
        "ru": ("Строка 4 (лист «Гостиницы»), Зарплата (QAR): нужна сумма в месяц", "Строка 5, Срок подачи: этот срок уже прошёл"),
        "kk": ("«Гостиницы» парағы, 4-жол, Зарплата (QAR): айлық сома керек", "5-жол, Срок подачи: бұл мерзім өтіп кеткен"),
        "en": ("Row 4 (sheet “Гостиницы”), Зарплата (QAR): needs a monthly sum", "Row 5, Срок подачи: this date has already passed"),
    }  # fmt: skip
    for lang, lines in expected.items():
        text = plain(render_summary(i18n.translator(lang), summary))
        assert all(line in text for line in lines), text


async def test_a_past_deadline_refuses_a_new_vacancy_but_not_one_already_known(any_database):
    await run_import(any_database, csv_bytes(["QA-1,MIG Welder,Doha Metal,Doha,1800,2300,2027-05-31,,open"]))
    rows = ["QA-1,MIG Welder,Doha Metal,Doha,1800,2300,2020-05-31,,open",  # known: the portal keeps it
            "QA-2,Cook,Lusail Hospitality,Lusail,1600,2100,2020-05-31,,open",  # new: a mistyped year
            "QA-3,Cook,Lusail Hospitality,Lusail,1600,2100,2020-05-31,,closed"]  # closed: nothing to show
    summary = await run_import(any_database, csv_bytes(rows))
    assert (summary.updated, summary.created, summary.created_closed) == (1, 0, 1)
    assert [(e.row, e.code) for e in summary.errors] == [(3, "deadline_past")]
