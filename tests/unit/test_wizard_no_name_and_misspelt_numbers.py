"""A name said to be missing at the name step («нет имени», "no name", «атым жоқ») is asked again with why it is
needed, never kept as the name, and a patronymic said to be missing after the name is no part of it; number
words typed a letter off («двацати», «питнадцать», «жирма») are read beside a unit or another number, while the
words a letter from one («довести», «егінші», a farmer) stay words."""

from __future__ import annotations

import pytest

from bot import validation
from bot.number_words import spelled_numbers


@pytest.mark.parametrize("typed", [
    "нет имени", "фамилии нет", "у меня нет отчества", "без имени", "Здравствуйте, нет имени",
    "no name", "I don't have a surname", "atym joq", "менің атым жоқ", "есімім жоқ",
])
def test_a_name_said_to_be_missing_is_asked_again_with_why(typed):
    with pytest.raises(validation.InvalidInput) as raised:
        validation.full_name(typed)
    assert raised.value.key == "error-name-question"


@pytest.mark.parametrize(("typed", "name"), [
    ("Жаксылыков Дархан, отчества нет", "Жаксылыков Дархан"),
    ("Оспанова Гульмира без отчества", "Оспанова Гульмира"),
    ("Timur Sadykov, no middle name", "Timur Sadykov"),
    ("Нетбаев Ерлан", "Нетбаев Ерлан"),  # a surname that begins as a no does
])
def test_a_missing_patronymic_told_after_the_name_is_no_part_of_it(typed, name):
    assert validation.full_name(typed) == name


@pytest.mark.parametrize(("typed", "years"), [
    ("больше двацати лет", 20), ("питнадцать лет", 15), ("около тридцати лет", 30), ("двацать два года", 22),
    ("жирма жыл", 20), ("тогыз жыл", 9),
])
def test_a_number_word_typed_a_letter_off_is_read_before_its_unit(typed, years):
    assert validation.years(typed) == years


@pytest.mark.parametrize(("typed", "read"), [
    ("семсот один", "701"), ("восемьсот двацать", "820"),
    ("довести до конца", "довести до конца"), ("егінші бес жыл", "егінші 5 жыл"),
    ("туриста три", "туриста 3"), ("сорока лет", "сорока лет"), ("шерсть", "шерсть"),
    ("двацать", "двацать"),  # alone, with no unit or number beside it, a word left as typed
])
def test_only_a_number_word_typed_a_letter_off_beside_a_number_is_read(typed, read):
    assert spelled_numbers(typed) == read
