"""Kazakh as workers say it, not as it is written: the short spoken verb, the verb the greeting hides,
and the converb «болып» that marks a Kazakh sentence typed without the Kazakh letters."""

import pytest

from matching import suggest_occupations
from matching.text import fold, place_words

SURE = 80


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # the spoken present of "I" without its -ын/-ін, in Cyrillic and in Latin letters
        ("ыдыс жуам", "9412"),
        ("ydys juam", "9412"),
        ("нан пісірем", "7512"),
        ("қой бағам", "6121"),
        ("офис тазалайм", "9112"),
    ],
)
def test_the_spoken_verb_names_its_worker_surely(query, code):
    found = suggest_occupations(query)
    assert found[0].code == code
    assert found[0].score >= SURE


@pytest.mark.parametrize(("query", "code"), [("жол салам", "9312"), ("uy salam", "7111")])
def test_salam_after_what_is_built_is_the_verb(query, code):
    found = suggest_occupations(query)
    assert found[0].code == code
    assert found[0].score >= SURE


@pytest.mark.parametrize("query", ["Салам! Мен аспазбын", "salam, men aspazbyn"])
def test_salam_that_greets_is_still_a_greeting(query):
    found = suggest_occupations(query)
    assert found[0].code == "5120"
    assert "7111" not in {match.code for match in found}


def test_bolyp_marks_the_place_in_kazakh_typed_with_russian_letters():
    assert fold("кен") in place_words("сварщик болып кен орнында")
    found = suggest_occupations("электрик болып кен орнында")
    assert found[0].code in {"7411", "7412"}
    assert "2146" not in {match.code for match in found[:2]}


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # a car's painter is the spray painter, not the painter of walls
        ("машиналарды сырлаймын", "7132"),
        # care for the old named as the work
        ("qart adamǵa kútim jasaýshy", "5322"),
        # plasterboard is put up («құрастыру») as often as mounted («монтаждау»)
        ("гипсокартон құрастырамын", "7123"),
    ],
)
def test_work_named_in_kazakh_meets_its_trade(query, code):
    assert suggest_occupations(query)[0].code == code
