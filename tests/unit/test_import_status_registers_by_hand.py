"""Status registers kept by hand: an interview named with the employer it is held with, words cut short or
missing their last letter at the end of a long day, and a column headed «№» that holds the applications'
numbers rather than counting the rows; and a link to a shared register sent instead of the register."""

from __future__ import annotations

import pytest

from bot.i18n import I18n
from bot.services.status_import import StatusImportSummary, render_status_summary
from bot.services.statuses import status_names
from bot.status_rows import RowError, parse_status_row, read_status_file
from bot.tabular import LINK
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "41", "status": cell}, 3, NAMES).status


@pytest.mark.parametrize("cell", ["Interview with the employer", "Employer interview", "Интервью с работодателем",
                                  "Собеседование у работодателя", "Жұмыс берушімен сұхбат"])
def test_an_interview_with_the_employer_is_the_interview(cell: str) -> None:
    """The interview is the step from the day it is set ("Interview scheduled"), so naming the employer it is
    held with changes nothing."""
    assert step(cell) == "interview"


@pytest.mark.parametrize("cell", ["Interview with the employer postponed", "Interview with employer not yet held"])
def test_an_interview_put_off_is_still_refused(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("резюме у работодат.", "employer_review"),
        ("направлен работодат.", "employer_review"),
        ("контрак подписали", "contract_signed"),
        ("вышла на раб.", "employed"),
        ("вышли на раб", "employed"),
    ],
)
def test_words_cut_short_at_the_end_of_a_day(cell: str, code: str) -> None:
    assert step(cell) == code


def test_a_word_with_letters_around_a_step_is_no_typo() -> None:
    with pytest.raises(RowError):
        step("unemployed")


def test_a_number_column_headed_with_the_sign_alone_names_the_applications() -> None:
    data = workbook([["№", "ФИО", "Статус"], [3301, "Ахметов Е.", "Оффер"], [3307, "Ким В.", "Виза выдана"]])
    table = read_status_file(data, "статусы.xlsx")
    assert table.error is None
    assert [row["application_id"] for _, row in table.rows] == ["3301", "3307"]


def test_a_row_counter_headed_with_the_sign_is_never_an_application() -> None:
    data = csv_bytes([["№", "ФИО", "Статус"], ["1", "Ахметов Е.", "Оффер"], ["2", "Ким В.", "Виза выдана"]])
    assert read_status_file(data, "статусы.csv").error == "missing_columns:application_id"


def test_a_row_counter_beside_the_applications_number_is_left_aside() -> None:
    data = csv_bytes([["№", "№ заявки", "Статус"], ["1", "3305", "Оффер"], ["2", "3306", "Собеседование"]])
    table = read_status_file(data, "статусы.csv")
    assert [row["application_id"] for _, row in table.rows] == ["3305", "3306"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_link_sent_as_a_status_file_is_answered_with_how_to_download_it(language: str) -> None:
    data = "Статусы тут: https://docs.google.com/spreadsheets/d/1Qw/edit".encode()
    table = read_status_file(data, "статусы.txt")
    assert table.error == LINK
    text = render_status_summary(I18n().translator(language), StatusImportSummary(file_error=table.error))
    assert "Google" in text and "xlsx" in text


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("договор подп.", "contract_signed"),  # «подп.» starts several words, all of the signed contract
        ("дог. подп.", "contract_signed"),
        ("CV передано работод.", "employer_review"),
    ],
)
def test_words_cut_with_a_dot_that_start_several_words_of_one_step(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize(("cell", "code"), [("Бас тартты", "withdrawn"), ("Кандидат өзі бас тартты", "withdrawn"),
                                            ("bas tartty", "withdrawn"), ("Жұмыс беруші бас тартты", "rejected")])
def test_declined_in_kazakh_is_the_worker_unless_the_employer_is_named(cell: str, code: str) -> None:
    assert step(cell) == code
