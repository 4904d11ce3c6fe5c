"""In "Painting & Coating Inspector" both words before the last say what one worker works at; in "Cook &
Tea Boy" the first word is a worker of his own."""

import pytest

from matching import suggest_occupations


def _first(query: str) -> str:
    found = suggest_occupations(query, limit=3)
    assert found, query
    return found[0].code


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("Painting & Coating Inspector", {"7543", "3119", "3112"}),
        ("Welding/NDT Inspector", {"7543", "3119", "3115"}),
        ("Plumbing & Drainage Supervisor", {"3123"}),
        ("Sales & Marketing Manager", {"1221"}),
    ],
)
def test_two_fields_of_one_worker(query: str, codes: set[str]) -> None:
    assert _first(query) in codes


def test_a_worker_named_first_is_a_trade_of_his_own() -> None:
    codes = {m.code for m in suggest_occupations("Cook & Tea Boy", limit=3)}
    assert "5120" in codes


@pytest.mark.parametrize("query", ["QA/QC inspector welding & painting", "inspector piping & coating"])
def test_two_fields_after_the_worker(query: str) -> None:
    assert _first(query) in {"7543", "3119", "3115", "3112"}


def test_a_worker_named_second_is_a_trade_of_his_own() -> None:
    codes = {m.code for m in suggest_occupations("AC technician & plumber", limit=3)}
    assert {"7127", "7126"} <= codes
