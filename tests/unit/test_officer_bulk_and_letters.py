"""Officers asking for a step for many applications at once (by a vacancy, by who they are, by a run of
numbers), which the status file does; announcements asked in an office letter's words; recent periods and
days written in words or in Kazakh; and a vacancy's pay, places or deadline changed in other verbs."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience, without_period
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    "typed",
    [
        "всех откликнувшихся на QA-5001 переведите на собеседование",
        "поставьте отказ всем по вакансии 77",
        "отметьте улетевших вчера как выехавших",
        "заявкам с 7001 по 7040 поставить визу",
        "QA-5002 бойынша барлық үміткерлерді сұхбатқа ауыстырыңыз",
        "set everyone on QA-5003 to interview",
    ],
)
def test_a_step_for_many_at_once_points_to_the_status_file(typed: str) -> None:
    assert officer_tool_named(typed) == "files"


@pytest.mark.parametrize(
    ("typed", "opened"),
    [("заявка 7100 улетел 5 января", "7100"), ("application 7101 flew out on 5 Jan", "7101")],
)
def test_one_application_with_the_day_of_its_step_is_opened(typed: str, opened: str) -> None:
    assert officer_tool_named(typed) is None
    assert officer_lookup(typed) == opened


@pytest.mark.parametrize(
    "typed",
    [
        "поставь рассылку всем с визой на вечер",  # an announcement, not a step
        "заявки 7200, 7201 — отказ",  # numbers listed: opened one by one
    ],
)
def test_what_is_no_step_for_many_is_left_alone(typed: str) -> None:
    assert officer_tool_named(typed) != "files"


@pytest.mark.parametrize(
    ("typed", "status", "region", "said"),
    [
        (
            "Прошу осуществить рассылку сообщения кандидатам, находящимся на этапе проверки квалификации, "
            "следующего содержания: «Дипломы принимаются до 1 марта»",
            "qualification_check", "", "Дипломы принимаются до 1 марта",
        ),
        (
            "Просим направить информацию всем кандидатам Атырауской области: набор продлён",
            "", "atyrau", "набор продлён",
        ),
        (
            "Түркістан облысының үміткерлеріне келесі хабарламаны жолдауыңызды сұраймын: жиналыс дүйсенбіде",
            "", "turkistan", "жиналыс дүйсенбіде",
        ),
        (
            "On behalf of the employer, please inform all candidates with a visa: tickets are booked",
            "visa_issued", "", "tickets are booked",
        ),
    ],
)
def test_an_office_letters_request_is_read_as_a_plain_one(typed: str, status: str, region: str, said: str) -> None:
    request = broadcast_for(typed)
    assert request is not None
    reading = read_audience(request.audience, NAMES)
    assert (reading.kind, reading.value) == (("status", status) if status else ("region", region))
    assert (request.said or typed.partition(":")[2].strip()).strip("«»") == said


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("ожидающим интервью", "interview"),
        ("сұхбатты күтіп жүргендер", "interview"),
        ("everyone waiting for the employer's answer", "employer_review"),
        ("тем, кто находится на этапе оффера", "offer"),
    ],
)
def test_those_waiting_for_a_step_are_at_it(typed: str, status: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == ("status", status)


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("сколько отказов за последние 10 дней", "сколько отказов"),
        ("соңғы үш күнде қанша өтінім", "қанша өтінім"),
        ("visas over the past three weeks", "visas"),
        ("отклики с первого по десятое января", "отклики"),
        ("5-тен 20 қаңтарға дейін өтінімдер", "өтінімдер"),
        ("сколько виз во 2 квартале", "сколько виз"),
    ],
)
def test_recent_periods_and_days_in_words_are_dropped(typed: str, left: str) -> None:
    assert without_period(typed) == left


def test_a_region_and_a_trade_together_are_what_the_report_is_broken_down_by() -> None:
    assert officer_tool_named("отчёт по областям и профессиям") == "stats"
    assert how_many_asked("сколько вакансий было") is not None


@pytest.mark.parametrize(
    "typed",
    [
        "по QA-5010 повысьте оклад до 2100",
        "QA-5011 жалақысын көтеріңіз",
        "QA-5012 қайта ашуыңызды сұраймын",
        "the agency asked us to extend vacancy QA-5013",
        "QA-5014 closing date postpone by a week",
        "у Al Khor Trading поднимите зарплату поварам",
    ],
)
def test_a_vacancys_pay_or_dates_changed_in_other_words_points_to_its_file(typed: str) -> None:
    assert officer_tool_named(typed) == "files"


def test_an_employer_told_of_with_pay_asks_nothing_of_a_vacancy() -> None:
    assert officer_tool_named("какая зарплата у сварщиков") is None


@pytest.mark.parametrize(
    "typed",
    [
        "рассылку сварщикам отложите на полчаса",
        "таңертеңгі таратудың уақытын 10:00-ге ауыстырыңыз",
    ],
)
def test_an_announcement_put_off_or_moved_in_time_is_no_announcement_now(typed: str) -> None:
    assert broadcast_for(typed) is None
    assert officer_tool_named(typed) is None


def test_a_report_broken_down_by_two_things_is_no_headcount() -> None:
    assert how_many_asked("отчёт по областям и профессиям за квартал") is None


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("визасы барларына", "visa_issued"),
        ("визасы барларга", "visa_issued"),
        ("biliktiligi tekserilip jatqandar", "qualification_check"),
        ("those holding a visa", "visa_issued"),
    ],
)
def test_a_step_held_in_other_forms_is_read(typed: str, status: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == ("status", status)


def test_a_kazakh_text_quoted_before_its_verb_goes_to_the_audience_named_first() -> None:
    request = broadcast_for("Ақтөбедегі аспаздарға құжаттарды жұмаға дейін әкеліңіз деп хабарлаңыз")
    assert request is not None and request.said == "құжаттарды жұмаға дейін әкеліңіз"
    reading = read_audience(request.audience, NAMES)
    assert (reading.kind, reading.value, reading.region) == ("isco", "5120", "aktobe")


@pytest.mark.parametrize("typed", ["5 қаңтарда ұшқандарға: әуежайда кездесеміз", "улетевшим 5 января: встреча в аэропорту"])
def test_a_notice_to_those_at_a_step_on_a_day_asks_for_its_audience(typed: str) -> None:
    request = broadcast_for(typed)
    assert request is not None  # an announcement, not left unanswered
    assert not read_audience(request.audience, NAMES).understood  # nor sent to everyone at the step
