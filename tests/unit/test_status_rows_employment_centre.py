"""Status files from employment centres: their own headers, their words for the steps, an ИИН beside the phone,
and a register's state («Закрыта») with the step in the reason column beside it."""

from __future__ import annotations

import pytest

from bot.i18n import I18n
from bot.services.statuses import status_names
from bot.status_rows import RowError, parse_status_row, read_status_file
from tests.data.vacancy_files import csv_bytes

NAMES = status_names(I18n())


def step(cell: str) -> str:
    return parse_status_row({"application_id": "12", "status": cell}, 3, NAMES).status


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Пакет документов принят на проверку", "qualification_check"),
        ("Проверка документов начата", "qualification_check"),
        ("Выдано приглашение на работу", "offer"),
        ("Job invitation sent to the candidate", "offer"),
        ("Жұмысқа шақыру берілді", "offer"),
        ("Әңгімелесу өтті", "interview"),
        ("Трудовой договор заключён", "contract_signed"),
        ("Заключил контракт с работодателем", "contract_signed"),
        ("Employment contract concluded", "contract_signed"),
        ("Виза оформлена", "visa_issued"),
        ("Самоотказ кандидата", "withdrawn"),
        ("Отказ от предложения", "withdrawn"),
        ("Отказ кандидата от выезда", "withdrawn"),
        ("Контракт расторгнут досрочно", "terminated_early"),
        ("Досрочное прекращение договора", "terminated_early"),
        ("Early termination of contract", "terminated_early"),
        ("Отказ работодателя от кандидата", "rejected"),  # the employer's refusal, not the worker's
    ],
)
def test_a_centres_words_for_a_step(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize("cell", ["Виза в оформлении", "Приглашение на собеседование ожидается", "Снят с учёта"])
def test_a_step_under_way_awaited_or_none_is_still_refused(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


@pytest.mark.parametrize(
    ("header", "column"),
    [("Результат", "status"), ("Нәтижесі", "status"), ("Статус трудоустройства", "status"), ("Событие", "status"),
     ("Дата результата", "occurred_at"), ("Комментарий специалиста", "note"), ("Case notes", "note"),
     ("Контактные данные", "phone")],
)
def test_a_centres_headers(header: str, column: str) -> None:
    table = read_status_file(csv_bytes([["№ заявки", header, "Статус"] if column != "status" else
                                        ["№ заявки", header], ["12", "x", "offer"]]), "centre.csv")
    assert column in table.columns and table.labels[column] == header


def test_an_iin_beside_the_phone_is_not_the_phone() -> None:
    row = parse_status_row({"phone": "ЖСН: 950101400222; моб. +7 705 111 22 33", "status": "offer"}, 3, NAMES)
    assert row.phone == "+77051112233"


def test_an_iin_alone_names_nobody_and_the_phone_column_is_named() -> None:
    with pytest.raises(RowError) as caught:
        parse_status_row({"phone": "IIN 950101400222", "status": "offer"}, 3, NAMES)
    assert caught.value.field == "phone"


@pytest.mark.parametrize(("state", "reason", "code"), [
    ("Закрыто", "Отказ работодателя", "rejected"),
    ("In progress", "Offer letter issued", "offer"),
    ("Жабық", "Өз еркімен бас тартты", "withdrawn"),
])
def test_a_register_state_takes_the_step_from_the_reason(state: str, reason: str, code: str) -> None:
    row = parse_status_row({"application_id": "12", "status": state, "note": reason}, 3, NAMES)
    assert (row.status, row.note) == (code, reason)


def test_a_state_with_no_step_beside_it_is_refused_on_the_status() -> None:
    with pytest.raises(RowError) as caught:
        parse_status_row({"application_id": "12", "status": "Закрыто", "note": "см. письмо"}, 3, NAMES)
    assert caught.value.field == "status"
