"""Searches as workers type them on a phone, read as meant: «у.е.» is no riyals; a licence's letter is no preposition
of the town after it; a relative's trade told beside the worker's own wish is no wish; one condition beside a trade
(overtime paid, the visa paid by the employer, transport to the site, the day off) names no trade; what is there
for the worker asked with no word for work asks for their list; the Industrial Area by its other names."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching
from handlers.search import typed_query
from matching.job_questions import asks_for_jobs, refused_trades, without_conditions, without_relatives_work


@pytest.mark.parametrize("said", ["плиточник от 900 у.е.", "каменщик 750 у. е. в месяц", "бетонщик 1000 уе", "аспаз 600 у.е"])
def test_conventional_units_are_no_riyals(said):
    pay, rest = matching.asked_pay(said)
    assert pay is None and matching.names_no_riyals(said)
    assert rest.split()[0] in said


def test_riyals_beside_a_word_beginning_like_the_units_are_still_riyals():
    assert matching.asked_pay("сварщик у нас от 2000")[0] == Decimal(2000)


@pytest.mark.parametrize(("said", "town", "left"), [
    ("водитель категории Д в Лусаиле", "lusail", "водитель категории Д"),
    ("права CE, Месаид", "mesaieed", "права CE,"),
    ("жүргізуші санаты С, Доха", "doha", "жүргізуші санаты С,"),
    ("сварщик в Дохе", "doha", "сварщик"),
])
def test_a_licence_letter_stays_with_the_licence_not_with_the_town(said, town, left):
    found, rest = matching.split_town(said)
    assert found is not None and found.key == town
    assert rest == left


@pytest.mark.parametrize(("said", "left"), [
    ("жена у меня повар, а мне бы что-нибудь найти", "мне бы что-нибудь найти"),
    ("my uncle is a mason there, what do you have for me?", "what do you have for me?"),
    ("інім жүргізуші, маған бірдеңе бар ма?", "маған бірдеңе бар ма?"),
    ("сын сварщик, он уже в Дохе, а мне нужна работа водителем", "мне нужна работа водителем"),
])
def test_a_relatives_trade_told_as_context_is_left_out(said, left):
    assert without_relatives_work(said) == left


@pytest.mark.parametrize("said", [
    "мой сын сварщик, когда ему дадут визу?",  # news of the relative, no wish of the writer's
    "мы с женой: я электрик, она повар",  # both wished for together
    "для брата ищу работу крановщиком",  # sought for the relative
    "ищу работу для жены, она швея",
])
def test_a_relatives_trade_wished_or_told_alone_is_kept(said):
    assert without_relatives_work(said) == said


@pytest.mark.parametrize("said", [
    "жена у меня повар, а мне бы что-нибудь найти", "інім жүргізуші, маған бірдеңе бар ма?",
    "my uncle is a mason there, what do you have for me?",
])
def test_the_writers_own_wish_after_a_relatives_trade_asks_for_the_list(said):
    assert asks_for_jobs(typed_query(said))


@pytest.mark.parametrize(("said", "left"), [
    ("сантехник, визу оплачивает работодатель", "сантехник,"),
    ("электрик free visa", "электрик"),
    ("маляр с оплатой сверхурочных", "маляр"),
    ("бетонщик, үстеме сағат төленеді", "бетонщик,"),
    ("foreman, transport to the site provided", "foreman,"),
    ("аспаз, жұмысқа автобуспен апарады", "аспаз,"),
    ("steel fixer, visa covered by the company", "steel fixer,"),
    ("weldr, accomodation", "weldr,"),
])
def test_one_condition_beside_a_trade_names_no_trade(said, left):
    assert without_conditions(said) == left


def test_the_day_off_named_is_set_aside_with_the_hours():
    assert without_conditions("повар, выходной суббота", hours=True) == "повар,"


@pytest.mark.parametrize("said", ["маған не бар?", "what is there for me", "i just need a job", "а мне какую работу можно найти"])
def test_what_is_there_for_the_worker_asks_for_their_list(said):
    assert asks_for_jobs(said)


@pytest.mark.parametrize("said", ["сварщикам не бар ма?", "what is there in doha to see?", "не бар сол жақта, ағам?"])
def test_what_is_there_about_others_asks_for_no_list(said):
    assert not asks_for_jobs(said)


@pytest.mark.parametrize("said", ["электрик промзона", "сантехник Санайя", "aspaz doxa"])
def test_the_industrial_area_by_its_other_names_and_doha_with_a_latin_x_are_doha(said):
    town, _ = matching.split_town(said)
    assert town is not None and town.key == "doha"


@pytest.mark.parametrize(("said", "refused"), [
    ("жұмыс істегім келеді бірақ күзетші емес", "5414"),
    ("i want to work but not on a building site", "71"),
    ("не хочу грузчиком, что ещё есть?", "9333"),
    ("басқа жұмыс, тазалаушы емес, тағы не бар?", "9112"),
])
def test_work_in_general_with_a_trade_refused_asks_for_the_list_without_it(said, refused):
    assert asks_for_jobs(said)
    assert refused in refused_trades(said)


@pytest.mark.parametrize("said", ["is there transport to work?", "жұмысқа транспорт бар ма?"])
def test_the_way_to_work_asked_about_is_still_no_request(said):
    assert not asks_for_jobs(said)
