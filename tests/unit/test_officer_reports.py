"""Reports asked by a supervisor, a period beside a count, the bot's help asked by a new officer, and an
application noted with its step while working down a list: read as the officer means them."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import how_many_asked, names_a_step, report_asked
from bot.officer_commands import officer_lookup, officer_tool_named


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("скиньте статистику по Павлодару за прошлый месяц", "Павлодару"),
        ("сводка по поварам", "поварам"),
        ("show me the numbers for cooks", "cooks"),
        ("Қостанай бойынша айлық есеп", "Қостанай"),
    ],
)
def test_a_report_on_some_workers_names_them(text: str, whom: str) -> None:
    assert report_asked(text) == whom


@pytest.mark.parametrize("text", ["отчёт за месяц", "weekly summary", "статистика", "сводку отправила вчера"])
def test_a_report_on_no_one_in_particular_names_no_one(text: str) -> None:
    assert report_asked(text) is None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("сколько поваров уехало за апрель", "поваров уехало"),
        ("how many contracts signed last month", "contracts signed"),
        ("осы аптада қанша аспаз ұшып кетті", "аспаз ұшып кетті"),
    ],
)
def test_the_period_of_a_count_says_nothing_of_whom(text: str, asked: str) -> None:
    assert how_many_asked(text) == asked


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("статистика по плиточникам", None),  # counted, not the statistics
        ("итоги за квартал", "stats"),
        ("monthly report", "stats"),
        ("как работает этот бот?", "help"),
        ("where do I start", "help"),
        ("как добавить нового коллегу", "officers"),
        ("привет коллеги", None),
        ("где взять ссылку", "link"),
    ],
)
def test_tools_named_by_supervisors_and_new_officers(text: str, tool: str | None) -> None:
    assert officer_tool_named(text) == tool


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("заявка 2210 — отказ", "2210"),
        ("заявка 2211 тоже", "2211"),
        ("application 2212 visa issued", "2212"),
        ("өтінім 2213 визасы дайын", "2213"),
        ("2214 тоже", None),  # a number alone: which application, or anything else, is not said
        ("заявку 2215 я уже закрыла вчера", None),
    ],
)
def test_an_application_noted_with_its_step_is_opened(text: str, number: str | None) -> None:
    assert officer_lookup(text) == number


@pytest.mark.parametrize(("word", "step"), [("отказ", True), ("готова", True), ("rejected", True), ("собрание", False)])
def test_words_of_a_step(word: str, step: bool) -> None:
    assert names_a_step(word) is step
