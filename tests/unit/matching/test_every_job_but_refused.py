"""Every vacancy but the trades refused: «любая работа» lists every open vacancy, and a refusal beside it
(«давайте любую работу, но без стройки», "whatever job, other than cleaning") leaves those trades out rather
than being dropped."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from matching import Vacancy, search_vacancies
from matching.job_questions import BUILDING_TRADES, asks_for_every_job, refused_trades

TODAY = date(2026, 3, 1)
POOL = [
    Vacancy(id=1, title="Mason", isco_code="7112", city="Doha", salary_max=Decimal(2000)),
    Vacancy(id=2, title="Building Labourer", isco_code="9313", city="Lusail", salary_max=Decimal(1400)),
    Vacancy(id=3, title="Office Cleaner", isco_code="9112", city="Doha", salary_max=Decimal(1300)),
    Vacancy(id=4, title="Security Guard", isco_code="5414", city="Lusail", salary_max=Decimal(1800)),
    Vacancy(id=5, title="MIG Welder", isco_code="7212", city="Doha", salary_max=Decimal(2600)),
    Vacancy(id=6, title="Light Vehicle Driver", isco_code="8322", city="Lusail", salary_max=Decimal(2100)),
]


def _found(query: str, refused: tuple[str, ...]) -> set[int]:
    return {r.vacancy.id for r in search_vacancies(query, POOL, limit=20, today=TODAY, refused=refused)}


@pytest.mark.parametrize(
    "said",
    ["давайте любую работу, но без стройки", "кез келген жұмыс болса болды, құрылыстан басқа",
     "vse vakansii krome stroiki", "any job apart from construction", "all vacancies, not building work"],
)
def test_building_refused_beside_any_work_is_the_building_trades(said):
    assert refused_trades(said) == BUILDING_TRADES


@pytest.mark.parametrize(
    ("said", "trade"),
    [("все вакансии, только не уборщицей", "9112"), ("кез келген жұмыс, күзетші болмасын", "5414"),
     ("whatever job, other than cleaning", "9112"), ("любая работа помимо охраны", "5414"),
     ("barlyq vakansialar, kúzetshiden basqa", "5414")],
)
def test_a_trade_refused_beside_any_work_is_that_trade(said, trade):
    assert trade in refused_trades(said)


@pytest.mark.parametrize(
    "said",
    ["без опыта, любая работа", "any job, no english", "сварщик без ночных смен", "повар, но не в гостинице",
     "cook, not in a hotel", "жүргізуші, тәжірибем жоқ", "без вахты, водитель"],
)
def test_the_worker_told_of_a_shift_or_a_place_refuse_no_trade(said):
    assert refused_trades(said) == ()


def test_every_vacancy_but_the_refused_trades_is_listed():
    said = "давайте любую работу, но без стройки"
    assert asks_for_every_job(said)
    assert _found(said, refused_trades(said)) == {3, 4, 5, 6}  # no mason, no building labourer
    said = "whatever job, other than cleaning or security"
    assert _found("whatever job", refused_trades(said)) == {1, 2, 5, 6}


def test_a_refusal_keeps_the_town_and_the_pay_of_the_search():
    refused = refused_trades("любая работа в Лусаиле, только не охрана")
    assert _found("любая работа в Лусаиле", refused) == {2, 6}
    assert _found("любая работа от 2000", refused_trades("кроме стройки")) == {5, 6}


def test_a_trade_searched_beside_a_refused_one_is_still_found():
    refused = refused_trades("не хочу на стройку, хочу водителем")
    assert _found("водителем", refused) == {6}
