"""A recruiter or an agency asking a sum of the worker, asked about or only told: the answer on fees (recruitment under the
agreement costs the worker nothing), in each language; money taken and its taker gone keeps the answer on trust. A young
relative told to have no experience gets the requirements; the worker's own age beside it asks the age."""

from __future__ import annotations

import pytest

import matching
from tests.search_chat import reads_as_chat


@pytest.mark.parametrize(("said", "topic"), [
    ("agency wants 250 usd for visa", "fees"),
    ("an agency wants 250 usd for the visa, is it ok?", "fees"),
    ("агентство просит 250 долларов за визу", "fees"),
    ("агенттік виза үшін 250 доллар сұрап тұр", "fees"),
    ("recruiter asked me 300 usd should i pay", "fees"),
    ("рекрутер просит 300 долларов, платить?", "fees"),
    ("агентство взяло 250 тысяч и не берёт трубку", "trust"),
])
def test_a_sum_asked_by_an_agency_gets_the_fees(said, topic):
    assert matching.small_talk(said) == topic


@pytest.mark.parametrize("said", ["agency wants 250 usd for visa", "агентство просит 250 долларов за визу"])
def test_the_sum_asked_is_not_searched(said):
    assert reads_as_chat(said)


@pytest.mark.parametrize(("said", "topic"), [
    # a young relative with no experience: the experience is asked, as «опыта нет, возьмут?» is
    ("племяннику 20 лет, опыта нет совсем, его возьмут?", "requirements"),
    ("жиенім 22 жаста, тәжірибесі жоқ, алады ма?", "requirements"),
    ("my nephew is 19, no experience, will they take him?", "requirements"),
    ("сыну 25 лет, опыта нет, возьмут?", "requirements"),
    # the worker's own age, or an age at the edges, asks the age
    ("I'm 20 with no experience, will they take me?", "age"),
    ("отцу 60 лет, опыта нет, возьмут?", "age"),
])
def test_a_young_relative_without_experience_gets_the_requirements(said, topic):
    assert matching.small_talk(said) == topic


def test_a_young_relative_without_experience_with_vacancies_asked_is_searched():
    assert not reads_as_chat("брату 22 года, без опыта, что есть в Дохе?")
