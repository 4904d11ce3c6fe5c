"""A district of a Qatari town typed in Cyrillic, in Russian or Kazakh, finds its town as its Latin spelling does,
so «сварщик в Абу-Хамуре» lists the welders of Doha."""

from __future__ import annotations

import pytest

import matching


@pytest.mark.parametrize(
    ("typed", "town", "left"),
    [
        ("Абу-Хамур", "doha", ""),
        ("сварщик в Абу Хамуре", "doha", "сварщик"),
        ("Әбу Хамурдан жұмыс бар ма", "doha", "жұмыс бар ма"),
        ("повар Бин Махмуд", "doha", "повар"),
        ("Сук Вакифте даяшы", "doha", "даяшы"),
        ("водитель, Эль-Садд", "doha", "водитель,"),
        ("охранник в районе Старый аэропорт", "doha", "охранник"),  # «в районе» goes with the place it names
        ("Муайтерде күзетші", "al-rayyan", "күзетші"),
        ("Аль-Эркия электрик", "lusail", "электрик"),
    ],
)
def test_a_district_in_cyrillic_names_its_town(typed: str, town: str, left: str) -> None:
    found, rest = matching.split_town(typed)
    assert found is not None and found.key == town
    assert rest.strip() == left


@pytest.mark.parametrize("typed", ["работа в саду", "садовник", "старый повар", "в аэропорту грузчик"])
def test_ordinary_words_name_no_district(typed: str) -> None:
    assert matching.split_town(typed)[0] is None
