"""Answers the profile wizard once asked again though a worker had given them plainly: old place names,
numbers in words, Kazakh in Latin letters, a misspelt language, a no beside what was asked, and "any"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation
from bot.validation import InvalidInput


@pytest.mark.parametrize(("text", "code"), [
    ("Кустанай", "kostanay"), ("Кзыл-Орда", "kyzylorda"), ("Джамбульская обл", "zhambyl"), ("Гурьев", "atyrau"),
    ("ЮКО", "turkistan"), ("Южно-Казахстанская область", "turkistan"), ("Almaty obl", "almaty_region"),
    ("Алматы обл.", "almaty_region"), ("Алматы", "almaty"),
])
def test_old_names_and_short_forms_of_regions(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize("text", ["юкон", "скоро"])
def test_a_short_form_is_a_whole_word(text):
    with pytest.raises(InvalidInput):
        validation.region(text)


@pytest.mark.parametrize(("text", "name"), [("menin atym Daniyar", "Daniyar"), ("Atym Aıgerim", "Aıgerim"),
                                            ("Atymbek Nurlan", "Atymbek Nurlan")])
def test_the_kazakh_latin_words_before_a_name_are_left_out(text, name):
    assert validation.full_name(text) == name


@pytest.mark.parametrize("text", ["http://t.me/someone", "@aidos", "www.aidos.kz"])
def test_a_link_or_username_is_no_name(text):
    with pytest.raises(InvalidInput) as error:
        validation.full_name(text)
    assert error.value.key == "error-name-letters"


@pytest.mark.parametrize(("text", "years"), [
    ("тридцать пять лет", 35), ("сорок один год", 41), ("отыз бес жыл", 35), ("он екі жыл", 12),
    ("twenty five years", 25), ("twenty-one", 21), ("двадцать лет", 20), ("десять лет", 10),
    ("bes jyl", 5), ("on jyl", 10), ("нет", 0), ("tajiriybe joq", 0),
])
def test_years_past_twenty_and_in_latin_letters(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize(("text", "codes"), [
    ("анлийский", ["en"]), ("inglish", ["en"]), ("казахский, русский, узбекский", ["kk", "ru", "other"]),
    ("китайский", ["other"]), ("туркменский", ["other"]), ("турецкий", ["tr"]),
])
def test_misspelt_and_other_languages(text, codes):
    assert validation.spoken_languages(text) == codes


@pytest.mark.parametrize("text", ["разговорный", "свободно", "немного"])
def test_words_about_a_language_name_none(text):
    with pytest.raises(InvalidInput):
        validation.spoken_languages(text)


@pytest.mark.parametrize(("text", "amount"), [
    ("две тысячи", 2000), ("две тысячи риалов", 2000), ("полторы тысячи", 1500), ("үш мың", 3000),
    ("two thousand", 2000), ("3 myn", 3000), ("3 мын", 3000),
])
def test_salary_in_words_and_thousands_typed_without_kazakh_letters(text, amount):
    assert validation.salary(text) == Decimal(amount)


# The salary step reads a sum in words as a search does: every case of the count, spoken thousands
# («тыщи»), a Kazakh ending on the thousands, "thousands" as Russian speakers write it.
SUMS_IN_WORDS = [
    ("не меньше двух тысяч", 2000), ("от трёх тысяч риалов", 3000), ("хочу четырёх тысяч", 4000),
    ("2 тыщи", 2000), ("полутора тысяч хватит", 1500), ("үш мыңнан кем емес", 3000), ("tórt myń", 4000),
    ("three thousands", 3000), ("один тысяча", 1000),
]


@pytest.mark.parametrize(("text", "amount"), SUMS_IN_WORDS)
def test_salary_reads_sums_in_words_as_the_search_does(text, amount):
    assert validation.salary(text) == Decimal(amount)


@pytest.mark.parametrize(("text", "key"), [("0", "error-salary-too-low"), ("две", "error-salary-number")])
def test_a_salary_still_refused(text, key):
    with pytest.raises(InvalidInput) as error:
        validation.salary(text)
    assert error.value.key == key


@pytest.mark.parametrize(("text", "skip"), [
    ("нет телефона", True), ("no phone", True), ("сертификатов нет", True), ("сертификат жоқ", True),
    ("joq", True), ("не важно", True), ("Любая", True), ("маңызды емес", True), ("doesn't matter", True),
    ("телефон", False), ("сертификат", False), ("номер 8701", False), ("нет сертификатов, но есть опыт", False),
])
def test_a_no_beside_what_was_asked_and_any_will_do(text, skip):
    assert validation.skips(text) is skip


@pytest.mark.parametrize(("text", "answer"), [
    ("конечно", True), ("иа", True), ("ia", True), ("iá", True), ("joq", False), ("jok", False), ("жок", False),
])
def test_yes_or_no_typed_without_kazakh_letters(text, answer):
    assert validation.yes_or_no(text) is answer
