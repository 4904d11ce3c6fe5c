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


@pytest.mark.parametrize("answer", ["не знаю, есть ли они", "бар ма жоқ па, білмеймін", "not sure if i have one",
                                    "kuälik joq", "сертов нет"])
def test_not_knowing_whether_there_is_one_or_having_none_is_a_skip(answer):
    assert validation.skips(answer, unknown=True)


@pytest.mark.parametrize("answer", ["не знаю номер", "idk my number"])
def test_a_number_not_known_is_no_skip_at_the_phone(answer):
    assert not validation.skips(answer)
