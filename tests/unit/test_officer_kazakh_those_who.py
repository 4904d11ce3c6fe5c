"""An audience of a step said in Kazakh as "all of those who…" or "those who are ready": the genitive before
«бәрі», «барлығы» («ұшып кеткендердің барлығына») and «дайындарға» are read as the step, not dropped as
unknown words that leave the officer with no audience."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "step"),
    [
        ("ұшып кеткендердің бәріне", "departed"),
        ("ушып кеткендердин барлыгына", "departed"),  # typed on Russian keys
        ("ushyp ketkenderdin barine", "departed"),
        ("визалары дайындарға", "visa_issued"),
        ("vizasy daiyndarga", "visa_issued"),
    ],
)
def test_those_at_a_step_said_in_kazakh_are_that_step(typed: str, step: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == ("status", step)


def test_those_ready_without_a_step_named_are_no_audience() -> None:
    assert not read_audience("дайындарға", NAMES).understood


@pytest.mark.parametrize("typed", ["Қатарға кеткендердің бәріне", "qatarga ketip qalgandar", "Ақтөбеден Қатарға кеткендерге"])
def test_those_gone_to_qatar_have_departed(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert "departed" in (reading.value, reading.step)


def test_those_who_left_their_work_have_not_departed() -> None:
    reading = read_audience("жұмыстан кеткендерге", NAMES)
    assert "departed" not in (reading.value, reading.step)
