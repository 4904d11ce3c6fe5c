"""A worker's relative or friend who writes for him names the worker's trade, and is no trade himself."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("пишу за отца, он плотник", "7115"),
        ("дочка парикмахер, 3 года стажа", "5141"),
        ("әкем тас қалаушы", "7112"),
        ("ulym dänekerleushi", "7212"),
        ("my nephew is a plumber", "7126"),
        ("for my friend, painter", "7131"),
    ],
)
def test_the_trade_of_the_one_written_for_is_named_surely(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=1)
    assert found and found[0].code == code
    assert found[0].score >= 80


@pytest.mark.parametrize("query", ["мед брат", "старшая сестра в больнице"])
def test_the_nurse_written_apart_is_still_a_nurse(query: str) -> None:
    found = suggest_occupations(query, limit=2)
    assert found and found[0].code in {"2221", "3221"}
