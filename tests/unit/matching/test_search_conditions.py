"""A search's conditions and refusals («с жильём», "day shift only", «күзетші емес») name no trade, and a story
or a question about conditions («раньше работал», "do plumbers get food?") is no search."""

from __future__ import annotations

import pytest

from matching import asks_for_every_job, asks_for_jobs
from matching.job_questions import asks_about_conditions, seeks_work, tells_a_story, without_conditions


@pytest.mark.parametrize(("text", "left"), [
    ("каменщик в Вакре, жильё и питание за счёт компании", "каменщик в Вакре,"),
    ("бетонщик Лусаил с общежитием, вахта 3 месяца", "бетонщик Лусаил , 3 месяца"),
    ("plumber Al Khor with transport, night shift", "plumber Al Khor ,"),
    ("gardener, 1 year contract, live-in", "gardener, ,"),
    ("сатушы Дохада, жатақханасымен, тамағы тегін", "сатушы Дохада, ,"),
    ("наубайшы, келісімшарт 1 жыл, күндізгі ауысым", "наубайшы, ,"),
    ("natakhana", "natakhana"),
])
def test_conditions_are_set_aside(text, left):
    assert without_conditions(text) == left


@pytest.mark.parametrize(("text", "left"), [
    ("сантехник, не в пустыне", "сантехник,"),
    ("кроме уборки, что угодно", ", что угодно"),
    ("painter but not at height", "painter but"),
    ("anything except kitchen work", "anything"),
    ("даяшы болмасын, аспаз", ", аспаз"),
    ("kuzetshi emes", ""),
])
def test_what_is_refused_is_set_aside(text, left):
    assert without_conditions(text) == left


@pytest.mark.parametrize("text", [
    "зарплата не меньше 2000", "no less than 1800", "2000 нан кем емес", "айлығы төмен емес 3000", "Уакрада не бар?",
])
def test_a_pay_and_the_kazakh_what_are_no_refusal(text):
    assert without_conditions(text) == text


def test_a_refusal_that_tells_what_happened_is_kept_when_asked():
    assert without_conditions("компания не даёт жильё", refused=False) == "компания не даёт"


@pytest.mark.parametrize("text", [
    "работа есть? только с жильём", "нужна работа, но не ночью", "жұмыс керек, жатақханасы болса",
])
def test_work_in_general_with_conditions_is_still_the_own_list(text):
    assert asks_for_jobs(text)


def test_every_vacancy_with_conditions_is_still_every_vacancy():
    assert asks_for_every_job("все вакансии с проживанием")
    assert asks_for_every_job("all jobs with accommodation")


@pytest.mark.parametrize("text", [
    "в прошлом году работал плиточником в Лусаиле", "I worked in Al Khor as a mason for three years",
    "бұрын Дохада аспаз болып істедім", "мой брат плотник в Месаиде, как ему сменить работодателя?",
    "my daughter is a nurse in Doha, can she visit us in summer?", "қызым Лусаилда тігінші, жалақысы неге кешігеді?",
])
def test_work_told_of_is_a_story(text):
    assert tells_a_story(text)


@pytest.mark.parametrize("text", [
    "раньше работал плиточником, ищу работу в Лусаиле", "для сына ищу работу электриком",
    "my husband is a plumber, any jobs for him?", "ағам үшін сұраймын, ол кранші", "сварщик в Дохе",
])
def test_work_asked_for_is_no_story(text):
    assert not tells_a_story(text)
    assert seeks_work(text) or text == "сварщик в Дохе"


@pytest.mark.parametrize("text", [
    "плотникам в Эль-Хоре питание дают?", "do plumbers get food in Mesaieed?", "в Месаиде безопасно?",
    "наубайшыларға жатақхана бере ме?", "правда что крановщикам платят 6000?",
])
def test_a_question_about_conditions_is_no_search(text):
    assert asks_about_conditions(text)


@pytest.mark.parametrize("text", [
    "плотник в Эль-Хоре с питанием", "можно ли найти работу плотником с питанием?", "any plumber jobs with food?",
    "сварщик",
])
def test_a_search_with_conditions_is_no_question_about_them(text):
    assert not asks_about_conditions(text)
