"""The wizard's yes or no to another trade, and its skips, taken with the words workers put around them:
a wish («да, хочу»), one trade being enough («одной хватит», «бір мамандық жетеді», "only one"), a yes
hedged into a no («да скорее нет»), «қосайын» in Latin letters; a refusal with the thing first («телефон
указывать не хочу»), a SIM still to buy, «қазір» in Latin letters, a particle after «жоқ», "certs", and
"whatever they offer" with a tail («сколько заплатят, столько и хорошо», «қанша берсе де жарайды»)."""

from __future__ import annotations

from bot.validation import skips, yes_or_no


def test_a_wish_beside_a_yes_is_a_yes() -> None:
    assert yes_or_no("да, хочу ещё") is True
    assert yes_or_no("yes i want, just one more") is True
    assert yes_or_no("ia qosaiyn") is True


def test_one_trade_being_enough_is_a_no() -> None:
    assert yes_or_no("нет, одной достаточно") is False
    assert yes_or_no("only one") is False
    assert yes_or_no("бір мамандығым жетеді") is False
    assert yes_or_no("thats enough thanks") is False


def test_a_yes_hedged_into_a_no_is_a_no() -> None:
    assert yes_or_no("да скорее нет") is False


def test_a_refusal_with_the_thing_first_is_a_skip() -> None:
    assert skips("телефон указывать не хочу")
    assert skips("нет пока номера, сим возьму потом")
    assert skips("qazir joq")


def test_certificates_denied_with_a_particle_or_short() -> None:
    assert skips("жоқ қой")
    assert skips("no certs yet")


def test_whatever_is_offered_with_a_tail_sets_no_minimum() -> None:
    assert skips("сколько заплатят, столько и хорошо", unknown=True)
    assert skips("qansha berse de jaraidy", unknown=True)
    assert not skips("2000 риалов", unknown=True)
