"""Statuses sent back by the ministry's partners: a medical centre's results, a visa office's list, an agency's
flight list and an airline's coupons, a training centre's test; and a tracker's colour legend, found in the one
reading of the file."""

from __future__ import annotations

from datetime import timedelta

import pytest

import bot.status_rows as status_rows
from bot.i18n import I18n
from bot.kz_time import kazakhstan_today
from bot.services.statuses import status_names
from bot.status_rows import parse_status_table, read_status_file
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook

NAMES = status_names(I18n())
EN_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def read(rows: list[list[object]], name: str = "list.xlsx"):
    data = workbook({"Sheet1": rows}) if name.endswith(".xlsx") else csv_bytes(rows)
    table = read_status_file(data, name)
    assert table.error is None, table.error
    result = parse_status_table(table, NAMES)
    return ([(row.application_id, row.status) for row in result.rows],
            [(e.row, table.labels.get(e.field, e.field)) for e in result.errors])  # the column as the officer sees it


def dmy(days_back: int) -> str:
    day = kazakhstan_today() - timedelta(days=days_back)
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def test_unfit_is_the_rejection_and_fit_names_no_step() -> None:
    moved, refused = read([["Ref No", "Date of Exam", "Result"], [2101, dmy(3), "UNFIT"], [2102, dmy(3), "FIT"],
                           [2103, dmy(2), "не годен"], [2104, dmy(2), "годен"]])
    assert moved == [(2101, "rejected"), (2103, "rejected")]
    assert refused == [(3, "Result"), (5, "Result")]


def test_issued_in_a_visa_office_s_list_is_the_visa_issued_and_under_process_is_refused() -> None:
    moved, refused = read([["Visa No.", "Visa Issue Date", "Visa Expiry Date", "Application No.", "Status"],
                           ["312047715", dmy(4), dmy(-86), 2201, "Issued"],
                           ["", "", "", 2202, "Under process"]])
    assert moved == [(2201, "visa_issued")]
    assert refused == [(3, "Status")]


def test_a_list_dated_by_a_step_s_day_and_no_status_column_is_that_step_each_row() -> None:
    moved, refused = read([["№ заявки", "ФИО", "Номер визы", "Дата выдачи визы"], [2301, "Сарсенбаев Д.",
                                                                                   "312051102", dmy(2)]])
    assert moved == [(2301, "visa_issued")]
    moved, refused = read([["№ заявки", "Рейс", "Дата вылета"], [2302, "KC 897", dmy(1)], [2303, "QR 392", dmy(-6)]])
    assert moved == [(2302, "departed")]
    assert refused == [(3, "Дата вылета")]  # a flight still ahead has not left: its day is refused


def test_a_flown_coupon_is_the_departure_on_the_day_an_airline_writes() -> None:
    day = kazakhstan_today() - timedelta(days=3)
    moved, refused = read([["APP REF", "FLIGHT", "DEP DATE", "COUPON STATUS"],
                           ["2401", "QR 392", f"{day.day:02d}{EN_MONTHS[day.month - 1]}", "FLOWN"],
                           ["2402", "QR 392", f"{day.day:02d}{EN_MONTHS[day.month - 1]}", "REBOOKED"]], "coupons.csv")
    assert moved == [(2401, "departed")]
    assert refused == [(3, "COUPON STATUS")]


@pytest.mark.parametrize(("passed", "failed"),
                         [("PASS", "FAIL"), ("Өтті", "Өтпеді"), ("Competent", "Not yet competent")])
def test_a_test_passed_is_the_qualification_checked_and_failed_the_rejection(passed: str, failed: str) -> None:
    moved, refused = read([["App No", "Score", "Result"], [2501, 83, passed], [2502, 41, failed],
                           [2503, None, "ABSENT"]])
    assert moved == [(2501, "qualification_check"), (2502, "rejected")]
    assert refused == [(4, "Result")]


def test_passed_without_a_test_in_the_file_is_not_taken_for_the_qualification() -> None:
    moved, _ = read([["App No", "Status"], [2601, "Passed"]])
    assert moved != [(2601, "qualification_check")]


def test_a_tracker_s_legend_under_the_table_is_found_in_one_reading(monkeypatch) -> None:
    calls = []
    real = status_rows.read_table
    monkeypatch.setattr(status_rows, "read_table", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    rows = [["Ref", "Documents checked", "Interview", "Offer"], [2701, "Green", "Red", None],
            [2705, "Green", "Green", "Amber"], [], ["Legend: Green = done, Amber = in progress, Red = not passed"]]
    moved, refused = read(rows)
    assert (moved, refused) == ([(2701, "rejected"), (2705, "interview")], [])
    assert len(calls) == 1
