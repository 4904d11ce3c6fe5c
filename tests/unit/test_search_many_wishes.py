"""Searches with several wishes at once, as the search reads them: a couple each telling their trade, a sum put
right before the trade, a sum judged or read from a contract, when the worker can leave,
work for a couple or for some months."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.unit.test_search_messages import read


@pytest.mark.parametrize(
    ("said", "trades"),
    [("я повар, муж водитель, хотим вместе в Доху", {"5120", "8322", "8332"}),
     ("my wife is a nurse and I am a driver, we want to go together", {"2221", "3221", "8322", "8332"}),
     ("мен аспазбын, ерім жүргізуші", {"5120", "8322", "8332"}),
     ("zhena shveya, ya svarshik, khotim vmeste", {"7531", "7533", "8153", "7212"})],
)
def test_a_couple_each_telling_a_trade_is_searched_for_both(said, trades):
    got = read(said)
    assert got.kind == "search" and got.trades[0] in trades


@pytest.mark.parametrize(
    "said", ["можно поехать вместе с женой, она тоже швея?", "me and my wife are both nurses, can we go together?"]
)
def test_a_couple_asking_whether_they_may_go_together_is_no_search(said):
    assert read(said).kind == "none"


@pytest.mark.parametrize(
    ("said", "pay"),
    [("1800, жок 2000 нан, жүргізуші", Decimal(2000)), ("3000, ой, 2800 риал, электрик", Decimal(2800)),
     ("1500, sorry I meant 1700, cleaner", Decimal(1700))],
)
def test_a_sum_put_right_before_the_trade_is_the_last_sum(said, pay):
    got = read(said)
    assert got.kind == "search" and got.pay == pay and got.trades


@pytest.mark.parametrize(
    "said",
    ["1800 для сварщика это мало?", "is 1300 ok for a cleaner?", "аспазға 1600 жақсы ма?",
     "в контракте стоит 1900 риалов, это с учётом жилья?", "келісімшартта 2200 деп жазылған, бұл таза ма?"],
)
def test_a_sum_judged_or_read_from_a_contract_is_no_search(said):
    assert read(said).kind == "none"


@pytest.mark.parametrize(
    "said",
    ["готов вылететь с 1 марта, вакансии есть?", "ақпаннан бастап ұша аламын, жұмыс бар ма?",
     "I can travel next month, any work?", "6 айлық жұмыс бар ма", "a 6 month job please"],
)
def test_when_the_worker_can_leave_or_for_how_long_asks_for_their_list(said):
    assert read(said).kind == "own_list"
