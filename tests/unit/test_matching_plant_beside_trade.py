"""A plant or a factory named after «на» says where the trade was worked, and must not drown the trade."""

import pytest

from matching import suggest_occupations


# The two words of the place, counted whole, left a trade of one word (and one typed with a slip) under the
# bar, level with the trade the place's own words name (the confectioner of «кондитерской»).
@pytest.mark.parametrize(
    "query",
    ["фасовщица на кондитерской фабрике", "упокавщица на кондитерской фабрике", "упаковщик на молочном заводе"],
)
def test_the_packer_of_a_plant_is_the_packer(query: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == "9321"


def test_the_place_still_tells_the_trades_of_the_words_apart() -> None:
    found = suggest_occupations("инженер-технолог на нефтеперерабатывающем заводе", limit=3)
    assert found and found[0].code == "2145"
