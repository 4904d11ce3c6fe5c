"""A pay asked with «ставьте», «болсын», «хочу … теперь» or in «баксы» is read as the minimum pay; a move told
beside the years is two fields at once, and changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.profile_words import read_change


@pytest.mark.parametrize(("text", "riyals"), [
    ("ставьте зарплату 2300 риалов", Decimal(2300)),
    ("минимум поставьте 500 баксов", Decimal(1820)),
    ("жалақым 2200 риал болсын", Decimal(2200)),
    ("зарплату хочу теперь не меньше 2700 риалов", Decimal(2700)),
])
def test_a_pay_asked_in_these_words_is_read(text: str, riyals: Decimal) -> None:
    change = read_change(text)
    assert change is not None and change.field == "salary" and Decimal(str(change.value)) == riyals


@pytest.mark.parametrize("text", ["переехал в Костанай и опыт теперь 9 лет", "I live in Aktau now and my experience is 6 years"])
def test_a_move_beside_the_years_changes_nothing(text: str) -> None:
    assert read_change(text) is None
