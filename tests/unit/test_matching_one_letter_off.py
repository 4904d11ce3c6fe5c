"""A Russian trade word typed with one letter off is that trade, ahead of the English word it sounds like."""

import pytest

from matching import suggest_occupations

# «повор» (о for а) and «поваор» (a letter too many) sound like the English "paver", a road-paving
# machine operator; the worker means «повар», and nothing may stand level with the cook.
CASES = [
    ("повор", "5120"),
    ("поваор", "5120"),
    ("я повор 4 разряда", "5120"),
    ("работаю повором в столовой", "5120"),
]


@pytest.mark.parametrize(("query", "code"), CASES)
def test_one_letter_off_is_the_trade_alone_on_top(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code
    assert all(other.score < found[0].score for other in found[1:])


def test_the_road_machine_operator_is_still_found_in_english() -> None:
    assert "8342" in {m.code for m in suggest_occupations("paver operator", limit=3)}
