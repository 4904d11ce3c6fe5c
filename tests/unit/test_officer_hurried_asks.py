"""Requests typed in a hurry: «чо там» for «что там», the application behind a phone asked, a how-to with the
infinitive's soft sign dropped, and «не» alone between commas correcting an announcement's audience."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named, vacancy_change_asked
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(("typed", "number"), [("заявка 6032 чо там", "6032"), ("че там по заявке 6033", "6033")])
def test_what_is_there_said_in_a_hurry_opens_the_application(typed: str, number: str) -> None:
    assert officer_lookup(typed) == number


@pytest.mark.parametrize(
    "typed", ["телефон 87071112233 какая у него заявка", "87071112233 which application does he have"]
)
def test_the_application_behind_a_phone_opens_the_phone(typed: str) -> None:
    assert (officer_lookup(typed) or "").endswith("7071112233")


def test_a_how_to_with_the_soft_sign_dropped_gets_the_files_help() -> None:
    assert vacancy_change_asked("как продлит вакансию до конца месяца")
    assert officer_tool_named("как закрыт вакансию если набор закончился") == "files"
    assert not vacancy_change_asked("вакансия QA-6200 закрыт")  # told, not asked


def test_ne_between_commas_corrects_the_audience() -> None:
    request = broadcast_for("напиши сварщикам Атырау, не, Мангистау, что автобус в 7")
    assert request is not None
    reading = read_audience(request.audience, NAMES)
    assert (reading.value, reading.region) == ("7212", "mangystau")


def test_a_vacancy_change_asked_whether_it_can_be_with_the_soft_sign_dropped() -> None:
    assert vacancy_change_asked("можеш продлит QA-6210 до конца месяца?")
    assert not vacancy_change_asked("работодатель продлит QA-6210 до конца месяца")  # what someone will do


def test_all_of_some_workers_told_with_no_verb_is_an_announcement() -> None:
    request = broadcast_for("всем Атырау поварам что автобус в 8 утра")
    assert request is not None and request.said == "автобус в 8 утра"
    assert broadcast_for("всем понятно что завтра выходной") is None  # no workers named
