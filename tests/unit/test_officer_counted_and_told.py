"""A vacancy's applicants counted by the number asked for, "everyone" typed in a hurry, and a Kazakh announcement
whose audience is a step said in two words before the text quoted by «деп»."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for
from bot.officer_commands import officer_tool_named, portal_number


@pytest.mark.parametrize(("message", "vacancy"), [
    ("QA-7771 applicant count pls", "QA-7771"),
    ("количество откликов по QA-7772", "QA-7772"),
    ("QA-7773 бойынша өтінім саны", "QA-7773"),
])
def test_a_vacancy_s_applicants_counted_by_their_number_open_its_card(message: str, vacancy: str) -> None:
    assert portal_number(message) == vacancy


def test_everyone_typed_in_a_hurry_is_everyone() -> None:
    request = broadcast_for("send to evryone: the office is closed on Monday")
    assert request is not None
    assert request.audience.strip(" :") == "evryone"
    assert request.text_follows


@pytest.mark.parametrize(("message", "audience", "said"), [
    ("келісімшартқа қол қойғандарға нұсқаулық жұмада деп жазыңыз", "келісімшартқа қол қойғандарға", "нұсқаулық жұмада"),
    ("kelisimshartqa qol qoigandarga juma kuni jinalys dep jazynyz", "kelisimshartqa qol qoigandarga", "juma kuni jinalys"),
    # a dative inside the text stays in the text
    ("Атырау аспаздарына медтексеру жұмаға ауысты деп жазыңыз", "Атырау аспаздарына", "медтексеру жұмаға ауысты"),
])
def test_a_step_said_in_two_words_is_the_audience_whole(message: str, audience: str, said: str) -> None:
    request = broadcast_for(message)
    assert request is not None
    assert (request.audience, request.said) == (audience, said)


@pytest.mark.parametrize("message", [
    "сколько поваров в Шымкенте, и выгрузи их в эксель",
    "count the cooks in Shymkent and export them to Excel",
    "можешь выгрузить в эксель всех с оффером?",
    "оффері барларды Excel-ге шығарып бере аласыз ба?",
])
def test_workers_counted_and_exported_or_an_export_asked_as_a_question_is_the_export(message: str) -> None:
    assert officer_tool_named(message) == "export"


def test_a_count_alone_is_still_no_export() -> None:
    assert officer_tool_named("сколько поваров в Шымкенте") is None
