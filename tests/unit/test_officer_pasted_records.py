"""A worker's record pasted from another system, with the full name and the ИИН, as officers copy it into the chat:
the bot keeps no ИИН, so the application's number or the phone in the record is what it opens, and a record with
neither is answered with how a worker is found."""

from __future__ import annotations

import pytest

from bot.officer_commands import officer_lookup, officer_tool_named, worker_sought_by_name


@pytest.mark.parametrize(("message", "opened"), [
    ("Сапарова Жанна Ерлановна, ИИН 910203400567, заявка 7731 — виза", "7731"),
    ("Бекетов Арман ИИН: 880102300456 заявка №7732 поставьте оффер", "7732"),
    ("Төлеуов Нұрлан, ЖСН 900505300111, 7733 өтінім — ұшып кетті", "7733"),
    ("Smagulov Baurzhan, IIN 860430300999, application 7734: contract signed", "7734"),
    ("Omarova Dana 950101400222 app 7735 interview", "7735"),  # the ИИН bare, without its label
])
def test_a_record_with_an_application_s_number_opens_that_application(message: str, opened: str) -> None:
    assert officer_lookup(message) == opened
    assert not worker_sought_by_name(message)
    assert officer_tool_named(message) is None


@pytest.mark.parametrize(("message", "phone"), [
    ("Жумабаева Асель, ИИН 930303400777, тел. 8 705 111 22 33 — что с ней?", "8 705 111 22 33"),
    ("Name: Serikov Aidos / IIN 870707300888 / Phone +7 747 555 66 77 / no answer", "+7 747 555 66 77"),
])
def test_a_record_with_one_phone_looks_the_worker_up_by_it(message: str, phone: str) -> None:
    assert officer_lookup(message) == phone


@pytest.mark.parametrize("message", [
    "Жумабаева Асель Кайратовна, ИИН 930303400777 — найдите",
    "ФИО: Серіков Айдос\nЖСН: 870707300888\nМәртебесі: виза",
    "check Serikov Aidos IIN 870707300888",
    # two phones in one record: neither is guessed
    "Жумабаева Асель, ИИН 930303400777, тел. 8 705 111 22 33, 8 701 444 55 66",
])
def test_a_record_with_neither_is_answered_with_how_a_worker_is_found(message: str) -> None:
    assert officer_lookup(message) is None
    assert officer_tool_named(message) == "setstatus"


@pytest.mark.parametrize(("message", "opened"), [
    ("Akhmetov Daniyar, application 7736: visa issued", "7736"),
    ("заявка 7737: 10:30 собеседование", "7737"),  # the label's colon, then a time's
    ("встреча в 10:00 по заявке", None),  # a time is no application's number
])
def test_an_application_s_number_before_a_label_s_colon_is_read(message: str, opened: str | None) -> None:
    assert officer_lookup(message) == opened
