"""Status cells that tell of more than one thing, steps written in Arabic alone, and a step's day written in its
cell: as agencies' trackers and the ministry's registers keep them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.i18n import I18n
from bot.kz_time import KAZAKHSTAN_TZ
from bot.services.statuses import status_names
from bot.status_rows import RowError, arabic_step, parse_status_row, parse_status_table, read_status_file

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "7", "status": cell}, 4, NAMES).status


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Квалификация подтверждена; направлен к работодателю", "employer_review"),
        ("Offer signed, visa stamped", "visa_issued"),
        ("Medical cleared and contract signed", "contract_signed"),
        ("Сұхбаттан өтті, жұмыс ұсынысы берілді", "offer"),
        ("Виза получена, билет куплен", "visa_issued"),
        ("Контракт подписан, виза в процессе", "contract_signed"),
        ("Прошёл собеседование у работодателя", "interview"),
        ("Interview with the employer held", "interview"),
        ("Interview with the employer", "interview"),  # the step from the day it is set, as "Interview scheduled"
    ],
)
def test_the_furthest_step_a_cell_tells_of(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize(
    "cell",
    [
        "Medical done, visa submitted",  # a visa asked for is no visa issued
        "Интервью пройдено, контракт не подписан",  # a part negating a step
        "Оффер, потом отказ",  # an ending beside a step: whose, and after what?
    ],
)
def test_cells_that_leave_the_step_to_the_officer(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("تمت المقابلة", "interview"),
        ("تم التوقيع على العقد", "contract_signed"),
        ("التأشيرة جاهزة", "visa_issued"),
        ("غادر إلى قطر", "departed"),
        ("بدأ العمل", "employed"),
        ("لم يتم اختيار المرشح", "rejected"),
        ("انسحب المرشح", "withdrawn"),
        ("مقابلة مع صاحب العمل", "interview"),
        ("عرض عمل", "offer"),
    ],
)
def test_steps_in_arabic_alone(cell: str, code: str) -> None:
    assert arabic_step(cell) == code
    assert step(cell) == code


@pytest.mark.parametrize("cell", ["بانتظار التأشيرة", "المقابلة مؤجلة", "قيد الإجراء"])
def test_arabic_that_awaits_or_postpones_a_step_is_refused(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


def test_the_step_s_day_written_in_its_cell() -> None:
    day = date.today() - timedelta(days=6)
    row = parse_status_row({"application_id": "9", "status": f"Visa stamped on {day:%d/%m/%Y}"}, 2, NAMES)
    assert row.status == "visa_issued"
    assert row.occurred_at is not None and row.occurred_at.astimezone(KAZAKHSTAN_TZ).date() == day


def test_a_date_column_keeps_the_cell_as_written() -> None:
    row = parse_status_row({"application_id": "9", "status": "Вылетел рейсом QR 388", "occurred_at": ""}, 2, NAMES)
    assert row.status == "departed" and row.occurred_at is None


def test_a_day_ahead_in_the_step_s_cell_is_refused_naming_that_column() -> None:
    ahead = date.today() + timedelta(days=10)
    with pytest.raises(RowError) as refused:
        parse_status_row({"application_id": "9", "status": f"Вылет {ahead:%d.%m.%Y}, виза выдана"}, 2, NAMES)
    assert refused.value.code == "date_ahead" and refused.value.field == "status"


def test_an_agency_s_candidate_reference_is_the_application() -> None:
    data = "Candidate Ref,Current Status\r\n1204,Visa stamped\r\n".encode()
    table = read_status_file(data, "tracker.csv")
    assert table.error is None
    [row] = parse_status_table(table, NAMES).rows
    assert (row.application_id, row.status) == (1204, "visa_issued")
