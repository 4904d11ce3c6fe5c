"""A helper of a trade ISCO-08 files apart (a teacher's aide, a building labourer) comes before the trade
he helps when the words meet both as well."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    "query", ["nursery teacher assistant", "school teacher assistant", "preschool teacher helper"]
)
def test_the_teachers_aide_comes_before_the_teacher(query: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == "5312"


def test_a_trade_its_helper_word_does_not_name_stays_first() -> None:
    # "assistant cook" is the commis, a cook, as the earlier sets file him; the kitchen helper is next.
    codes = [m.code for m in suggest_occupations("assistant cook", limit=3)]
    assert codes[:2] == ["5120", "9412"]
