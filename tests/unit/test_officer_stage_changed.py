"""How an application's step is changed, asked with «этап» or "stage" or the verb typed a letter off, opens
/setstatus's help; a stage of anything else names no tool."""

from __future__ import annotations

import pytest

from bot.officer_commands import officer_tool_named


@pytest.mark.parametrize(
    "asked",
    [
        "how do i change an application's stage",
        "how do i chnage the stage of an application",
        "как поменять этап заявки",
        "how can I update an aplication stage",
    ],
)
def test_a_stage_changed_is_setstatus(asked: str) -> None:
    assert officer_tool_named(asked) == "setstatus"


@pytest.mark.parametrize("said", ["next stage of the project", "этап строительства"])
def test_a_stage_of_anything_else_names_no_tool(said: str) -> None:
    assert officer_tool_named(said) != "setstatus"
