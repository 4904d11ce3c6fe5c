from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import validation
from bot.validation import InvalidInput


@pytest.mark.parametrize(("text", "years"), [("5", 5), ("5 лет", 5), ("5 years", 5), ("5 жыл", 5), ("0", 0), ("60", 60), ("2,5", 2)])
def test_years(text, years):
    assert validation.years(text) == years


@pytest.mark.parametrize("text", ["", "many", "61", "100", None])
def test_bad_years(text):
    with pytest.raises(InvalidInput):
        validation.years(text)


@pytest.mark.parametrize(("text", "amount"), [("2500", Decimal("2500")), ("2 500", Decimal("2500")), ("2,500", Decimal("2500")), ("1800 QAR", Decimal("1800")), ("1999.50", Decimal("1999.50"))])
def test_salary(text, amount):
    assert validation.salary(text) == amount


@pytest.mark.parametrize("text", ["abc", "0", "-100", "100000000", ""])
def test_bad_salary(text):
    with pytest.raises(InvalidInput):
        validation.salary(text)


@pytest.mark.parametrize("text", ["", "   ", "A" * 101, "😀😀", "12345", "a"])
def test_bad_names(text):
    with pytest.raises(InvalidInput):
        validation.full_name(text)


def test_names_are_tidied():
    assert validation.full_name("  Айдос   Серікбаев ") == "Айдос Серікбаев"


@given(st.text(max_size=300))
def test_validators_never_raise_anything_but_invalid_input(text):
    for check in (validation.full_name, validation.years, validation.salary, validation.free_text):
        try:
            check(text)
        except InvalidInput:
            pass
