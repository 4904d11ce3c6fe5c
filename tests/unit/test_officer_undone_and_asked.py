"""What an officer just did, undone or called off, and the look-alikes of requests: a question to a colleague about
a tool's work, thanks, a task of one's own. A step set by mistake is /setstatus's to put right, a vacancy closed by
mistake the vacancy file's to open again, an audience called off at its step the one named instead; a question
to a colleague asks the bot for nothing."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named, vacancy_change_asked
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize("message", [
    "отмените, я не тот статус поставила",
    "ой, не тот этап выбрала, как исправить",
    "I set the wrong status, how do I fix it",
])
def test_a_wrong_step_set_opens_setstatus(message: str) -> None:
    assert officer_tool_named(message) == "setstatus"


@pytest.mark.parametrize("message", [
    "отмени последнюю команду",
    "undo my last command",
    "cancel the previous one",
    "соңғы әрекетті болдырмаңыз",
])
def test_the_last_thing_undone_gets_no_tool(message: str) -> None:
    assert officer_tool_named(message) is None


@pytest.mark.parametrize(("message", "opened"), [
    ("7741-ні сұхбатқа қайтарыңыз", "7741"),  # the number's accusative ending
    ("7742-ні кайтадан сухбатка кайтарыныз", "7742"),  # on Russian keys
    ("undo teh last stauts change on 7743", "7743"),
])
def test_a_step_undone_on_one_application_opens_it(message: str, opened: str) -> None:
    assert officer_lookup(message) == opened


@pytest.mark.parametrize("message", [
    "отмени закрытие QA-7744",
    "верни вакансию QA-7745, закрыли раньше времени",
    "QA-7746 случайно закрыла, откройте",
    "я по ошибке закрыл QA-7747",
    "QA-7748 қате жауып қойдым",
    "undo the closing of QA-7749",
])
def test_a_vacancy_closed_by_mistake_gets_the_vacancy_file_s_help(message: str) -> None:
    assert vacancy_change_asked(message)
    assert officer_tool_named(message) == "files"


@pytest.mark.parametrize("message", ["работодатель закрыл QA-7750", "заявку 7751 закрыла по ошибке"])
def test_a_closing_told_of_or_an_application_s_is_no_vacancy_to_reopen(message: str) -> None:
    assert not vacancy_change_asked(message)


@pytest.mark.parametrize(("typed", "meant"), [
    ("не то, отмена, поварам Актобе", "isco=5120 region=aktobe"),
    ("отмените, сварщикам Атырау", "isco=7212 region=atyrau"),
    ("cancel, I meant cooks in Shymkent", "isco=5120 region=shymkent"),
])
def test_an_audience_called_off_at_its_step_is_the_one_named_instead(typed: str, meant: str) -> None:
    reading = read_audience(typed, NAMES)
    assert f"{reading.kind}={reading.value} region={reading.region}" == meant


@pytest.mark.parametrize("message", ["отмена", "cancel"])
def test_a_call_off_alone_names_no_audience(message: str) -> None:
    assert not read_audience(message, NAMES).understood


@pytest.mark.parametrize("message", [
    "девочки, кто закрывал QA-7752?",
    "did anyone close QA-7753 yesterday?",
    "has somebody extended QA-7754?",
    "начальник сказал отчёт переделать",
    "Дана, есепті жібердіңіз бе?",
    "Dana, esepti jiberdiniz be?",
    "cheers, got the numbers",
])
def test_a_question_to_a_colleague_or_thanks_asks_the_bot_nothing(message: str) -> None:
    assert officer_tool_named(message) is None


@pytest.mark.parametrize(("message", "tool"), [
    ("закрываем QA-7755, набор завершён", "files"),  # what is being done, still asked
    ("отчёт за декабрь по регионам", "stats"),
])
def test_requests_beside_them_are_still_read(message: str, tool: str) -> None:
    assert officer_tool_named(message) == tool
