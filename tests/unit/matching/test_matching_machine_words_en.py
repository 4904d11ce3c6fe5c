"""English lines that name a trade through its machine, its licence or its certificate."""

import pytest

from matching import suggest_occupations
from matching.occupations import with_machine_lines_read


def _first(text: str) -> str:
    return suggest_occupations(text)[0].code


@pytest.mark.parametrize("text", ["steel fixer", "steel fixers wanted", "rebar worker", "steel binder"])
def test_steel_fixers_are_concrete_workers_first(text):
    # the steel fixer ties the rebar a concrete pour needs (7114); the steel erector is still 7214 below
    assert _first(text) == "7114"


@pytest.mark.parametrize("text", ["structural steel erector", "steel erector", "ironworker"])
def test_steel_erectors_stay_structural_metal_workers(text):
    assert _first(text) == "7214"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CAT 14M grader", "8342"),  # a plant machine with its model is run by its operator
        ("grader 12K, 7 years", "8342"),  # alone "grader" met the product graders
        ("D6 dozer in a quarry", "8342"),  # the quarry's miner came first
        ("16 seater Toyota Hiace", "8331"),  # a bus named by its seats
        ("CDL-A, 8 years over the road", "8332"),  # the American licence's class A is a heavy lorry
        ("pipe fitter, 6G certified too", "7126"),  # the 6G test beside another trade changes nothing
        ("6G certified, stainless pipes", "7212"),  # alone it names the welder
    ],
)
def test_machines_licences_and_tests_name_the_trade(text, code):
    assert _first(text) == code


@pytest.mark.parametrize("text", ["crane 50 ton", "forklift 3 ton"])
def test_tonnage_is_no_model(text):
    # the machine's tons are no model code: it stays the operator the machine word names on its own
    assert _first(text) in {"8343", "8344"}


@pytest.mark.parametrize("text", ["forklift hyundia, warehouse", "forklift komatsy in a warehouse"])
def test_a_mistyped_maker_is_dropped_as_the_maker_is(text):
    # kept, the mistyped name left the warehouse to name the storekeeper first
    assert _first(text) == "8344"


def test_a_common_word_near_a_makers_name_stays():
    # "looking" is one letter off a loader's maker and still a word of the message
    assert "looking" in with_machine_lines_read("looking for a forklift job")
