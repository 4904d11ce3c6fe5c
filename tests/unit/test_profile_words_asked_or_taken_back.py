"""A change asked as a question, corrected or taken back in the same message, and the profile's fields named
the ways workers name them: a patronymic, a licence category, an education, a period of work."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.profile_words import ProfileChange, read_change


@pytest.mark.parametrize(("text", "change"), [
    ("можно ли поставить зарплату 2600?", ProfileChange("salary", Decimal(2600))),
    ("нөмірді 87012345678 деп ауыстыруға бола ма", ProfileChange("phone", "+77012345678")),
    ("аймақты Маңғыстауға өзгертуге бола ма?", ProfileChange("region", "mangystau")),
    ("could u change my phone to 8 776 111 00 22?", ProfileChange("phone", "+77761110022")),
])
def test_leave_asked_to_change_with_the_new_value_is_a_request(text: str, change: ProfileChange) -> None:
    assert read_change(text) == change


@pytest.mark.parametrize("text", [
    "можно поменять номер?", "аты-жөнімді түзетуге бола ма?", "что надо сделать чтобы поехать, я сварщик 5 разряда",
])
def test_leave_asked_with_no_new_value_changes_nothing(text: str) -> None:
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "change"), [
    ("зарплату поставьте 2400, нет, 2600", ProfileChange("salary", Decimal(2600))),
    ("стаж 9 лет, ой, 10 лет, обновите", ProfileChange("years", 10)),
    ("я переехал в Кокшетау, вернее в Петропавловск", ProfileChange("region", "north")),
    ("тәжірибемді жиырма жыл деп өзгертіңіз", ProfileChange("years", 20)),
])
def test_a_value_corrected_in_the_same_message_is_the_last_one(text: str, change: ProfileChange) -> None:
    assert read_change(text) == change


@pytest.mark.parametrize("text", [
    "смените регион на Костанай, хотя нет, не надо",
    "жалақыны 2200-ге өзгертіңіз... жоқ, керек емес",
    "update my salary to 2700, never mind",
    "поменяйте номер на 87012224466, а впрочем оставьте старый",
])
def test_a_change_taken_back_in_the_same_message_is_not_offered(text: str) -> None:
    assert read_change(text) is None


def test_the_rest_of_the_profile_kept_takes_nothing_back() -> None:
    assert read_change("поставьте зарплату 2300, остальное оставьте") == ProfileChange("salary", Decimal(2300))


@pytest.mark.parametrize(("text", "name"), [
    ("впишите отчество, полное имя: Ахметов Серик Болатович", "Ахметов Серик Болатович"),
    ("әкемнің атын да жазыңыз: Сейітов Бақыт Серікұлы", "Сейітов Бақыт Серікұлы"),
    ("напишите имя как в удостоверении: AKHMETOV SERIK", "AKHMETOV SERIK"),
    ("меня зовут не Ерик, а Ерлан Сейтов, поправьте", "Ерлан Сейтов"),
])
def test_a_name_corrected_or_given_with_its_patronymic_is_the_whole_name(text: str, name: str) -> None:
    assert read_change(text) == ProfileChange("name", name)


@pytest.mark.parametrize(("text", "words"), [
    ("сдал на категорию ВЕ, внесите пожалуйста", "категорию ВЕ"),
    ("D1 санатын алдым, қосыңыз", "D1 санатын"),
    ("I got my BE category, please add", "BE category"),
    ("у меня среднее специальное образование, добавьте в анкету", "среднее специальное образование"),
])
def test_a_licence_category_or_an_education_is_a_qualification_added(text: str, words: str) -> None:
    change = read_change(text)
    assert change is not None and change.field == "qualifications" and change.adds
    assert all(word in str(change.value) for word in words.split())


def test_a_period_of_work_from_and_to_gives_the_years() -> None:
    assert read_change("worked as a cook from 2014 to 2022, update my experience") == ProfileChange("years", 8)


def test_a_new_phone_dictated_in_words_is_read() -> None:
    said = "новый номер восемь семьсот семь триста сорок пять шестьдесят семь восемьдесят девять"
    assert read_change(said) == ProfileChange("phone", "+77073456789")


def test_a_mobile_a_name_that_should_be_and_a_husbands_surname_taken() -> None:
    assert read_change("новый мобильный 8 702 444 55 66") == ProfileChange("phone", "+77024445566")
    assert read_change("в имени ошибка, должна быть Сауле Ибраева") == ProfileChange("name", "Сауле Ибраева")
    assert read_change("взяла фамилию мужа, теперь Нурланова Асем") == ProfileChange("name", "Нурланова Асем")


def test_a_wait_before_the_new_value_and_two_fields_with_the_experience() -> None:
    assert read_change("поставьте зарплату 1900, погодите, пусть будет 2100") == ProfileChange("salary", Decimal(2100))
    assert read_change("поменяйте город на Семей и стаж на 6 лет") is None


def test_my_jobs_are_the_trades_held() -> None:
    assert read_change("please add welder to my jobs") == ProfileChange("occupation", "welder")
    assert read_change("where are my jobs") is None


def test_of_two_numbers_the_one_told_as_now_is_the_new_phone() -> None:
    assert read_change("номер был 87023334455, теперь 87027778899") == ProfileChange("phone", "+77027778899")
