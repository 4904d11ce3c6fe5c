"""The place of work as workers will find it: a district of Qatar gets its town after it, a town misspelt by
a letter or typed with a letter of the other alphabet is the town; anything else stays as written."""

from __future__ import annotations

import pytest

from bot.vacancy_rows import place_of_work
from matching.places import town_of


@pytest.mark.parametrize(
    ("written", "town"),
    [
        ("Bin Mahmoud", "doha"), ("Old Airport area", "doha"), ("Аль-Азизия", "al-rayyan"), ("Muaither", "al-rayyan"),
        ("Fox Hills", "lusail"), ("Al Thakhira", "al-khor"), ("Ruwais", "al-shamal"), ("Al Mashaf", "al-wakrah"),
    ],
)
def test_a_district_is_found_under_its_town(written: str, town: str) -> None:
    place = place_of_work(written)
    assert place.startswith(written) and town_of(place).key == town


@pytest.mark.parametrize(
    ("written", "town"),
    [("Mesaieeed", "mesaieed"), ("Mussaied", "mesaieed"), ("Лусаиль", "lusail"), ("Dukhaan", "dukhan"),
     ("Shahanyia", "al-shahaniya")],
)
def test_a_town_misspelt_is_found_under_the_town(written: str, town: str) -> None:
    assert town_of(place_of_work(written)).key == town


@pytest.mark.parametrize(("written", "stored"), [("Дохa", "Доха"), ("Mecaид", "Месаид"), ("Doхa", "Doha")])
def test_a_letter_of_the_other_alphabet_is_put_right(written: str, stored: str) -> None:
    assert place_of_work(written) == stored


@pytest.mark.parametrize("written", ["Doha", "Эль-Вакра", "Astana", "Dubai", "Site office", ""])
def test_other_places_stay_as_written(written: str) -> None:
    assert place_of_work(written) == written
