"""Searches typed in a hurry or told as a conversation goes on: commas with no space after them, the pay glued
to «от», two towns, a search carried on from the one before («а если плиточником»), the employer's size or
kind beside the trade, work near the metro or with housing for a family, and a pay by the hour or the day
beside the trade; and the questions that stay chat."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching
from handlers.search import _names_a_trade, is_chat, names_an_occupation, search_topic, searched_words, typed_query
from matching.job_questions import (
    asks_about_conditions, asks_for_jobs, without_conditions, without_employer_kind, without_going_on,
)
from matching.places import names_two_towns


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("электрик,лусаил,от1800", "электрик, лусаил, от1800"),
        ("mason,wakra", "mason, wakra"),
        ("1800,Доха", "1800, Доха"),
        ("Вакра/Лусаил", "Вакра / Лусаил"),
        ("от 2,5к", "от 2,5к"),  # a number keeps its comma
        ("2,500 QR", "2,500 QR"),
        ("з/п 2000", "з/п 2000"),  # an abbreviation keeps its slash
        ("24/7", "24/7"),
        ("Mason.Lusail.1800", "Mason. Lusail. 1800"),
        ("от 2.5к", "от 2.5к"),  # a number keeps its point
        ("кат.C", "кат.C"),
    ],
)
def test_a_comma_or_a_slash_typed_without_a_space_parts_the_words(typed, read):
    assert typed_query(typed) == read


def test_the_town_and_the_pay_typed_with_commas_are_found():
    town, rest = matching.split_town(typed_query("плиточник,вакра,от1800"))
    assert town is not None and town.key == "al-wakrah"
    assert matching.asked_pay(rest)[0] == Decimal(1800)
    assert matching.asked_pay("ot3000 elektrik")[0] == Decimal(3000)
    assert matching.asked_pay("сварщик от3 лет")[0] is None  # years, not pay
    assert matching.asked_pay("satushy 1700den")[0] == Decimal(1700)  # the Kazakh «from» joined with no hyphen
    assert matching.asked_pay("бояушы 2500 ден жогары")[0] == Decimal(2500)  # «жоғары» typed without its letter


@pytest.mark.parametrize(
    ("said", "town"),
    [("плотник в Духане или в Дохе", "dukhan"), ("mason lusail / doha", "lusail"), ("сантехник Хор или Вакра", "al-wakrah"),
     ("водитель эль хор или рас лаффан", "al-khor")],
)
def test_of_two_towns_the_first_named_is_searched(said, town):
    found, _ = matching.split_town(said)
    assert found is not None and found.key == town


def test_a_second_town_is_no_word_of_the_trade():
    town, rest = matching.split_town("Вакра или Месаид")
    assert town is not None and town.key == "al-wakrah" and matching.split_town(rest)[0] is None
    assert names_two_towns("в Дохе или в Лусаиле лучше?") and not names_two_towns("плотник в Дохе")


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("а если плиточником", "плиточником"),
        ("ал бояушы болып ше?", "бояушы"),
        ("al tazalaushy she", "tazalaushy"),
        ("how about mason", "mason"),
        ("and for plumbers?", "plumbers?"),
        ("то же самое для плотника", "плотника"),
        ("same for mason", "mason"),
        ("al khor?", "al khor?"),  # the article of a town that needs it stays
        ("а", "а"),
    ],
)
def test_a_search_carried_on_from_the_last_keeps_only_its_own_words(said, left):
    assert without_going_on(said) == left


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("плотник в международную компанию", "плотник"),
        ("mason for a large company", "mason"),
        ("waiter in a restaurant chain", "waiter in a restaurant"),
        ("ірі фирмаға дәнекерлеуші", "дәнекерлеуші"),
        ("в министерство водителем", "водителем"),
        ("driver for a government company", "driver"),
        ("маляр в бюджетную организацию", "маляр"),
        ("в частную клинику медсестрой", "в частную клинику медсестрой"),  # a clinic is a place of work
    ],
)
def test_the_employers_size_or_kind_is_set_aside(said, left):
    assert without_employer_kind(said) == left


@pytest.mark.parametrize("said", ["дайте номер посольства в Дохе", "embassy phone number in doha", "консульство в Дохе где?"])
def test_the_embassy_is_no_employers_kind(said):
    """Workers name the embassy for its contacts far more often than as an employer: set aside, «номер посольства в
    Дохе» would have become a search of Doha's vacancies."""
    assert without_employer_kind(said) == said


@pytest.mark.parametrize(
    "said", ["плотник в международную компанию", "mason for a large company", "кассир в банк", "охранник в торговом центре"]
)
def test_a_trade_beside_the_employers_kind_is_a_search(said):
    topic = matching.small_talk(said)
    names = _names_a_trade(said, topic)
    assert names
    assert not is_chat(said, search_topic(said, topic, names), names, None)


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("сантехник поблизости от метро", "сантехник"),
        ("mason close to a metro station", "mason"),
        ("метроға жақын сатушы", "сатушы"),
        ("повар, жильё для семьи", "повар,"),
        ("plumber, family housing", "plumber,"),
        ("отбасыммен бірге тұруға болатын жұмыс", "жұмыс"),
    ],
)
def test_the_metro_and_a_familys_housing_are_conditions(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize(
    "said", ["поблизости от метро", "жильё для семьи", "family housing", "need work asap", "в международную компанию", "work plz"]
)
def test_conditions_or_an_employers_kind_alone_ask_for_the_workers_own_list(said):
    assert asks_for_jobs(said)


def test_the_metro_beside_a_town_is_a_condition_and_a_question_about_it_is_chat():
    assert not matching.asks_about_a_town("электрик в Лусаиле возле метро")
    assert matching.asks_about_a_town("в Дохе метро есть?")


def test_a_trade_and_the_family_it_brings_is_a_search():
    said = "сантехник, чтобы можно было с семьёй"
    assert _names_a_trade(said, matching.small_talk(said))
    said = "с семьёй можно приехать?"
    assert not _names_a_trade(said, matching.small_talk(said))


@pytest.mark.parametrize(
    ("said", "left"),
    [("маляр 90 riyal v den", "маляр"), ("daily rate 100 qr mason", "mason"), ("сағатына 12 риал бояушы", "бояушы"),
     ("плотник 20 риал час", "плотник")],
)
def test_a_pay_by_the_day_or_the_hour_beside_the_trade_is_dropped(said, left):
    assert matching.asked_pay(said) == (None, left)
    assert names_an_occupation(searched_words(left))


def test_a_shift_is_no_pay_by_the_day():
    assert matching.asked_pay("plumber 2500 day shift")[0] == Decimal(2500)


def test_how_much_a_trade_earns_asked_is_chat():
    assert asks_about_conditions("сколько получает крановщик в Лусаиле?")
    assert asks_about_conditions("сколько зарабатывает сварщик?")


@pytest.mark.parametrize("said", ["сантехник ппр", "crane operator 50t", "сварщик НАКС", "driver 5 ton"])
def test_a_trade_with_its_specialisation_after_it_names_the_trade(said):
    assert names_an_occupation(said)


@pytest.mark.parametrize("said", ["водитель ждёт ответа", "driver licence renew", "электрик ждёт визу", "welder visa status"])
def test_a_trade_followed_by_words_of_a_sentence_is_no_specialisation(said):
    assert not names_an_occupation(said)
