"""How a worker's answer to "what is your trade" names it beside an employer, a licence or his team."""

import pytest

from matching import suggest_occupations
from matching.text import licence_categories


def _first(query: str) -> str:
    found = suggest_occupations(query, limit=5)
    assert found, query
    return found[0].code


# In English the licence category's letters are written before the driver's word too, as a job ad's
# title has them, and a slip in the word for a category after its letters is that word.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("CE driver", "8332"),
        ("C driver for tipper", "8332"),
        ("D driver, city routes", "8331"),
        ("B driver", "8322"),
        ("D categroy driver", "8331"),
        ("C catigory driver", "8332"),
    ],
)
def test_licence_letters_before_the_driver_name_his_vehicle(query: str, code: str) -> None:
    assert _first(query) == code


@pytest.mark.parametrize("query", ["a driver", "I want to be driver", "driver"])
def test_an_article_or_a_verb_before_the_driver_is_no_licence(query: str) -> None:
    assert licence_categories(query) == []


def test_letters_after_a_word_for_the_category_are_read_once() -> None:
    assert licence_categories("category d driver") == ["drivecatd"]


# After "at" or "in", an employer's name that no label holds is followed by the kind of place it is; that
# word says where, and no longer brings in the place's own trades before the worker's.
@pytest.mark.parametrize(
    ("query", "accepted"),
    [
        ("nurse at Hamad hospital", {"2221", "3221"}),
        ("midwife at Sidra hospital", {"2222", "3222"}),
        ("ward nurse in Al Ahli hospital", {"2221", "3221"}),
    ],
)
def test_a_named_hospital_says_where_the_nurse_works(query: str, accepted: set[str]) -> None:
    assert _first(query) in accepted


def test_a_hotel_named_still_names_the_hotel_receptionist() -> None:
    assert _first("receptionist at Rixos hotel") == "4224"


# A foreman names the trades of his team after his word; "and" adds one more of them, and the foreman
# stays first.
@pytest.mark.parametrize(
    "query",
    [
        "foreman for block work and plaster",
        "supervisor for tile work and painting",
        "foreman of concrete work and rebar",
    ],
)
def test_the_trades_after_a_foreman_are_his_team(query: str) -> None:
    assert _first(query) == "3123"


def test_a_foreman_who_names_a_second_trade_apart_keeps_both() -> None:
    found = {m.code for m in suggest_occupations("I am foreman 10 years experience and welder", limit=3)}
    assert {"3123", "7212"} <= found


# The short forms of a work-record book and of a form's narrow field.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("машинист экск. 4 разряда", "8342"),
        ("слесарь по рем. оборудования", "7233"),
        ("слесарь по рем. авто", "7231"),
    ],
)
def test_short_forms_of_the_work_record_book(query: str, code: str) -> None:
    assert _first(query) == code


def test_an_aluminium_fitter_fits_aluminium_windows() -> None:
    assert _first("aluminium fitter, 5 years") == "7125"
