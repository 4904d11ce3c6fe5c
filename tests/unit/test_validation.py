from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import validation
from bot.validation import InvalidInput


@pytest.mark.parametrize(("text", "years"), [("5", 5), ("5 лет", 5), ("5 years", 5), ("5 жыл", 5), ("0", 0), ("60", 60), ("2,5", 2)])
def test_years(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("пять", 5), ("Пять лет опыта", 5), ("пятнадцать лет", 15), ("двух лет", 2), ("два года", 2),
        ("трёх лет", 3), ("один год", 1), ("полгода", 0), ("нет опыта", 0),
        ("бес жыл", 5), ("он бес жыл", 15), ("он жыл", 10), ("жарты жыл", 0), ("сегіз", 8),
        ("five years", 5), ("ten", 10), ("half a year", 0),
    ],
)
def test_years_in_words(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize(("text", "years"), [
    ("5лет", 5), ("3г", 3), ("10yrs", 10), ("6 мес", 0), ("18 месяцев", 1), ("8 ай", 0), ("24 months", 2),
    ("НАКС 6G, 7 лет", 7), ("4G сварщик, стаж 12", 12),
])
def test_years_beside_months_and_codes(text, years):
    """Months are whole years of them; a number within a certificate's or a licence's code is no years."""
    assert validation.years(text) == years


@pytest.mark.parametrize("text", ["", "many", "61", "100", None, "оно", "опыта много", "НАКС 6G", "категория A5"])
def test_bad_years(text):
    with pytest.raises(InvalidInput):
        validation.years(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2500", Decimal("2500")), ("2 500", Decimal("2500")), ("2,500", Decimal("2500")),
        ("1800 QAR", Decimal("1800")), ("1999.50", Decimal("1999.50")),
        # thousands as workers write them
        ("2,5к", Decimal("2500")), ("3K", Decimal("3000")), ("3 тыс.", Decimal("3000")), ("2 мың", Decimal("2000")),
        ("2500 катарских риалов", Decimal("2500")),  # "к" of a word is not a thousand
        # the least they would take
        ("от 2000", Decimal("2000")), ("2000-2500", Decimal("2000")), ("2000 – 2500 QAR", Decimal("2000")),
    ],
)
def test_salary(text, amount):
    assert validation.salary(text) == amount


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("abc", "error-salary-number"), ("", "error-salary-number"), ("-100", "error-salary-number"),
        ("100000000", "error-salary-range"), ("0", "error-salary-too-low"), ("2,5", "error-salary-too-low"),
        ("$800", "error-salary-currency"), ("800 долларов", "error-salary-currency"),
        ("500000 тенге", "error-salary-currency"), ("400000 тг", "error-salary-currency"),
        ("700 евро", "error-salary-currency"),
    ],
)
def test_bad_salary(text, key):
    with pytest.raises(InvalidInput) as refused:
        validation.salary(text)
    assert refused.value.key == key


@pytest.mark.parametrize("text", ["", "   ", "A" * 101, "😀😀", "12345", "a"])
def test_bad_names(text):
    with pytest.raises(InvalidInput):
        validation.full_name(text)


def test_names_are_tidied():
    assert validation.full_name("  Айдос   Серікбаев ") == "Айдос Серікбаев"


@given(st.text(max_size=300))
def test_validators_never_raise_anything_but_invalid_input(text):
    for check in (validation.full_name, validation.years, validation.salary, validation.free_text):
        try:
            check(text)
        except InvalidInput:
            pass


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("русский и казахский", ["ru", "kk"]), ("қазақша, орысша", ["kk", "ru"]), ("English, Arabic", ["en", "ar"]),
        ("казахский, русский, немного английский", ["kk", "ru", "en"]), ("турецкий", ["tr"]),
        ("я знаю русский язык", ["ru"]),
    ],
)
def test_spoken_languages_typed_by_name(text, codes):
    assert validation.spoken_languages(text) == codes


