"""Status rows as other offices word them: a step in words other than its name, the worker stepping
back, a refusal, and the worker's phone among labels and other numbers."""

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
        ("Направлены документы для проверки квалификации", "qualification_check"),
        ("Documents sent for verification", "qualification_check"),
        ("Біліктілігін тексеруге жолданды", "qualification_check"),
        ("Анкета направлена работодателю", "employer_review"),
        ("CV with the employer", "employer_review"),
        ("Вызван на интервью", "interview"),
        ("Сұхбатқа шақыру жіберілді", "interview"),
        ("Оффер получен", "offer"),
        ("Жұмыс ұсынысы келді", "offer"),
        ("Contract signed at the embassy", "contract_signed"),
        ("Подписан контракт с работодателем", "contract_signed"),
        ("Визасы алынды", "visa_issued"),
        ("Visa has been issued", "visa_issued"),
        ("Отбыл в Доху", "departed"),
        ("Flew to Doha on Monday", "departed"),
        ("Reported to work at site", "employed"),
        ("Жұмысын бастады", "employed"),
    ],
)
def test_a_step_in_other_words(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Сняла свою кандидатуру", "withdrawn"),
        ("Declined the job", "withdrawn"),
        ("Pulled out before the visa", "withdrawn"),
        ("Отказалась от контракта", "withdrawn"),
        ("Работодатель отклонил кандидата", "rejected"),
        ("Company declined the candidate", "rejected"),
    ],
)
def test_the_worker_stepping_back_or_the_employer_refusing(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize(
    "cell",
    [
        "Виза пока не готова", "Вылет планируется на 5 мая", "Flight next week",
        "Жұмысқа орналасты", "Visa application on hold", "Interview cancelled", "Ожидается подписание договора",
        "Виза в процессе оформления", "Work visa under process", "Договор на подписании", "Contract sent for signing",
    ],
)
def test_words_that_name_no_step_reached_are_refused(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


@pytest.mark.parametrize(
    ("cell", "phone"),
    [
        ("00 7 777 123 45 67", "+77771234567"),
        ("моб. 8 (705) 111-22-33", "+77051112233"),
        ("+7 702 555 66 77 (Telegram)", "+77025556677"),
        ("8 727 250 00 00 / 8 701 555 44 33", "+77015554433"),
        ("тел.: +7 747 000 11 22", "+77470001122"),
    ],
)
def test_the_phone_among_labels_and_other_numbers(cell: str, phone: str) -> None:
    assert parse_status_row({"phone": cell, "status": "offer"}, 4, NAMES).phone == phone


@pytest.mark.parametrize("cell", ["8 701 111 22 33, 8 702 444 55 66", "позвонить брату", "8 701 55"])
def test_two_mobiles_or_no_phone_are_refused(cell: str) -> None:
    with pytest.raises(RowError):
        parse_status_row({"phone": cell, "status": "offer"}, 4, NAMES)


def test_a_telegram_id_alone_is_a_target() -> None:
    row = parse_status_row({"telegram_id": "412345678", "status": "offer"}, 4, NAMES)
    assert (row.telegram_id, row.external_id, row.application_id) == (412345678, None, None)


def test_two_mobiles_after_a_label_are_refused_and_a_number_as_text_is_read() -> None:
    with pytest.raises(RowError):
        parse_status_row({"phone": "тел: 87051112233; 87771112233", "status": "offer"}, 4, NAMES)
    assert parse_status_row({"phone": "87051112233.0", "status": "offer"}, 4, NAMES).phone == "+77051112233"


@pytest.mark.parametrize(("cell", "code"), [("Прибыла на объект", "departed"), ("Arrived at the camp", "departed"),
                                             ("Қатарға жетті", "departed"), ("Визасы келді", "visa_issued")])
def test_arriving_is_departed_and_a_visa_that_came_is_issued(cell: str, code: str) -> None:
    assert step(cell) == code


@pytest.mark.parametrize("cell", ["Билеті келді", "Жауап келді"])
def test_something_else_that_came_is_no_step(cell: str) -> None:
    with pytest.raises(RowError):
        step(cell)


@pytest.mark.parametrize(
    ("header", "column"),
    [("Телефон соискателя", "phone"), ("Моб. номер", "phone"), ("Жұмысшының телефоны", "phone"),
     ("Candidate WhatsApp", "phone"), ("Jumysshynyn telefony", "phone"), ("Статус работника", "status"),
     ("Этап отбора", "status"),
     ("Application stage", "status"), ("Номер заявления", "application_id"), ("Date of update", "occurred_at")],
)
def test_status_headers_as_other_offices_write_them(header: str, column: str) -> None:
    from bot.status_rows import STATUS_HEADER_ALIASES
    from bot.tabular import header_key

    assert STATUS_HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize("header", ["Телефон работодателя", "Home phone", "Agency phone"])
def test_a_phone_that_is_not_the_workers_is_no_key(header: str) -> None:
    from bot.status_rows import STATUS_HEADER_ALIASES
    from bot.tabular import header_key

    assert STATUS_HEADER_ALIASES.get(header_key(header)) is None
