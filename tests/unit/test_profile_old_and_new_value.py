"""A worker who names the value to drop beside the new one («Павлодар уберите, поставьте Костанай») is
offered the new one, never the old: a region, a trade put in place of another, languages kept beside one
dropped, and pairs written with an arrow, «вместо» or «было … стало»."""

from __future__ import annotations

from decimal import Decimal

from bot.profile_words import ProfileChange, read_change


def test_a_region_dropped_beside_the_new_one_is_the_new_one() -> None:
    assert read_change("Костанай уберите, поставьте Павлодар") == ProfileChange("region", "pavlodar")
    assert read_change("delete Shymkent, put Taraz please") == ProfileChange("region", "zhambyl")
    assert read_change("Ақтауды өшіріңіз, Атырауды жазыңыз") == ProfileChange("region", "atyrau")


def test_a_region_written_as_a_pair_is_the_second() -> None:
    assert read_change("область: была Караганда, стала Астана") == ProfileChange("region", "astana")
    assert read_change("вместо Актобе поставьте Уральск") == ProfileChange("region", "west")
    assert read_change("region Almaty -> Astana") == ProfileChange("region", "astana")


def test_a_salary_or_years_written_as_a_pair_is_the_second() -> None:
    assert read_change("зарплата 1500 → 1900") == ProfileChange("salary", Decimal("1900"))
    assert read_change("вместо 1700 напишите 2100 в зарплате") == ProfileChange("salary", Decimal("2100"))
    assert read_change("было 3 года стажа, стало 4, обновите") == ProfileChange("years", 4)


def test_a_trade_dropped_for_another_replaces_it() -> None:
    change = read_change("плиточника удалите, поставьте штукатура")
    assert change is not None and change.field == "occupation" and change.replaces
    assert change.value == "штукатура" and change.old == "плиточника"
    change = read_change("remove cook, put baker instead")
    assert change is not None and change.replaces and change.value == "baker"


def test_a_trade_dropped_with_its_reason_is_only_dropped() -> None:
    change = read_change("уберите маляра, я маляром больше не работаю")
    assert change is not None and change.removes and not change.replaces


def test_languages_kept_beside_the_one_dropped_stay() -> None:
    change = read_change("казахский оставьте, арабский удалите")
    assert change == ProfileChange("languages", ("ar",), removes=True)
    change = read_change("take off arabic, keep english and russian")
    assert change == ProfileChange("languages", ("ar",), removes=True)


def test_a_refused_removal_is_no_pair() -> None:
    assert read_change("не удаляйте электрика, поставьте ещё сантехника") != ProfileChange(
        "occupation", "сантехника", replaces=True, old="электрика")