@pytest.mark.parametrize("text", ["хз", "", None, "все", "5"])
def test_no_language_named(text):
    with pytest.raises(InvalidInput):
        validation.spoken_languages(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Алматы", "almaty"), ("Алматы облысы", "almaty_region"), ("алматинская область", "almaty_region"),
        ("Конаев", "almaty_region"), ("Шымкентте", "shymkent"), ("Нур-Султан", "astana"),
        ("Ақтау", "mangystau"), ("живу в Актау", "mangystau"), ("Маңғыстау облысы", "mangystau"),
        ("Усть-Каменогорск", "east"), ("ВКО", "east"), ("Семей", "abai"), ("Орал", "west"),
        ("Петропавловск", "north"), ("Экибастуз", "pavlodar"), ("Жезқазған", "ulytau"), ("aktau", "mangystau"),
    ],
)
def test_regions_and_towns_typed_by_name(text, code):
    assert validation.region(text) == code


@pytest.mark.parametrize("text", ["Казахстан", "Москва", "Доха", "скоро", "", None])
def test_no_region_named(text):
    with pytest.raises(InvalidInput):
        validation.region(text)


@pytest.mark.parametrize(("text", "number"), [
    ("+7 701 123 45 67", "+77011234567"), ("8 (701) 123-45-67", "+77011234567"), ("7011234567", "+77011234567"),
    ("+974 3312 3456", "+97433123456"), ("12", None), ("Aidos", None), ("", None), ("+7 701", None),
])
def test_phone_numbers_are_read_as_people_write_them(text, number):
    assert validation.phone_number(text) == number


@given(st.text(max_size=60))
def test_reading_a_phone_number_never_raises(text):
    validation.phone_number(text)


@pytest.mark.parametrize(("text", "answer"), [
    ("да", True), ("Ещё!", True), ("да, ещё одна", True), ("иә", True), ("Yes", True),
    ("нет", False), ("Дальше", False), ("нет, спасибо", False), ("жоқ", False), ("No", False), ("әрі қарай", False),
    ("электрик", None), ("", None), ("да нет", False), ("👍", True), ("🤷", None),
])
def test_yes_or_no(text, answer):
    assert validation.yes_or_no(text) is answer


@pytest.mark.parametrize(("text", "skip"), [
    ("нет", True), ("Пропустить", True), ("готово", True), ("-", True), ("жоқ", True), ("none", True),
    ("у меня нет", True), ("ничего", True), ("skip", True),
    ("НАКС 6G", False), ("нет сертификатов, но есть опыт", False), ("2500", False), ("", False),
])
def test_nothing_to_give(text, skip):
    assert validation.skips(text) is skip


def test_years_since_the_year_the_work_began():
    this_year = date.today().year
    assert validation.years("с 2015 года") == this_year - 2015
    assert validation.years("since 2019") == this_year - 2019
    assert validation.years("2015 жылдан бері") == this_year - 2015
    assert validation.years("опыта нет") == 0
    with pytest.raises(InvalidInput):
        validation.years(str(this_year + 3))  # a year to come: no experience can start there


@pytest.mark.parametrize(("text", "name"), [
    ("меня зовут Айдос Серикбаев", "Айдос Серикбаев"), ("Менің атым Айдос", "Айдос"), ("My name is Aidos", "Aidos"),
    ("ФИО: Серикбаев Айдос", "Серикбаев Айдос"), ("I'm Aidos Serikbayev", "Aidos Serikbayev"),
    ("Айдос Серикбаев", "Айдос Серикбаев"), ("Яна Ким", "Яна Ким"), ("Иманбек", "Иманбек"),
])
def test_the_words_before_a_name_are_left_out(text, name):
    assert validation.full_name(text) == name


@pytest.mark.parametrize("text", ["а зачем вам моё имя?", "Почему имя нужно", "why do you need my name", "атым неге керек"])
def test_a_question_is_no_name(text):
    with pytest.raises(InvalidInput) as raised:
        validation.full_name(text)
    assert raised.value.key == "error-name-question"
