"""Searches told through who the worker is or what they can do: no experience, training wanted, two going together,
day shifts, work better than now, the worker's own trade somewhere else, and a trade change in the profile, which
is no search."""

from __future__ import annotations

import pytest

import matching
from handlers.search import searched_words, typed_query
from matching.job_questions import asks_for_any_job, tells_a_story
from tests.search_chat import reads_as_chat


@pytest.mark.parametrize("message", [
    "ищу работу, опыта работы нету",
    "нужна работа с обучением на месте",
    "a job with on the job training please",
    "ағаммен бірге жұмыс керек",
    "me and my husband are looking for work",
    "нужна работа получше, чем у меня теперь",
    "tolko dnevnye smeny, rabota nujna",
    "түнгі ауысым болмасын, жұмыс керек",
])
def test_work_in_general_with_the_workers_conditions_gets_their_own_list(message: str):
    assert matching.asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["tamaq beredi me", "тамақ береді ме"])
def test_asking_whether_food_is_given_is_still_a_question(message: str):
    assert not matching.asks_for_jobs(typed_query(message))


def test_any_job_for_two_brothers_is_every_vacancy():
    assert asks_for_any_job(typed_query("с братом вдвоём, любая работа подойдёт"))


@pytest.mark.parametrize(("message", "town"), [
    ("like my profile but in Lusail", "lusail"),
    ("как в моём профиле, только в Аль-Хоре", "al-khor"),
    ("мамандығым бойынша, бірақ Уакрада", "al-wakrah"),
])
def test_the_workers_own_trade_elsewhere_searches_that_town(message: str, town: str):
    assert not reads_as_chat(message)
    found, _ = matching.split_town(searched_words(typed_query(message)))
    assert found is not None and found.key == town


def test_the_workers_own_trade_at_a_pay_keeps_the_pay():
    message = "по профилю, но чтобы платили от 2500"
    assert not reads_as_chat(message)
    assert matching.asked_pay(searched_words(typed_query(message)))[0] == 2500


def test_a_pay_wished_for_is_no_story_of_pay_had():
    assert not tells_a_story("чтобы платили от 2500, сварщик")
    assert tells_a_story("мне платили 1500 в прошлом году")


@pytest.mark.parametrize("message", ["поменяйте профессию в анкете на сварщика", "change my trade in the profile to driver"])
def test_a_trade_changed_in_the_profile_lists_no_vacancies(message: str):
    assert reads_as_chat(message)
