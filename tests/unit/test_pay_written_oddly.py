"""Pay written the way phones and voice typing write it: thousands and hundreds said apart, thousands with no
word of pay, two and a half with the thousands unsaid, riyals before the sum, and Russian typed in Latin letters."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.pay import asked_pay


@pytest.mark.parametrize(
    ("said", "least"),
    [
        ("сантехник, не ниже трёх с половиной", 3500),  # the thousands left unsaid after "at least"
        ("маляр 3 тысячи 200", 3200),  # thousands and hundreds said apart
        ("жүргізуші үш мың екі жүз", 3200),
        ("аспаз мың бес жүз", 1500),
        ("официант 1 мыңнан", 1000),  # thousands with the Kazakh "from" and no other word of pay
        ("бояушы 3 мың", 3000),  # thousands beside a trade, nothing else
        ("electrician 3.5k", 3500),
        ("baker QAR 1900", 1900),  # riyals before the sum
        ("mason QR3k", 3000),
        ("voditel ot 3 tys", 3000),  # Russian typed in Latin letters
        ("svarshik ne menshe 2500", 2500),
        ("маляр, 3 тыщи мин", 3000),  # «мин», «минимум» after the sum
        ("cook not below 2000", 2000),
    ],
)
def test_pay_written_oddly_is_read(said, least):
    pay, rest = asked_pay(said)
    assert pay == (Decimal(least) if least is not None else None), said
    if least is not None:
        assert not any(char.isdigit() for char in rest), rest


@pytest.mark.parametrize(
    "said",
    ["опыт 3 тыс часов", "стаж от двух с половиной лет", "2 мың адам жұмыс істейді", "сварщик 5 разряда", "5k steps a day"],
)
def test_thousands_of_something_else_are_no_pay(said):
    assert asked_pay(said)[0] is None


@pytest.mark.parametrize(("text", "least"), [
    ("электрик 3 мың жарым", 3500), ("сылақшы үш мың жарым риал", 3500), ("driver 2 thousand and a half", 2500),
    ("күзетші мың жарым", 1500), ("уборщица тысяча с половиной", 1500),
])
def test_half_a_thousand_said_after_the_thousands(text, least):
    """Kazakh says «екі мың жарым» as often as «екі жарым мың»: both are two and a half thousand."""
    amount, rest = asked_pay(text)
    assert amount == least
    assert not any(char.isdigit() for char in rest) and "жарым" not in rest


def test_a_sum_in_another_currency_said_so_is_still_no_riyals():
    assert asked_pay("аспаз 2 мың жарым тенге")[0] is None
