"""A rota (2/2, a month on and a month off, «тәулік арасында»), the room (its own, for two, so many people to it,
a flat rather than a camp) and the contract's length set beside a search are conditions: alone they ask for the
worker's own list, beside a trade they leave the trade searched, and their numbers are never a pay."""

from __future__ import annotations

import pytest

import matching
from handlers.search import _names_a_trade, search_topic, searched_words, typed_query
from matching.job_questions import without_conditions


@pytest.mark.parametrize(
    "said",
    ["вахта 3/1", "график 5/2 и жильё", "үш күн жұмыс, бір күн демалыс", "own room only", "в комнате до 2 человек",
     "отдельная комната и питание", "контракт минимум три года", "екі жылдық келісімшарт", "contract for 12 months"],
)
def test_a_condition_alone_asks_for_the_workers_own_list(said):
    assert matching.asks_for_jobs(typed_query(said))


@pytest.mark.parametrize(
    ("said", "trade"),
    [("плотник, график 2/2", "7115"), ("бетонщик вахта 1 месяц через 1", "7114"), ("аспаз, бөлмеде 3 адам", "5120"),
     ("кондитер, жильё квартира", "7512"), ("painter, 3 people per room", "7131"), ("cook, single room", "5120"),
     ("күзетші, тәулік арасында", "5414"), ("waiter contract 24 months", "5131")],
)
def test_a_condition_beside_a_trade_leaves_the_trade_searched_and_no_pay(said, trade):
    words = searched_words(typed_query(said))
    assert matching.asked_pay(matching.split_town(words)[1])[0] is None
    assert matching.suggest_occupations(words, limit=1)[0].code == trade


@pytest.mark.parametrize("said", ["room attendant", "мастер по кондиционерам", "уборщица квартир"])
def test_a_room_or_an_air_conditioner_of_a_trade_stays(said):
    assert without_conditions(said) != ""
    assert "room" in without_conditions("room attendant") and "кондиционер" in without_conditions("мастер по кондиционерам")


def test_with_air_conditioning_is_a_condition_not_the_air_conditioning_mechanic():
    assert without_conditions("с кондиционером в комнате") == ""


@pytest.mark.parametrize("said", ["rotation 6 weeks on 2 off, rigger", "3 months on 1 month off rigger"])
def test_a_rotation_in_weeks_or_months_leaves_the_trade(said):
    assert without_conditions(said).strip(" ,") == "rigger"


@pytest.mark.parametrize(
    "said",
    ["Doha Building Contracting заселила по 10 человек в комнату", "Al Khor Construction company put us 10 people in one room",
     "охранная фирма поселила нас по 8 человек в одну комнату"],
)
def test_a_crowded_room_told_of_an_employer_named_by_its_town_or_trade_stays_a_complaint(said):
    query = typed_query(said)
    topic = matching.small_talk(query)
    assert topic == "complaint"
    assert search_topic(query, topic, _names_a_trade(query, topic)) == "complaint"
