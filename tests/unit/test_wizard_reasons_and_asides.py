"""Wizard answers with a reason, a relative, a hedge or a wish beside them, read as the worker means them
(worded apart from `tests/data/wizard_answers_10.tsv`)."""

from __future__ import annotations

import pytest

from bot import validation


@pytest.mark.parametrize("text", [
    "пока нет, получу через месяц", "nothing so far, next month maybe", "ештеме жоқ әзірге", "eshteme joq",
    "не знаю, что указывать", "not sure what to put",
])
def test_nothing_yet_or_nothing_to_write_skips_a_skippable_step(text):
    assert validation.skips(text)


@pytest.mark.parametrize("text", [
    "своего телефона нет, пишите на номер дочери", "у меня нет своего номера", "nomirdi bergim kelmeidi",
])
def test_no_own_phone_or_not_wishing_to_give_it_skips_the_phone(text):
    assert validation.skips(text)


@pytest.mark.parametrize("text", [
    "по договорённости наверное", "договорная, думаю", "negotiable i think", "как договоримся с работодателем",
    "не знаю, сколько там платят", "not sure yet", "idk what they pay",
])
def test_no_least_pay_in_mind_sets_no_minimum(text):
    assert validation.skips(text, unknown=True)


@pytest.mark.parametrize("text", ["не знаю, 2000 наверное", "not sure, 2500 riyals"])
def test_a_pay_beside_not_knowing_is_still_read(text):
    assert not validation.skips(text, unknown=True)


@pytest.mark.parametrize("text", ["not sure", "не знаю, какие там зарплаты"])
def test_not_knowing_at_the_phone_is_asked_again(text):
    assert not validation.skips(text)


@pytest.mark.parametrize(("text", "said"), [
    ("иә, тағы бір мамандығым бар", True), ("ia, tagy bireui bar", True), ("да, ещё одна профессия есть", True),
    ("жоқ, басқа мамандық жоқ", False),
])
def test_a_yes_or_no_with_the_thing_asked(text, said):
    assert validation.yes_or_no(text) is said


@pytest.mark.parametrize(("text", "name"), [
    ("это Серик Абенов запишите", "Серик Абенов"),
    ("Добрый день, я Динара Касымова, хочу работать медсестрой в Катаре", "Динара Касымова"),
    ("в паспорте написано Aidana Sarsenova", "Aidana Sarsenova"),
    ("the passport says Marat Ospanov", "Marat Ospanov"),
])
def test_a_name_with_a_note_or_a_wish_after_it(text, name):
    assert validation.full_name(text) == name


@pytest.mark.parametrize("text", ["айтпай-ақ қояйыншы", "aitpai-aq qoiaiyn", "dunno"])
def test_a_name_refused_or_not_known_is_asked_again(text):
    with pytest.raises(validation.InvalidInput):
        validation.full_name(text)


@pytest.mark.parametrize(("text", "region"), [
    ("Шымкент, Каратауский район", "shymkent"), ("Каратау, Жамбылская область", "zhambyl"), ("Каратау", "zhambyl"),
])
def test_karatau_is_a_district_of_shymkent_beside_it_and_a_town_of_zhambyl_alone(text, region):
    assert validation.region(text) == region
