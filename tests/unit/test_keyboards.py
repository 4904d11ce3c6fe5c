"""Buttons as a worker reads them on a phone."""

from __future__ import annotations

from handlers import keyboards

LONG = "Монтажники и ремонтники по обслуживанию ИКТ и устройств связи"  # 61 characters


def test_a_long_occupation_is_cut_after_a_whole_word_and_says_so(i18n):
    markup = keyboards.occupation_suggestions(i18n.translator("ru"), [("7422", LONG), ("7212", "Сварщики")])
    labels = [row[0].text for row in markup.inline_keyboard]
    assert labels[0] == "Монтажники и ремонтники по обслуживанию ИКТ и устройств…"  # not "…устройств связ"
    assert labels[1] == "Сварщики"
    assert all(len(label) <= keyboards.BUTTON_LABEL_MAX for label in labels)


def test_a_label_with_no_space_to_cut_at_is_cut_at_the_limit():
    assert keyboards.label("x" * 100) == "x" * 59 + "…"
