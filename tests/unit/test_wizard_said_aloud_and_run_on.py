"""Answers to the profile's questions dictated by voice (punctuation said as words, numbers in words with a
zero among them, Kazakh in its 2018 Latin letters) and answers with the next question's answer or a birth date
run on after them are taken as the worker means them; an age or a birth date where it is no answer is asked
again."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation


@pytest.mark.parametrize(("said", "name"), [
    ("Омаров Болат Серикович точка", "Омаров Болат Серикович"),
    ("Aida Sarsenova full stop", "Aida Sarsenova"),
    ("фамилия Жаксылыков имя Мурат", "Жаксылыков Мурат"),
    ("аты жөнім Бекзат Нұрланұлы", "Бекзат Нұрланұлы"),
])
def test_a_dictated_name_loses_the_words_for_its_punctuation_and_labels(said: str, name: str) -> None:
    assert validation.full_name(said) == name


@pytest.mark.parametrize(("answer", "name"), [
    ("Абенова Гаухар 8 777 555 12 12", "Абенова Гаухар"),
    ("Серик Тулегенов, номер 87011112233", "Серик Тулегенов"),
    ("Мукашев Ерлан 01.02.1985", "Мукашев Ерлан"),
    ("Сұлтанова Әйгерім 1993 жылы туғанмын", "Сұлтанова Әйгерім"),
    ("Arman Bekov, born 1989", "Arman Bekov"),
    ("добрый день меня зовут Асель Кемелова я из Атырау", "Асель Кемелова"),
    ("Нұрсұлу Ахметова, Ақтөбеденмін", "Нұрсұлу Ахметова"),
])
def test_the_next_answer_or_a_birth_date_after_a_name_is_left_out_of_it(answer: str, name: str) -> None:
    assert validation.full_name(answer) == name


@pytest.mark.parametrize("answer", ["қырық екі жастамын", "тел 87011234567", "call me on 87011234567"])
def test_an_age_or_a_phone_alone_at_the_name_step_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.full_name(answer)


@pytest.mark.parametrize(("said", "number"), [
    ("восемь тире семьсот пять тире сто десять тире двадцать тире тридцать", "+77051102030"),
    ("плюс семь семьсот один триста сорок пять шестьдесят ноль восемь", "+77013456008"),
    ("segiz jeti júz eki tórt júz on bes jıyrma úsh qyryq", "+77024152340"),
])
def test_a_phone_dictated_with_dashes_or_a_zero_said_alone_keeps_all_its_digits(said: str, number: str) -> None:
    assert validation.own_phone_number(said) == number


@pytest.mark.parametrize(("answer", "region"), [
    ("Медеуский район", "almaty"),
    ("Бостандық ауданы", "almaty"),
    ("Енбекшинский район", "shymkent"),
    ("Сев.-Каз. обл.", "north"),
    ("Зап-Каз обл, Уральск", "west"),
    ("Алм. обл., Талгар", "almaty_region"),
    ("нурсултан", "astana"),
])
def test_a_city_district_or_a_region_cut_short_is_its_region(answer: str, region: str) -> None:
    assert validation.region(answer) == region


def test_nursultan_as_a_name_is_still_a_name() -> None:
    assert validation.full_name("Нурсултан") == "Нурсултан"


@pytest.mark.parametrize("answer", ["родилась 03.04.1992", "25.12.1987", "туған күнім 01.09.1990"])
def test_a_birth_date_at_the_years_step_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.years(answer)


def test_a_start_date_at_the_years_step_counts_from_its_year() -> None:
    assert validation.years("с 01.06.2015") == validation.years("с 2015 года")


@pytest.mark.parametrize(("said", "riyals"), [
    ("от трёх тысяч пятисот", Decimal(3500)),
    ("eki myń jeti júz", Decimal(2700)),
])
def test_a_pay_said_in_words_keeps_its_hundreds(said: str, riyals: Decimal) -> None:
    assert validation.salary(said) == riyals


@pytest.mark.parametrize("answer", ["мне 40", "I'm 40", "born 1986", "41 жастамын"])
def test_an_age_at_the_certificates_step_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.qualifications(answer)


@pytest.mark.parametrize("answer", ["телефона нет, извините 🙏", "no licence sorry", "any salary is ok 🤷"])
def test_nothing_to_give_with_an_apology_or_an_emoji_is_a_skip(answer: str) -> None:
    assert validation.skips(answer, unknown=True)


@pytest.mark.parametrize(("answer", "meant"), [("🙅", False), ("🙅‍♀️", False), ("нет точка", False)])
def test_a_no_gesture_or_a_dictated_no_is_a_no(answer: str, meant: bool) -> None:
    assert validation.yes_or_no(answer) is meant
