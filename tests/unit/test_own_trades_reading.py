"""The worker's own trades asked for beside a town, a pay or a place of work are read as such, and keep a search to
the vacancies of those trades."""

from __future__ import annotations

import pytest

import matching
from bot.services.vacancies import in_trades
from handlers.search import searched_words
from matching.job_questions import asks_own_trades


@pytest.mark.parametrize(
    "said",
    [
        "что-нибудь как в моей анкете, но в Аль-Хоре",
        "по специальности, только от 1800",
        "мамандығым бойынша, бірақ Дохада",
        "профилім сияқты жұмыс, бірақ қонақүйде",
        "something like my profile but in Al Wakrah",
        "jobs similar to my profile, but paying 3000",
    ],
)
def test_the_own_trades_are_heard(said: str) -> None:
    assert asks_own_trades(said)


@pytest.mark.parametrize(
    "said",
    ["сварщик в Лусаиле", "покажите мой профиль", "any work in Lusail?", "Лусаилда аспаз керек пе", ""],
)
def test_a_search_without_them_is_left_as_it_is(said: str) -> None:
    assert not asks_own_trades(said)


@pytest.mark.parametrize("said", ["как у меня в профиле, только в Лусаиле", "профилімдегідей, бірақ Лусаилда"])
def test_the_town_after_them_is_all_that_is_searched(said: str) -> None:
    town, rest = matching.split_town(searched_words(said))
    assert town is not None and town.key == "lusail"
    assert not rest.strip()


def _vacancy(title: str, code: str) -> matching.Vacancy:
    return matching.Vacancy(id=1, title=title, employer="Test", isco_code=code)


def test_a_welders_trades_take_welding_and_not_the_kitchen_or_the_garage() -> None:
    welder = ("7212",)
    assert in_trades(_vacancy("TIG Welder", "7212"), welder)
    assert in_trades(_vacancy("Sheet Metal Worker", "7213"), welder)
    assert not in_trades(_vacancy("Cook", "5120"), welder)
    assert not in_trades(_vacancy("Motor Mechanic", "7231"), welder)
