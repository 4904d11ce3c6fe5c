"""Names with the father named in words, clauses after a name, and years told as periods running on."""

from __future__ import annotations

from datetime import date

import pytest

from bot import validation


@pytest.mark.parametrize(("answer", "name"), [
    ("Жумагулов Ерболат сын Серика", "Жумагулов Ерболат"),
    ("Ахметова Сауле дочь Бахыта", "Ахметова Сауле"),
    ("Arman Bekov son of Marat", "Arman Bekov"),
    ("Dana Omarova daughter of Serik", "Dana Omarova"),
    ("Мусин Талгат Рашид оглы", "Мусин Талгат Рашид оглы"),  # a patronymic written as one stays
    ("зовут меня Алия Нурланова", "Алия Нурланова"),
    ("запишите Искаков Ержан", "Искаков Ержан"),
    ("Сейтов Арман Болатович, вот и всё", "Сейтов Арман Болатович"),
    ("Bekov Arman, that's it", "Bekov Arman"),
    ("Сапарова Гульмира, повар", "Сапарова Гульмира"),
    ("Askar Nurlanov, welder from Aktobe", "Askar Nurlanov"),
])
def test_the_name_is_kept_without_what_is_said_around_it(answer: str, name: str) -> None:
    assert validation.full_name(answer) == name


def test_a_father_named_alone_is_no_name() -> None:
    with pytest.raises(validation.InvalidInput):
        validation.full_name("сын Болата")


@pytest.mark.parametrize(("answer", "start"), [
    ("с 2012 по 2017 в Караганде, а с тех пор в Астане", 2012),
    ("2009-2014 in Kazan, ever since in Aktau", 2009),
    ("2015-2019 Атырауда, содан бері Ақтауда", 2015),
    ("since 2016, plumbing", 2016),
    ("с 2011, но были перерывы", 2011),
])
def test_a_period_running_on_or_a_start_year_before_a_comma_counts_to_this_year(answer: str, start: int) -> None:
    assert validation.years(answer) == date.today().year - start


@pytest.mark.parametrize("answer", ["38 лет мне", "45 ему"])
def test_an_age_with_the_pronoun_after_it_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.years(answer)


def test_a_period_that_ended_without_since_then_is_its_own_length() -> None:
    assert validation.years("с 2004 по 2012 работал, дальше не работал") == 8
