"""Towns of Qatar misspelt as workers type them, and a town asked about for itself (where it is, whether it
is the capital), which is chat rather than a search there."""

from __future__ import annotations

import pytest

from matching.places import asks_about_a_town, split_town


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("электрик в Месаеде", "mesaieed"),
        ("jobs in Loseil marina", "lusail"),
        ("Loseilge barsam", "lusail"),
        ("driver Raslafan", "ras-laffan"),
        ("повар Дохха", "doha"),
    ],
)
def test_a_misspelt_town_is_found(said, key):
    town, _ = split_town(said)
    assert town is not None and town.key == key, said


@pytest.mark.parametrize(
    "said", ["Доха столица Катара?", "Месаид где находится?", "Уакра қай жерде?", "where is Al Khor exactly", "is Doha the capital"]
)
def test_a_town_asked_about_is_no_search(said):
    assert asks_about_a_town(said)


def test_a_search_in_a_town_is_not_asked_about_it():
    assert not asks_about_a_town("сварщик в Дохе от 2000")
