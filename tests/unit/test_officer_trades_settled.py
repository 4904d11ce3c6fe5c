"""Trades an officer names that the trade search finds twice alike: electricians (building or electrical
mechanics) and «горничные» (hotel or household) are the ones the Gulf's vacancies hire; a word torn between two
trades in a list is the one another word of the list names; a list of trades with a region is still read."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names
import matching

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("электрикам Жамбылской области", "7411"),
        ("elektrikterge Aqtobe", "7411"),
        ("electricians with an offer", "7411"),
        ("горничным из Шымкента", "9112"),
        ("домработницам", "9111"),  # named as the household's, they stay the household's
    ],
)
def test_a_trade_found_twice_alike_is_the_one_officers_mean(typed: str, code: str) -> None:
    reading = read_audience(typed, NAMES)
    assert reading.kind == "isco" and reading.value == code


def test_the_workers_own_search_still_offers_both_electricians() -> None:
    codes = [match.code for match in matching.suggest_occupations("электрик", limit=4)]
    assert {"7411", "7412"} <= set(codes)


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("стропальщикам и такелажникам Мангистау", "7215"),
        ("бетонщикам и арматурщикам", "7114"),
    ],
)
def test_a_word_between_two_trades_is_the_one_the_list_names(typed: str, codes: str) -> None:
    assert read_audience(typed, NAMES).value == codes


def test_a_word_between_many_trades_stays_a_choice() -> None:
    reading = read_audience("welders and fitters in Aktau", NAMES)
    assert not reading.understood and reading.trades


def test_three_trades_and_a_region_are_read_together() -> None:
    reading = read_audience("masons, plasterers and tile setters in Turkistan region", NAMES)
    assert reading.kind == "isco" and len(reading.value.split()) == 3 and reading.region == "turkistan"
