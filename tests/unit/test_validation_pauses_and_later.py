"""Wizard answers dictated with pauses and fillers, left for later, or typed a step late."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation


@pytest.mark.parametrize(("answer", "name"), [
    ("эээ ну Бекова Жанар", "Бекова Жанар"),
    ("um, I am, um, Daulet Nurpeisov", "Daulet Nurpeisov"),
    ("короче меня зовут Оспанов Марат", "Оспанов Марат"),
    ("Серикбаев Арман 44 года", "Серикбаев Арман"),
    ("менің атым Гүлнар Ахметова, қырық екі жастамын", "Гүлнар Ахметова"),
])
def test_fillers_and_an_age_are_left_out_of_a_name(answer: str, name: str) -> None:
    assert validation.full_name(answer) == name


@pytest.mark.parametrize("answer", ["пропуск", "skip pls", "өткізу"])
def test_a_name_is_not_skipped_and_the_worker_hears_why_it_is_asked(answer: str) -> None:
    with pytest.raises(validation.InvalidInput) as raised:
        validation.full_name(answer)
    assert raised.value.key == "error-name-question"


@pytest.mark.parametrize("answer", ["позже напишу", "кейін беремін", "I'll give it later", "потом скину"])
def test_a_number_promised_for_later_skips_the_step(answer: str) -> None:
    assert validation.skips(answer)


def test_a_number_not_known_is_asked_again_but_a_salary_not_known_sets_no_minimum() -> None:
    assert not validation.skips("не знаю")
    assert validation.skips("я не знаю", unknown=True)
    assert validation.skips("мен білмеймін", unknown=True)
    assert validation.skips("don't know, whatever they pay", unknown=False)


def test_a_number_dictated_in_groups_with_pauses_is_one_number() -> None:
    said = "сегіз жеті жүз жеті, үш жүз қырық бес, он екі, отыз төрт"
    assert validation.own_phone_number(said) == "+77073451234"
    assert validation.own_phone_number("8 701 555 44 33, 8 702 111 22 33") == "+77015554433"


@pytest.mark.parametrize(("answer", "years"), [
    ("2005 жылдан 2015 жылға дейін", 10),
    ("2016-дан 2019-ға дейін", 3),
    ("s 2009 po 2019", 10),
    ("бір жыл жарым", 1),
])
def test_a_period_said_in_kazakh_or_typed_in_latin_counts_its_years(answer: str, years: int) -> None:
    assert validation.years(answer) == years


@pytest.mark.parametrize(("answer", "amount"), [
    ("тысячи три где-то", 3000),
    ("екі мың бес жүзден кем емес", 2500),
    ("2 мыңнан 3 мыңға дейін", 2000),
])
def test_thousands_said_first_or_with_a_case_ending_are_the_amount_meant(answer: str, amount: int) -> None:
    assert validation.salary(answer) == Decimal(amount)


@pytest.mark.parametrize("answer", ["7 лет", "алты жыл", "twelve years", "3-4 года опыта"])
def test_years_typed_at_the_certificates_step_are_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.qualifications(answer)


@pytest.mark.parametrize("answer", ["пропускаю", "жоқ бітті"])
def test_a_skip_or_a_done_at_another_trade_is_a_no(answer: str) -> None:
    assert validation.yes_or_no(answer) is False


@pytest.mark.parametrize(("answer", "code"), [
    ("Аралда тұрамын", "kyzylorda"),
    ("мы в Алма-Ате", "almaty"),
    ("Байқоңырға көштік", "kyzylorda"),
])
def test_a_short_town_name_with_a_case_ending_is_its_region(answer: str, code: str) -> None:
    assert validation.region(answer) == code


@pytest.mark.parametrize("answer", ["көшіп келдік", "көштік"])
def test_a_word_of_moving_is_no_misspelt_town(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.region(answer)


@pytest.mark.parametrize(("answer", "name"), [
    ("аааа Арман Жолдасов", "Арман Жолдасов"),
    ("ну это, Гульмира Сейтова", "Гульмира Сейтова"),
    ("Жолдасов Арман қырық төрт жаста", "Жолдасов Арман"),
])
def test_more_pauses_and_an_age_in_words_without_a_comma(answer: str, name: str) -> None:
    assert validation.full_name(answer) == name


@pytest.mark.parametrize("answer", ["без понятия пока", "idk", "әлі білмеймін"])
def test_no_idea_of_the_pay_sets_no_minimum(answer: str) -> None:
    assert validation.skips(answer, unknown=True)


def test_thousands_said_first_for_a_range_or_a_half() -> None:
    assert validation.salary("тысячи две-три") == Decimal(2000)
    assert validation.salary("тысячи полторы наверно") == Decimal(1500)


@pytest.mark.parametrize(("answer", "years"), [("жыл жарымдай", 1), ("сегиз жыл", 8), ("тогыз жылдай", 9)])
def test_kazakh_numbers_typed_without_kazakh_letters_or_with_about(answer: str, years: int) -> None:
    assert validation.years(answer) == years


def test_later_alone_skips_and_a_finished_list_is_a_no() -> None:
    assert validation.skips("позже")
    assert validation.yes_or_no("нет, закончил") is False


@pytest.mark.parametrize(("answer", "name"), [
    ("меня Бауыржан зовут", "Бауыржан"),
    ("Дәулет Серікұлы деген атым бар", "Дәулет Серікұлы"),
])
def test_a_name_between_or_before_the_words_that_tell_it(answer: str, name: str) -> None:
    assert validation.full_name(answer) == name


@pytest.mark.parametrize(("answer", "code"), [
    ("раньше жили в Семипалатинске, а сейчас в Павлодаре", "pavlodar"),
    ("бұрын Қостанайда тұрдым, енді Астанадамын", "astana"),
    ("previously Karaganda, now Almaty", "almaty"),
])
def test_the_place_lived_in_before_is_not_the_region(answer: str, code: str) -> None:
    assert validation.region(answer) == code


def test_the_last_steps_answer_typed_late_is_left_beside_this_ones() -> None:
    assert validation.years("вот телефон 87057771122, стаж 6 лет") == 6
    assert validation.salary("стаж 12 лет, хочу от 2300") == Decimal(2300)
    with pytest.raises(validation.InvalidInput):
        validation.years("8 705 777 11 22")
