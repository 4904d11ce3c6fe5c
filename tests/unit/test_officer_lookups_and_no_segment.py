"""Officers looking a worker up by a phone dictated in words or asked about in Kazakh, an application by its
number said in words or with Kazakh's «нөмірлі», a vacancy's applicants by the step each stands at; and
reports or exports asked by an age, a gender or schooling, which the bot does not keep."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.officer_commands import (
    applications_listed, figures_not_kept, officer_lookup, officer_tool_named, portal_number,
)
from bot.services.statuses import status_names
from bot.validation import phone_number

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("найдите заявку номер шесть тысяч двести", "6200"),
        ("6201 нөмірлі өтінім", "6201"),
        ("восемь семьсот пять пятьсот пятьдесят пять ноль один ноль два чей", "+77055550102"),
        ("8 702 555 40 40 нөмірлі адамды тауып беріңіз", "+77025554040"),
        ("Qatar mobile +974 3300 1122 who is it", "+97433001122"),
    ],
)
def test_a_number_said_or_asked_in_other_words_is_looked_up(typed: str, found: str) -> None:
    looked_up = officer_lookup(typed)
    assert looked_up is not None
    assert (phone_number(looked_up) if found.startswith("+") else looked_up) == found


def test_applications_given_a_step_named_as_a_status_in_kazakh_are_listed() -> None:
    assert applications_listed("6300, 6301 өтінімдерге виза мәртебесін қойыңыз") == ["6300", "6301"]


@pytest.mark.parametrize("typed", ["QA-6400 на каком этапе кандидаты", "stages of QA-6400 applicants"])
def test_a_vacancys_applicants_by_their_step_are_its_list(typed: str) -> None:
    assert portal_number(typed) == "QA-6400"


@pytest.mark.parametrize(
    "typed",
    ["статистика по полу", "разбивка по возрастам за год", "выгрузка кандидатов моложе 30", "age breakdown",
     "жас топтары бойынша есеп"],
)
def test_a_report_by_what_the_bot_does_not_keep_names_no_tool(typed: str) -> None:
    assert officer_tool_named(typed) is None


def test_a_report_from_the_start_of_the_year_is_still_the_statistics() -> None:
    assert officer_tool_named("статистика с начала года") == "stats"


def test_men_of_a_region_are_no_audience_but_a_kazakh_and_is() -> None:
    assert not read_audience("men in Atyrau", NAMES).understood
    assert read_audience("Atyrau men Mangystau", NAMES).kind == "region"


@pytest.mark.parametrize(
    ("typed", "not_kept"),
    [
        ("отчёт по возрасту соискателей", True),
        ("how many male applicants", True),
        ("жынысы бойынша статистика", True),
        ("разошлите женщинам: собеседование горничных", False),  # an announcement: its audience is asked for
        ("сколько поваров в Актау", False),
    ],
)
def test_figures_by_what_the_bot_does_not_keep_are_told_apart(typed: str, not_kept: bool) -> None:
    assert figures_not_kept(typed) is not_kept
