"""A machine named by two hyphened nouns is one machine; the drivers' slang verb names the driver."""

from __future__ import annotations

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("экскаваторщиком был на погрузчике-экскаваторе JCB", "8342"),
        ("машинистом работал на экскаваторе-погрузчике", "8342"),
        ("водитель на камазе-самосвале", "8332"),
    ],
)
def test_a_hyphened_machine_is_read_whole(text, code):
    assert suggest_occupations(text)[0].code == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("гонял камаз по трассе", {"8332"}),
        ("гоняем фуры в Европу", {"8332"}),
        ("гоняю машины", {"8322", "8332"}),
    ],
)
def test_the_long_haul_drivers_verb_names_the_driver(text, codes):
    assert suggest_occupations(text)[0].code in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("охроняю автостоянку", "5414"),
        ("ремантирую стиральные машины", "7412"),
        ("уберала квартиры", "9111"),
    ],
)
def test_a_verb_of_work_one_letter_off_is_still_the_verb(text, code):
    assert suggest_occupations(text)[0].code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("жол салуда грейдерші болдым", "8342"), ("үй салуда сылақшы болдым", "7123")],
)
def test_the_kazakh_work_a_trade_was_done_in_says_where(text, code):
    """«жол салуда», «үй салуда»: the verbal noun's locative and its object say in which work, not which trade."""
    assert suggest_occupations(text)[0].code == code


@pytest.mark.parametrize(("text", "code"), [("варю заборы и навесы", "7212"), ("варю суп", "5120")])
def test_what_is_welded_tells_the_welder_from_the_cook(text, code):
    assert suggest_occupations(text)[0].code == code
