"""A district of one of Qatar's towns, named in a search («сварщик в Education City», "jobs in Al Sadd"), is a
search in that town, as a vacancy placed there is found under it; a district's word that is an ordinary word
or a name too («детский сад») names no place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.vacancy_rows import place_of_work
from matching.places import district_town, split_town, town_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_search_messages import read  # noqa: E402  (the reading the search sets are judged by)


@pytest.mark.parametrize(
    ("said", "town", "trade"),
    [
        ("сварщик в Education City", "al-rayyan", "7212"),
        ("водитель Аль-Садд", "doha", "8322"),
        ("cleaner jobs in Msheireb", "doha", "9112"),
        ("Fox Hills аспаз керек", "lusail", "5120"),
    ],
)
def test_a_search_in_a_district_is_a_search_in_its_town(said: str, town: str, trade: str) -> None:
    got = read(said)
    assert (got.kind, got.town) == ("search", town) and trade in got.trades


@pytest.mark.parametrize("said", ["воспитатель в детский сад", "садовник в частный сад", "Нажма, швея"])
def test_an_ordinary_word_names_no_district(said: str) -> None:
    assert split_town(said)[0] is None


def test_a_place_naming_its_town_and_a_district_is_kept_as_written() -> None:
    assert district_town("Lusail Marina") is None and place_of_work("Lusail Marina") == "Lusail Marina"


def test_a_vacancy_in_a_district_is_found_by_a_search_there() -> None:
    place = place_of_work("Education City")
    searched, _ = split_town("работа в Education City")
    assert searched is not None and town_of(place) is searched
