"""The wizard's answers as workers paste, misspell or decorate them: the question copied before the answer,
Kazakh Latin letters, English typed a letter off, emoji for languages and for yes and no, and another step's
answer typed beside this one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation


@pytest.mark.parametrize(("check", "answer", "value"), [
    (validation.region, "В каком регионе Казахстана вы живёте? - Павлодар", "pavlodar"),
    (validation.full_name, "Как вас зовут? Айдос Сериков", "Айдос Сериков"),
    (validation.years, "How many years of experience do you have in this occupation? 4", 4),
    (validation.salary, "What is the lowest monthly salary you would accept, in Qatari riyals (QAR)? 2200",
     Decimal(2200)),
    (validation.spoken_languages, "Қай тілдерде сөйлейсіз? орысша", ["ru"]),
])
def test_the_question_copied_before_the_answer_is_left_out(check, answer, value):
    assert check(answer) == value


def test_the_questions_example_number_is_not_the_workers():
    answer = "Share your phone number with the button below, or type it (for example +7 701 123 45 67) 8 777 123 00 11"
    assert validation.own_phone_number(answer) == "+77771230011"


@pytest.mark.parametrize("answer", ["Как вас зовут?", "What is your full name?"])
def test_the_question_alone_is_no_answer(answer):
    with pytest.raises(validation.InvalidInput):
        validation.full_name(answer)


def test_a_yes_or_no_after_the_question_is_read():
    assert validation.yes_or_no("Do you have another occupation? no") is False
    assert validation.yes_or_no("Есть ли у вас ещё одна профессия?") is None


@pytest.mark.parametrize(("answer", "name"), [
    ("Atym Nurlan, tegim Abenov", "Nurlan Abenov"),
    ("my nmae is Dana Bekova", "Dana Bekova"),
    ("Tolyq aty-jonim: Erlan Saparov", "Erlan Saparov"),
    ("Фамилия и имя: Бекова Дана", "Бекова Дана"),
])
def test_a_name_with_its_label_in_latin_or_misspelt(answer, name):
    assert validation.full_name(answer) == name


@pytest.mark.parametrize("answer", ["telefonym joq", "nomirdi bermeimin", "dont have phon", "skip please",
                                    "dosent matter", "mańyzdy emes", "qansha berse de", "joq, ázirge",
                                    "no certifcate", "жоқ, зарплата 2000 риал"])
def test_nothing_to_give_in_latin_letters_or_typed_a_letter_off_is_a_skip(answer):
    assert validation.skips(answer)


def test_a_no_about_the_last_question_keeps_this_ones_pay():
    assert not validation.skips("no certificates, 1800 QAR")
    assert validation.salary("no certificates, 1800 QAR") == Decimal(1800)


@pytest.mark.parametrize("answer", ["2500 риалов", "QAR 1800", "3000"])
def test_a_pay_alone_at_the_certificates_step_is_asked_again(answer):
    with pytest.raises(validation.InvalidInput):
        validation.qualifications(answer)


@pytest.mark.parametrize(("answer", "said"), [
    ("árıne", True), ("nop", False), ("ia, bar", True), ("нет, 10 лет", False), ("нет, русский", False),
    ("жоқ, басқа мамандығым жоқ", False), ("no other trade", False),
    ("да, сварщик", None),  # a yes with the next trade: the step reads the trade
    ("нет, но есть ещё профессия водитель", None),
])
def test_yes_and_no_in_latin_letters_or_with_another_answer(answer, said):
    assert validation.yes_or_no(answer) is said


def test_number_words_typed_a_letter_off():
    assert validation.years("elevn years") == 11
    assert validation.years("eigth years") == 8  # near both "eight" and "eighth"
    assert validation.salary("three thousnd") == Decimal(3000)


def test_years_listed_with_the_second_unit_left_unsaid():
    assert validation.years("3 yrs in Aktau and 2 in Doha") == 5
    assert validation.years("6 лет, 2 в Катаре") == 6  # two of the six


@pytest.mark.parametrize(("answer", "codes"), [("🇷🇺 🇰🇿", ["ru", "kk"]), ("русский ✔️ английский ✖️", ["ru"]),
                                               ("English 🇬🇧 Turkish 🇹🇷", ["en", "tr"])])
def test_flags_name_languages_and_a_cross_takes_one_back(answer, codes):
    assert validation.spoken_languages(answer) == codes


def test_english_words_near_a_number_stay_words():
    from bot.number_words import spelled_numbers

    assert spelled_numbers("are there jobs and so forth") == "are there jobs and so forth"
    assert spelled_numbers("fourty") == "40"
