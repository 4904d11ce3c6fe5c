"""An officer's month end, as the bot reads it: punctuation dictated aloud, reports for a span of days, a worker
sought by a part of the name, a vacancy reopened, a status set by mistake, and Kazakh requests typed in a hurry."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, read_audience, spoken_punctuation
from bot.officer_commands import officer_lookup, officer_tool_named, vacancy_change_asked, worker_sought_by_name


@pytest.mark.parametrize(("dictated", "written"), [
    ("сбор у ЦЗН в 8 точка не опаздывайте точка", "сбор у ЦЗН в 8. Не опаздывайте."),
    ("ертең жиналыс нүкте құжаттарды алыңыз", "ертең жиналыс. Құжаттарды алыңыз"),
    ("the bus leaves at 7 full stop be on time", "the bus leaves at 7. Be on time"),
    ("the ticket is ready period", "the ticket is ready."),
])
def test_a_full_stop_said_aloud_is_written_as_one(dictated: str, written: str) -> None:
    assert spoken_punctuation(dictated) == written


@pytest.mark.parametrize("words", [
    "точка сбора у автовокзала",
    "встречаемся у акимата, это наша точка",
    "the reporting period ends on Friday",
])
def test_the_word_itself_is_kept(words: str) -> None:
    assert spoken_punctuation(words) == words


def test_a_dictated_announcement_goes_out_with_its_stops() -> None:
    request = broadcast_for("напиши всем плотникам что автобус в 6 утра точка возьмите спецовку точка")
    assert request is not None
    assert request.said == "автобус в 6 утра. Возьмите спецовку."


def test_a_comma_said_aloud_joins_two_trades_at_the_audience_step() -> None:
    assert read_audience("сварщикам запятая поварам", {}).value.split() == ["5120", "7212"]


@pytest.mark.parametrize("text", [
    "найди Айгерим, фамилию забыла",
    "поищи кандидата с фамилией на Абдр",
    "Дәурен деген жұмысшыны табыңызшы",
    "find a worker named Yerlan from Taraz",
])
def test_a_worker_sought_by_a_part_of_the_name_hears_how_workers_are_found(text: str) -> None:
    assert worker_sought_by_name(text)
    assert officer_tool_named(text) == "setstatus"


@pytest.mark.parametrize(("text", "tool"), [
    ("сводка с 1 по 10 декабря", "stats"),
    ("numbers for 1 to 10 December please", "stats"),
    ("желтоқсанның 1-інен 10-ына дейінгі есепті жіберіңіз", "stats"),
    ("соңғы он күндегі статистика", "stats"),
    ("export the 1–10 Dec table to Excel", "export"),
])
def test_a_report_for_a_span_of_days_is_the_statistics(text: str, tool: str) -> None:
    assert officer_tool_named(text) == tool


@pytest.mark.parametrize("text", [
    "переоткройте QA-6001",
    "QA-6002 қайтадан жариялаңыз",
    "put QA-6003 back online please",
    "QA-6004 places 12 instead of 20",
])
def test_a_vacancy_reopened_or_given_other_places_is_the_vacancy_files_work(text: str) -> None:
    assert vacancy_change_asked(text)
    assert officer_tool_named(text) == "files"


def test_the_employer_reopening_it_asks_nothing() -> None:
    assert not vacancy_change_asked("the employer put QA-6005 back online")


@pytest.mark.parametrize(("text", "number"), [
    ("6010-ды сұхбат кезеңіне қайтарыңыз", "6010"),
    ("6011 6012 қателесіп бас тарту қойдым, сұхбатқа қайтарыңыз", "6011"),
    ("6013 соңғы мәртебесін болдырмаңыз", "6013"),
    ("6014 өтінімнің жағдайы қалай", "6014"),
])
def test_a_status_put_right_opens_its_application(text: str, number: str) -> None:
    assert officer_lookup(text) == number


def test_a_status_undone_without_its_number_points_to_setstatus() -> None:
    assert officer_tool_named("отмените последний статус пожалуйста") == "setstatus"
    assert officer_tool_named("отмените рассылку") is None


def test_closing_a_vacancy_in_kazakh_is_no_announcement_to_its_applicants() -> None:
    assert broadcast_for("QA-6020 жабыңыз: адам толды") is None
    assert officer_tool_named("QA-6020 жабыңыз: адам толды") == "files"


def test_kazakh_written_in_latin_letters_to_workers_is_an_announcement() -> None:
    request = broadcast_for("Atyrau aspazdaryna jazynyz: suhbat juma kuni")
    assert request is not None and request.text_follows
