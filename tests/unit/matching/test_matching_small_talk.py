"""Which chat a short message is, in any of the three languages and either alphabet."""

from __future__ import annotations

import pytest

from matching import small_talk


@pytest.mark.parametrize(("text", "topic"), [
    ("привет", "greeting"), ("Ассалаумағалейкум", "greeting"), ("hi", "greeting"), ("привет, как дела?", "greeting"),
    ("спс", "thanks"), ("Рахмет!", "thanks"), ("ok thanks", "thanks"),
    ("окей", "ok"), ("түсіндім", "ok"),
    ("когда вылет?", "application"), ("жауап қашан?", "application"), ("visa qashan", "application"),
    ("hello, any update on my visa?", "application"),
    ("сколько стоит виза?", "fees"), ("тегін бе?", "fees"), ("is it free?", "fees"),
    ("спасибо, а платить надо?", "fees"),
])
def test_topics(text, topic):
    assert small_talk(text) == topic


@pytest.mark.parametrize("text", ["", "что это", "погода", "ищу работу", "asdf", "payroll officer", "february",
                                  "привет " * 13])
def test_no_topic(text):
    assert small_talk(text) is None
