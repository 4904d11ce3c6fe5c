"""Experience as a range, a field cleared, an old value asked back and a value corrected in the same message,
read as the worker means them (worded apart from `tests/data/profile_change_messages_7.tsv`)."""

from __future__ import annotations

import pytest

from bot.profile_words import ProfileChange, read_change


@pytest.mark.parametrize(("text", "years"), [
    ("стаж теперь 3-4 года, обновите", 3),
    ("тәжірибем 8-9 жыл болды, өзгертіңіз", 8),
    ("change my experience to 11–12 years", 11),
])
def test_experience_as_a_range_keeps_its_lower_end_as_the_wizard_does(text, years):
    assert read_change(text) == ProfileChange("years", years)


@pytest.mark.parametrize(("text", "field"), [
    ("clear my salary please", "salary"),
    ("очистите номер телефона", "phone"),
    ("clear the certificates, they are old", "qualifications"),
])
def test_a_field_cleared_is_taken_off(text, field):
    change = read_change(text)
    assert change is not None and change.field == field and change.removes


@pytest.mark.parametrize("text", ["is a police clearance needed for the visa", "do they ask for clearance certificate"])
def test_a_police_clearance_asked_about_clears_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "field", "value"), [
    ("верните регион Караганда, я там остался", "region", "karaganda"),
    ("верните опыт 4 года как было", "years", 4),
    ("revert my region to Shymkent", "region", "shymkent"),
])
def test_an_old_value_asked_back_is_offered(text, field, value):
    assert read_change(text) == ProfileChange(field, value)


@pytest.mark.parametrize("text", ["верните всё как было", "revert it please", "как было раньше, так и оставьте"])
def test_an_undo_without_a_value_changes_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", [
    "телефон смените на 8 705 000 11 22, а область на Павлодарскую",
    "стаж 12 лет поставьте и удостоверение стропальщика добавьте",
    "aımaqty Shymkentke, telefondy 87011110000 dep ózgertińiz",
    "set my region to Aktau and phone to 87012224455",
])
def test_two_fields_asked_at_once_change_nothing(text):
    assert read_change(text) is None


def test_a_zero_typed_as_the_letter_o_in_a_new_number_is_a_zero():
    assert read_change("мой новый номер 8 7О5 2О3 11 22") == ProfileChange("phone", "+77052031122")


def test_a_certificate_misspelt_after_its_stem_is_still_a_certificate():
    change = read_change("получил сертифиткат электрика, добавьте")
    assert change is not None and change.field == "qualifications" and change.adds


@pytest.mark.parametrize(("text", "field", "value"), [
    ("область не ту выбрал, надо Жамбылскую", "region", "zhambyl"),
    ("my bad, experience should be 4 years", "years", 4),
    ("по ошибке поставил Костанай, надо Кокшетау", "region", "akmola"),
])
def test_a_value_called_the_wrong_one_is_replaced_by_the_right(text, field, value):
    assert read_change(text) == ProfileChange(field, value)


@pytest.mark.parametrize("text", ["мне приходят не те вакансии", "регион не тот стоит, как исправить?"])
def test_a_wrong_one_told_without_the_right_value_changes_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "codes"), [
    ("верните казахский, удалил по ошибке", ("kk",)), ("верни арабский обратно в языки", ("ar",)),
])
def test_a_language_asked_back_is_added_again_though_its_removal_is_told(text, codes):
    assert read_change(text) == ProfileChange("languages", codes, adds=True)


def test_a_new_number_dictated_in_words_with_now_is_the_phone():
    change = read_change("теперь пишите на восемь семьсот пять триста двадцать один десять двадцать")
    assert change == ProfileChange("phone", "+77053211020")


def test_numbers_in_words_without_a_phone_change_nothing():
    assert read_change("теперь у меня два сертификата и три года опыта") is None
