"""A worker names his trade through the machine he ran, the paper he holds, or the trade he had beside the one he
wants: the first suggestion he sees is the trade he means."""

from __future__ import annotations

import pytest

from matching import suggest_occupations


def _first(text: str) -> str | None:
    found = suggest_occupations(text, limit=5)
    return found[0].code if found else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a Kazakh case ending glued to the Russian name of the machine: «-ында» (in it), «-ымен» (with it)
        ("тракторында істедім", "8341"),
        ("КамАЗымен жүк тасыдым", "8332"),
        ("автокранда 3 жыл", "8343"),
        ("samosvalymen qum tasydym", "8332"),
        # the machine's maker mistyped after it, or spelt in full and dropped
        ("на погрузчике тоёта работал", "8344"),
        ("на катке Bomag", "8342"),
        ("на бетононасосе Путцмайстер", "8332"),
        # «на урале» is the Ural lorry the worker drove
        ("водитель на урале", "8332"),
    ],
)
def test_the_machine_named_is_its_operator(text, code):
    assert _first(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a place in «-ында» beside a trade is where, not a machine: no family driver for a nanny
        ("отбасында бала күтуші болдым", "5311"),
        # an adjective after «на» is no machine: the tyre fitter, not a lorry driver
        ("шиномонтажник на легковом шиномонтаже", "7231"),
        # the Urals, where a welder worked, are no Ural lorry
        ("работал на Урале в Екатеринбурге сварщиком", "7212"),
        # a Russian genitive in «-да» is no Kazakh case («разряда»)
        ("свршик 5 разрда", "7212"),
    ],
)
def test_a_place_or_a_word_like_a_machine_is_not_read_as_one(text, code):
    assert _first(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("есть аттестат НАКС", "7212"),
        ("ASNT Level 2 UT", "7543"),
        ("IRATA level 3", "7119"),
    ],
)
def test_a_certificate_of_one_trade_names_it(text, code):
    assert _first(text) == code


def test_a_certificate_beside_a_trade_leaves_the_trade():
    assert _first("сантехник, аттестат НАКС") == "7126"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("по профессии повар, но готов работать официантом", "5131"),
        ("мұғаліммін, бірақ аспаз болуға дайынмын", "5120"),
        ("worked as a waiter, applying for barista", "5132"),
    ],
)
def test_the_trade_wished_comes_before_the_trade_had(text, code):
    assert _first(text) == code


def test_a_but_with_no_trade_wished_leaves_the_trade():
    assert _first("сварщик, но готов на любую работу") == "7212"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("плиточку кладу", "7122"),
        ("кирпичик кладу", "7112"),
    ],
)
def test_a_diminutive_of_the_material_names_the_trade(text, code):
    assert _first(text) == code


def test_kroyu_beside_a_roof_is_the_roofer_and_beside_cloth_is_not():
    assert _first("крою крышу металлочерепицей") == "7121"
    assert _first("крою одежду") != "7121"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a hashtag glues the wish to the trade
        ("#ищуработуповаром", "5120"),
        ("#хочуработатьэлектриком #доха", "7411"),
        # «валил лес» is the feller's work
        ("валил лес в тайге", "6210"),
        # «ұстай аламын» ("I can hold") beside the tools is no «ұста» (a joiner or a smith)
        ("болгарка мен перфоратор ұстай аламын", "9313"),
    ],
)
def test_hashtags_verbs_and_tools_name_the_trade(text, code):
    assert _first(text) == code


def test_a_wagon_lived_in_is_no_machine():
    # «вагонда» ("in a wagon") ends as «тракторда» does, but «вагон» names no driver's machine
    assert _first("вагонда тұрамыз, жағдай нашар") is None
