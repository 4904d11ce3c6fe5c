"""The word of a driving licence category typed with a slip still makes its letters the category."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("водитель катигории С", "8332"),
        ("водитель с котигорией Д", "8331"),
        ("шофер категрии CE", "8332"),
        ("жүргізуші сананты D", "8331"),
        ("voditel katigorii C", "8332"),
    ],
)
def test_a_mistyped_category_word_names_the_vehicle(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=2)
    assert found and found[0].code == code and found[0].score > found[1].score


def test_a_preposition_after_a_trade_is_no_category() -> None:
    codes = [m.code for m in suggest_occupations("сварщик с опытом", limit=1)]
    assert codes == ["7212"]
