"""Kazakh typed on Russian keys («канша» for «қанша», «жибериниз» for «жіберіңіз») is read by the officer readers
as the same words written with Kazakh letters: each vocabulary is declared widened where it is defined."""

import re

from bot.broadcast_audience import broadcast_for, read_audience
from bot.russian_keys import on_russian_keys, on_russian_keys_too
from bot.officer_commands import officer_tool_named


def test_a_kazakh_letter_in_a_pattern_also_takes_its_russian_key() -> None:
    assert on_russian_keys_too(r"жіберіңіз\w*") == r"ж[іи]бер[іи][ңн][іи]з\w*"


def test_a_class_of_kazakh_letters_is_kept_as_it_tells_kazakh_from_russian() -> None:
    assert on_russian_keys_too(r"[әғқ]+") == r"[әғқ]+"


def test_a_vacancy_closed_on_russian_keys_goes_to_the_vacancy_file() -> None:
    assert officer_tool_named("QA-2207 жабыныз") == "files"


def test_a_report_by_steps_on_russian_keys_is_the_statistics() -> None:
    assert officer_tool_named("кезендер бойынша есеп беринизши") == "stats"


def test_a_step_on_russian_keys_is_an_audience() -> None:
    reading = read_audience("сухбаттагыларга", {})
    assert (reading.kind, reading.value) == ("status", "interview")


def test_a_send_on_russian_keys_is_an_announcement() -> None:
    request = broadcast_for("Алматы аспаздарына жибериниз: ертен сагат онда")
    assert request is not None and request.audience == "Алматы аспаздарына"


def test_a_vocabulary_declared_on_russian_keys_keeps_its_words_and_adds_their_keyboard_spellings() -> None:
    words = on_russian_keys(frozenset({"қанша", "сколько"}))
    assert words == {"қанша", "канша", "сколько"}
    assert on_russian_keys(("өтінім", "заявка")) == ("өтінім", "заявка", "отиним")
    meanings = on_russian_keys({"маңғ": "мангистау"})
    assert meanings["манг"] == "мангистау"
    assert on_russian_keys(re.compile("жабыңыз")).fullmatch("жабыныз")
