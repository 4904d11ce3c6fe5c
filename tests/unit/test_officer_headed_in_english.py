"""A notice headed in English by the workers it is for, which English names with no dative ("masons in
Turkistan: …"), and a message meant for a worker's chat typed into the officer's, which names no tool."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for
from bot.officer_commands import officer_tool_named


@pytest.mark.parametrize(
    ("typed", "audience", "text"),
    [
        ("masons in Turkistan: trade test on Monday at 8, bring gloves", "masons in Turkistan",
         "trade test on Monday at 8, bring gloves"),
        ("those at the offer stage in Atyrau: contracts are signed on Friday", "those at the offer stage in Atyrau",
         "contracts are signed on Friday"),
    ],
)
def test_workers_named_before_a_colon_in_english_head_a_notice(typed: str, audience: str, text: str) -> None:
    request = broadcast_for(typed)
    assert request is not None and request.audience == audience
    assert typed.partition(":")[2].strip() == text


@pytest.mark.parametrize(
    "typed",
    ["Welders in Atyrau: how many do we have", "Interview schedule: Monday 10:00", "Note: the portal is slow"],
)
def test_a_count_or_a_note_after_a_colon_is_no_notice(typed: str) -> None:
    assert broadcast_for(typed) is None


def test_those_at_a_step_in_russian_head_a_notice() -> None:
    request = broadcast_for("тем кто с визой из Павлодара: вылет 20 декабря")
    assert request is not None and request.text_follows


@pytest.mark.parametrize(
    "typed",
    ["Жанар, вам нужно загрузить справку 086 в профиль", "Дана, профиліңізге төлқұжатты жүктеңіз",
     "Nurlan, you need to upload your diploma"],
)
def test_a_message_meant_for_a_worker_names_no_tool(typed: str) -> None:
    assert officer_tool_named(typed) is None


def test_how_files_are_loaded_is_still_asked() -> None:
    assert officer_tool_named("как загрузить файл вакансий") == "files"
