"""Requests typed loosely still reach the profile: a phone named «тлф» or with two letters swapped, "no."
for a number, a number given up beside the new one, a second trade «второй профессией», «допишите», a
region told as where the worker is now or corrected without naming the field, the name's alphabet, a
reason after the request, and ten years said in Kazakh words; two regions asked for stay a question."""

from __future__ import annotations

from decimal import Decimal

from bot.profile_words import ProfileChange, read_change


def test_a_phone_named_short_or_with_letters_swapped() -> None:
    assert read_change("тлф поменяйте, новый 87051112299") == ProfileChange("phone", "+77051112299")
    assert read_change("нмоер смените на 8 702 765 11 22") == ProfileChange("phone", "+77027651122")
    assert read_change("update my phoen to 87773332211") == ProfileChange("phone", "+77773332211")
    assert read_change("my no. is now 8 705 444 12 12") == ProfileChange("phone", "+77054441212")


def test_a_number_given_up_beside_the_new_one() -> None:
    assert read_change("87011234455 уже не мой, звоните на 87479998811") == ProfileChange("phone", "+77479998811")
    assert read_change("8 702 111 00 00 doesn't work, use 8 708 222 00 00") == ProfileChange("phone", "+77082220000")


def test_a_second_trade_is_added_not_put_in_place() -> None:
    change = read_change("вторую профессию поставьте сантехник")
    assert change is not None and change.field == "occupation" and not change.replaces and not change.removes
    change = read_change("я ещё плиточником умею, допишите")
    assert change is not None and change.value == "плиточником" and not change.replaces


def test_a_region_told_as_where_the_worker_is_now() -> None:
    assert read_change("я в Кульсарах теперь") == ProfileChange("region", "atyrau")
    assert read_change("не Тараз, а Шымкент, исправьте") == ProfileChange("region", "shymkent")


def test_two_regions_asked_for_is_a_question() -> None:
    assert read_change("можно поставить два региона: Шымкент и Туркестан?") is None
    assert read_change("зарплату поменяйте на две тысячи") == ProfileChange("salary", Decimal("2000"))


def test_the_name_in_another_alphabet() -> None:
    assert read_change("перепишите латиницей: Aidana Serik") == ProfileChange("name", "Aidana Serik")


def test_a_reason_after_the_request_is_no_other_thing() -> None:
    assert read_change("поднимите зарплату до 2700, а то вакансии слабые") == ProfileChange("salary", Decimal("2700"))


def test_ten_years_in_kazakh_words() -> None:
    assert read_change("тәжірибем он жыл болды, өзгертіңіз") == ProfileChange("years", 10)
    assert read_change("жалақыны үш мың қылыңыз") == ProfileChange("salary", Decimal("3000"))
