"""The kind of workplace a search for the worker's own trades names, for the heading of their list."""

from __future__ import annotations

import pytest

from matching.job_questions import named_workplace


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("в гостинице", "hotel"),
        ("қонақүйде", "hotel"),
        ("in a hotel", "hotel"),
        ("в больнице", "hospital"),
        ("at the airport", "airport"),
        ("на стройке", "construction"),
        ("мұнай компаниясында", "oil"),
        ("в Лусаиле", None),
        ("от 2000", None),
        ("в отеле или в больнице", None),  # two places: neither is named as the one
        ("не на стройке", None),  # a place refused is no place asked for
    ],
)
def test_the_workplace_named(text, place):
    assert named_workplace(text) == place
