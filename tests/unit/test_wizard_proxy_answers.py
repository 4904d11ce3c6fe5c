"""Answers typed by a son or daughter for a parent, or with the question typed before them: the wizard
keeps the worker's value and leaves out who is writing, the question and what the writer calls the bot."""

from __future__ import annotations

import pytest

from bot import validation


@pytest.mark.parametrize(("typed", "name"), [
    ("пишу за маму: Ибраева Сауле", "Ибраева Сауле"),
    ("это дочка пишет, папу зовут Ермек Садыков", "Ермек Садыков"),
    ("Әкем үшін жазамын, Дәулетов Қанат", "Дәулетов Қанат"),
    ("I'm his son, my father's name is Timur Bekov", "Timur Bekov"),
    ("Ваше ФИО? Мусин Арман", "Мусин Арман"),
    ("Есіміңіз кім? Бекова Әлия", "Бекова Әлия"),
    ("Добрый день, доченька. Сапаров Жомарт", "Сапаров Жомарт"),
    ("Байжанов Ерик, 61 год", "Байжанов Ерик"),
    ("ИСАЕВ КАНАТ 1971 г.р.", "ИСАЕВ КАНАТ"),
    ("Mrs. Gulnara Ospanova", "Gulnara Ospanova"),
    ("Омаров Даурен (пишет дочь)", "Омаров Даурен"),
    ("А.Б. Нурланов", "А.Б. Нурланов"),
])
def test_the_name_is_kept_without_the_words_around_it(typed: str, name: str) -> None:
    assert validation.full_name(typed) == name


@pytest.mark.parametrize("typed", ["за маму пишу", "папа", "my father", "анам үшін", "Фамилия, имя"])
def test_whom_the_writer_writes_for_without_a_name_asks_for_the_name(typed: str) -> None:
    with pytest.raises(validation.InvalidInput) as raised:
        validation.full_name(typed)
    assert raised.value.key == "error-name-relative"
