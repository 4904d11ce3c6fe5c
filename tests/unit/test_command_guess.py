"""A mistyped command, or one typed in the worker's words, is met with the command they meant."""

from __future__ import annotations

import pytest

from bot.commands import WORKER_COMMANDS, guess_command
from bot.officer_commands import OFFICER_COMMANDS, officer_lookup, officer_tool_named


@pytest.mark.parametrize(("typed", "meant"), [
    ("/job", "jobs"), ("/jbos", "jobs"), ("/Jobs", "jobs"), ("/profil", "profile"), ("/halp", "help"),
    ("/stat", "status"), ("/start2", "start"), ("/jobs@other_bot", "jobs"), ("/job 2", "jobs"),
    ("/вакансии", "jobs"), ("/жұмыс", "jobs"), ("/помощь", "help"), ("/көмек", "help"), ("/статус", "status"),
    ("/рус", "language"), ("/отмена", "cancel"),
])
def test_a_slip_or_a_word_finds_its_command(typed, meant):
    assert guess_command(typed, WORKER_COMMANDS) == meant


@pytest.mark.parametrize("typed", ["/", "/xyzzy", "/al", "/export", "/officers"])
def test_nothing_close_is_no_guess(typed):
    assert guess_command(typed, WORKER_COMMANDS) is None


def test_an_officer_s_commands_are_guessed_for_officers_only():
    assert guess_command("/brodcast", WORKER_COMMANDS) is None
    assert guess_command("/brodcast", WORKER_COMMANDS + OFFICER_COMMANDS) == "broadcast"
    assert guess_command("/stats", WORKER_COMMANDS + OFFICER_COMMANDS) == "stats"


@pytest.mark.parametrize(("text", "tool"), [
    ("статистика", "stats"), ("Статистику", "stats"), ("рассылка", "broadcast"), ("объявление", "broadcast"),
    ("выгрузка", "export"), ("журнал", "audit"), ("сотрудники", "officers"), ("изменить статус заявки", "setstatus"),
    ("хабарландыру", "broadcast"), ("statistics", "stats"), ("сколько работников?", "stats"),
    ("как загрузить вакансии?", "files"), ("upload vacancies", "files"),
    ("статус заявки 12", None),  # opens application 12 itself (`officer_lookup`)
    ("статус", None), ("статистика по сварщикам за месяц", None), ("сварщик", None), ("рассылка, статистика", None),
])
def test_an_officer_s_tool_named_in_words(text, tool):
    assert officer_tool_named(text) == tool


@pytest.mark.parametrize(("text", "looked_up"), [
    ("заявка 12", "12"), ("статус заявки №12", "12"), ("өтінім 12", "12"), ("application #12", "12"),
    ("изменить статус заявки 5", "5"), ("+7 701 123 45 67", "+7 701 123 45 67"), ("87011234567", "87011234567"),
    ("12", None), ("заявка", None), ("сварщик 12", None), ("2000", None), ("зарплата 2000 3000", None),
    ("+7 701", None),
])
def test_an_application_or_phone_number_an_officer_types(text, looked_up):
    assert officer_lookup(text) == looked_up
