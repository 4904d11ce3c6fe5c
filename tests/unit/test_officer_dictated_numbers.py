"""Commands dictated to a phone, their numbers said in words: an application's number said whole or as two pairs, a
phone said digit by digit, a vacancy's portal number said letter by letter and digit by digit."""

from __future__ import annotations

import pytest

from bot.officer_commands import dictated_numbers, officer_lookup, officer_tool_named, portal_number


@pytest.mark.parametrize(("message", "opened"), [
    ("заявка семь тысяч семьсот шестьдесят поставь визу", "7760"),
    ("поставь семь тысяч семьсот шестьдесят один вылетел", "7761"),
    ("application seven thousand seven hundred sixty two set offer", "7762"),
    ("find application number seventy seven sixty three", "7763"),  # said in pairs
    ("жеті мың жеті жүз алпыс төрт өтінімге виза қойыңыз", "7764"),
])
def test_an_application_s_number_said_in_words_opens_it(message: str, opened: str) -> None:
    assert officer_lookup(message) == opened


@pytest.mark.parametrize("message", [
    "phone eight seven zero seven one one one two two three three who is it",
    "номер восемь семь ноль семь один один один два два три три кто это",
])
def test_a_phone_said_digit_by_digit_is_looked_up(message: str) -> None:
    assert officer_lookup(message) == "87071112233"


def test_a_portal_number_said_digit_by_digit_is_the_vacancy() -> None:
    assert portal_number("сколько откликов на кью эй семь семь шесть пять") == "QA-7765"
    assert officer_tool_named("закрой кью эй семь семь шесть шесть набрали всех") == "files"


@pytest.mark.parametrize("text", ["сколько поваров с визой", "стоп, отмена", "он вылетел вчера"])
def test_a_message_with_no_number_said_stays_as_typed(text: str) -> None:
    assert dictated_numbers(text) == text
    assert officer_lookup(text) is None
