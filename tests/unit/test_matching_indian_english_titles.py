"""Titles as Indian and Gulf English writes them apart or by their own words."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "codes"),
    [("care taker", {"5153", "5322"}), ("care taker of building", {"5153"}), ("beauty parlour worker", {"5142"})],
)
def test_titles_written_apart_or_by_their_own_words(query: str, codes: set[str]) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in codes
