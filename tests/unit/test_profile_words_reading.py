"""Reading a change of the profile asked in words: only a plain request with a valid value is read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.profile_words import ProfileChange, asks_to_delete, read_change


@pytest.mark.parametrize(("text", "change"), [
    ("поменяй регион на Алматы", ProfileChange("region", "almaty")),
    ("аймағымды Алматыға ауыстырыңыз", ProfileChange("region", "almaty")),
    ("aimagymdy Almatyga auystyrynyz", ProfileChange("region", "almaty")),
    ("change my region to Almaty", ProfileChange("region", "almaty")),
    ("поменяй регион с Мангистау на Шымкент", ProfileChange("region", "shymkent")),
    ("мой новый номер 87011234567", ProfileChange("phone", "+77011234567")),
    ("жаңа нөмірім +7 701 123 45 67", ProfileChange("phone", "+77011234567")),
    ("change my phone to 8 701 123 45 67", ProfileChange("phone", "+77011234567")),
    ("измени зарплату на 3000", ProfileChange("salary", Decimal("3000.00"))),
    ("измени минимальную зарплату на 2,5к", ProfileChange("salary", Decimal("2500.00"))),
    ("жалақыны 3000 риалға өзгертіңіз", ProfileChange("salary", Decimal("3000.00"))),
    ("set my salary to 2500", ProfileChange("salary", Decimal("2500.00"))),
    ("поменяй имя на Айдос Сериков", ProfileChange("name", "Айдос Сериков")),
    ("атымды Айдос Серікұлы деп өзгертіңіз", ProfileChange("name", "Айдос Серікұлы")),
    ("change my name to Aidos Serikbayev", ProfileChange("name", "Aidos Serikbayev")),
    ("добавь английский в языки", ProfileChange("languages", ("en",), adds=True)),
    ("тілдерімді қазақша, орысша деп өзгертіңіз", ProfileChange("languages", ("kk", "ru"))),
    ("change my languages to English and Arabic", ProfileChange("languages", ("en", "ar"))),
    ("добавь профессию электрик", ProfileChange("occupation", "электрик")),
    ("электрик мамандығын қосыңыз", ProfileChange("occupation", "электрик")),
    ("add electrician to my trades", ProfileChange("occupation", "electrician")),
])
def test_a_plain_request_with_a_valid_value_is_read(text, change):
    assert read_change(text) == change


@pytest.mark.parametrize("text", [
    "поменяй регион на Марс",  # no such region: the wizard would ask again
    "как поменять номер?", "how do I change my phone number", "қалай нөмірді өзгертемін",  # the way, not a change
    "поменяй номер", "новый номер",  # no value
    "87011234567",  # a number alone: where the phone is changed
    "зарплата от 2000 риалов",  # a search at a pay, not a change
    "не меняй регион на Алматы",
    "сменить язык на казахский",  # as often the bot's language
    "исправь фамилию на Иванов",  # a surname is not the whole name kept
    "поменяй регион на Алматы и зарплату на 3000",  # two fields at once
    "",
])
def test_anything_less_is_not_read(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", [
    "хочу удалить свою анкету", "удалите меня из базы", "сотрите... нет, удалить все данные", "мәліметтерімді өшіріп тастаңыз",
    "профилімді жойыңыз", "please remove my profile", "erase all my data", "delete me",
])
def test_a_request_to_delete_the_data_is_read_in_three_languages(text):
    assert asks_to_delete(text)


@pytest.mark.parametrize("text", [
    "Удальцов Пётр", "рабочий по удалению асбеста", "удалённо работал 2 года", "жою жұмыстарының шебері",
    "Deleted", "remover", "стереть", "данные паспорта есть",
])
def test_names_trades_and_words_alone_are_no_request_to_delete(text):
    assert not asks_to_delete(text)


@pytest.mark.parametrize(("text", "region"), [
    ("переехал в Костанай", "kostanay"), ("мы переехали с Атырау в Уральск", "west"),
    ("Таразға көштік", "zhambyl"), ("Шымкенттен Түркістанға көшіп кеттім", "turkistan"),
    ("moved to Karaganda last year", "karaganda"), ("I've relocated from Almaty to Pavlodar", "pavlodar"),
])
def test_a_move_told_changes_the_region_to_the_new_one(text, region):
    assert read_change(text) == ProfileChange("region", region)


@pytest.mark.parametrize("text", [
    "куда лучше переехать?", "я переехал", "переехал в Дубай",
])
def test_a_move_asked_about_or_told_in_passing_changes_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", [
    "переехал в Актау, есть там работа сварщиком?",
    "переехал в Актау и ищу работу сварщиком на стройке или в цеху с жильём и питанием",
])
def test_a_move_told_before_a_search_is_offered_and_the_search_asked_again(text):
    # The worker did move: the region is offered with Save, and the bot asks for the search again after it.
    assert read_change(text) == ProfileChange("region", "mangystau")
