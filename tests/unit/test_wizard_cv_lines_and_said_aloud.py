"""Wizard answers pasted from a CV or dictated by voice: a CV's heading or another field's label is no name, a
year of birth ends the name, a no corrects a dictated name, pauses said between a phone's digits, a mobile
labelled beside a work phone, a language read or forgotten but not spoken, "+" between the parts of the
experience, a birth date labelled in English, a dot between a pay's thousands, «тыщи», a sum corrected after
dollars, and yes, no and skips with fillers, typos or more words. Each is worded apart from the sets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation
from bot.number_words import spelled_numbers


@pytest.mark.parametrize(("typed", "name"), [
    ("Резюме: Жумагалиев Нурбол Асетович", "Жумагалиев Нурбол Асетович"),
    ("CV. Aibek Tokanov", "Aibek Tokanov"),
    ("Мамыров Серик Болатович 1979 года рождения Тараз водитель", "Мамыров Серик Болатович"),
    ("Ахметов Руслан, born 1991, Taraz, welder", "Ахметов Руслан"),
    ("зовут меня Асель нет Асем Нуралиева", "Асем Нуралиева"),
    ("Бекзат ой жоқ Бекжан Омаров", "Бекжан Омаров"),
    ("фамилья Сейткали имя Берик отчесвто Маратович", "Сейткали Берик Маратович"),
    ("My names Timur Abenov", "Timur Abenov"),
    ("Оразов Мейрам, г. Актобе", "Оразов Мейрам"),
])
def test_a_name_is_found_in_a_cv_line_or_a_dictated_correction(typed, name):
    assert validation.full_name(typed) == name


@pytest.mark.parametrize("typed", ["Резюме", "Curriculum vitae", "Дата рождения: 03.03.1985", "Date of birth 1.1.1990"])
def test_a_cv_heading_or_another_fields_label_is_asked_again(typed):
    with pytest.raises(validation.InvalidInput):
        validation.full_name(typed)


def test_a_name_that_holds_no_is_no_correction_without_two_words_after_it():
    assert validation.full_name("Нурлан") == "Нурлан"


@pytest.mark.parametrize(("typed", "phone"), [
    ("ну мой номер это 8 701 ну 444 55 66", "+77014445566"),
    ("um 8 705 uh 123 45 67", "+77051234567"),
    ("дом. 8 7212 41 00 00, сот. 8 777 100 20 30", "+77771002030"),
    ("work: +7 7172 50 60 70, mobile: +7 702 111 22 33", "+77021112233"),
    ("8 7212 41 00 00 или 8 777 100 20 30", "+77212410000"),  # no labels: the first, as before
])
def test_a_phone_said_with_pauses_or_labelled_mobile_is_read(typed, phone):
    assert validation.own_phone_number(typed) == phone


@pytest.mark.parametrize(("typed", "codes"), [
    ("турецкий читаю немного, но не говорю, русский свободно", ["ru"]),
    ("казахский, английский учил в школе, но забыл", ["kk"]),
    ("русский, турецкий понимаю, но не говорю", ["ru", "tr"]),  # understood: kept
])
def test_a_language_read_or_forgotten_but_not_spoken_is_left_out(typed, codes):
    assert validation.spoken_languages(typed) == codes


@pytest.mark.parametrize(("typed", "count"), [("4 года в Актау + 3 года в Атырау", 7), ("2 yrs welding & 3 yrs fitting", 5)])
def test_parts_of_the_experience_joined_by_a_plus_are_added(typed, count):
    assert validation.years(typed) == count


@pytest.mark.parametrize("typed", ["Date of birth: 05.07.1989", "date of birth 1989"])
def test_a_birth_date_labelled_in_english_is_no_experience(typed):
    with pytest.raises(validation.InvalidInput):
        validation.years(typed)


def test_birth_is_no_kazakh_one_with_an_ordinals_ending():
    assert spelled_numbers("place of birth") == "place of birth"
    assert spelled_numbers("the fifth") == "the 5"


@pytest.mark.parametrize(("typed", "riyals"), [("3.000 QAR", 3000), ("1.800 риалов", 1800), ("тыщи три", 3000),
                                               ("две тыщи", 2000), ("2,5", None)])
def test_a_dot_between_thousands_and_tyshchi_are_read(typed, riyals):
    if riyals is None:
        with pytest.raises(validation.InvalidInput):
            validation.salary(typed)
    else:
        assert validation.salary(typed) == Decimal(riyals)


def test_a_sum_put_right_after_dollars_stays_in_dollars():
    with pytest.raises(validation.InvalidInput):
        validation.salary("600 долларов, ой, 700")
    assert validation.in_dollars("600 долларов, ой, 700") == (Decimal(700), Decimal(2548))
    assert validation.salary("2000 риалов, ой, 2200") == Decimal(2200)


@pytest.mark.parametrize(("typed", "said"), [
    ("ну давайте ещо", True), ("ээ да", True), ("um no", False), ("нет, осы жетеді", False),
    ("no... wait, actually yes", True), ("no thx, one job is enough", False), ("iá, bireýin qosamyn", True),
])
def test_yes_or_no_with_fillers_typos_or_more_words(typed, said):
    assert validation.yes_or_no(typed) is said


@pytest.mark.parametrize("typed", [
    "ну это самое нету", "ээ куәлік жоқ", "номер скоро сменю, пока пишите сюда", "no phone rn, use telegram",
    "Desired salary: negotiabel", "зарплата на усмотрение работодателя",
])
def test_skips_with_fillers_or_notes(typed):
    assert validation.skips(typed, unknown=True, pay_next=True)


def test_years_labelled_are_refused_as_a_certificate():
    with pytest.raises(validation.InvalidInput):
        validation.qualifications("стаж 12 лет")
    assert validation.qualifications("удостоверение № 12, стаж сварщика") == "удостоверение № 12, стаж сварщика"


@pytest.mark.parametrize(("typed", "pay"), [
    ("нет сертификатов, зарплата 2000", "зарплата 2000"), ("жоқ, 2500 риал", "2500 риал"),
    ("no certs, $700", "$700"), ("нет, а без них берут?", None), ("нет", None),
])
def test_the_pay_told_after_none_at_the_certificates_step(typed, pay):
    assert validation.pay_after_none(typed) == pay
