"""Wizard answers typed by a relative, corrected mid-way, or with a region by its Kazakh letters (worded apart
from `tests/data/wizard_answers_12.tsv`)."""

from __future__ import annotations

import pytest

from bot import validation


@pytest.mark.parametrize(("answer", "region"), [
    ("ОҚО, Сарыағаш", "turkistan"), ("ШҚО", "east"), ("БҚО, Орал", "west"), ("ОКО", "turkistan"),
])
def test_a_region_by_its_kazakh_letters_is_taken(answer, region):
    assert validation.region(answer) == region


@pytest.mark.parametrize("answer", ["не знаю, есть ли они", "бар ма жоқ па, білмеймін", "not sure if i have one",
                                    "kuälik joq", "сертов нет"])
def test_not_knowing_whether_there_is_one_or_having_none_is_a_skip(answer):
    assert validation.skips(answer, unknown=True)


@pytest.mark.parametrize("answer", ["не знаю номер", "idk my number"])
def test_a_number_not_known_is_no_skip_at_the_phone(answer):
    assert not validation.skips(answer)


@pytest.mark.parametrize(("answer", "name"), [
    ("Жанат Омаров стоп, Жанат Умаров", "Жанат Умаров"),
    ("Бекова Алия, поправка: Бекова Алия Кайратовна", "Бекова Алия Кайратовна"),
    ("Timur Ali my bad, Timur Aliyev", "Timur Aliyev"),
])
def test_a_name_corrected_in_the_same_message_is_the_second(answer, name):
    assert validation.full_name(answer) == name


@pytest.mark.parametrize(("answer", "name"), [
    ("жена моя, Сейткали Гульмира", "Сейткали Гульмира"),
    ("my sister Aruzhan Bekova", "Aruzhan Bekova"),
    ("інім Дархан Сәрсенов", "Дархан Сәрсенов"),
    ("anamnyń aty Saule Ibraeva", "Saule Ibraeva"),
])
def test_a_relatives_name_typed_after_who_they_are_is_kept_alone(answer, name):
    assert validation.full_name(answer) == name


@pytest.mark.parametrize("answer", ["а вы кто?", "who is asking", "сіз кімсіз"])
def test_who_asks_is_a_question_back_not_a_name(answer):
    with pytest.raises(validation.InvalidInput):
        validation.full_name(answer)


@pytest.mark.parametrize("answer", ["1982 года рождения", "отец 1975 г.р.", "1990 г. р."])
def test_a_year_of_birth_at_the_years_question_is_asked_again(answer):
    with pytest.raises(validation.InvalidInput):
        validation.years(answer)


def test_a_year_of_birth_beside_the_years_of_work_keeps_the_years():
    assert validation.years("1980 г.р., стаж 22 года") == 22
