"""A place of work searched for alone (a hospital, an airport, an airline, a hotel, an oil company) lists the
vacancies of the trades working there, not those of its managers; a place named beside a trade searches that
trade."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.search import is_chat, names_an_occupation, search_topic, searched_words, typed_query, _names_a_trade
import matching
from matching.job_questions import workplace_trades
from matching.models import Vacancy
from matching.ranking import search_vacancies

TODAY = date(2026, 1, 10)


def _vacancy(number: int, title: str, code: str) -> Vacancy:
    return Vacancy(id=number, title=title, isco_code=code, city="Doha")


HOSPITAL = [
    _vacancy(1, "Health Services Manager", "1342"),
    _vacancy(2, "Staff Nurse", "2221"),
    _vacancy(3, "Patient Care Assistant", "5321"),
    _vacancy(4, "Ward Cleaner", "9112"),
]
AIRPORT = [
    _vacancy(11, "Airport Operations Director", "1324"),
    _vacancy(12, "Baggage Porter", "9621"),
    _vacancy(13, "Ramp Loader", "9333"),
    _vacancy(14, "Check-in Agent", "4221"),
    _vacancy(15, "Flight Attendant", "5111"),
    _vacancy(16, "Bricklayer", "7112"),
]


def _found(query: str, vacancies: list[Vacancy]) -> list[str]:
    return [ranked.vacancy.title for ranked in search_vacancies(searched_words(typed_query(query)), vacancies, today=TODAY)]


@pytest.mark.parametrize("query", ["работу в госпитале", "аурухана жұмыс", "vacancies at hospitals", "вакансии Хамад"])
def test_a_hospital_searched_alone_lists_its_nurses_carers_and_cleaners_not_its_manager(query):
    found = _found(query, HOSPITAL)
    assert {"Staff Nurse", "Patient Care Assistant", "Ward Cleaner"} <= set(found)
    assert "Health Services Manager" not in found
    assert found[0] == "Staff Nurse" or set(found[:3]) == {"Staff Nurse", "Patient Care Assistant", "Ward Cleaner"}


@pytest.mark.parametrize("query", ["работа в аэропорту", "әуежайда жұмыс бар ма", "any airport work", "Hamad International airport vacancies"])
def test_an_airport_searched_alone_lists_its_ground_and_cabin_staff(query):
    found = _found(query, AIRPORT)
    assert {"Baggage Porter", "Ramp Loader", "Check-in Agent", "Flight Attendant"} <= set(found)
    assert "Airport Operations Director" not in found and "Bricklayer" not in found


@pytest.mark.parametrize("query", ["хочу в авиакомпанию", "airlines hiring", "әуе компаниясына жұмыс"])
def test_an_airline_searched_alone_lists_its_cabin_crew_and_check_in_staff(query):
    found = _found(query, AIRPORT)
    assert {"Flight Attendant", "Check-in Agent"} <= set(found)
    assert "Bricklayer" not in found


@pytest.mark.parametrize(
    "query", ["в аэропорт", "работа в гостиничной сети", "ірі мұнай компаниясына", "airline jobs", "клиникаға жұмыс"]
)
def test_a_place_alone_is_a_search(query):
    query = typed_query(query)
    topic = matching.small_talk(query)
    names = _names_a_trade(query, topic)
    assert not is_chat(query, search_topic(query, topic, names), names, None)
    assert names_an_occupation(searched_words(query))


@pytest.mark.parametrize(
    "query",
    ["санитаркой в больницу", "cleaner at the airport", "kitchen jobs in a hotel", "в аэропорту нас встретят?", "отель и больница"],
)
def test_a_place_beside_a_trade_or_another_place_is_not_searched_as_the_place_alone(query):
    assert workplace_trades(searched_words(typed_query(query))) == ()


def test_a_cleaner_at_hamad_airport_is_an_airport_cleaner_not_a_hospital_one():
    assert "больниц" not in searched_words("уборщица в аэропорт Хамад")
    assert "hospital" not in searched_words("cleaner Hamad airport")


@pytest.mark.parametrize("said", ["санитар в больницу Сидра", "hospital Hamad porter", "аурухана Хамад медбике"])
def test_a_hospital_named_after_its_kind_is_read_once_as_the_hospital(said):
    words = searched_words(said)
    assert "Сидра" not in words and "Hamad" not in words and "Хамад" not in words
    assert len([w for w in words.split() if w.lower().startswith(("больниц", "hospital", "аурухана"))]) == 1


@pytest.mark.parametrize("said", ["oil and gas jobs", "нефть и газ, работа", "мұнай-газ саласына жұмыс", "oil industry vacancies"])
def test_oil_and_gas_said_as_a_sector_is_searched_as_its_trades(said):
    trades = workplace_trades(searched_words(typed_query(said)))
    assert trades and trades[0] == "8113" and "7212" in trades
