"""A worker who names the speciality of his diploma means the trade it names, not the school he studied at."""

import pytest

from matching import suggest_occupations
from matching.occupations import without_study_words


@pytest.mark.parametrize(
    ("query", "accepted"),
    [
        ("выпускник техникума, специальность сварочное дело", {"7212"}),
        ("окончила колледж, по диплому поварское дело", {"5120"}),
        ("электроэнергетика бойынша университетті бітірдім", {"2151", "3113"}),
        ("kolledjde aspazdyq is mamandygyn oqydym", {"5120"}),
        ("graduated from a polytechnic college in culinary arts", {"5120", "3434"}),
        ("студент был, закончил училище на автомеханика", {"7231"}),
    ],
)
def test_the_speciality_studied_names_the_trade(query: str, accepted: set[str]) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in accepted


def test_a_college_teacher_is_still_a_teacher() -> None:
    found = suggest_occupations("преподаю в колледже, диплом учителя физики", limit=3)
    assert found and found[0].code in {"2320", "2330"}


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("закончила медколледж фельдшер", "мед фельдшер"),
        ("сварщик", "сварщик"),  # nothing said of studying
        ("окончил колледж", "окончил колледж"),  # nothing else left
    ],
)
def test_the_words_of_studying_are_set_aside(text: str, bare: str) -> None:
    assert " ".join(without_study_words(text).split()) == bare



@pytest.mark.parametrize("query", ["а мне теперь что делать?", "как это делается вообще", "они там что делают"])
def test_doing_something_is_no_trade_of_a_speciality(query: str) -> None:
    """«делать» is no «дело» of a diploma: a question of what to do names neither the welder nor the cook."""
    assert not any(found.code in {"7212", "5120"} and found.score >= 60 for found in suggest_occupations(query, limit=3))
