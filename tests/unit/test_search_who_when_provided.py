"""Searches that say who the work is for, when it starts, the hours wanted, what the employer provides and the pay
asked net: none of these words is a trade, none of their numbers is the pay, and a town misspelt is still the town."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching
from handlers.search import _names_a_trade, is_chat, search_topic, searched_words, typed_query
from matching.job_questions import asks_for_jobs, without_conditions


def chat(message: str) -> bool:
    query = typed_query(message)
    topic = matching.small_talk(query)
    names = _names_a_trade(query, topic)
    return is_chat(query, search_topic(query, topic, names), names, matching.asked_pay(query)[0])


def first_trade(message: str) -> str | None:
    rest = matching.asked_pay(matching.split_town(searched_words(typed_query(message)))[1])[1]
    found = matching.suggest_occupations(rest, limit=1) if rest.strip(" ,.") else []
    return found[0].code if found else None


@pytest.mark.parametrize(
    "message",
    [
        "мне 49, есть для меня вакансии?", "жасым 55-те, маған жұмыс бар ма?", "I'm 47, any work for me?",
        "тока для девушек работа", "работа для женшин",
        "форму выдают и кормят", "арнайы киім берілсе жұмыс", "uniform provided work",
        "жарты жылға жұмыс керек", "демалыс күндері бос болсын, жұмыс", "no weekend work please",
        "нужно по 8 часов, работа",
    ],
)
def test_conditions_alone_ask_for_the_workers_list(message):
    assert asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["мне 45, возьмут?", "жасым 58, бола ма?", "работаю 12 часов без выходных"])
def test_an_age_asked_about_or_hours_told_stay_chat(message):
    assert not asks_for_jobs(typed_query(message))


@pytest.mark.parametrize(
    ("message", "trade"),
    [
        ("каменщик, билеты в обе стороны за счёт работодателя", "7112"),
        ("return tickets paid, plumber", "7126"),
        ("екі жаққа билет, аспаз", "5120"),
        ("сантехник со спецодеждой и питанием", "7126"),
        ("уборщица, форма и питание", "9112"),
        ("жүк тиеуші, тамак берилсин", "9333"),
        ("повар после Нового года", "5120"),
        ("Ораза айтынан кейін емес, Рамазаннан кейін, дәнекерлеуші", "7212"),
        ("after Eid, electrician", "7411"),
        ("күзетші болғым келеді", "5414"),
        ("ағылшынша білмеймін, аспаз болсам деймін", "5120"),
        ("английский не знаю, сварщик", "7212"),
        ("аспаз болғым келмейді, даяшы", "5131"),
        ("ағама дәнекерлеуші жұмысы керек", "7212"),
        ("дочке нужна работа няней", "5311"),
        ("шұғыл шығу, электрик", "7411"),
        ("срочно вылет, маляр", "7131"),
        ("urgent joining, mason", "7112"),
        ("аптасына бір күн демалыс, аспаз", "5120"),
        ("электрик, ночная смена жоқ", "7411"),
    ],
)
def test_words_beside_the_trade_are_no_trade(message, trade):
    assert not chat(message)
    assert first_trade(message) in {trade, {"7411": "7412", "9112": "9111"}.get(trade)}


@pytest.mark.parametrize(
    ("message", "pay"),
    [
        ("после вычетов 2200, любая", Decimal(2200)),
        ("at least 1700 after deductions", Decimal(1700)),
        ("ұстап қалғаннан кейін 2500 болсын", Decimal(2500)),
    ],
)
def test_a_pay_asked_net_is_a_search_not_a_complaint(message, pay):
    assert matching.asked_pay(typed_query(message))[0] == pay
    assert not chat(message)


def test_deductions_complained_of_stay_chat():
    assert chat("после вычетов остаётся 700, это законно?")


@pytest.mark.parametrize(
    ("message", "town"),
    [
        ("work in el kohr", "al-khor"), ("плотник дукан", "dukhan"), ("Индустриал ариаға жүк тиеуші", "doha"),
    ],
)
def test_towns_misspelt(message, town):
    found = matching.split_town(message)[0]
    assert found is not None and found.key == town


@pytest.mark.parametrize("message", ["al baby shop", "в дүкенде жұмыс"])
def test_words_near_a_town_name_no_town(message):
    assert matching.split_town(message)[0] is None


def test_a_corrected_pay_with_lutshe_keeps_the_last():
    assert matching.asked_pay(typed_query("электрик от 2600, нет лучше от 2300"))[0] == Decimal(2300)


def test_a_relatives_age_beside_a_town_searches_the_town():
    assert not chat("дочке 22 года, что есть в Лусаиле?")


def test_every_vacancy_paying_at_least():
    query = typed_query("every vacancy paying at least 1900")
    assert matching.asks_for_every_job(matching.asked_pay(query)[1])


def test_a_form_to_fill_is_no_uniform():
    assert without_conditions("как заполнить форму заявки") == "как заполнить форму заявки"


@pytest.mark.parametrize("message", ["кроме грузчика и сторожа", "no driving and no cooking please", "not as a cleaner"])
def test_trades_refused_alone_ask_for_the_workers_list(message):
    assert asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["no thanks", "не понял", "not now"])
def test_a_no_that_refuses_no_trade_is_no_request(message):
    assert not asks_for_jobs(typed_query(message))


@pytest.mark.parametrize("message", ["should i buy the plane ticket to Doha myself", "my ticket to doha, do i buy it myself"])
def test_who_pays_the_way_there_is_no_search_of_the_town(message):
    """A question of the worker's rights naming the town he flies to asks about the flight, not for its jobs."""
    assert chat(message)


@pytest.mark.parametrize("message", ["я жена рабочего, он не звонит неделю, помогите", "ағам дәнекерлеуші, екі аптадан бері хабарласпай жатыр"])
def test_a_family_that_lost_touch_is_no_search_of_the_trade_named(message):
    """A family that has lost touch with a worker wants the hotline, not the vacancies of the trade it names."""
    assert chat(message)


@pytest.mark.parametrize("message", [
    "my brother stopped calling us, he works as a driver there", "my son is not answering his phone for a week",
    "дочь уехала горничной, телефон не берёт и не звонит", "әкем жүргізуші, телефонын алмайды",
])
def test_a_family_that_lost_touch_is_answered_in_the_chat_and_not_searched(message):
    """The chat and the search read a worker out of touch alike: the hotline, in English and Kazakh too."""
    assert chat(message)
    assert matching.out_of_touch(message)


def test_a_bot_that_does_not_answer_is_no_lost_relative():
    """«не отвечает» said of the bot names no relative: help with the bot, never the hotline's lost worker."""
    assert matching.small_talk("бот не отвечает на кнопки") != "human"
    assert matching.small_talk("сын не отвечает на звонки") == "human"
    assert not matching.out_of_touch("водитель нужен, звонить по телефону")


@pytest.mark.parametrize("message", ["who pays the air fare to Doha?", "билет до Дохи кто оплачивает?", "Дохаға ұшақ билетін кім алады"])
def test_the_flight_asked_about_is_named_in_any_language(message):
    assert matching.names_the_flight(message)
