"""Profile answers as workers paste or dictate them: with words around the value, a district or a village
for the region, months beside the years, a pay per day or per year, a greeting before the name."""

import pytest

from bot import validation
from bot.validation import InvalidInput


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Толебийский район", "turkistan"), ("Қазығұрт ауданы", "turkistan"), ("пос. Шелек", "almaty_region"),
        ("Zaisan", "east"), ("Меркенский район", "zhambyl"), ("Мамлютка", "north"),
        ("Чингирлауский район", "west"), ("г. Шевченко", "mangystau"), ("Целиноградский район", "akmola"),
        ("Шемонаиха", "east"), ("Джезказган", "ulytau"), ("Талды-Курган", "zhetisu"),
        ("Karasai district", "almaty_region"), ("Baidibek", "turkistan"),
    ],
)
def test_districts_villages_and_old_town_names_give_their_region(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Ақсу қаласы", "pavlodar"), ("Aksu", "pavlodar"), ("Аксу, Мактааральский район", "turkistan"),
     ("Жамбыл ауданы, Ақсу ауылы", "zhambyl")],
)
def test_a_name_several_regions_share_yields_to_any_other_name(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize("text", ["Самарканд", "Омск", "Tashkent region", "скоро буду"])
def test_places_outside_kazakhstan_are_no_region(text):
    with pytest.raises(InvalidInput):
        validation.region(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Добрый день! Меня зовут Мадина Ахметова", "Мадина Ахметова"), ("Hello, my name is Askar", "Askar"),
        ("Сәлем, атым Болат", "Болат"), ("мня зовут Карина", "Карина"), ("Мен Айгүлмін", "Айгүл"),
        ("🌸 Жанна 🌸", "Жанна"), ("Cерик Бoлатов", "Серик Болатов"), ("Dаnа", "Dana"),
        ("Men Amin", "Men Amin"), ("Асет Косе", "Асет Косе"), ("Tom Ocean", "Tom Ocean"), ("Ахметова Мадина Сериковна", "Ахметова Мадина Сериковна"),
    ],
)
def test_a_name_is_kept_without_the_greeting_the_emoji_or_the_other_keyboard(text, name):
    assert validation.full_name(text) == name


@pytest.mark.parametrize("text", ["Добрый вечер", "Hi!", "Салам 👋"])
def test_a_greeting_alone_asks_for_the_name(text):
    with pytest.raises(InvalidInput) as raised:
        validation.full_name(text)
    assert raised.value.key == "error-name-empty"


@pytest.mark.parametrize("text", ["не скажу", "атымды айтпаймын", "I'd rather not say"])
def test_a_refusal_hears_why_the_name_is_asked(text):
    with pytest.raises(InvalidInput) as raised:
        validation.full_name(text)
    assert raised.value.key == "error-name-question"
