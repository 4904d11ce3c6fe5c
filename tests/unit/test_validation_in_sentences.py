"""Profile answers as workers paste or dictate them: with words around the value, a district or a village
for the region, months beside the years, a pay per day or per year, a greeting before the name."""

from decimal import Decimal

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
     ("Жамбыл ауданы, Ақсу ауылы", "zhambyl"), ("Шымкент, Абайский район", "shymkent"),
     ("Карагандинская обл., Абайский р-н", "karaganda"), ("Алматы облысы, Жамбыл ауданы", "almaty_region"),
     ("Абай облысы", "abai"), ("Жамбылская область", "zhambyl")],
)
def test_a_name_several_regions_share_yields_to_any_other_name(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [("Есиль", ("akmola", "north", "astana")), ("Esil audany", ("akmola", "north", "astana")),
     ("Жамбылский район", ("almaty_region", "north", "zhambyl")), ("р-н Абай", ("abai", "karaganda", "shymkent"))],
)
def test_a_district_several_regions_have_asks_which_of_them(text, codes):
    with pytest.raises(InvalidInput) as caught:
        validation.region(text)
    assert (caught.value.key, caught.value.values["regions"]) == ("expect-region-which", codes)


@pytest.mark.parametrize("text", ["Самарканд", "Омск", "Tashkent region", "скоро буду"])
def test_places_outside_kazakhstan_are_no_region(text):
    with pytest.raises(InvalidInput):
        validation.region(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Добрый день! Меня зовут Мадина Ахметова", "Мадина Ахметова"), ("Hello, my name is Askar", "Askar"), ("hey im Timur", "Timur"),
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


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("номерім: 8 (747) 765-43-21, ватсап та осы", "+77477654321"), ("8 701 765 43 21 - это мой ватсап", "+77017654321"),
        ("+7 705 111 22 33 (WhatsApp, Telegram)", "+77051112233"), ("00 974 3312 3456", "+97433123456"),
        ("8 701 234 56 78 или +7 705 111 22 33", "+77012345678"),
    ],
)
def test_the_phone_is_found_among_words_and_the_first_of_two_kept(text, number):
    assert validation.own_phone_number(text) == number


@pytest.mark.parametrize("text", ["8 747 123 45 6", "мой номер 8 701 12 34 56"])
def test_a_kazakh_number_with_a_digit_lost_is_asked_again(text):
    assert validation.own_phone_number(text) is None


@pytest.mark.parametrize(
    ("text", "skip"),
    [
        ("номера пока нет", True), ("әзірге телефоным жоқ", True), ("I don't have a phone", True),
        ("no phone yet", True), ("сертификатов пока не имею", True), ("ешқандай куәлік жоқ", True),
        ("otkizip jiberu", True), ("пока не знаю", False), ("OSHA certificate", False), ("пока только права", False),
    ],
)
def test_nothing_yet_to_give_is_a_skip(text, skip):
    assert validation.skips(text) is skip


@pytest.mark.parametrize(
    ("text", "years"),
    [("опыт полтора года", 1), ("полторы года", 1), ("poltora goda", 1), ("one and a half years", 1),
     ("zharty zhyl", 0), ("pol goda", 0), ("3 жыл 11 ай", 3), ("4 года и 2 месяца", 4)],
)
def test_half_years_and_months_count_the_whole_years(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [("мне 6 лет опыта", 6), ("мне 9 лет стажа сварщиком", 9), ("мне 11 лет в строительстве", 11),
     ("I am 4 years in plumbing", 4), ("i'm 12 years experienced", 12), ("мне 31 год, стаж 8 лет", 8)],
)
def test_years_told_after_mne_are_experience_when_the_work_is_named(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize("text", ["мне 33 года", "мне 45", "I'm 29 years old"])
def test_an_age_alone_is_asked_again_as_experience(text):
    with pytest.raises(InvalidInput):
        validation.years(text)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("русский знаю, а казахский не понимаю", ["ru"]), ("I don't speak English, only Russian and Kazakh", ["ru", "kk"]),
        ("ағылшын тілін білмеймін, орысша жақсы", ["ru"]), ("не очень хорошо английский", ["en"]),
        ("aǵylshyn tili orta", ["en"]), ("túrikshe az", ["tr"]), ("qazaqşa, ağylşynşa", ["kk", "en"]),
    ],
)
def test_languages_denied_are_left_out_and_kazakh_latin_marks_are_read(text, codes):
    assert validation.spoken_languages(text) == codes


def test_only_denied_languages_are_asked_again():
    with pytest.raises(InvalidInput):
        validation.spoken_languages("английский не знаю")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("три с половиной тысячи", "3500"), ("тысяча с половиной риалов", "1500"), ("үш жарым мың", "3500"),
        ("bir myn jarym", "1500"), ("three and a half thousand QAR", "3500"), ("2 с половиной тысячи", "2500"),
        ("30 000 риалов в год", "2500"), ("жылына 24000", "2000"), ("48,000 QAR annually", "4000"),
        ("2200 в месяц, 10 часов в день", "2200"),
    ],
)
def test_halves_of_thousands_and_a_years_pay_give_a_monthly_amount(text, amount):
    assert validation.salary(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["120 риалов за смену", "сағатына 12", "80 QAR daily", "20 riyals an hour", "500 в неделю"])
def test_a_pay_for_an_hour_or_a_day_is_asked_as_a_months(text):
    with pytest.raises(InvalidInput) as raised:
        validation.salary(text)
    assert raised.value.key == "error-salary-per-month"


@pytest.mark.parametrize("text", ["6000 AED", "3000 дирхамов", "150 000 рублей", "2000 сом"])
def test_an_amount_in_another_currency_is_asked_in_riyals(text):
    with pytest.raises(InvalidInput) as raised:
        validation.salary(text)
    assert raised.value.key == "error-salary-currency"


@pytest.mark.parametrize("text", ["по договорённости", "келісім бойынша", "Negotiable."])
def test_a_negotiable_pay_sets_no_least_amount(text):
    assert validation.skips(text)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("ok, давай", True), ("of course", True), ("жарайды", True), ("yesss", True), ("нееет", False),
        ("жоқ, керек емес", False), ("не нужно, спасибо", False), ("that's it", False), ("I'm done", False),
        ("ок сварщик", None), ("электросварщик", None), ("надо подумать", None),
    ],
)
def test_yes_and_no_in_other_words_and_with_a_letter_held_down(text, answer):
    assert validation.yes_or_no(text) is answer


def test_emoji_alone_are_told_a_name_is_letters():
    with pytest.raises(InvalidInput) as raised:
        validation.full_name("🙂👍")
    assert raised.value.key == "error-name-letters"
