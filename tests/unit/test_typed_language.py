"""A language typed by name on the language screen, in any of the bot's languages and scripts."""

from __future__ import annotations

import pytest

from bot.i18n import language_asked, language_named


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Қазақша", "kk"), ("казахский", "kk"), ("qazaqsha", "kk"), ("Kazakh", "kk"), ("каз", "kk"),
        ("русский", "ru"), ("Русский язык", "ru"), ("орысша", "ru"), ("russian", "ru"), ("рус", "ru"),
        ("English", "en"), ("english please", "en"), ("ағылшынша", "en"), ("английский", "en"), ("eng", "en"),
        ("«Русский»!", "ru"), ("на русском", "ru"), ("по-русски", "ru"), ("қазақша болсын", "kk"),
        ("in English please", "en"),
    ],
)
def test_language_names_are_understood(text, code):
    assert language_named(text) == code


@pytest.mark.parametrize(
    "text", ["да", "иә", "hello", "engineer", "каменщик", "я хочу на русском языке", "", None, "   "]
)
def test_other_words_name_no_language(text):
    assert language_named(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Қазақша", "kk"), ("қазақша болсын", "kk"), ("на казахском пожалуйста", "kk"), ("English", "en"),
        ("in English please", "en"), ("по-русски можно?", "ru"), ("орысша жазыңыз", "ru"),
    ],
)
def test_a_language_asked_for_outside_the_language_screen(text, code):
    assert language_asked(text) == code


@pytest.mark.parametrize("text", ["английский нужен?", "знаю английский", "ағылшын тілі керек пе", "hello"])
def test_a_language_named_about_something_else_asks_for_none(text):
    assert language_asked(text) is None
