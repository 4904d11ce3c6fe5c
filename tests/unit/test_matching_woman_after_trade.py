"""A woman or a girl named after the trade says who does it, not which trade it is."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("laundry woman for hotel", {"8157", "9121"}),
        ("cleaning woman", {"9112", "9111"}),
        ("cook woman for family", {"5120"}),
        ("nanny girl", {"5311"}),
    ],
)
def test_the_trade_before_the_woman_decides(query: str, codes: set[str]) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in codes


def test_a_label_that_holds_the_word_is_still_met() -> None:
    found = suggest_occupations("sales girl", limit=3)
    assert found and found[0].code == "5223"
