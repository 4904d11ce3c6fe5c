"""Answers with a note beside them, a level, a range in thousands, a sign for yes or no, or Russian typed in
Latin letters: read as the worker means them (the families `wizard_answers_4.tsv` found, in other words)."""

from decimal import Decimal

import pytest

from bot import validation
from bot.number_words import spelled_numbers
from bot.validation import InvalidInput


@pytest.mark.parametrize(("text", "amount"), [
    ("3к-4к", 3000), ("1.6k-2k QAR", 1600), ("3-4 тыс", 3000), ("от 3 до 4 тысяч риалов", 3000),
    ("from 3 to 4 thousand", 3000), ("2-3 мың", 2000), ("3,5 мың риал", 3500), ("1.7 thousand riyals", 1700),
    ("2500-3000", 2500),
])
def test_a_range_with_its_thousands_said_once_starts_at_its_first_end(text, amount):
    assert validation.salary(text) == Decimal(amount)


def test_a_decimal_before_a_word_for_thousands_stays_a_fraction():
    assert spelled_numbers("2,5 тысячи") == "2,5 тысячи"
    assert spelled_numbers("две тысячи") == "2000"


@pytest.mark.parametrize("text", [
    "как у других", "сколько предложите", "басқалар секілді", "the same as others", "whatever is usual",
    "open to offer",
])
def test_what_others_get_or_the_employer_offers_is_no_least_pay(text):
    assert validation.skips(text)


@pytest.mark.parametrize("text", [
    "номера нет, напишите мне в телеграм", "телефоным жоқ, осында жазыңыз", "I don't have a phone",
    "❎", "❌ нет",
])
def test_no_phone_with_where_to_write_instead_is_a_skip(text):
    assert validation.skips(text)


@pytest.mark.parametrize("text", ["сейчас", "пишите сюда", "tg", "2500"])
def test_where_to_write_alone_is_no_skip(text):
    assert not validation.skips(text)


@pytest.mark.parametrize(("text", "answer"), [
    ("👌", True), ("☑️", True), ("👍🏽", True), ("🆗", True), ("✖️", False), ("👎🏼", False), ("🚫", False),
    ("угу-угу", True), ("mm-hmm", True), ("не-а, спасибо", False), ("🙅 ❌", False),
    ("boldi", False), ("сварщик 👍", None), ("🚫 no more, thanks", False), ("да ❌", None),
])
def test_a_yes_or_a_no_sent_as_a_sign(text, answer):
    assert validation.yes_or_no(text) is answer


@pytest.mark.parametrize(("text", "number"), [
    ("974 3312 9876", "+97433129876"), ("97455001122 ватсап", "+97455001122"),
])
def test_qatars_code_without_its_plus(text, number):
    assert validation.own_phone_number(text) == number


@pytest.mark.parametrize(("text", "code"), [
    ("Тургайская обл.", "kostanay"), ("Торғай облысы", "kostanay"), ("г. Кокчетав", "akmola"),
    ("guryev oblast", "atyrau"), ("Чимкентская область, Сайрамский р-н", "turkistan"),
    ("Shymkent oblysy", "turkistan"), ("Шымкент", "shymkent"), ("Chimkent", "shymkent"),
])
def test_soviet_region_names(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize(("text", "years"), [
    ("около полугода", 0), ("примерно год", 1), ("опыт 4х лет", 4), ("5-ти лет", 5), ("on jyldan astam", 10),
    ("about a decade", 10),
])
def test_years_told_roughly_or_with_an_ending(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize(("text", "codes"), [
    ("russkiy i angliyskiy", ["ru", "en"]), ("kazakhskiy rodnoy", ["kk"]), ("turetskiy", ["tr"]),
])
def test_russian_language_names_typed_in_latin_letters(text, codes):
    assert validation.spoken_languages(text) == codes


@pytest.mark.parametrize(("text", "name"), [
    ("menia zovut Asel Nurlanova", "Asel Nurlanova"), ("moe imya Dmitriy Li", "Dmitriy Li"),
    ("Гульнара Ахметова, все называют Гуля", "Гульнара Ахметова"), ("Yana Tsoy", "Yana Tsoy"),
])
def test_a_name_after_russian_words_in_latin_letters_or_before_a_nickname(text, name):
    assert validation.full_name(text) == name


@pytest.mark.parametrize("text", [
    "пишите в ватсап", "Telegram only", "English intermediate", "немецкий базовый", "Aktobe oblast",
])
def test_a_note_a_language_level_or_a_region_is_no_name(text):
    with pytest.raises(InvalidInput):
        validation.full_name(text)
