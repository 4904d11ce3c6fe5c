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


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # "c" is ц: "oficiant" is spelt like the English "officiant" (a priest), "policii" like "policy"
        ("oficiant", "5131"),
        ("ofitciant", "5131"),
        ("rabotal v policii", "5412"),
        ("prodavec", "5223"),
        ("farmacevt", "2262"),
        # "x" is х
        ("oxrannik", "5414"),
        ("rabotal v oxrane", "5414"),
        ("avtomexanik", "7231"),
        # "w" inside a word is ш
        ("uborwica", "9112"),
    ],
)
def test_russian_typed_in_latin_letters_reads_c_x_w_as_russian(query, code):
    found = suggest_occupations(query)
    assert found[0].code == code
    assert found[0].score >= 90


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("police officer", "5412"),
        ("taxi driver", "8322"),
        ("cleaner", "9112"),
        ("excavator operator", "8342"),
        ("cnc operator", "7223"),
        ("welder", "7212"),
        ("waiter", "5131"),
    ],
)
def test_english_words_keep_their_english_reading(query, code):
    assert suggest_occupations(query)[0].code == code


def test_a_w_inside_a_word_is_a_typo_of_sh_at_most():
    assert suggest_occupations("svarwik")[0].score >= 95


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("kuzetshi bolyp isteuge dayynmyn", "kuzetshi"),
        ("даяшы болып істегім келеді", "даяшы"),
        ("aspaz bolyp istei alamyn", "aspaz"),
    ],
)
def test_kazakh_phrases_of_wanting_and_being_ready_to_work_are_noise(message, word):
    assert _keys(message) == _keys(word)


def test_hacek_letters_are_the_russian_sounds():
    # "svarščik", "montažnik": the Czech-style transliteration folds like "svarshchik", "montazhnik"
    from matching.text import skeleton

    assert skeleton("svarščik") == skeleton("сварщик")
    assert skeleton("montažnik") == skeleton("монтажник")
    assert skeleton("plitočnik") == skeleton("плиточник")
    assert suggest_occupations("šofer")[0].code == "8322"


@pytest.mark.parametrize(
    ("query", "code"), [("njanja", "5311"), ("maljar", "7131"), ("dizajner", "2166")]
)
def test_j_after_a_consonant_or_closing_a_syllable_is_russian(query, code):
    # «няня», «маляр», «дизайнер»: "j" for я and й; at the start of a word it stays ж
    found = suggest_occupations(query)
    assert found[0].code == code
    assert found[0].score >= 90


def test_j_at_the_start_of_a_word_stays_zh():
    assert suggest_occupations("jurgizushi")[0].score == 100
    assert suggest_occupations("montajnik")[0].code == "7214"


@pytest.mark.parametrize(("query", "code"), [("voditel kat CE", "8332"), ("voditel kateg. D", "8331")])
def test_licence_category_abbreviated_in_latin_letters(query, code):
    # "kat." is «кат.» typed in Latin letters: the category decides the vehicle, as in Cyrillic
    assert suggest_occupations(query)[0].code == code
    assert suggest_occupations(query)[1].score < 80


def test_qatar_typed_in_latin_letters_is_no_licence_category():
    assert suggest_occupations("rabotal v katare voditelem")[0].score >= 90


@pytest.mark.parametrize(
    ("message", "word"),
    [("rabotaju elektrikom", "elektrikom"), ("xochu rabotat povarom", "povarom"), ("iwu rabotu", "")],
)
def test_noise_words_in_other_latin_spellings_are_noise(message, word):
    # «работаю», «хочу», «ищу» with "j" for ю, "x" for х, "w" for щ
    assert _keys(message) == _keys(word)


def test_short_english_words_are_not_read_as_noise():
    assert "js" in _keys("js developer")


@pytest.mark.parametrize(
    ("query", "code"), [("shofer B kategoriya", "8322"), ("D kategoria avtobus jurgizushi", "8331")]
)
def test_licence_category_word_spelled_whole_in_latin_letters(query, code):
    # "kategoriya", «категория» in Latin letters, ends in an "a" that is not category A
    found = suggest_occupations(query)
    assert found[0].code == code and found[0].score >= 90, found
