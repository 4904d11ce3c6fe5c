"""Searches that carry the worker's wishes beside the trade: what is refused, the best paid, the employer's
kind, the hours, what is provided, the deadline, two trades at once, whom the work is for, courtesies and a
long story; and the questions and complaints that only look like them. Each is read as the search reads it
(`tests/unit/test_search_messages.read`)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from handlers.search import names_an_occupation, searched_words
from matching.job_questions import (
    asks_for_best_paid, asks_for_every_job, asks_for_jobs, asks_for_work_at_a_place, without_conditions, without_whom,
)
from matching.pay import asked_pay
from matching.places import split_town

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_search_messages import read  # noqa: E402  (the reading the search sets are judged by)


@pytest.mark.parametrize(
    ("said", "trade"),
    [
        ("где лучше всего платят электрикам", "7411"),
        ("bus driver, which companies pay the most?", "8331"),
        ("ең көп жалақы төлейтін аспаз жұмысы", "5120"),
        ("сантехник с самой высокой оплатой", "7126"),
    ],
)
def test_the_best_paid_of_a_trade_is_a_search_for_it(said, trade):
    got = read(said)
    assert got.kind == "search" and got.trades[0] == trade


@pytest.mark.parametrize("said", ["самые денежные вакансии", "ең жоғары айлықты жұмыстар", "best paying jobs"])
def test_the_best_paid_alone_is_every_vacancy(said):
    assert asks_for_every_job(said)
    assert read(said).kind == "every"


@pytest.mark.parametrize(
    "said", ["сколько самая большая зарплата у сварщика?", "what's the best salary for a cook?", "аспазға ең жоғары айлық қанша болады?"]
)
def test_an_amount_asked_is_no_search(said):
    assert not asks_for_best_paid(said)
    assert read(said).kind == "none"


@pytest.mark.parametrize(
    "said",
    ["в охранную фирму", "хочу в логистическую компанию", "security company jobs", "на автомойку", "құрылыс компаниясына"],
)
def test_an_employers_kind_alone_asks_for_work_there(said):
    assert asks_for_work_at_a_place(said)
    assert names_an_occupation(said)


@pytest.mark.parametrize("said", ["not construction company", "в нефтяную компанию не хочу, там вахта"])
def test_an_employers_kind_refused_is_no_request_to_work_there(said):
    assert not asks_for_work_at_a_place(said)


@pytest.mark.parametrize(
    "said",
    ["только с проживанием и питанием", "work with free housing", "тамақ пен жатақхана беретін жұмыс",
     "вакансии открытые до конца недели", "что свежего за эту неделю", "jobs still open this week"],
)
def test_conditions_or_a_deadline_alone_are_the_workers_list(said):
    assert asks_for_jobs(said)


@pytest.mark.parametrize(
    "said",
    ["жильё?", "не интересно", "қызық емес", "no thanks", "в катаре выходной какой день", "тамақ бар ма",
     "working 12 hrs no day off", "на сколько контракт"],
)
def test_questions_and_refusals_of_the_bot_are_not_conditions_asked(said):
    assert not asks_for_jobs(said)


@pytest.mark.parametrize(
    ("said", "trade"),
    [
        ("официант, график 5/2, без ночных", "5131"),
        ("крановщик, смена 11 часов, Рас-Лаффан", "8343"),
        ("бетонщик, страховка и перелёт за счёт компании", "7114"),
        ("kúzetshi, tamaq pen jatakhana beretin", "5414"),
        ("baker, meals included, 6 days a week", "7512"),
        ("маляр, срочно, до конца месяца", "7131"),
    ],
)
def test_hours_provisions_and_deadlines_beside_a_trade_keep_it_sure(said, trade):
    got = read(said)
    assert got.kind == "search" and got.trades[0] == trade


@pytest.mark.parametrize(
    ("said", "trades"),
    [
        ("плотник либо столяр", {"7115", "7522"}),
        ("сатушы немесе кассир", {"5223", "5230"}),
        ("electrician or plumber", {"7411", "7412", "7126"}),
        ("бетонщик/арматурщик", {"7114"}),
        ("electrician or AC technician", {"7411", "7412", "7127"}),
        ("мастер по кондиционерам или электрик", {"7411", "7412", "7127"}),
        ("кондиционерщик или сантехник", {"7126", "7127"}),
    ],
)
def test_two_trades_offered_at_once_are_a_search(said, trades):
    got = read(said)
    assert got.kind == "search" and got.trades[0] in trades


@pytest.mark.parametrize("said", ["do we get lunch or we buy it", "это от министерства или частная контора"])
def test_an_or_between_words_naming_no_trade_is_no_search(said):
    assert read(said).kind == "none"


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("женская работа — швея", "— швея"),
        ("ер адамға жүргізуші жұмысы", "жүргізуші жұмысы"),
        ("lady driver jobs", "driver jobs"),
        ("для женщин есть работа?", "для женщин есть работа?"),  # asked alone: whether women are hired
    ],
)
def test_whom_the_work_is_for_is_set_aside_beside_a_trade(said, left):
    assert without_whom(said) == left


@pytest.mark.parametrize(
    ("said", "trade"),
    [
        ("для сестры ищу работу, она медсестра", "2221"),
        ("жене нужна работа, она парикмахер", "5141"),
        ("я девушка, ищу работу кассиром", "5230"),
    ],
)
def test_work_sought_for_a_woman_names_her_trade(said, trade):
    got = read(said)
    assert got.kind == "search" and got.trades[0] == trade


def test_courtesies_and_a_long_story_are_set_aside():
    said = ("Добрый вечер! Простите что беспокою, меня зовут Ерлан, хотел бы узнать, можно ли устроиться "
            "сантехником в Лусаиле, работал много лет в ЖКХ, буду благодарен")
    got = read(said)
    assert got.kind == "search" and got.trades[0] == "7126" and got.town == "lusail"
    assert "благодар" not in searched_words(said) and "Добрый" not in searched_words(said)
    polite = "Hello sir, kindly help, I am looking for a job as a painter in Al Wakrah, thank you for your time"
    got = read(polite)
    assert got.kind == "search" and got.trades[0] == "7131" and got.town == "al-wakrah"


@pytest.mark.parametrize(
    "said",
    ["почему вакансии поваров не приходят?", "неге маған электрик вакансиялары келмейді", "why no driver jobs in Doha",
     "сварщиков без опыта берут?", "do you take women as cooks?", "Дохада аспаздарға қанша береді?"],
)
def test_why_hire_and_how_much_questions_are_chat(said):
    assert read(said).kind == "none"


@pytest.mark.parametrize(
    ("said", "town"),
    [("Рас-Лаффаннан жұмыс іздеймін, дәнекерлеуші", "ras-laffan"), ("аспаз Вакрда", "al-wakrah"),
     ("elektrik Dohdan", "doha")],
)
def test_towns_with_a_doubled_or_clipped_ending(said, town):
    found, _ = split_town(said)
    assert found is not None and found.key == town


@pytest.mark.parametrize(
    ("said", "pay"),
    [("аспаз, 1800-ден", Decimal(1800)), ("күзетші айлығы 2000-нан кем болмаса", Decimal(2000)),
     ("2015-тен бері жүргізушімін", None), ("2000-нан 2010-ға дейін Астанада істедім", None)],
)
def test_a_kazakh_from_joined_to_the_sum(said, pay):
    assert asked_pay(said)[0] == pay


def test_conditions_set_aside_leave_the_trade():
    assert without_conditions("электрик, где дают общежитие", hours=True) == "электрик,"
    assert without_conditions("водитель график 6 через 1", hours=True) == "водитель"
    assert without_conditions("водитель график 6 через 1") == "водитель"  # a rota by its days is a condition too
    # the hours of a day wished are set aside like the housing; bare hours, and hours worked now, told, stay
    assert without_conditions("водитель 12 часов в день") == "водитель"
    assert without_conditions("водитель 12 часов") == "водитель 12 часов"
    assert without_conditions("работаю по 12 часов в день") == "работаю по 12 часов в день"


@pytest.mark.parametrize(
    ("said", "trade"),
    [
        ("для мужа работа сантехником", "7126"),
        ("охранник сутки через двое", "5414"),
        ("курьер только днём", "9621"),
        ("voditel ili povar", "5120"),
        ("повар в Лусаел", "5120"),
    ],
)
def test_more_wishes_beside_a_trade(said, trade):
    got = read(said)
    assert got.kind == "search" and trade in got.trades[:2]


@pytest.mark.parametrize("said", ["вакансии с высокими зарплатами", "ең көп ақша төлейтін вакансиялар"])
def test_high_pay_in_other_words_is_every_vacancy(said):
    assert read(said).kind == "every"


@pytest.mark.parametrize("said", ["хватит вакансий", "не надо больше работы присылать", "no more jobs please"])
def test_enough_vacancies_is_no_request_for_the_list(said):
    assert not asks_for_jobs(said)


@pytest.mark.parametrize("said", ["спасибо вам, нашла работу поваром", "жұмыс таптым, аспаз болып, рахмет",
                                  "got a job as a driver, thanks a lot"])
def test_work_found_told_with_thanks_is_no_search(said):
    assert read(said).kind == "none"


def test_latin_typed_conditions_and_more_words_for_every_vacancy():
    got = read("povar s projivaniem i pitaniem")
    assert got.kind == "search" and got.trades[0] == "5120"
    assert read("хочу увидеть весь список вакансий").kind == "every"
    assert read("all openings please").kind == "every"


@pytest.mark.parametrize("said", ["только не на завод", "not a hotel", "қоймада емес", "jobs open till the end of the week"])
def test_a_place_refused_or_a_deadline_alone_is_the_workers_list(said):
    assert asks_for_jobs(said)


@pytest.mark.parametrize("said", ["not interested", "не охранником?", "не в отеле?"])
def test_a_refusal_that_is_no_place_or_a_question_is_not(said):
    assert not asks_for_jobs(said)


def test_the_best_paid_among_a_trade_or_between_two_towns():
    got = read("кому больше всего платят среди поваров")
    assert got.kind == "search" and got.trades[0] == "5120"
    assert read("where do they pay the most, Al Khor or Dukhan?").kind == "none"  # the towns compared


@pytest.mark.parametrize(
    "said",
    ["hi, I want to ask, a man called and said I must pay 300 dollars for the medical, is it true?",
     "хочу спросить, мне звонили и сказали заплатить за медосмотр, это правда?"],
)
def test_wanting_to_ask_is_no_request_for_work(said):
    assert read(said).kind == "none"
