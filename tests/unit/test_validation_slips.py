"""Answers the profile wizard once asked again though their meaning was plain: a region a letter off, a
surname and name with a comma, a note in brackets after a name, an O typed for a zero, «да нет» as the no
it is in speech, a salary left to the employer, languages cut short, and the words for a beginner."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation
from bot.validation import InvalidInput


@pytest.mark.parametrize(("text", "code"), [
    ("Актбое", "aktobe"), ("Павладар", "pavlodar"), ("Костанйа", "kostanay"), ("живу в Таразн", "zhambyl"),
    ("Кокшетай", "akmola"), ("Oskemn", "east"), ("Экибастус", "pavlodar"),
])
def test_a_region_typed_a_letter_off_is_the_region(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize("text", ["Астрахань", "Бишкек", "Катар", "сварщик", "Новосибирск"])
def test_a_place_outside_kazakhstan_or_another_word_is_still_asked_again(text):
    with pytest.raises(InvalidInput):
        validation.region(text)


def test_officers_words_read_one_by_one_forgive_no_misspelling():
    """An officer's message is read a word at a time: a word a letter off a town is usually another word."""
    assert validation.region("Алмата") == "almaty"
    with pytest.raises(InvalidInput):
        validation.region_named("Алмата")


@pytest.mark.parametrize(("text", "name"), [
    ("Омаров, Бекзат", "Омаров Бекзат"), ("Сейтова Асель (Ася)", "Сейтова Асель"),
    ("Ким Ольга (для визы)", "Ким Ольга"), ("Оспанов Марат, это я", "Оспанов Марат"),
    ("Марат Оспанов болам", "Марат Оспанов"), ("как в паспорте: SEITOVA ASSEL (see passport)", "SEITOVA ASSEL"),
    ("по паспорту Ким Ольга", "Ким Ольга"),
])
def test_notes_said_beside_a_name_are_no_part_of_it(text, name):
    assert validation.full_name(text) == name


@pytest.mark.parametrize(("text", "phone"), [
    ("8 705 1O2 33 44", "+77051023344"), ("87О5102ОО44", "+77051020044"), ("8705/102/33/44", "+77051023344"),
])
def test_an_o_for_a_zero_and_slashes_between_groups_still_make_the_number(text, phone):
    assert validation.own_phone_number(text) == phone


@pytest.mark.parametrize("text", ["номер не хочу указывать", "не буду давать", "нөмірімді бергім келмейді",
                                  "I'd rather not give it", "I don't want to share"])
def test_not_wishing_to_give_the_phone_skips_the_step(text):
    assert validation.skips(text)


@pytest.mark.parametrize("text", ["сколько предложат", "смотря какая работа", "it depends", "the more the better",
                                  "whatever the employer offers", "жұмысқа байланысты"])
def test_a_salary_left_to_the_employer_sets_no_minimum(text):
    assert validation.skips(text)


def test_a_sum_beside_such_words_is_still_the_minimum():
    assert not validation.skips("смотря какая работа, но не меньше 2000")
    assert validation.salary("смотря какая работа, но не меньше 2000") == Decimal(2000)


@pytest.mark.parametrize(("text", "answer"), [
    ("да нет, спасибо", False), ("да нет", False), ("канешно", True), ("да, конешно", True),
])
def test_colloquial_yes_and_no(text, answer):
    assert validation.yes_or_no(text) is answer


def test_a_certificate_to_come_is_none_yet():
    assert validation.skips("пока нет, но могу сделать")
    assert validation.skips("not yet but can get one")


@pytest.mark.parametrize(("text", "codes"), [
    ("каз/ру", ["kk", "ru"]), ("анг, тур", ["en", "tr"]), ("ENG RUS", ["en", "ru"]),
])
def test_languages_cut_short_as_in_a_list(text, codes):
    assert validation.spoken_languages(text) == codes


@pytest.mark.parametrize("text", ["fresh graduate", "beginner", "я новичок"])
def test_a_beginner_has_no_years(text):
    assert validation.years(text) == 0
