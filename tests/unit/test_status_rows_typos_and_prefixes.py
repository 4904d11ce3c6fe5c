"""Status rows typed in a hurry: a step's name a letter off, an application's number after a register's
prefix, and an offer the worker turned down."""

from __future__ import annotations

import pytest

from bot.i18n import I18n
from bot.services.statuses import status_names
from bot.status_rows import RowError, parse_status_row

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "7", "status": cell}, 4, NAMES).status


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Собеседованние", "interview"),
        ("Контракт подпесан", "contract_signed"),
        ("Вылетил", "departed"),
        ("Отклонна", "rejected"),
        ("Interveiw", "interview"),
        ("Contract signd", "contract_signed"),
        ("Rejectd", "rejected"),
        ("Visa issud", "visa_issued"),
    ],
)
def test_a_step_misspelt_by_a_letter(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize("cell", ["Контакт", "Contacted", "Unemployed", "Контакт установлен"])
def test_a_real_word_near_a_step_is_no_typo(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


@pytest.mark.parametrize("cell", ["Job offer declined by the worker", "Contract refused by candidate"])
def test_what_was_offered_turned_down_by_the_worker_is_a_withdrawal(cell: str) -> None:
    assert step(cell) == "withdrawn"


@pytest.mark.parametrize("number", ["APP-2044", "app 2044", "ID: 2044", "Ref.2044", "Өтінім №2044", "#2044"])
def test_an_application_number_after_a_prefix(number: str) -> None:
    row = parse_status_row({"application_id": number, "status": "offer"}, 3, NAMES)
    assert row.application_id == 2044


def test_a_code_that_is_no_application_prefix_is_still_refused() -> None:
    with pytest.raises(RowError):
        parse_status_row({"application_id": "KZ-2044", "status": "offer"}, 3, NAMES)


def test_a_log_of_steps_in_any_order_is_applied_oldest_first() -> None:
    from bot.status_rows import parse_status_table
    from bot.tabular import Table

    rows = [(2, {"application_id": "31", "status": "offer", "occurred_at": "2024-03-20"}),
            (3, {"application_id": "32", "status": "interview", "occurred_at": "2024-03-01"}),
            (4, {"application_id": "31", "status": "interview", "occurred_at": "2024-03-02"}),
            (5, {"application_id": "31", "status": "employer_review", "occurred_at": "2024-02-10"})]
    parsed = parse_status_table(Table(rows), NAMES)
    assert [(row.application_id, row.status) for row in parsed.rows] == [
        (31, "employer_review"), (32, "interview"), (31, "interview"), (31, "offer")]
