"""Officers pausing or resuming a vacancy, or giving it a new number of places said as done; a reminder set
for a time; a worker sought by name or IIN, which the bot does not look workers up by."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_later
from bot.officer_commands import (
    officer_lookup, officer_tool_named, steps_given_in_bulk, vacancy_change_asked, worker_sought_by_name,
)


@pytest.mark.parametrize(
    "typed",
    [
        "QA-5501 приостановить до февраля",
        "по QA-5502 набор на паузу пока",
        "возобновить приём по QA-5503",
        "QA-5504 қабылдауды уақытша тоқтатыңыз",
        "suspend QA-5505 for a week",
        "resume hiring on QA-5506",
        "QA-5507 on hold till further notice",
        "QA-5508 мест теперь 6, стало меньше",
        "QA-5509 openings increased to 20",
        "Al Sadd Hotels барлық бос орындарын жабыңыз",
    ],
)
def test_a_vacancy_paused_resumed_or_resized_is_the_vacancy_files(typed: str) -> None:
    assert vacancy_change_asked(typed)
    assert officer_tool_named(typed) == "files"


@pytest.mark.parametrize("typed", ["the employer paused QA-5510 themselves", "сколько мест на QA-5511"])
def test_a_vacancy_spoken_of_or_asked_about_is_no_change(typed: str) -> None:
    assert not vacancy_change_asked(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "поставьте напоминание на понедельник 10:00 всем с оффером: подписание договора",
        "set up a reminder for Friday 8am to everyone with a visa: bring passports",
        "напоминалку на 14.12 к 9 утра поварам: дегустация",
    ],
)
def test_a_reminder_set_for_a_time_is_no_step_given_and_not_sent_now(typed: str) -> None:
    assert broadcast_later(typed)
    assert not steps_given_in_bulk(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "найдите Жанар Бекову",
        "поищи кандидата Марат Оспанов из Тараза",
        "кто такой Берик Сапаров",
        "Сапаров Берикті тауып беріңізші",
        "find candidate Dana Abenova",
        "ИИН 010203400500",
        "ЖСН бойынша іздеңіз 990817350211",
        "look up by IIN please",
    ],
)
def test_a_worker_sought_by_name_or_iin_is_told_how_workers_are_found(typed: str) -> None:
    assert worker_sought_by_name(typed)
    assert officer_tool_named(typed) == "setstatus"


@pytest.mark.parametrize(
    "typed",
    ["найди сварщиков из Атырау", "найди заявку 6120", "find QA-5512", "найди по номеру 8 701 555 10 10",
     "Доброе утро, коллеги"],
)
def test_a_trade_a_number_or_a_greeting_is_no_name_sought(typed: str) -> None:
    assert not worker_sought_by_name(typed)


def test_twelve_digits_of_an_iin_are_answered_before_any_lookup() -> None:
    assert officer_tool_named("найди по ИИН 870505300123") == "setstatus"
    assert officer_lookup("найди по номеру 8 701 555 10 10")  # a phone still looked up as before
