"""Wizard answers with notes beside them: how the name is to be written («латиницей», «паспорт бойынша»),
the full name after a short one, a refusal in Kazakh Latin letters or with «келмейді», "I'm from" said in
one Kazakh word, a half in the genitive («полутора»), «жарты жылдай», a count not remembered («есімде
жоқ»), riyals named before their amount, «у.е.», where the worker is registered beside where they live,
and "WKO" for West Kazakhstan."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation


def test_a_note_on_how_to_write_the_name_is_left_out() -> None:
    assert validation.full_name("запишите кириллицей: Аружан Сейтова") == "Аружан Сейтова"
    assert validation.full_name("Omarov Talgat, as in my passport") == "Omarov Talgat"
    assert validation.full_name("Сейтов Бақыт, паспорт бойынша") == "Сейтов Бақыт"


def test_the_full_name_after_a_short_one() -> None:
    assert validation.full_name("можно просто Даке, полностью Даулет Сериков") == "Даулет Сериков"


def test_words_before_and_after_a_name() -> None:
    assert validation.full_name("it's Arman Dosov here") == "Arman Dosov"


@pytest.mark.parametrize("answer", ["atymdy aitpaimyn", "есімімді айтқым келмейді", "Таразданмын", "Aqtaudanmyn"])
def test_a_refusal_or_a_home_town_at_the_name_step_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.full_name(answer)


def test_a_name_ending_like_a_home_town_is_kept() -> None:
    assert validation.full_name("Мен Ерденмін") == "Ерден"


def test_halves_and_counts_not_remembered() -> None:
    assert validation.years("примерно полутора года") == 1
    assert validation.years("бір жылдай, жарты жылдай") in (0, 1)
    assert validation.years("жарты жылдай ғана") == 0
    with pytest.raises(validation.InvalidInput):
        validation.years("не помню уже")
    with pytest.raises(validation.InvalidInput):
        validation.years("esimde joq")


def test_riyals_named_before_their_amount_beside_tenge() -> None:
    assert validation.salary("теңгемен 600 мың, риалмен 4000") == Decimal("4000")
    assert validation.salary("in tenge 400k, in riyals about 2700") == Decimal("2700")


def test_conventional_units_are_not_riyals() -> None:
    with pytest.raises(validation.InvalidInput):
        validation.salary("1000 у.е. в месяц")


def test_the_region_lived_in_beside_the_one_registered_in() -> None:
    assert validation.region("живу в Павлодаре, прописан в Семее") == "pavlodar"
    assert validation.region("Aktau, WKO registration") in ("mangystau",)
    assert validation.region("Aksai, WKO") == "west"
