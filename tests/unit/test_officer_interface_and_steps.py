"""Audiences named as the bot shows them to an officer: the language a worker reads the bot in («кто выбрал
русский в боте», «интерфейс на английском», «ботты орысша қолданатындар», "people using the bot in
English"), a step by the word for a step («этап — оффер», «"Сұхбат" мәртебесіндегілер», "the offer step"), and
a correction that opens the message («поправка: …», «түзету: …», "correction: …")."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


def _read(typed: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    reading = read_audience(typed, NAMES)
    return reading.kind, reading.value, reading.beside


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("кто выбрал русский язык в боте", ("lang", "ru", ())),
        ("тем, у кого интерфейс на английском", ("lang", "en", ())),
        ("ботты орысша қолданатындар", ("lang", "ru", ())),
        ("people using the bot in English", ("lang", "en", ())),
        ("ағылшын тілін таңдағандарға, Атырау", ("lang", "en", (("region", "atyrau"),))),
    ],
)
def test_the_language_the_bot_speaks_is_the_workers_language(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("этап — оффер", ("status", "offer", ())),
        ("«Сұхбат» мәртебесіндегілерге", ("status", "interview", ())),
        ("candidates at the offer step", ("status", "offer", ())),
        ("всем на этапе проверки квалификации", ("status", "qualification_check", ())),
    ],
)
def test_a_step_named_as_the_bot_shows_it(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("поправка: не сварщикам, а плотникам", ("isco", "7115", ())),
        ("исправление — Павлодар, а не Костанай", ("region", "pavlodar", ())),
        ("түзету: Атырау емес, Ақтөбе", ("region", "aktobe", ())),
        ("correction: carpenters, not welders", ("isco", "7115", ())),
    ],
)
def test_a_correction_that_opens_the_message_names_the_audience_meant(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize("typed", ["бот не работает", "язык не тот", "those who"])
def test_words_of_the_bot_alone_name_no_audience(typed: str) -> None:
    assert not read_audience(typed, NAMES).understood


@pytest.mark.parametrize(
    ("typed", "language"), [("казахоязычным", "kk"), ("кахазоязычным", None),
                            ("ружскоязычным", "ru"), ("англоязычным", "en")]
)
def test_speakers_of_a_language_typed_with_a_letter_wrong(typed: str, language: str | None) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.value if reading.kind == "lang" else None) == language
