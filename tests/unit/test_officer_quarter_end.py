"""Month-end and quarter-end reports as officers ask for them, and the report's, the period's and the vacancy's
words they mistype in a hurry: the statistics for a period or an area, a count for workers named, the vacancy file's
help for a vacancy to extend."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import how_many_asked, mistyped_words_righted, read_audience, report_asked
from bot.i18n import I18n
from bot.officer_commands import officer_tool_named
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize("message", [
    "сводка по этапам на конец месяца",
    "отчёт по профессиям, конец квартала",
    "по итогам квартала отчёт по регионам",
    "ежеквартальный отчёт для министерства",
    "помесячный отчет за год",
    "ай соңына өңірлер бойынша есеп",
    "тоқсан соңындағы есеп керек",
    "тоқсандық есеп беріңіз",
    "quarter-end report by stage",
    "end of the month summary please",
    "quarterly report please",
    "итоговая сводка за квартал по Актюбинской области",  # an area's report for a period
    "отчёт по трудоустройству за квартал",  # the work as a whole, no workers named
    "желтоқсан айының қорытындысы бойынша статистика",
])
def test_a_month_end_or_quarter_report_is_the_statistics(message: str) -> None:
    assert officer_tool_named(message) == "stats"


@pytest.mark.parametrize(("message", "counted"), [
    ("осы тоқсанда қанша адам келісімшартқа қол қойды", "status=contract_signed"),
    ("өткен тоқсанда қанша виза берілді", "status=visa_issued"),
    ("qazan ishinde qansha adam ushyp ketti", "status=departed"),
    ("сколько виз выдали на конец квартала", "status=visa_issued"),
    ("how many got a visa by the end of the month", "status=visa_issued"),
])
def test_a_count_for_a_period_counts_the_workers_at_the_step(message: str, counted: str) -> None:
    asked = how_many_asked(message)
    assert asked is not None
    reading = read_audience(asked, NAMES)
    assert f"{reading.kind}={reading.value}" == counted


def test_ninety_alone_is_no_quarter() -> None:
    # «тоқсан» alone is the number ninety: only «осы», «өткен» or an ordinal make it a quarter
    assert "тоқсан" in mistyped_words_righted("тоқсан адам")
    assert how_many_asked("осы тоқсан адамның қаншасы ұшты") is not None


@pytest.mark.parametrize(("typed", "meant"), [
    ("отчот за декабрь", "отчет за декабрь"),
    ("reprot for last qaurter", "report for last quarter"),
    ("сколько отказов за кватрал", "сколько отказов за квартал"),
    ("отчет по професиям и регеонам", "отчет по профессиям и регионам"),
    ("прадли QA-7101 до 20 янаваря", "продли QA-7101 до 20 января"),
    ("extned QA-7102 to 5 Janury", "extend QA-7102 to 5 january"),
])
def test_the_report_period_and_vacancy_words_typed_a_letter_off_are_read_right(typed: str, meant: str) -> None:
    assert mistyped_words_righted(typed) == meant


@pytest.mark.parametrize("typed", [
    "сводки по регионах",  # other forms of the words, not slips
    "работодатель сам продлит QA-7103",  # told of someone else, not asked
    "repost the link",  # another word of its own
    "отчеты готовы",
])
def test_other_words_and_forms_stay_as_typed(typed: str) -> None:
    assert mistyped_words_righted(typed) == typed


@pytest.mark.parametrize(("message", "tool"), [
    ("прадлите QA-7104 до конца месяца", "files"),
    ("pls extnd QA-7105 until 30 Jan", "files"),
    ("отчот по регионам за декабрь", "stats"),
])
def test_a_request_with_its_words_mistyped_gets_its_tool(message: str, tool: str) -> None:
    assert officer_tool_named(message) == tool


def test_the_request_s_own_words_after_the_area_are_no_workers() -> None:
    assert report_asked("отчёт по регионам, пожалуйста") == "регионам"
    assert report_asked("сводка по Атырау нужна срочно") == "Атырау"


@pytest.mark.parametrize("message", [
    "желтоқсан айы үшін Атырау бойынша есеп",
    "jeltoqsan aiy ushin Atyrau boiynsha esep",
    "апай просит сводку по Жамбылу за декабрь",  # a senior colleague's request passed on
])
def test_an_area_s_report_for_a_month_in_kazakh_or_passed_on_is_the_statistics(message: str) -> None:
    assert officer_tool_named(message) == "stats"


def test_an_area_s_report_with_no_period_still_counts_its_workers() -> None:
    assert officer_tool_named("Атырау бойынша есеп") is None
    assert how_many_asked("Атырау бойынша есеп") is not None


@pytest.mark.parametrize("message", ["QA-7790 merzimn 25 jeltoqsanga deiin uzartynz", "QA-7791 мерзімн ұзартыңз"])
def test_a_kazakh_deadline_extended_with_its_words_mistyped_gets_the_vacancy_file_s_help(message: str) -> None:
    assert officer_tool_named(message) == "files"
