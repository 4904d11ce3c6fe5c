"""Experience as a range, a field cleared, an old value asked back and a value corrected in the same message,
read as the worker means them (worded apart from `tests/data/profile_change_messages_7.tsv`)."""

from __future__ import annotations

import pytest

from bot.profile_words import ProfileChange, read_change


@pytest.mark.parametrize(("text", "years"), [
    ("стаж теперь 3-4 года, обновите", 3),
    ("тәжірибем 8-9 жыл болды, өзгертіңіз", 8),
    ("change my experience to 11–12 years", 11),
])
def test_experience_as_a_range_keeps_its_lower_end_as_the_wizard_does(text, years):
    assert read_change(text) == ProfileChange("years", years)
