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
