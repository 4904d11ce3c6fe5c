"""What the bot cannot do is not guessed at: an announcement sent is neither taken back nor sent again («удалите
вчерашнюю рассылку», «кешегі таратуды қайталаңыз», "recall the broadcast"), and an announcement to everyone
with a condition no audience holds is still an announcement, whose audience is asked for again. A worker's
question forwarded with its label is read as the question it is; registered workers are the trade's."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_tool_named
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    "typed",
    ["удалите вчерашнюю рассылку", "кешегі таратуды қайталаңыз", "please recall the broadcast", "повтори рассылку"],
)
def test_an_announcement_is_neither_taken_back_nor_repeated(typed: str) -> None:
    assert officer_tool_named(typed) is None
    assert broadcast_for(typed) is None


def test_a_colleague_is_still_removed_with_the_officers_tool() -> None:
    assert officer_tool_named("как удалить сотрудника из бота") == "officers"


def test_everyone_with_a_condition_no_audience_holds_is_asked_for_again() -> None:
    request = broadcast_for("всем с медкнижкой: принесите её в пятницу")
    assert request is not None and request.text_follows
    assert not read_audience(request.audience, NAMES).understood


def test_a_forwarded_question_is_read_as_it_was_asked() -> None:
    asked = how_many_asked("Forwarded message: how many cooks are in Taraz?")
    reading = read_audience(asked or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == ("isco", "5120", (("region", "zhambyl"),))
    assert how_many_asked("Forwarded message: how many years of experience do you need?") is None


def test_registered_workers_are_the_trades_workers() -> None:
    reading = read_audience("Тараз ХЖО-да тіркелген аспаздарға", NAMES)
    assert (reading.kind, reading.value) == ("isco", "5120")
