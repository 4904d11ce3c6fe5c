"""A sum someone asks of the worker or took from him is no pay wished for: the search leaves it to the chat, which
answers on fees or trust, and the profile offers no pay change for it. A relative of an age told, with what he should
do asked, gets the steps; the ministry thanked is no trade searched."""

from __future__ import annotations

import pytest

import matching
from bot.profile_words import read_change
from tests.search_chat import reads_as_chat


@pytest.mark.parametrize(("said", "topic"), [
    ("the recruiter asked me for 300 usd, should i pay?", "fees"),
    ("рекрутер 300 доллар сұрады, төлейін бе", "fees"),
    ("a recruiter wants 500 dollars from me for the visa, do i pay", "fees"),
    ("some1 on whatsapp says he can get me a job, wants 20k", "trust"),
    ("someone on telegram wants 150k for a place in qatar", "trust"),
])
def test_a_sum_asked_of_the_worker_is_no_search(said, topic):
    assert matching.small_talk(said) == topic
    assert reads_as_chat(said)


@pytest.mark.parametrize("said", [
    "сварщик от 2000 долларов",
    "driver 1800 qar doha",
    "i want 2000 usd as a driver",
])
def test_a_pay_wished_for_is_still_searched(said):
    assert not reads_as_chat(said)


@pytest.mark.parametrize("said", [
    "агент взял с меня 400 долларов за визу, а теперь не отвечает",
    "посредник забрал у меня 300 тысяч и теперь не берёт трубку",
    "the recruiter asked me for 300 usd, should i pay?",
])
def test_money_taken_or_asked_offers_no_pay_change(said):
    assert read_change(said) is None


@pytest.mark.parametrize("said", [
    "поменяйте зарплату на 2500",
    "хочу теперь от 3000 риалов",
])
def test_a_pay_wished_for_still_changes_the_profile(said):
    change = read_change(said)
    assert change is not None and change.field == "salary"


def test_money_taken_gets_trust():
    assert matching.small_talk("агент взял с меня 400 долларов за визу, а теперь не отвечает") == "trust"


@pytest.mark.parametrize("said", [
    "ұлым 25 жаста, дәнекерлеуші, Қатарға бару үшін не істеуі керек",
    "інім 28 жаста, электрик, Қатарға кету үшін не істеуі керек",
    "my son is 25 and a welder, what should he do",
    "my brother is 30, electrician, what should he do?",
])
def test_a_relative_asking_what_to_do_gets_the_steps(said):
    assert matching.small_talk(said) == "application"
    assert reads_as_chat(said)


def test_an_old_relative_still_asks_the_age():
    assert matching.small_talk("my father is 65, what should he do") == "age"


@pytest.mark.parametrize("said", [
    "ваш бот лучший, спасибо министерству",
    "министрлікке рахмет, бот жақсы",
    "thanks to the ministry, great bot",
])
def test_the_ministry_thanked_is_no_search(said):
    assert matching.small_talk(said) == "thanks"
    assert reads_as_chat(said)
