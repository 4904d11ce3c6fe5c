"""Officers asking figures against another month, for one employer or by step in Kazakh's word order (the
statistics), and headcounts asked in passing: who flew out, who was turned down, who withdrew of their own
accord, Kazakh's «үміткер» counted."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    "typed",
    [
        "сколько откликов в декабре по сравнению с ноябрём",
        "сравни число заявок с предыдущим месяцем",
        "how many vacancies this week compared to the previous week",
        "өткен аптамен салыстырғанда қанша бос орын ашық",
        "сколько заявок пришло у компании Doha Trading WLL",
        "how many applications did the employer Gulf Contracting get",
        "өңірлер бойынша қанша өтінім түсті",
        "өткен аптада қанша өтінім болды",
    ],
)
def test_figures_against_a_period_an_employer_or_by_step_are_the_statistics(typed: str) -> None:
    asked = how_many_asked(typed)
    assert asked is not None and figures_asked(asked)


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("скольк человек вылетело", "departed"),
        ("how many have already flown to Doha", "departed"),
        ("how many got rejeted this week", "rejected"),
        ("сколько кандидатов отказались сами", "withdrawn"),
        ("сколько человек кому отказали", "rejected"),
        ("слушай, а сколько вообще с оффером", "offer"),
    ],
)
def test_a_headcount_asked_in_passing_reads_its_step(typed: str, status: str) -> None:
    asked = how_many_asked(typed)
    assert asked is not None and not figures_asked(asked)
    reading = read_audience(asked, NAMES)
    assert (reading.kind, reading.value) == ("status", status)


def test_a_trade_set_beside_last_month_is_still_counted() -> None:
    asked = how_many_asked("сколько поваров по сравнению с прошлым месяцем")
    assert asked is not None and not figures_asked(asked)
    assert read_audience(asked, NAMES).value == "5120"


def test_kazakh_candidates_of_a_region_are_counted() -> None:
    asked = how_many_asked("Маңғыстаудан қанша үміткер бар")
    assert asked is not None
    assert (read_audience(asked, NAMES).kind, read_audience(asked, NAMES).value) == ("region", "mangystau")
