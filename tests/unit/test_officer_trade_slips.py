"""An audience's trade, region or step typed a letter off is read as the worker's own search forgives it, and
a word of its own is never taken for another."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import how_many_asked, read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


def _read(text: str) -> tuple[str, str, str, str]:
    reading = read_audience(text, NAMES)
    return reading.kind, reading.value, reading.region, reading.step


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("weldrs in Atyrau", ("isco", "7212", "atyrau", "")),
        ("cookz in Shymkent", ("isco", "5120", "shymkent", "")),
        ("сварщекоф с визой в атырау", ("isco", "7212", "atyrau", "visa_issued")),
        ("welders in Atyrua", ("isco", "7212", "atyrau", "")),
        ("электрикам Каргнды", ("isco", "7411", "karaganda", "")),
        ("electricians in Karaganda got a vsa", ("isco", "7411", "karaganda", "visa_issued")),
    ],
)
def test_a_trade_region_or_step_typed_a_letter_off_is_read(typed: str, meant: tuple[str, str, str, str]) -> None:
    assert _read(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # «келесі» ("next") is a letter off the Keles district, and is no place
        ("хабарлама мәтінін келесі хатта, электриктерге", ("isco", "7411", "", "")),
        ("сварщикам Атырау", ("isco", "7212", "atyrau", "")),
    ],
)
def test_words_of_their_own_are_left_as_typed(typed: str, meant: tuple[str, str, str, str]) -> None:
    assert _read(typed) == meant


def test_a_sentence_with_an_everyday_word_gains_no_trade() -> None:
    asked = how_many_asked("сколько человек у вас в отделе работает?")
    assert asked is None or not read_audience(asked, NAMES).understood or read_audience(asked, NAMES).kind != "isco"


def test_a_word_cut_short_is_no_other_trade() -> None:
    # «варам» is «поварам» cut short, not a letter off any trade: nothing is guessed
    assert read_audience("варам Шымкента", NAMES).kind != "isco"


def test_how_many_typed_with_two_letters_swapped_is_a_count() -> None:
    assert how_many_asked("how mnay welders in Atyrau") is not None


@pytest.mark.parametrize("word", ["Ермеков", "кезеңде"])
def test_a_surname_or_a_word_with_an_ending_is_no_region(word: str) -> None:
    # a letter off a town's name only with an ending after it: a person, or Kazakh's «кезеңде» ("at the stage")
    assert read_audience(word, NAMES).kind != "region"
