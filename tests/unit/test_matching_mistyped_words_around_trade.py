"""The words a worker says his trade with («болып істедім», «жұмыс», «работал»), typed with a slip, are
still those words: they must not stand against the trade they come with."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("тігінші болп істедім ательеде", "7531"),
        ("дәнекерлеуші болып жумс истедим", "7212"),
        ("малшы болып иследим", "6121"),
        ("роботал сантехником 7 лет", "7126"),
        ("электрик опыт работв 5 лет", "7411"),
    ],
)
def test_the_trade_is_sure_beside_mistyped_words_of_speech(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code and found[0].score >= 80


def test_a_kazakh_verb_of_work_is_not_taken_for_one() -> None:
    # «бағамын» (I herd) is one letter from «барамын» (I go), a word of speech; it names the herder still.
    found = suggest_occupations("қой бағамын", limit=3)
    assert found and found[0].code in {"6121", "9212"}
