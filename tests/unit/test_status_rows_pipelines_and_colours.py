"""Status lists from other systems: an employer's recruitment pipeline (its own stage words, the ministry's number
under a prefix the header names), a tracker coloured step by step with a legend, and a workbook with a sheet per
vacancy where one worker applied to both."""

from __future__ import annotations

import pytest

from bot.i18n import I18n
from bot.services.statuses import status_names
from bot.status_rows import RowError, colour_legend, parse_status_row, parse_status_table, read_status_file
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "31", "status": cell}, 2, NAMES).status


@pytest.mark.parametrize("cell", ["Shortlisted", "Short-listed by client", "3. Shortlisted for interview",
                                  "Кандидат в шорт-листе"])
def test_a_shortlisted_candidate_is_at_the_interview_step(cell: str) -> None:
    assert step(cell) == "interview"


def test_the_ministry_number_under_the_prefix_its_header_names_is_the_application() -> None:
    rows = [["Candidate", "MLSP No.", "Current Stage"], ["Bekova Zh.", "MLSP-2051", "Offer issued"],
            ["Omarov D.", "mlsp 2052", "Visa stamped"]]
    result = parse_status_table(read_status_file(csv_bytes(rows), "pipeline.csv"), NAMES)
    assert [(row.application_id, row.status) for row in result.rows] == [(2051, "offer"), (2052, "visa_issued")]


def test_a_vacancy_code_under_a_ministry_header_is_not_taken_for_an_application() -> None:
    rows = [["Ref (MoL)", "Stage"], ["QA-2051", "Offer issued"]]
    table = read_status_file(csv_bytes(rows), "pipeline.csv")
    assert all(row.get("application_id") != "2051" for _, row in table.rows)


def test_a_legend_says_what_each_colour_means() -> None:
    legend = colour_legend(["Условные обозначения: зелёный — пройден; жёлтый — в процессе; красный — не прошёл"])
    assert legend == {"green": "done", "amber": "under way", "red": "not passed"}


def tracker(rows: list[list[object]]) -> list[tuple[int | None, str]]:
    header = ["App No", "Docs", "Interview", "Offer", "Visa"]
    table = read_status_file(workbook({"Tracker": [header, *rows]}), "tracker.xlsx")
    result = parse_status_table(table, NAMES)
    return [(row.application_id, row.status) for row in result.rows] + [(None, e.field) for e in result.errors]


def test_green_is_a_step_done_and_amber_one_under_way() -> None:
    assert tracker([[3101, "Green", "Green", "Amber", None]]) == [(3101, "interview")]


def test_red_without_a_legend_is_refused_not_guessed_naming_its_column() -> None:
    found = tracker([[3102, "Green", "Red", None, None], [3103, "Green", None, None, None]])
    assert found == [(3103, "qualification_check"), (None, "interview")]


def test_red_the_legend_calls_failed_ends_the_application() -> None:
    header = ["App No", "Docs", "Interview", "Offer", "Visa"]
    rows = [header, [3104, "GREEN", "RED", None, None], [], ["Key: Green - completed, Red - failed"]]
    result = parse_status_table(read_status_file(workbook({"Tracker": rows}), "tracker.xlsx"), NAMES)
    assert [(row.application_id, row.status) for row in result.rows] == [(3104, "rejected")]


def test_each_sheet_named_by_its_vacancy_gives_the_rows_their_vacancy() -> None:
    welders = [["Phone", "Stage"], ["+7 701 900 11 22", "Interview"]]
    cooks = [["Phone", "Stage"], ["+7 701 900 11 22", "Offer"]]
    table = read_status_file(workbook({"QA-7001": welders, "QA-7002": cooks}), "by vacancy.xlsx")
    result = parse_status_table(table, NAMES)
    assert [(row.external_id, row.status) for row in result.rows] == [("QA-7001", "interview"), ("QA-7002", "offer")]


def test_a_sheet_with_a_plain_name_gives_no_vacancy() -> None:
    table = read_status_file(workbook({"Sheet1": [["Phone", "Stage"], ["+7 701 900 11 22", "Interview"]]}), "s.xlsx")
    assert parse_status_table(table, NAMES).rows[0].external_id is None


def test_an_unknown_colour_word_is_no_step() -> None:
    with pytest.raises(RowError):
        step("Purple")
