"""Russian and Kazakh typed in Latin letters on phones without a Cyrillic keyboard: the letters and
digits that stand for Cyrillic sounds in chat Latin."""

import pytest

from matching import suggest_occupations
from matching.text import raw_tokens


def _first(text: str) -> str | None:
    found = suggest_occupations(text)
    return found[0].code if found else None


def test_digits_inside_a_word_are_the_letters_they_stand_for():
    # 6 is ш, 4 is ч; a digit that is not inside a word stays a number (and is dropped).
    assert raw_tokens("svar6ik gruz4ik") == ["svarshik", "gruzchik"]
    assert raw_tokens("4x4 6years c1 mp4") == []


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("svar6ik", {"7212"}),
        ("kranov6ik", {"8343"}),
        ("voditel' pogruz4ika", {"8344"}),
        ("perevod4ik", {"2643"}),
        ("gorni4naya", {"9111", "9112"}),
    ],
)
def test_chat_digits_find_the_trade(query, codes):
    assert _first(query) in codes


def _keys(text: str) -> list[str]:
    from matching.text import key_tokens

    return [canon for canon, _ in key_tokens(text, query=True)]


@pytest.mark.parametrize("query", ["men kuzetshimin", "men dánekerleýshimin", "men elektrikpin"])
def test_men_before_a_kazakh_i_am_ending_is_kazakh_i(query):
    # "men Xpin" is «мен Xпін» ("I am X"), not the English "men": the word alone is the message.
    assert _keys(query) == _keys(query.split()[1])
    assert suggest_occupations(query)[0].score >= 90


def test_english_men_stays_a_word():
    assert "men" in _keys("men tailor")
    assert "men" in _keys("men cabin crew")
