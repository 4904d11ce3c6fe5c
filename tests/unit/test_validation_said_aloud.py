"""Answers said aloud into a phone, corrected in the same message, told within a story, or typed at the
wrong step: the wizard keeps what the worker meant, and asks again rather than keep a wrong value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot import validation
from bot.number_words import spelled_numbers
from bot.validation import InvalidInput


@pytest.mark.parametrize(("text", "digits"), [
    ("девятьсот девяносто девять", "999"), ("үш жүз он бес", "315"), ("four hundred and six", "406"),
    ("nineteen ninety", "19 90"), ("сорок восемь", "48"), ("он мне сказал", "он мне сказал"),
    ("мың", "мың"), ("семьсот 5", "705"), ("12 345", "12 345"),
])
def test_number_words_become_digits(text: str, digits: str) -> None:
    assert spelled_numbers(text) == digits


@pytest.mark.parametrize(("text", "phone"), [
    ("восемь семьсот семьдесят семь девятьсот восемьдесят семь шестьдесят пять сорок три", "+77779876543"),
    ("сегіз жеті жүз жеті бір жүз он бір жиырма екі он бір", "+77071112211"),
    ("plus seven, seven seven five, nine eight seven, six five, four three", "+77759876543"),
    ("eight seven oh two triple one two two three three", "+77021112233"),
    ("8 (702) 111 22 33 — извините, 8 (702) 111 22 34", "+77021112234"),
])
def test_a_phone_said_aloud_or_corrected_is_the_number_meant(text: str, phone: str) -> None:
    assert validation.own_phone_number(text) == phone


@pytest.mark.parametrize(("text", "count"), [
    ("девятнадцать лет", 19), ("thirteen years", 13), ("он сегіз жыл", 18), ("8 лет, точнее 9", 9),
    ("2 jyl, joq, 3 jyl", 3), ("трактористом 4 года, потом водителем 5, итого 9 лет", 9),
    ("мне 50, водителем работаю 20 лет", 20), ("born in 1992, welding for 6 years", 6),
])
def test_years_said_corrected_or_told_in_a_story(text: str, count: int) -> None:
    assert validation.years(text) == count


def test_a_year_said_in_words_counts_the_years_since() -> None:
    assert validation.years("с две тысячи двенадцатого") == date.today().year - 2012
    assert validation.years("since twenty twenty") == date.today().year - 2020


@pytest.mark.parametrize("text", [
    "мне 42 года", "45 жастамын", "I'm 31", "1979 жылы туылғанмын", "1500 риал", "электрик 4 разряда",
    "8 702 111 22 33",
])
def test_an_age_a_birth_year_a_pay_a_grade_or_a_phone_are_no_years(text: str) -> None:
    with pytest.raises(InvalidInput):
        validation.years(text)


@pytest.mark.parametrize(("text", "amount"), [
    ("три тысячи восемьсот риалов", 3800), ("мың тоғыз жүз", 1900), ("thirty two hundred", 3200),
    ("4000, ой, 3500", 3500), ("2200 емес, 2400", 2400),
    ("дома платят 400 тысяч тенге, а там хочу минимум 2800 риалов", 2800),
    ("3000 QAR or 2700 with free food", 2700), ("бір мың жарым", 1500),
])
def test_a_salary_said_corrected_or_told_in_a_story(text: str, amount: int) -> None:
    assert validation.salary(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["8 747 111 22 33", "Талдыкорган", "7 жыл"])
def test_a_phone_a_place_or_years_are_no_salary(text: str) -> None:
    with pytest.raises(InvalidInput):
        validation.salary(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Айбек, извините, Айбол Жұмабаев", "Айбол Жұмабаев"),
    ("Добрый вечер, я из Костаная, меня зовут Руслан Ибраев, мне 29", "Руслан Ибраев"),
    ("Меня зовут Салтанат, фамилия Оспанова", "Салтанат Оспанова"),
    ("Timur Bekbolatuly, 41, mason", "Timur Bekbolatuly"),
    ("men Dinara", "Dinara"), ("Meniñ atım Ğalym", "Ğalym"),
])
def test_a_name_corrected_or_told_in_a_story(text: str, name: str) -> None:
    assert validation.full_name(text) == name


@pytest.mark.parametrize("text", [
    "3 года", "он жыл тәжірибе", "каменщик", "водитель", "Караганда", "from Taraz", "Qostanay qalasy",
    "английский и русский",
])
def test_an_answer_to_another_step_is_no_name(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        validation.full_name(text)
    assert raised.value.key == "error-name-other-answer"


def test_a_phone_at_the_name_step_is_asked_again_as_letters_are_wanted() -> None:
    with pytest.raises(InvalidInput) as raised:
        validation.full_name("8 701 000 11 22")
    assert raised.value.key == "error-name-letters"


@pytest.mark.parametrize(("text", "code"), [
    ("Туған жерім Жаркент, қазір Өскеменде тұрамын", "east"),
    ("born in Kentau, living in Aktobe now", "aktobe"),
    ("Павлодар, ой, Кокшетау", "akmola"), ("Oral emes, Aqtau", "mangystau"), ("кызыл орда", "kyzylorda"),
])
def test_the_region_lived_in_or_corrected(text: str, code: str) -> None:
    assert validation.region(text) == code


@pytest.mark.parametrize(("text", "codes"), [
    ("казахский, турецкий, ой нет, турецкий не знаю", ["kk"]), ("English, Arabic, no Russian", ["en", "ar"]),
    ("orısşa, türikşe", ["ru", "tr"]),
])
def test_a_language_taken_back_or_written_in_the_2021_alphabet(text: str, codes: list[str]) -> None:
    assert validation.spoken_languages(text) == codes


@pytest.mark.parametrize(("text", "answer"), [
    ("нет... хотя давай", True), ("ага, ой, не надо", False), ("yes, sorry, no", False),
    ("жоқ, raqmet", False), ("ну давайте, пожалуйста", True), ("no more", None), ("не знаю", None),
])
def test_a_yes_or_no_corrected_takes_the_last(text: str, answer: bool | None) -> None:
    assert validation.yes_or_no(text) is answer


def test_a_phone_at_the_qualifications_step_is_asked_again_but_a_certificate_with_a_number_is_kept() -> None:
    with pytest.raises(InvalidInput):
        validation.qualifications("8 775 123 00 11")
    assert validation.qualifications("НАКС № 12345, 2020") == "НАКС № 12345, 2020"
    assert validation.skips("жоқ, тек тәжірибе") and validation.skips("no, only experience")
