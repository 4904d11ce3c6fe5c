"""Lookups typed in a hurry on a phone: a worker's number with who called beside it («чей номер … звонил
утром», «номер … кто это», "look up …"), an application asked to be looked at in Latin Kazakh («qarashy»)."""

from __future__ import annotations

import pytest

from bot.officer_commands import officer_lookup


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("кто это 8 702 333 44 55", "8 702 333 44 55"),
        ("найди человека по номеру 87051234567", "87051234567"),
        ("этот номер звонил вчера 8 777 123 45 67", "8 777 123 45 67"),
        ("look up 87011112233", "87011112233"),
        ("qarashy otinim 512", "512"),
        ("кто звонил с номера 87079998877", "87079998877"),
    ],
)
def test_a_hurried_lookup_finds_what_was_pasted(typed: str, found: str) -> None:
    assert officer_lookup(typed) == found
