"""One step for a group of workers, as officers type it between calls: a list or a long run of numbers with the
step named last and no verb, the step's word mistyped; the status file does it, while a short run of numbers opens
each application and a question of where workers stand asks for nothing to change."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_later, mistyped_words_righted
from bot.officer_commands import officer_lookup, officer_tool_named, steps_given_in_bulk


@pytest.mark.parametrize("message", [
    "всех из списка на визу",
    "весь список, что скинула утром, на контракт",
    "с 7701 по 7720 всем визу",  # more than ten: the status file's
    "everyone on the list to visa issued",
    "весь список переведите в кантракт",  # the step mistyped
    "mark all cooks from Shymkent as deparetd",
])
def test_one_step_for_a_group_is_the_status_file_s(message: str) -> None:
    assert steps_given_in_bulk(message)
    assert officer_tool_named(message) == "files"


@pytest.mark.parametrize("message", [
    "все на визе?",  # where they are, asked
    "всем кто на собеседовании",
    "пригласите всех на собеседование",  # asked to come
    "позвони всем поварам и пригласи на собес",
    "сколько всех на визу",
    "рассылка всем на собеседование",
])
def test_where_workers_stand_or_another_request_gives_no_step(message: str) -> None:
    assert not steps_given_in_bulk(message)


def test_a_short_run_of_numbers_opens_each_application() -> None:
    assert officer_lookup("с 7701 по 7705 всем визу") == "7701"


@pytest.mark.parametrize(("typed", "opened"), [
    ("поставь 7706 вылител", "7706"),
    ("7707 кантракт подписан", "7707"),
])
def test_a_step_mistyped_beside_one_application_opens_it(typed: str, opened: str) -> None:
    assert officer_lookup(typed) == opened


@pytest.mark.parametrize("word", ["контакты", "контакт", "deported"])
def test_words_of_their_own_near_a_step_stay_as_typed(word: str) -> None:
    assert mistyped_words_righted(word) == word


@pytest.mark.parametrize("message", [
    "in 2 hours tell all welders that the interview moved to Friday",
    "через час скажите всем поварам, что дегустация перенесена",
])
def test_telling_the_workers_later_is_a_broadcast_for_later_and_no_step(message: str) -> None:
    assert broadcast_later(message)
    assert officer_tool_named(message) is None
