"""A new officer's first week in a busy regional office, as the bot reads it: a request's own verb never taken for
another request's verb typed a letter off, several requests in one message, commands asked as questions,
announcements to workers whose profile is unfinished, and corrections of what was just asked."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, is_command_verb, read_audience
from bot.officer_commands import officer_tool_named


@pytest.mark.parametrize("message", [
    "QA-5140 жабыңыз: адам жиналды",
    "QA-6141 жабыныз: адам толды",  # on Russian keys
    "QA-6150 jabynyz: adam jinaldy",
])
def test_closing_a_vacancy_is_never_read_as_writing_to_its_applicants(message: str) -> None:
    assert broadcast_for(message) is None
    assert officer_tool_named(message) == "files"


@pytest.mark.parametrize("word", ["жабыңыз", "жабыныз", "jabynyz", "закройте", "поставьте", "close", "жазыңыз"])
def test_a_request_s_own_verb_is_known_as_typed(word: str) -> None:
    assert is_command_verb(word)


def test_a_verb_typed_a_letter_off_that_is_no_other_request_s_verb_is_still_read() -> None:
    request = broadcast_for("Атырау дәнекерлеушілеріне жіберіңз: сұхбат 4 желтоқсанда")
    assert request is not None
    assert request.text_follows


@pytest.mark.parametrize("message", [
    "напомните тем кто не заполнил профиль заполнить его до пятницы",
    "напиши всем с незаполненным профилем",
    "профилін толтырмағандарға жұмаға дейін толтырыңыз деп ескертіңіз",
    "профилин толтырмагандарга ескертиниз",
    "profilin toltyrmagandarga eskertiniz",
    "remind everyone who hasn't finished their profile to do it by Friday",
    "ask people with incomplete profiles to complete them",
])
def test_an_announcement_to_unfinished_profiles_asks_whom_to_send_to(message: str) -> None:
    request = broadcast_for(message)
    assert request is not None  # the announcement begins; no segment holds them, so its audience is asked
    assert not read_audience(request.audience, {}).understood
    assert not request.said and not request.text_follows


@pytest.mark.parametrize("message", [
    "сколько человек не заполнили профиль",
    "у Асхата профиль не заполнен, позвоню ему",
])
def test_unfinished_profiles_spoken_of_ask_for_no_announcement(message: str) -> None:
    assert broadcast_for(message) is None
