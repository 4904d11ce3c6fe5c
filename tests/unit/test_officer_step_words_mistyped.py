"""The small words around a step typed a letter off in a hurry ("wiht", "hav", «выданой») are still those
words: they no longer spoil the trade beside them or hide the step, so a count or an audience of a trade at
a step is read as if typed cleanly."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "code", "step"),
    [
        ("plumbers wiht an offer", "7126", "offer"),
        ("carpenters who hav the visa", "7115", "visa_issued"),
        ("сантехникам с выданой визой", "7126", "visa_issued"),
    ],
)
def test_a_trade_at_a_step_with_a_slipped_word_is_read(typed: str, code: str, step: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.step) == ("isco", code, step)


def test_a_step_with_a_slipped_word_alone_is_the_step() -> None:
    reading = read_audience("visa isssued", NAMES)
    assert (reading.kind, reading.value) == ("status", "visa_issued")


def test_a_short_trade_beside_a_step_is_not_taken_for_a_slip() -> None:
    reading = read_audience("cooks with a visa", NAMES)
    assert (reading.kind, reading.value, reading.step) == ("isco", "5120", "visa_issued")
