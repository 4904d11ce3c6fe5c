"""A figure or a report asked for a quarter, a half-year or a span of days («за 3 кв.», «за II полугодие»,
«үшінші тоқсанда», "for H2", «с 05.08 по 20.08», "from 3 to 9 August"): the span says nothing of whom to
count, so the count or the statistics are answered as for any other period."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import figures_asked, how_many_asked, read_audience, without_period
from bot.i18n import I18n
from bot.officer_commands import officer_tool_named, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("сколько поваров получили визу за 3 кв.", "isco", "5120"),
        ("сколько отказов за II полугодие", "status", "rejected"),
        ("how many visas issued for H2", "status", "visa_issued"),
        ("сколько уехало с 05.08 по 20.08", "status", "departed"),
        ("how many were rejected from 3 to 9 August", "status", "rejected"),
        ("үшінші тоқсанда қанша адам виза алды", "status", "visa_issued"),
    ],
)
def test_a_count_asked_for_a_span_counts_the_same_workers(typed: str, kind: str, value: str) -> None:
    asked = how_many_asked(typed)
    assert asked is not None, typed
    reading = read_audience(asked, NAMES)
    assert (reading.kind, reading.value) == (kind, value)


@pytest.mark.parametrize(
    "typed",
    ["сколько вакансий за 4 квартал", "сколько заявок 01.08–15.08", "how many applications in Q3",
     "төртінші тоқсанда қанша өтінім түсті", "сколько вакансий разместили на портале за квартал"],
)
def test_figures_asked_for_a_span_are_the_statistics(typed: str) -> None:
    asked = how_many_asked(typed)
    assert asked is not None and figures_asked(asked), typed
    assert portal_number(typed) is None  # "Q3" is no vacancy's number


@pytest.mark.parametrize("typed", ["отчёт за 3 квартал", "report for H2", "есеп үшінші тоқсанға"])
def test_a_report_for_a_span_is_the_statistics(typed: str) -> None:
    assert officer_tool_named(typed) == "stats"


def test_ninety_alone_is_no_quarter() -> None:
    assert without_period("тоқсан адам") == "тоқсан адам"
