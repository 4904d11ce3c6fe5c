"""Vacancy rows as accounting systems, employment centres and employers' agencies write them: closing dates with
the year first or with words around them, no closing date at all, and a vacancy's state in an office's words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.tabular import parse_date
from bot.vacancy_rows import RowError, parse_vacancy_row

BASE = {"external_id": "OS-3", "title": "Duct Installer", "employer": "Wakrah Cooling Systems"}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2028.11.03", date(2028, 11, 3)),
        ("2028/2/9", date(2028, 2, 9)),
        ("09.02.2028 включительно", date(2028, 2, 9)),
        ("не позже 09.02.2028", date(2028, 2, 9)),
        ("no later than 9 February 2028", date(2028, 2, 9)),
        ("по 09.02.2028 (включ.)", date(2028, 2, 9)),
        ("09.02.2028 ж. дейін", date(2028, 2, 9)),
    ],
)
def test_a_closing_date_with_the_year_first_or_words_around_it(written: str, day: date) -> None:
    assert parse_date(written) == day


@pytest.mark.parametrize("written", ["2028.13.03", "2028.02.30", "2028-2-9"])
def test_a_year_first_date_that_does_not_exist_is_refused(written: str) -> None:
    with pytest.raises(ValueError):
        parse_date(written)


@pytest.mark.parametrize("written", ["Бессрочно", "до заполнения", "until filled", "Ongoing", "мерзімсіз"])
def test_a_vacancy_open_until_filled_has_no_closing_date(written: str) -> None:
    assert parse_vacancy_row({**BASE, "deadline": written}, 5).deadline is None


def test_a_closing_date_in_words_that_say_no_date_is_still_refused() -> None:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "deadline": "скоро"}, 5)
    assert caught.value.field == "deadline"


@pytest.mark.parametrize(
    ("state", "status"),
    [
        ("приостановлено", "closed"),
        ("Suspended", "closed"),
        ("ON HOLD", "closed"),
        ("Отменено заказчиком", "closed"),
        ("cancelled by the employer", "closed"),
        ("Срок продлён", "open"),
        ("Extended", "open"),
        ("ұзартылды", "open"),
    ],
)
def test_a_vacancy_state_in_an_offices_words(state: str, status: str) -> None:
    assert parse_vacancy_row({**BASE, "status": state}, 5).status == status


def test_a_state_that_says_neither_is_still_refused() -> None:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "status": "уточняется"}, 5)
    assert caught.value.field == "status"


@pytest.mark.parametrize(
    ("places", "count"),
    [("4 муж. + 1 жен.", 5), ("6 male + 2 female", 8), ("7 қызметкер", 7), ("12 сотрудников", 12), ("2+3", 5)],
)
def test_places_counted_apart_for_men_and_women_are_added(places: str, count: int) -> None:
    assert parse_vacancy_row({**BASE, "positions": places}, 5).positions == count


def test_places_that_do_not_add_up_are_still_refused() -> None:
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "positions": "4 муж. + по договорённости"}, 5)
    assert caught.value.field == "positions"


@pytest.mark.parametrize(("pay", "low"),
                         [("не менее 1 650", 1650), ("кемінде 2000 риал", 2000), ("at least QAR 1,900", 1900)])
def test_pay_at_least(pay: str, low: int) -> None:
    row = parse_vacancy_row({**BASE, "salary": pay}, 5)
    assert (row.salary_min, row.salary_max) == (low, None)


def test_sub_totals_and_their_breakdowns_are_no_vacancies() -> None:
    from bot.tabular import read_table
    from bot.vacancy_rows import HEADER_ALIASES
    from tests.data.vacancy_files import csv_bytes

    rows = [["Ref", "Job Title", "Employer", "Qty"],
            ["Hospitality"],
            ["H-1", "Waiter", "Katara Hotels", "6"],
            ["", "Subtotal", "", "6"],
            ["Facilities"],
            ["F-1", "Cleaner", "Doha Clean Co.", "9"],
            ["", "Grand total", "", "15"],
            ["", "of which female", "", "9"],
            ["", "в том числе без опыта", "", "4"]]
    table = read_table(csv_bytes(rows), "demand.csv", aliases=HEADER_ALIASES)
    assert [row["title"] for _, row in table.rows] == ["Waiter", "Cleaner"]
    assert [title for _, title in table.titles] == ["Hospitality", "Facilities"]


def test_a_title_in_several_languages_takes_the_first_filled_one() -> None:
    from bot.vacancy_rows import read_upload
    from tests.data.vacancy_files import csv_bytes

    rows = [["Job title (EN)", "Наименование должности (RU)", "Лауазым (KZ)", "Employer"],
            ["Mason", "Каменщик", "Тас қалаушы", "Wakrah Builders"],
            ["", "Плотник", "Ағаш ұстасы", "Wakrah Builders"],
            ["", "", "Сылақшы", "Wakrah Builders"]]
    table = read_upload(csv_bytes(rows), "titles.csv")
    assert [row["title"] for _, row in table.rows] == ["Mason", "Плотник", "Сылақшы"]


def test_an_accounting_systems_field_names_run_together() -> None:
    from bot.vacancy_rows import read_upload
    from tests.data.vacancy_files import csv_bytes

    rows = [["Наименование", "Контрагент", "ОкладОт", "ОкладДо", "СрокПодачиЗаявок"],
            ["Штукатур", "Rayyan Plastering W.L.L.", "1 500,00", "1 900,00", "01.06.2028 0:00:00"]]
    table = read_upload(csv_bytes(rows, delimiter=";"), "1c.csv")
    assert {"title", "employer", "salary_min", "salary_max", "deadline"} <= set(table.columns)
    row = parse_vacancy_row(table.rows[0][1] | {"external_id": "R-1"}, 2)
    assert (row.title, row.employer, row.salary_min, row.salary_max, row.deadline) == (
        "Штукатур", "Rayyan Plastering W.L.L.", 1500, 1900, date(2028, 6, 1))


@pytest.mark.parametrize("written", ["01.06.2028 23:59", "June 1, 2028 5:00 PM", "2028.06.01 00:00:00"])
def test_a_date_with_its_time_of_day(written: str) -> None:
    assert parse_date(written) == date(2028, 6, 1)


def _read(rows: list[list[object]]):
    from bot.vacancy_rows import read_upload, vacancy_columns
    from tests.data.vacancy_files import csv_bytes

    return vacancy_columns(read_upload(csv_bytes(rows), "grouped.csv"))


def test_rows_under_an_employers_line_take_its_name() -> None:
    table = _read([["#", "Trade", "Basic Salary", "Qty"],
                   ["Company: Gharafa Catering Est.", "", "", ""],
                   ["1", "Cook", "1500", "3"],
                   ["2", "Kitchen Helper", "1100", "5"],
                   ["Company - Doha Laundry Services", "", "", ""],
                   ["1", "Presser", "1200", "4"]])
    assert [(row["title"], row["employer"]) for _, row in table.rows] == [
        ("Cook", "Gharafa Catering Est."), ("Kitchen Helper", "Gharafa Catering Est."),
        ("Presser", "Doha Laundry Services")]
    assert table.labels["employer"] == "Company"


def test_a_companys_name_alone_heads_its_rows_but_a_trade_group_does_not() -> None:
    table = _read([["№", "Профессия", "Оклад", "Мест"],
                   [],
                   ["ТОО «Qazaq Recruit Partner»", "", "", ""],
                   ["1", "Повар", "1500", "3"]])
    assert [(row["title"], row["employer"]) for _, row in table.rows] == [("Повар", "ТОО «Qazaq Recruit Partner»")]
    trades = _read([["№", "Профессия", "Оклад", "Мест"], [], ["Общепит", "", "", ""], ["1", "Повар", "1500", "3"]])
    assert "employer" not in trades.columns and [title for _, title in trades.titles] == ["Общепит"]


def test_an_employer_and_job_column_of_an_accounting_report() -> None:
    table = _read([["Организация / Вакансия", "Оклад", "Кол-во"],
                   ["Wakrah Marine Co.", "", "5"],
                   ["Матрос", "1600", "3"],
                   ["Моторист", "2100", "2"]])
    assert [(row["title"], row["employer"]) for _, row in table.rows] == [
        ("Матрос", "Wakrah Marine Co."), ("Моторист", "Wakrah Marine Co.")]


@pytest.mark.parametrize(
    ("pay", "low", "high", "terms"),
    [
        ("1 200 - 1 400 QR + 250 transport", 1200, 1400, {"transport_allowance": 250}),
        ("2000 + 400 (жильё) + 300 (питание)", 2000, 2000, {"housing_allowance": 400, "food_allowance": 300}),
        ("1 350…1 600 риал", 1350, 1600, {}),
        ("1700~1900", 1700, 1900, {}),
        ("1500 + OT", 1500, 1500, {"food_allowance": None}),
    ],
)
def test_allowances_written_after_the_pay(pay: str, low: int, high: int, terms: dict[str, int | None]) -> None:
    row = parse_vacancy_row({**BASE, "salary": pay}, 5)
    assert (row.salary_min, row.salary_max) == (low, high)
    assert {name: getattr(row, name) for name in terms} == terms


def test_a_gulf_sheets_allowance_columns() -> None:
    table = _read([["Designation", "Company", "Basic", "HRA", "Food All.", "Transport All.", "Gross"],
                   ["Painter", "Lusail Coatings W.L.L.", "1,300 - 1,500", "350", "Provided", "120", "2,000"]])
    row = parse_vacancy_row(table.rows[0][1] | {"external_id": "G-1"}, 2)
    assert (row.salary_min, row.salary_max, row.housing_allowance, row.food_provided, row.transport_allowance) == (
        1300, 1500, 350, True, 120)


def test_nested_objects_of_a_json_export_are_opened() -> None:
    import json

    from bot.vacancy_rows import read_upload

    data = json.dumps({"items": [{
        "id": "N-4", "position": {"name": "Pipe Welder"}, "company": {"name": "Dukhan Fabrication", "cr": "7781"},
        "salary": {"min": 2100, "max": 2600, "currency": "QAR"}, "deadline": "2028-03-01"}]}).encode()
    table = read_upload(data, "export.json")
    row = parse_vacancy_row(table.rows[0][1], 1)
    assert (row.external_id, row.title, row.employer, row.salary_min, row.salary_max, row.currency) == (
        "N-4", "Pipe Welder", "Dukhan Fabrication", 2100, 2600, "QAR")
