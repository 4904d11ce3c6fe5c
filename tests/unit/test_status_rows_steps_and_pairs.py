"""Status files laid out other ways: a column per step holding the day it happened, the application's number
and its vacancy's code in one cell, the header written twice (once per language), and a worker's Kazakh and
Qatari phones side by side or in one cell."""

from __future__ import annotations

import pytest

from bot.status_rows import RowError, number_and_code, parse_status_row, read_status_file, steps_in_columns
from bot.tabular import Table
from tests.data.vacancy_files import csv_bytes


@pytest.mark.parametrize(
    ("cell", "pair"),
    [
        ("QA-3100 / 77", ("77", "QA-3100")),
        ("77/QA-3100", ("77", "QA-3100")),
        ("QA-3100 | № 77", ("77", "QA-3100")),
        ("77 (QA-3100)", ("77", "QA-3100")),
        ("77", None),
        ("QA-3100", None),
        ("77 / 78", None),
        ("Доха / Катар", None),
    ],
)
def test_a_number_and_a_vacancy_code_in_one_cell(cell: str, pair: tuple[str, str] | None) -> None:
    assert number_and_code(cell) == pair


def test_a_combined_column_fills_both_and_keeps_its_header() -> None:
    data = csv_bytes([["Vacancy / App. No", "Status"], ["QA-3100 / 77", "Interview"], ["78 (QA-3101)", "Offer"]])
    table = read_status_file(data, "pairs.csv")
    assert [(row["application_id"], row["external_id"]) for _, row in table.rows] == [("77", "QA-3100"),
                                                                                   ("78", "QA-3101")]
    assert table.labels["application_id"] == table.labels["external_id"] == "Vacancy / App. No"


def _steps_table(rows: list[dict[str, str]]) -> Table:
    labels = {"application_id": "Заявка", "step_1": "Квалификация тексерілді", "step_2": "Employer review",
              "step_3": "Виза", "step_4": "Вылет", "step_5": "Бас тарту"}
    return Table([(i + 2, row) for i, row in enumerate(rows)], columns=tuple(labels), labels=labels)


def test_the_latest_filled_step_column_is_the_step_and_its_day() -> None:
    table = steps_in_columns(_steps_table([
        {"application_id": "5", "step_1": "03.02.2026", "step_2": "10.02.2026", "step_3": "", "step_4": "—",
         "step_5": ""},
        {"application_id": "6", "step_1": "✓", "step_2": "", "step_3": "нет", "step_4": "", "step_5": ""},
        {"application_id": "7", "step_1": "03.02.2026", "step_2": "", "step_3": "", "step_4": "",
         "step_5": "12.02.2026"},
    ]))
    assert table is not None
    got = [(row["status"], row.get("occurred_at")) for _, row in table.rows]
    assert got == [("employer_review", "10.02.2026"), ("qualification_check", None), ("rejected", "12.02.2026")]
    assert table.labels["status"] == "Квалификация тексерілді"


def test_one_column_naming_a_step_is_no_layout_of_steps() -> None:
    labels = {"application_id": "Заявка", "visa": "Виза"}
    assert steps_in_columns(Table([(2, {"application_id": "5", "visa": "01.02.2026"})], columns=tuple(labels),
                                  labels=labels)) is None


def test_a_step_table_is_read_as_a_status_file() -> None:
    data = csv_bytes([["Application", "Interview", "Offer", "Contract signed"], ["41", "02.02.2026", "09.02.2026", ""]])
    table = read_status_file(data, "pipeline.csv")
    assert table.error is None
    assert parse_status_row(table.rows[0][1], 2).status == "offer"


def test_the_header_written_again_in_another_language_is_no_row() -> None:
    data = csv_bytes([["Өтінім нөмірі", "Мәртебесі", "Күні"], ["Application No", "Status", "Date"],
                      ["41", "Interview", "02.02.2027"]])
    table = read_status_file(data, "two_headers.csv")
    assert [number for number, _ in table.rows] == [3]


@pytest.mark.parametrize(
    ("cell", "phones"),
    [
        ("+7 701 555 12 43, Qatar: +974 5544 3322", ("+77015551243", "+97455443322")),
        ("+974 5544 3322 (WhatsApp); дом. 8 7172 55 66 77", ("+97455443322",)),
        ("моб. 87015551243 / катарского нет", ("+77015551243",)),
    ],
)
def test_a_kazakh_and_a_qatari_mobile_are_both_kept(cell: str, phones: tuple[str, ...]) -> None:
    row = parse_status_row({"phone": cell, "status": "departed"}, 3)
    assert (row.phones or (row.phone,)) == phones


def test_two_kazakh_mobiles_still_leave_the_worker_unknown() -> None:
    with pytest.raises(RowError):
        parse_status_row({"phone": "+7 701 555 12 43, +7 705 111 22 33", "status": "departed"}, 3)


def test_two_phone_columns_give_every_phone_they_hold() -> None:
    data = csv_bytes([["Телефон (РК)", "Телефон (Катар)", "Статус"], ["", "+974 5544 3322", "Вылетел"],
                      ["8 701 555 12 43", "+974 5544 3322", "Вылетел"]])
    table = read_status_file(data, "phones.csv")
    assert [row["phone"] for _, row in table.rows] == ["+974 5544 3322", "8 701 555 12 43 / +974 5544 3322"]
    assert parse_status_row(table.rows[1][1], 3).phones == ("+77015551243", "+97455443322")
