"""Profile changes told in words: a word of its own one letter from a request («имени», «извините», «помню»,
"chance") asks for no change, so «мошенники звонят от вашего имени» is no new name; a move told with the job that
brought it ("new job in Pavlodar so I moved there last week") is the new region."""

from __future__ import annotations

import pytest

from bot.profile_words import read_change


@pytest.mark.parametrize("text", [
    "мошенники звонят от вашего имени",
    "кто-то пишет людям от имени министерства",
    "извините Ерлан я перепутал",
    "я помню свой старый номер",
    "no chance to go this year",
])
def test_a_word_of_its_own_is_no_request_mistyped(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "field", "value"), [
    ("имя поменяйте на Ерлан Бекович", "name", "Ерлан Бекович"),
    ("паменяйте номер 87015553322", "phone", "+77015553322"),
    ("ошибся в фамилии, я Дина, Дина Сапарова", "name", "Дина Сапарова"),
])
def test_a_request_mistyped_or_a_mistake_with_the_right_name_still_changes(text, field, value):
    change = read_change(text)
    assert change is not None and (change.field, change.value) == (field, value)


@pytest.mark.parametrize(("text", "region"), [
    ("got a job in Aktobe and moved there", "aktobe"),
    ("moved to Kostanay for a new job", "kostanay"),
    ("found a job in Taraz, moved last month", "zhambyl"),
])
def test_a_move_told_with_the_job_that_brought_it_is_the_new_region(text, region):
    change = read_change(text)
    assert change is not None and (change.field, change.value) == ("region", region)


@pytest.mark.parametrize("text", [
    "my brother got a job in Aktau and moved there",
    "change my job alerts to Almaty",
])
def test_a_relatives_job_or_the_alerts_are_no_move(text):
    change = read_change(text)
    assert change is None or change.field != "region"
