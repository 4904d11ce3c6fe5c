"""Status sheets from a Qatari agency, a 1C register and a weekly tracker: an interview called off is no refusal of
the worker, the worker's own refusal as 1C names it, a register numbered «Номер» beside the vacancy with the document's
date before the step's, and a tracker with a column per day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.i18n import I18n
from bot.kz_time import kazakhstan_today
from bot.tabular import parse_date
from bot.services.statuses import status_names
from bot.status_rows import RowError, parse_status_row, parse_status_table, read_status_file
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "7", "status": cell}, 4, NAMES).status


@pytest.mark.parametrize("cell", ["Employer cancelled the interview", "Интервью перенесено работодателем",
                                  "Собеседование с работодателем отменено", "interview postponed by client"])
def test_an_interview_called_off_is_refused_not_taken_for_a_rejection(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


def test_a_rejection_named_beside_a_cancelled_interview_still_ends_the_application() -> None:
    assert step("Interview cancelled - candidate rejected by employer") == "rejected"


@pytest.mark.parametrize(("cell", "code"), [("Отказ соискателя", "withdrawn"), ("Отказ со стороны кандидата", "withdrawn"),
                                            ("Отказ работодателя", "rejected")])
def test_whose_refusal_the_register_names(cell: str, code: str) -> None:
    assert step(cell) == code


def test_a_register_numbered_by_application_beside_its_vacancy_dates_the_step_not_the_document() -> None:
    made, moved = kazakhstan_today() - timedelta(days=20), kazakhstan_today() - timedelta(days=4)
    data = workbook([
        ["Номер", "Дата", "Вакансия", "Состояние кандидата", "Дата изменения состояния"],
        ["000000812", f"{made:%d.%m.%Y} 0:00:00", "QA-7001", "Собеседование", f"{moved:%d.%m.%Y} 0:00:00"],
        ["000000815", f"{made:%d.%m.%Y} 0:00:00", "QA-7001", "Оффер", f"{moved:%d.%m.%Y} 0:00:00"],
    ])
    result = parse_status_table(read_status_file(data, "реестр.xlsx"), NAMES)
    assert not result.errors
    assert [(row.application_id, row.status) for row in result.rows] == [(812, "interview"), (815, "offer")]
    assert {(row.occurred_at + timedelta(hours=5)).date() for row in result.rows} == {moved}


def test_a_tracker_with_a_column_per_day_takes_each_rows_latest_step_and_its_day() -> None:
    days = [kazakhstan_today() - timedelta(days=n) for n in (21, 14, 7)]
    data = csv_bytes([
        ["Заявка", "Кандидат", *(f"{day:%d.%m.%Y}" for day in days)],
        ["4410", "Омаров Д.", "Собеседование", "Оффер", ""],
        ["4411", "Нуржанова А.", "", "", "Виза выдана"],
    ], delimiter=";")
    result = parse_status_table(read_status_file(data, "по неделям.csv"), NAMES)
    assert not result.errors
    found = {row.application_id: (row.status, (row.occurred_at + timedelta(hours=5)).date()) for row in result.rows}
    assert found == {4410: ("offer", days[1]), 4411: ("visa_issued", days[2])}


@pytest.mark.parametrize(("cell", "code"), [("Not selected after interview", "rejected"),
                                            ("Not shortlisted", "rejected"), ("Unsuccessful", "rejected"),
                                            ("Mobilized to site", "departed"), ("Mobilised", "departed")])
def test_an_agencys_verdict_and_its_word_for_departure(cell: str, code: str) -> None:
    assert step(cell) == code


def test_a_mobilisation_under_way_is_no_departure() -> None:
    with pytest.raises(RowError):
        step("Mobilization in progress")


@pytest.mark.parametrize("written", ["{y} жылғы қарашаның {d}-і", "{d}-ші қараша {y} ж.", "{d}/Nov/{y}"])
def test_a_day_written_with_a_kazakh_ordinal_or_slashes_round_the_month(written: str) -> None:
    assert parse_date(written.format(d=9, y=2026)) == date(2026, 11, 9)
