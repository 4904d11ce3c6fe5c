"""Status registers as other offices and Qatari agencies keep them: steps in Kazakh's 2021 Latin letters, in
English beside Arabic, an interview or a job offer typed in a hurry, and a 1C export where the application's own
date stands beside the step's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.i18n import I18n
from bot.services.statuses import status_names
from bot.status_rows import RowError, kazakh_in_cyrillic, parse_status_row, parse_status_table, read_status_file
from tests.workbooks import workbook

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "7", "status": cell}, 4, NAMES).status


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Jūmysqa kırıstı", "employed"),
        ("Vizasy daiyn boldy", "visa_issued"),
        ("Qūjattary tekserılude", "qualification_check"),
        ("Kelısımşartqa qol qoiyldy", "contract_signed"),
        ("Qatarğa ūşyp kettı", "departed"),
    ],
)
def test_a_step_in_kazakh_latin_letters_of_2021(cell: str, code: str) -> None:
    assert step(cell) == code


def test_english_is_not_read_as_kazakh_latin() -> None:
    assert kazakh_in_cyrillic("visa issued") == "visa issued"


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Interview - مقابلة", "interview"),
        ("عقد موقع / Contract signed", "contract_signed"),
        ("Joined", "employed"),
        ("Прошла интервю", "interview"),
        ("Предложили работу", "offer"),
        ("Кандидату предложили место", "offer"),
    ],
)
def test_a_step_beside_arabic_or_typed_in_a_hurry(cell: str, code: str) -> None:
    assert step(cell) == code


def test_arabic_alone_is_still_refused() -> None:
    with pytest.raises(RowError):
        step("قيد المعالجة")


def test_the_day_the_application_was_made_is_not_the_steps_day() -> None:
    made, moved = date.today() - timedelta(days=40), date.today() - timedelta(days=3)
    data = workbook([
        ["Заявка", None, "Этап", "Дата изменения"],
        ["Номер", "Дата", None, None],
        [4411, made, "Собеседование", moved],
    ], merges=["A1:B1", "C1:C2", "D1:D2"])
    [row] = parse_status_table(read_status_file(data, "1c.xlsx"), NAMES).rows
    assert (row.status, row.occurred_at.astimezone().date() if row.occurred_at else None) in (
        ("interview", moved), ("interview", moved + timedelta(days=1)), ("interview", moved - timedelta(days=1)))


def test_a_register_headed_in_arabic_alone() -> None:
    data = workbook([["رقم الطلب", "الحالة", "ملاحظات"], [5120, "Visa issued", "Two-year work visa"]])
    [row] = parse_status_table(read_status_file(data, "agency.xlsx"), NAMES).rows
    assert (row.application_id, row.status, row.note) == (5120, "visa_issued", "Two-year work visa")
