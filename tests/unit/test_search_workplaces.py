"""A search by the place of work rather than the trade («работа в гостинице», "jobs at a clinic"), by the
worker's own conditions (no experience, no English), by a driving licence's category, and by a word
that alone names a trade beside others that do not; and what stays chat."""

from __future__ import annotations

import pytest

import matching
from handlers.search import names_an_occupation
from matching import job_questions
from matching.job_questions import asks_for_work_at_a_place, tells_a_story, without_conditions


@pytest.mark.parametrize(
    "said",
    ["работа в гостинице", "емханада жұмыс бар ма", "jobs at a clinic", "ищу работу на складе", "rabota v otele",
     "supermarket work please"],
)
def test_work_at_a_place_names_its_trades(said):
    assert asks_for_work_at_a_place(said)
    assert names_an_occupation(said)


@pytest.mark.parametrize("said", ["работа в Дубае", "жұмыс бар ма", "гостиница дорогая?", "any work for me"])
def test_no_place_of_work_or_no_work_asked(said):
    assert not asks_for_work_at_a_place(said)


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("грузчик без опыта работы", "грузчик"),
        ("сатушы тәжірибесіз, ағылшынсыз", "сатушы ,"),
        ("packer, no experience needed, Doha", "packer, , Doha"),
        ("официант без английского Лусаил", "официант Лусаил"),  # the town after it is not taken as refused
        ("bez opyta gruzchik", "gruzchik"),
    ],
)
def test_the_workers_own_conditions_are_set_aside(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize(
    "said", ["вакансии без опыта", "тәжірибесіз жұмыс керек", "work, no English needed", "есть работа без знания английского?"]
)
def test_work_in_general_with_a_condition_is_the_workers_own_list(said):
    assert matching.asks_for_jobs(said)


def test_work_with_a_pay_is_no_longer_work_in_general():
    assert not matching.asks_for_jobs("работа без опыта от 2000")


@pytest.mark.parametrize("said", ["у меня права категории D", "С санаты бар", "Category E licence, 12 years"])
def test_a_licence_category_names_a_driver(said):
    assert names_an_occupation(said)


@pytest.mark.parametrize(
    "said",
    ["права категории D в Катаре действуют?", "C санатты куәлік жарамды ма?", "сколько зарабатывает официант?"],
)
def test_a_question_asking_for_no_work_names_no_trade_by_one_word(said):
    assert not names_an_occupation(said)


def test_one_sure_word_names_the_trade_beside_a_place():
    assert names_an_occupation("sanitarkoi v kliniku")  # a weak whole, a sure word


@pytest.mark.parametrize(
    "said", ["сестра работает в Дохе медсестрой", "ұлым Лусаилда аспаз болып істейді", "my uncle works as a driver in Doha"]
)
def test_a_relatives_work_told_is_a_story(said):
    assert tells_a_story(said)


def test_a_relatives_work_asked_for_is_searched():
    assert not tells_a_story("брат работает водителем, есть для него работа получше?")


@pytest.mark.parametrize("text", ["жұмысқа автобус бар ма?", "jumysqa transport bar ma", "до работы транспорт дают?",
                                  "is there transport to the site?"])
def test_a_condition_asked_of_the_way_to_work_is_no_request_for_work(text):
    assert not job_questions.asks_for_jobs(text)


@pytest.mark.parametrize("text", ["на работу транспорт есть?", "до работы транспорт дают?"])
def test_a_condition_asked_of_the_way_to_work_is_a_question_about_conditions(text):
    assert job_questions.asks_about_conditions(text)


@pytest.mark.parametrize("text", ["работа с жильём есть?", "жұмыс бар ма", "хочу на работу"])
def test_work_with_a_condition_is_still_asked_for(text):
    assert job_questions.asks_for_jobs(text)
