"""The questions of someone who has not applied yet: what the bot is for, whether a pensioner, a student or someone
with a past conviction may go, the pay weighed against home, the working week, public holidays, the yearly leave's
pay, another faith, and the searches and profile changes that look like them: what small talk makes of them. Worded
apart from the twenty-third chat set, which measures the same on messages of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import small_talk


@pytest.mark.parametrize("said", [
    "чем вы можете мне помочь",
    "what can this bot do",
    "сен маған немен көмектесесің",
    "а для чего вообще этот бот?",
    "what's this bot for",
    "бұл бот не үшін жасалған",
    "сәлем, не істей аласың?",
    "мен мұнда бірінші рет, не істеу керек?",
])
def test_what_the_bot_can_do_or_is_for_gets_the_help(said):
    assert small_talk(said) == "help"


def test_what_the_worker_can_do_is_not_asked_of_the_bot():
    assert small_talk("what can i do if they refuse") != "help"


@pytest.mark.parametrize("said", ["салем агай", "сәлеметсіз бе апай", "slm", "привет ботик"])
def test_a_greeting_with_whom_it_is_said_to_greets(said):
    assert small_talk(said) == "greeting"


@pytest.mark.parametrize("said", [
    "я пенсионерка, но здоровая, возьмёте?",
    "зейнеткер ағамды аласыздар ма",
    "retired teacher, can i still apply",
    "какое ограничение по возросту?",
    "my daughter turns 18 in may, can she register",
])
def test_a_pensioner_a_misspelt_age_or_an_age_about_to_come_gets_the_age(said):
    assert small_talk(said) == "age"


@pytest.mark.parametrize("said", [
    "соттылығы бар адамды ала ма",
    "he had a DUI in 2019, is that a problem",
    "my cousin has a police record, can he go",
])
def test_a_record_told_any_way_gets_the_papers(said):
    assert small_talk(said) == "documents"


@pytest.mark.parametrize("said", [
    "я студентка 2 курса, меня возьмут?",
    "студентпін ғой, бола ма",
    "i am still at college, am i allowed",
])
def test_a_student_asking_to_go_gets_the_hotline(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize("said", [
    "а в Катаре зарплата больше чем в России?",
    "Қазақстанға қарағанда жалақы көп пе",
    "does qatar pay more than korea?",
    "is the salary higher than in dubai",
])
def test_the_pay_weighed_against_another_country_gets_the_pay(said):
    assert small_talk(said) == "pay"


def test_moscow_named_beside_the_pay_is_no_mosque():
    assert small_talk("в Москве зарплата выше?") != "question"


@pytest.mark.parametrize("said", [
    "в воскресенье работаем?",
    "аптасына бес күн жұмыс па?",
    "do they make you work on fridays?",
])
def test_a_working_weekday_or_the_days_of_a_week_get_the_terms(said):
    assert small_talk(said) == "terms"


@pytest.mark.parametrize("said", ["на Наурыз дают выходной?", "ait kuni demalamyz ba", "is eid a day off there"])
def test_a_public_holiday_asked_about_gets_the_hotline(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize("said", ["отпуск там оплачивается?", "жылдық демалысқа ақы төлене ме", "is annual leave paid?"])
def test_the_yearly_leave_asked_with_its_pay_gets_the_rights(said):
    assert small_talk(said) == "rights"


def test_leave_told_unpaid_is_still_a_complaint():
    assert small_talk("my annual leave wasn't paid, is that legal?") == "complaint"


@pytest.mark.parametrize("said", ["я атеистка, это проблема?", "are non muslims treated ok there?"])
def test_another_faith_gets_the_hotline(said):
    assert small_talk(said) == "question"


def test_non_muslims_asking_ramadans_hours_get_the_terms():
    assert small_talk("are hours shorter for non-muslims in ramadan") == "terms"


@pytest.mark.parametrize("said", ["а стоит ли туда ехать?", "is it even worth it"])
def test_whether_going_is_worth_it_is_no_price(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize("said", ["куда уходят мои данные?", "what happens with my data"])
def test_what_becomes_of_the_workers_data_gets_the_data(said):
    assert small_talk(said) == "data"


def test_the_hotlines_number_is_no_data():
    assert small_talk("what is the hotline number") != "data"


@pytest.mark.parametrize("said", ["компания билетті өзі ала ма?", "does the company pay the flight ticket?"])
def test_the_ticket_bought_by_the_employer_gets_the_rights(said):
    assert small_talk(said) == "rights"


def test_coming_home_once_a_year_gets_the_rights():
    assert small_talk("can i come home once a year") == "rights"


@pytest.mark.parametrize("said", ["where do i click to apply", "how do i tap apply on the driver job"])
def test_where_to_click_or_tap_to_apply_gets_the_buttons(said):
    assert small_talk(said) == "buttons"


@pytest.mark.parametrize("said", [
    "my english is basic, would that help?", "do i need toefl", "возьмут если стаж 2 года всего?",
    "a bit of arabic helps there i guess",
])
def test_a_language_or_experience_weighed_gets_the_requirements(said):
    assert small_talk(said) == "requirements"


def test_a_language_refused_beside_work_asked_for_is_left_to_the_search():
    assert small_talk("есть работа водителем без арабского?") not in ("requirements", "profile")


def test_a_language_spoken_beside_work_asked_for_changes_no_profile():
    assert small_talk("орысша білемін, аспазға жұмыс бар ма") != "profile"


def test_adding_to_the_profile_gets_the_profile():
    assert small_talk("как добавить в анкету ещё один язык") == "profile"


@pytest.mark.parametrize("said", ["оның құлағы нашар естиді, бола ма", "he walks with a limp, is that ok"])
def test_hearing_or_walking_badly_is_a_condition_of_health(said):
    assert small_talk(said) == "question"


def test_a_women_only_question_without_a_question_mark_gets_the_hotline():
    assert small_talk("do women live in separate rooms") == "question"


@pytest.mark.parametrize("said", ["потом с зарплаты вам отдавать что-то?", "will i have to pay you out of my wages?"])
def test_the_bot_paid_out_of_the_wages_later_is_a_fee(said):
    assert small_talk(said) == "fees"
