"""Changes told as news of life or with their reason after them: the reason's own words and figures are no part of
the change, a wedding before a new name gives the name, years at work told as an anniversary are the experience,
a home bought or a relative's village moved to is the worker's move, and a move beside a licence got is two
changes. Each message is worded apart from the sets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation
from bot.profile_words import read_change


def _read(message: str):
    found = read_change(message)
    return None if found is None else (found.field, found.value, found.adds, found.removes)


@pytest.mark.parametrize(("message", "read"), [
    ("поставьте зарплату 2200, с 1800 кредит не закрыть", ("salary", Decimal(2200), False, False)),
    ("raise my salary to 3000 please, my kids go to school now", None),  # "now": not only a reason, left as before
    ("опыт исправьте на 11 лет, учёбу не считал", ("years", 11, False, False)),
    ("уберите арабский, почти не помню его", ("languages", ("ar",), False, True)),
    ("phone change to +7 701 909 80 70, the old sim is my brother's", ("phone", "+77019098070", False, False)),
])
def test_a_reason_after_the_change_is_no_part_of_it(message, read):
    assert _read(message) == read


@pytest.mark.parametrize("message", [
    "поставьте зарплату 2000, нет, 2400 лучше",  # put right after the comma: the whole is read
    "поменяйте регион на Актобе, хотя не надо",  # taken back
    "поменяйте регион на Актобе, номер 8 701 222 11 00",  # another field
])
def test_a_correction_a_change_taken_back_or_a_second_field_is_no_reason(message):
    found = read_change(message)
    assert found is None or (found.field, found.value) == ("salary", Decimal(2400))


def test_the_value_put_right_after_a_comma_still_wins():
    assert read_change("поставьте зарплату 2000, нет, 2400 лучше").value == Decimal(2400)


@pytest.mark.parametrize(("message", "name"), [
    ("вышла замуж, теперь я Сейтказина Динара", "Сейтказина Динара"),
    ("I got married, my name is now Aruzhan Bekova", "Aruzhan Bekova"),
])
def test_a_wedding_before_a_new_name_gives_the_name(message, name):
    assert _read(message) == ("name", name, False, False)


def test_a_wedding_beside_a_move_is_the_move():
    assert _read("вышла замуж, живу теперь у мужа в Таразе")[:2] == ("region", "zhambyl")


@pytest.mark.parametrize(("message", "years"), [
    ("уже 12 лет как работаю электриком", 12),
    ("жұмыс істегеніме 8 жыл толды", 8),
    ("I have just completed 9 years as a plumber", 9),
])
def test_years_at_work_told_as_an_anniversary_are_the_experience(message, years):
    assert _read(message) == ("years", years, False, False)


@pytest.mark.parametrize(("message", "region"), [
    ("Ақтөбеден пәтер алдық, енді сонда тұрамыз", "aktobe"),
    ("күйеуімнің ауылына, Жамбыл облысына көштік", "zhambyl"),
    ("после армии живу у радителей в Кокшетау", "akmola"),
    ("мы теперь в Сатпаеве, жена там в школе", "ulytau"),
    ("I live in Atyrau now, moved for my husband's job", "atyrau"),
])
def test_a_move_told_as_news_of_life(message, region):
    assert _read(message)[:2] == ("region", region)


@pytest.mark.parametrize("message", [
    "moved to Taraz and got my CE licence",
    "переехал в Уральск и получил права категории D",
])
def test_a_move_beside_a_licence_got_is_two_changes(message):
    assert read_change(message) is None


@pytest.mark.parametrize(("message", "read"), [
    ("дабавьте английский", ("languages", ("en",), True, False)),
    ("паставьте опыт 6 лет", ("years", 6, False, False)),
    ("add turkish to my languages comma thank you", ("languages", ("tr",), True, False)),
])
def test_request_words_typed_as_heard_or_punctuation_said(message, read):
    assert _read(message) == read


@pytest.mark.parametrize("message", ["можно получить договор на русском", "договор на английском, можно на русском?",
                                     "мошенники звонят от вашего имени, куда сообщить"])
def test_a_contract_or_a_question_is_no_change(message):
    assert read_change(message) is None


def test_a_pay_wished_with_the_field_named_is_offered_in_riyals():
    found = read_change("хочу зарплату 700 долларов")
    assert (found.field, found.value, found.dollars) == ("salary", Decimal(2548), Decimal(700))


def test_with_the_family_is_no_semey():
    with pytest.raises(validation.InvalidInput):
        validation.region("с семьёй")
    assert validation.region("живу в Семее с семьёй") == "abai"


@pytest.mark.parametrize(("message", "region"), [("отец заболел, вернулся домой в Актобе", "aktobe"),
                                                 ("mum got ill, came back home to Semey", "abai")])
def test_a_return_home_after_a_relatives_news_is_the_workers_move(message, region):
    assert _read(message)[:2] == ("region", region)


@pytest.mark.parametrize("message", ["брат вернулся домой в Тараз", "жена заболела, брат вернулся домой в Тараз"])
def test_a_relatives_return_home_is_theirs(message):
    assert read_change(message) is None
