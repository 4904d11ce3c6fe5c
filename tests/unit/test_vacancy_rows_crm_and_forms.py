"""Vacancy lists exported from a CRM and from a form: a money field with its currency after a bar, a record's stage
as the vacancy's state, a form's question for the count, an allowance named before its sum, and a workbook that holds
only a picture of the table."""

from __future__ import annotations

import io
import zipfile

import pytest

from bot.tabular import IMAGE, read_table
from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file, vacancy_state
from tests.data.vacancy_files import csv_bytes
from tests.data.vacancy_files_8 import screenshot_png
from tests.workbooks import workbook


def read(header: list[str], row: list[str]):
    result = parse_vacancy_table(read_vacancy_file(csv_bytes([header, row], delimiter=";"), "crm.csv"))
    return result


def test_a_crm_money_field_in_riyals_is_the_pay() -> None:
    result = read(["Название", "Компания", "Зарплата"], ["Плиточник", "Lusail Interiors", "2 100|QAR"])
    assert not result.errors
    assert (result.rows[0].title, result.rows[0].salary_min, result.rows[0].salary_max) == ("Плиточник", 2100, 2100)


def test_a_crm_money_field_in_tenge_is_refused_as_another_currency() -> None:
    result = read(["Название", "Компания", "Зарплата"], ["Плиточник", "Lusail Interiors", "650000|KZT"])
    assert [error.code for error in result.errors] == ["salary_currency"]


@pytest.mark.parametrize(("stage", "state"), [("Приём открыт", "open"), ("Новая", "open"), ("В работе", "open"),
                                              ("Recruitment open", "open"), ("Заполнена (набрали)", "closed"),
                                              ("Укомплектована", "closed"), ("Open (urgent)", "open")])
def test_a_crm_stage_is_the_vacancy_state(stage: str, state: str) -> None:
    assert vacancy_state(stage) == state


def test_a_stage_that_is_no_vacancy_state_stays_unknown() -> None:
    assert vacancy_state("Собеседование (онлайн)") is None


def test_a_form_question_for_the_count_gives_the_places() -> None:
    result = read(["Должность", "Работодатель", "Сколько работников требуется?"], ["Сварщик", "Doha Steel", "7"])
    assert result.rows[0].positions == 7


def test_an_allowance_named_before_its_sum_is_not_the_top_of_the_pay() -> None:
    result = read(["Должность", "Работодатель", "Зарплата"], ["Повар", "Doha Catering", "1 600 + питание 250 риалов"])
    row = result.rows[0]
    assert (row.salary_min, row.salary_max, row.food_allowance) == (1600, 1600, 250)


def test_a_workbook_holding_only_a_pasted_picture_is_a_picture() -> None:
    source = zipfile.ZipFile(io.BytesIO(workbook({"Sheet1": []})))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, source.read(name))
        archive.writestr("xl/media/image1.png", screenshot_png())
    assert read_table(buffer.getvalue(), "list.xlsx").error == IMAGE


def test_an_empty_workbook_without_pictures_is_still_empty() -> None:
    assert read_table(workbook({"Sheet1": []}), "list.xlsx").error == "empty"


def test_a_crm_export_in_english_names_the_deal_its_stage_and_the_people_asked_for() -> None:
    rows = [["ID", "Deal name", "Stage", "Company", "Salary", "Number of employees"],
            ["71", "Glazier", "Closed (filled)", "Lusail Interiors", "2000|QAR", "2"],
            ["72", "Tile Setter", "In progress", "Lusail Interiors", "1900|QAR", "4"]]
    result = parse_vacancy_table(read_vacancy_file(csv_bytes(rows), "deals.csv"))
    assert [(row.title, row.status, row.positions) for row in result.rows] == [("Glazier", "closed", 2),
                                                                               ("Tile Setter", "open", 4)]
