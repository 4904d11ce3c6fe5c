"""Changes told as news of life, a pay in another currency, a field taken off, and values put right, read
as the worker means them (worded apart from `tests/data/profile_change_messages_5.tsv`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.kz_time import kazakhstan_today
from bot.profile_words import ProfileChange, read_change
from bot.validation import QAR_PER_USD, in_dollars


@pytest.mark.parametrize(("text", "riyals", "dollars"), [
    ("зарплату поменяйте на 550 долларов", 2002, 550),
    ("set my minimum pay to $2000", 7280, 2000),
    ("жалақымды 1000 долларға түсіріңіз", 3640, 1000),
    ("хочу теперь от 1500 долларов в месяц", 5460, 1500),
])
def test_a_pay_in_dollars_is_its_riyals_at_the_fixed_rate(text, riyals, dollars):
    assert read_change(text) == ProfileChange("salary", Decimal(riyals), dollars=Decimal(dollars))


@pytest.mark.parametrize("text", [
    "минималку поставьте 600 000 тенге", "жалақыны 250 мың теңге деп жазыңыз", "update salary to 500k tenge",
    "зарплату смените на 20 риалов в час", "set my pay to 12 dollars an hour", "зп поменяйте на 900 евро",
])
def test_a_pay_in_tenge_or_by_the_hour_is_asked_again(text):
    assert read_change(text) == ProfileChange("salary", None)


@pytest.mark.parametrize("text", [
    "сколько будет 600 долларов в риалах?", "600 долларов это много для Катара?", "зарплата 300 тысяч тенге",
    "пришлите вакансии от 1000 долларов", "my friend earns 900 dollars there",
])
def test_a_pay_in_another_currency_talked_about_changes_nothing(text):
    assert read_change(text) is None


def test_the_dollars_are_read_only_alone():
    assert in_dollars("$950") == (Decimal("950.00"), Decimal(3458))
    assert in_dollars("700 долларов или 2500 риалов") is None  # riyals beside them: the riyals are read
    assert in_dollars("20 долларов в час") is None
    assert QAR_PER_USD == Decimal("3.64")


@pytest.mark.parametrize(("text", "field"), [
    ("уберите номер телефона из профиля", "phone"),
    ("телефонымды профильден өшіріп тастаңызшы", "phone"),
    ("remove the phone from my profile", "phone"),
    ("минимальную зарплату удалите, мне любая подходит", "salary"),
    ("delete my expected salary", "salary"),
    ("сертификаты уберите, они старые", "qualifications"),
    ("куәлігімді өшіріңіз", "qualifications"),
])
def test_a_field_the_profile_may_leave_empty_is_taken_off(text, field):
    assert read_change(text) == ProfileChange(field, "", removes=True)


@pytest.mark.parametrize("text", [
    "удалите мой номер из базы", "сотрите номер и все мои данные", "удалите старый номер 87011112233",
    "как удалить номер телефона?", "не удаляйте мой телефон",
])
def test_a_phone_removed_with_the_data_a_number_or_as_a_question_is_not_taken_off(text):
    assert read_change(text) is None or read_change(text).field != "phone" or not read_change(text).removes


@pytest.mark.parametrize("text", [
    "do i have to pay anything to join", "is the salary paid monthly once i join", "how do i join, is the pay good",
])
def test_joining_asked_about_takes_no_field_off(text):
    """"join" folds to the start of «жойыңыз» (delete); a worker asking how to join removes nothing."""
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "region"), [
    ("перебрались всей семьёй в Костанай", "kostanay"),
    ("вернулась домой в Петропавловск", "north"),
    ("back home in Kyzylorda now", "kyzylorda"),
    ("Жезқазғанға қайттық", "ulytau"),
    ("я сейчас живу в Таразе", "zhambyl"),
    ("qazir Semeide turamyn", "abai"),
    ("relocated to Aktobe with my husband", "aktobe"),
    ("я уже не в Актау, в Атырау теперь", "atyrau"),
])
def test_a_move_told_as_news_is_the_new_region(text, region):
    assert read_change(text) == ProfileChange("region", region)


@pytest.mark.parametrize("text", [
    "был на вахте в Актау, вернулся", "сейчас я в Алматы, а мечтаю о Дохе", "брат вернулся домой в Тараз",
    "в Шымкенте сейчас жарко",
])
def test_a_return_or_a_stay_that_names_no_new_home_changes_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "codes"), [
    ("теперь говорю по-английски свободно", ("en",)),
    ("енді түрікше сөйлеймін", ("tr",)),
    ("i speak arabic now", ("ar",)),
])
def test_a_language_spoken_now_is_added(text, codes):
    assert read_change(text) == ProfileChange("languages", codes, adds=True)


@pytest.mark.parametrize(("text", "change"), [
    ("телефон новый: 8.701.222.33.44", ProfileChange("phone", "+77012223344")),
    ("старый сломался, звоните теперь на 87074443322", ProfileChange("phone", "+77074443322")),
    ("nomirim 8 705 111 2233 boldy", ProfileChange("phone", "+77051112233")),
    ("теперь хочу не меньше 2700 риалов", ProfileChange("salary", Decimal(2700))),
    ("стаж 4 жыл емес, 6 жыл", ProfileChange("years", 6)),
    ("Aqtobe emes Oral, tuzetiniz", ProfileChange("region", "west")),
    ("в фамилии опечатка, правильно Нурланов Ерлан", ProfileChange("name", "Нурланов Ерлан")),
    ("typo in my name, should be Aruzhan Sadykova", ProfileChange("name", "Aruzhan Sadykova")),
    ("вышла замуж, фамилия теперь Омарова, Дина Омарова", ProfileChange("name", "Дина Омарова")),
    ("получила сертификат IOSH на прошлой неделе", ProfileChange("qualifications", "сертификат IOSH", adds=True)),
    ("теперь у меня корочка стропальщика", ProfileChange("qualifications", "корочка стропальщика", adds=True)),
])
def test_news_and_corrections_are_read(text, change):
    assert read_change(text) == change


def test_years_since_a_year_are_counted_to_this_year():
    years = kazakhstan_today().year - 2012
    assert read_change("работаю с 2012 года, обновите опыт") == ProfileChange("years", years)
    assert read_change("update my experience, welding since 2012") == ProfileChange("years", years)


@pytest.mark.parametrize("text", ["ну короче я в Актау", "painter 100qr/day", "short reply ok"])
def test_a_filler_or_a_pay_by_the_day_alone_is_no_change(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "change"), [
    ("тәжірибем 3 жыл, 5 жыл емес", ProfileChange("years", 3)),
    ("облысым Атырау, Маңғыстау емес", ProfileChange("region", "atyrau")),
    ("typo in my surname, it's Nurlan Sadykov", ProfileChange("name", "Nurlan Sadykov")),
    ("cooking since 2009, please update my experience", ProfileChange("years", kazakhstan_today().year - 2009)),
])
def test_the_right_value_before_the_one_denied_or_after_its(text, change):
    assert read_change(text) == change


@pytest.mark.parametrize("text", ["Атырау емес", "мен Алматыда тұрамын, Астанада емес", "бұл вакансия жақсы емес"])
def test_a_value_denied_alone_or_a_story_with_emes_changes_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", [
    "can i change my driving licence for a qatari one", "как поменять права на катарские", "правамды катарлыққа ауыстыруға бола ма",
])
def test_a_driving_licence_exchanged_for_qatars_changes_no_field(text):
    """The worker asks how the licence is exchanged there (the hotline answers); no certificate is replaced."""
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "riyals", "dollars"), [
    ("хочу минимум 750 долларов", 2730, 750),
    ("expect at least 1100 usd", 4004, 1100),
])
def test_a_pay_in_dollars_wished_without_a_field_word_is_offered_in_riyals(text, riyals, dollars):
    assert read_change(text) == ProfileChange("salary", Decimal(riyals), dollars=Decimal(dollars))


@pytest.mark.parametrize("text", [
    "поставьте от 1800 евро", "хочу минимум 9000 дирхам", "жалақыны 150 мың рубль етіңіз", "set 2000 euros",
])
def test_a_pay_in_euros_dirhams_or_roubles_is_asked_again_in_riyals(text):
    assert read_change(text) == ProfileChange("salary", None)


@pytest.mark.parametrize("text", ["хочу работу от 1000 долларов", "want a job paying 900 usd",
                                  "electrician minimum 8000 AED", "сварщик не меньше 700 долларов хочу"])
def test_a_pay_wished_for_a_job_searched_changes_nothing(text):
    assert read_change(text) is None
