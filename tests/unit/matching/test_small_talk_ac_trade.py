"""The air conditioner named as a trade ("AC technician", «мастер по кондиционерам») is the worker's trade,
not the heat asked about; the heat itself is still asked about, and a room's air conditioner broken, however
many words stand between, is still a complaint."""

from __future__ import annotations

import pytest

from matching.small_talk import small_talk


@pytest.mark.parametrize(
    "said",
    ["electrician or AC technician", "мастер по кондиционерам или электрик", "кондиционерщик или сантехник",
     "HVAC technician or plumber", "кондиционер шебері немесе электрик"],
)
def test_the_air_conditioner_as_a_trade_asks_nothing_of_the_heat(said):
    assert small_talk(said) is None


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("is it hot there or ok?", "question"),
        ("жара 50, кондиционер шебері керек пе?", "question"),
        ("I am an AC technician, is it very hot there in summer?", "question"),
        ("the AC in our room is broken", "complaint"),
        ("the air conditioner in our room is broken", "complaint"),
        ("в комнате кондиционер сломан, жарко", "complaint"),
    ],
)
def test_the_heat_and_a_rooms_air_conditioner_are_still_heard(said, topic):
    assert small_talk(said) == topic
