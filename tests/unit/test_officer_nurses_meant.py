"""Nurses an officer names are the college-trained nurses (3221) the Gulf's clinics recruit from Kazakhstan:
the trade search finds the degree nurses (2221) just as close, and an officer who must pick between two
identical titles before every announcement to nurses is stopped for nothing. The worker's own search still
offers both."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names
import matching

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    "typed",
    ["медсёстрам из Павлодара", "медсестрам Карагандинской области", "медбикелерге Қостанай", "nurses from Taraz"],
)
def test_nurses_of_a_region_are_the_college_nurses(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == ("isco", "3221") and reading.region


def test_nurses_at_a_step_are_the_college_nurses_at_that_step() -> None:
    reading = read_audience("медсёстры, у которых виза готова", NAMES)
    assert (reading.kind, reading.value) == ("isco", "3221") and reading.step == "visa_issued"


def test_the_workers_own_search_still_offers_both_nurses() -> None:
    codes = [match.code for match in matching.suggest_occupations("медсестра", limit=4)]
    assert {"2221", "3221"} <= set(codes)
