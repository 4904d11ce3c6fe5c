"""Rules for the less common ways workers name their work: the place alone, vowels spelt as they are
heard, an English agent ending after "y", and the agent noun of a slang word."""

import pytest

from matching import suggest_occupations


def _first(text: str) -> str:
    found = suggest_occupations(text, limit=1)
    return found[0].code if found else ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("работаю на кухне", "9412"),  # «работник кухни», not the chef
        ("работала на птицефабрике", "6122"),  # «работник птицефабрики»
        ("на карьере", "9311"),  # «рабочий карьера»
        ("раньше работал на стройке", "9313"),
    ],
)
def test_a_worker_who_names_only_the_place_was_its_hand(text, code):
    assert _first(text) == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("повар на кухне", {"5120"}),
        ("бригадир на стройке", {"3123"}),
        ("водитель на ферме", {"8322", "8332"}),
        ("работал на кране", {"8343"}),  # the machine's operator, as before
    ],
)
def test_beside_a_trade_the_place_only_says_where(text, codes):
    assert _first(text) in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [("surveyer", "2165"), ("mine surveyer", "2165"), ("quantity surveyer", "2149")],
)
def test_yer_typed_for_yor_is_the_agent_ending(text, code):
    assert _first(text) == code


@pytest.mark.parametrize("text", ["кондейщик", "кондёрщиком работал", "kondeyshik"])
def test_the_worker_of_the_slang_for_an_air_conditioner(text):
    assert _first(text) == "7127"


@pytest.mark.parametrize(
    ("text", "code"),
    [("mesan", "7112"), ("wildar", "7212"), ("plambar", "7126"), ("I am a plambar", "7126")],
)
def test_english_vowels_spelt_as_heard_still_find_the_trade(text, code):
    assert _first(text) == code
