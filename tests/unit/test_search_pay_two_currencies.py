"""A pay said in two currencies at once is the riyals a month; roubles are another currency, whose sum is no pay
in riyals; and work asked for with a pay in tenge is work in general."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching


@pytest.mark.parametrize(
    ("said", "pay"),
    [("сантехник 1500 долларов или 5500 риалов", Decimal(5500)), ("plumber $1500 / QAR 5500", Decimal(5500)),
     ("santehnik 1500 dollarov ili 5500 rial", Decimal(5500))],
)
def test_the_riyals_beside_a_sum_in_dollars_are_the_pay(said, pay):
    assert matching.asked_pay(said)[0] == pay
    assert not matching.tells_of_pay(said)


def test_a_sum_promised_in_dollars_and_paid_in_riyals_is_still_a_story():
    assert matching.tells_of_pay("обещали 1000 долларов, платят 2000 риалов")


@pytest.mark.parametrize("said", ["плотник от 90000 rub", "carpenter 90000 rub a month", "плотник 90 тыс руб"])
def test_roubles_are_no_riyals(said):
    pay, rest = matching.asked_pay(said)
    assert pay is None
    assert "90" not in rest
    assert matching.names_no_riyals(said)


@pytest.mark.parametrize("said", ["работу от 400 тысяч тенге", "жұмыс 300 мың теңгеден", "work from 800 usd"])
def test_work_asked_with_a_pay_in_another_currency_is_work_in_general(said):
    assert matching.asks_for_jobs(said)
