"""A yes or a no to a sum offered for saving, and the skips a worker words with whom to call or why not."""

from __future__ import annotations

import pytest

from bot import validation


@pytest.mark.parametrize(("answer", "said"), [
    ("да, сохраните пожалуйста", True), ("иә, сақтаңыз", True), ("yes, save", True), ("верно", True),
    ("нет, не то", False), ("no, not right", None),
])
def test_a_sum_offered_is_answered_in_words(answer: str, said: bool | None) -> None:
    assert validation.yes_or_no(answer) is said


@pytest.mark.parametrize("answer", [
    "своего номера нет, звоните мужу", "не дам номер", "I'd prefer not to", "skip it",
])
def test_a_phone_not_given_is_a_skip(answer: str) -> None:
    assert validation.skips(answer)


def test_a_pay_agreed_with_the_employer_is_no_minimum() -> None:
    assert validation.skips("по договорённости с работодателем", unknown=True)
