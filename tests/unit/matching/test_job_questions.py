"""A message asking for work in general is told apart from a search for an occupation."""

from __future__ import annotations

import pytest

from matching import asks_for_every_job, asks_for_jobs


@pytest.mark.parametrize(
    "text",
    [
        "есть работа?", "Какая есть работа", "есть работа для меня?", "подскажите, есть ли вакансии",
        "нужна работа", "ищу работу", "хочу работать", "вакансии", "новые вакансии",
        "жұмыс бар ма?", "Маған жұмыс бар ма", "қандай жұмыс бар", "сіздерде жұмыс бар ма", "бос орын бар ма",
        "жұмыс іздеп жүрмін", "jumys bar ma", "жаңа вакансиялар",
        "any jobs?", "are there any vacancies", "hello, any work", "new jobs", "I need a job", "looking for work",
        # wanting to work in Qatar is asking for its vacancies
        "хочу в Катар", "хочу поехать работать в Катар", "Катарға барғым келеді", "Катарда жұмыс істегім келеді",
        "qatarga barghym keledi", "I want to work in Qatar", "want to go to qatar",
        "покажи мою работу", "покажите мои вакансии", "show my jobs", "маған жұмыс көрсетіңіз",
        # how many there are and when new ones come: the list as it is now
        "сколько вакансий?", "когда будут новые вакансии?", "қашан жаңа бос орындар болады", "how many jobs",
        "when will there be new jobs", "hi, I need job", "салам, жұмыс керек",
        "more jobs", "другие вакансии", "басқа жұмыс бар ма", "Can you help me find a job?", "помогите найти работу",
        "where do i see the vacancies", "where can I see jobs",
    ],
)
def test_questions_about_work_in_general(text):
    assert asks_for_jobs(text)


@pytest.mark.parametrize(
    "text",
    [
        "работа сварщиком", "сварщик", "работаю поваром", "водитель доха", "welder jobs", "job in doha",
        "бармен", "спасибо", "привет", "", "есть работа сварщиком в дохе или электриком, опыт 10 лет?",
        "водитель в Катар", "катар зарплата", "мою посуду",
    ],
)
def test_searches_and_chatter_are_not(text):
    assert not asks_for_jobs(text)


@pytest.mark.parametrize("text", ["есть что-нибудь для меня", "anything for me?", "маған бірдеңе бар ма"])
def test_something_for_me_asks_for_the_list(text):
    """With no word for work, «что-нибудь для меня» asks what «работа для меня» asks: the worker's list."""
    assert asks_for_jobs(text)


def test_something_without_a_worker_is_no_question_for_the_list():
    assert not asks_for_jobs("что-нибудь")


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("все вакансии", True), ("покажи все вакансии", True), ("любая работа", True), ("все открытые вакансии", True),
        ("барлық бос орындар", True), ("кез келген жұмыс", True), ("жұмыстың бәрін көрсет", True),
        ("all jobs", True), ("show all vacancies", True), ("every job", True),
        ("вакансии", False), ("есть работа?", False), ("any jobs?", False),  # the worker's own list
        ("все сварщики", False), ("всё", False), ("все понятно", False),
    ],
)
def test_a_question_for_every_vacancy_is_told_from_one_for_the_workers_own(text, every):
    assert asks_for_every_job(text) is every


@pytest.mark.parametrize("text", ["весь список вакансий", "полный список всех вакансий", "барлық жұмыстар тізімі", "вакансиялардың толық тізімі",
                                  "full list of all jobs"])
def test_the_whole_list_asks_for_every_vacancy(text):
    assert asks_for_every_job(text)


@pytest.mark.parametrize("text", ["список вакансий", "весь день работаю", "list of jobs"])
def test_a_list_without_every_is_not_every_vacancy(text):
    assert not asks_for_every_job(text)


@pytest.mark.parametrize("text", [
    "отказали, тогда покажите что ещё есть из вакансий", "не взяли меня, другие вакансии есть?",
    "бұған өтпедім, басқа жұмыс көрсетіңіз", "rejected again, show other jobs",
    "пришлите список вакансий", "маған сай вакансиялар", "vacancy list please", "new vacancies coming?",
    "покажи ещё раз вакансии, что мне подходят",
])
def test_the_list_asked_for_after_a_refusal_or_in_other_words(text):
    """A refusal told beside the request is set aside: the worker's list is where they go on from."""
    assert asks_for_jobs(text)


def test_a_refusal_alone_is_no_request_for_the_list():
    assert not asks_for_jobs("меня не выбрали")
    assert not asks_for_jobs("rejected")
