"""English lines that name a trade through its machine, its licence or its certificate."""

import pytest

from matching import suggest_occupations


def _first(text: str) -> str:
    return suggest_occupations(text)[0].code


@pytest.mark.parametrize("text", ["steel fixer", "steel fixers wanted", "rebar worker", "steel binder"])
def test_steel_fixers_are_concrete_workers_first(text):
    # the steel fixer ties the rebar a concrete pour needs (7114); the steel erector is still 7214 below
    assert _first(text) == "7114"


@pytest.mark.parametrize("text", ["structural steel erector", "steel erector", "ironworker"])
def test_steel_erectors_stay_structural_metal_workers(text):
    assert _first(text) == "7214"
