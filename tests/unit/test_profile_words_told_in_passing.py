"""A change told in passing, wrapped in thanks, «кстати», "btw" or «если что», is read as the change itself;
the thanks or the remark alone change nothing."""

from __future__ import annotations

import pytest

from bot.profile_words import ProfileChange, read_change


@pytest.mark.parametrize(("text", "change"), [
    ("благодарю за работу, я между прочим переехал в Павлодар", ProfileChange("region", "pavlodar")),
    ("moved to Shymkent by the way, thank you for the vacancies", ProfileChange("region", "shymkent")),
    ("рахмет, айтпақшы Таразға көштім", ProfileChange("region", "zhambyl")),
    ("живём теперь в Актобе, если что", ProfileChange("region", "aktobe")),
    ("btw my new number is 8 702 555 66 77", ProfileChange("phone", "+77025556677")),
])
def test_a_change_told_in_passing_is_read(text: str, change: ProfileChange) -> None:
    assert read_change(text) == change


def test_a_trade_added_in_passing_is_only_the_trade() -> None:
    change = read_change("между прочим я ещё и плиточник, добавьте")
    assert change is not None and change.field == "occupation" and change.value == "плиточник"


@pytest.mark.parametrize("text", ["спасибо за вакансии", "кстати, а вакансии в Актобе есть?", "thanks, btw"])
def test_thanks_or_a_remark_alone_changes_nothing(text: str) -> None:
    assert read_change(text) is None
