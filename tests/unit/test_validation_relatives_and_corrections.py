"""Wizard answers typed by a relative, corrected mid-way, or with a region by its Kazakh letters (worded apart
from `tests/data/wizard_answers_12.tsv`)."""

from __future__ import annotations

import pytest

from bot import validation


@pytest.mark.parametrize(("answer", "region"), [
    ("ОҚО, Сарыағаш", "turkistan"), ("ШҚО", "east"), ("БҚО, Орал", "west"), ("ОКО", "turkistan"),
])
def test_a_region_by_its_kazakh_letters_is_taken(answer, region):
    assert validation.region(answer) == region
