"""Changes a worker types weeks after the profile was made: the least pay wished («не меньше», «кем
болмасын»), a new phone said in words, a flat rented in another town, a move since this month, a certificate
had made. A pay wished for a trade stays a search."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.profile_words import ProfileChange, read_change


@pytest.mark.parametrize(("text", "change"), [
    ("зарплату хочу не менее 2300", ProfileChange("salary", Decimal("2300.00"))),
    ("хочу зарплату от трёх тысяч риалов", ProfileChange("salary", Decimal("3000.00"))),
    ("жалақым 2800 риалдан кем болмасын", ProfileChange("salary", Decimal("2800.00"))),
    ("телефон теперь восемь семьсот пять сто десять двадцать тридцать", ProfileChange("phone", "+77051102030")),
    ("снимаю теперь квартиру в Кокшетау", ProfileChange("region", "akmola")),
    ("с прошлого месяца живу в Таразе", ProfileChange("region", "zhambyl")),
])
def test_a_change_told_weeks_later_is_offered(text: str, change: ProfileChange) -> None:
    assert read_change(text) == change


def test_a_certificate_had_made_is_added() -> None:
    change = read_change("сделал удостоверение стропальщика")
    assert change is not None and change.field == "qualifications" and change.adds
    assert "стропальщика" in str(change.value)


@pytest.mark.parametrize("text", [
    "сварщиком хочу зарплату не меньше 2000",
    "хочу работу с зарплатой не меньше 2500",
    "зарплата не меньше 2000 это нормально?",
    "с этого месяца ищу работу в Алматы",
])
def test_a_search_or_a_question_with_a_pay_or_a_town_changes_nothing(text: str) -> None:
    assert read_change(text) is None
