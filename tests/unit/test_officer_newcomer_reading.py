"""An officer's first week with the bot: commands typed as words, a newcomer's questions, applications named
in longer messages, phones given a step, and /setstatus with its words in another order."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, read_audience
from bot.officer_commands import (
    broadcast_not_done, officer_lookup, officer_tool_named, portal_number, setstatus_target,
)
from bot.validation import phone_number


@pytest.mark.parametrize(("typed", "tool"), [
    ("stats", "stats"), ("officres", "officers"), ("/аудит", "audit"), ("/выгрузка", "export"),
    ("сетстатус", "setstatus"), ("/martebe", "setstatus"), ("linc", "link"), ("helpp", "help"),
])
def test_a_command_typed_as_a_word_names_its_tool(typed, tool):
    assert officer_tool_named(typed) == tool


@pytest.mark.parametrize("asked", [
    "добрый день, я новенькая в ЦЗН, что вообще можно делать через этот бот?",
    "какие возможности есть у этого бота",
    "бот арқылы не істеуге болады",
    "Botty qalai qoldanamyz",
    "I am new here, what can I do with it",
    "есть ли руководство пользователя",
])
def test_a_newcomer_asking_what_the_bot_does_gets_the_list_of_tools(asked):
    assert officer_tool_named(asked) == "help"


@pytest.mark.parametrize(("asked", "tool"), [
    ("подскажите шаблон таблицы для вакансий", "files"),
    ("excel с вакансиями не загружается, что не так?", "files"),
    ("what columns does the vacancy spreadsheet need", "files"),
    ("у кого ещё есть доступ к боту из нашего управления, кто?", "officers"),
    ("who can see the log of changes", "audit"),
    ("статистику за неделю таблицей дайте", "export"),
    ("апталық статистиканы кестемен беріңізші", "export"),
    ("send me the weekly figures as xlsx", "export"),
])
def test_a_newcomers_question_names_its_tool(asked, tool):
    assert officer_tool_named(asked) == tool


@pytest.mark.parametrize(("message", "number"), [
    ("какой этап у заявки 7712?", "7712"),
    ("7713 өтінім қазір қай кезеңде?", "7713"),
    ("what step is 7714 on", "7714"),
    ("7715 вернуть на визу, вылет поставили ошибочно", "7715"),
    ("put 7716 back to offer, wrong click", "7716"),
    ("7717 өтінімді визаға қайтарыңыз, қате басылды", "7717"),
    ("заявитель по 7718 звонил, жалуется на долгое ожидание", "7718"),
    ("7719 және 7720 өтінімдерге оффер берілді", "7719"),
    ("/setstatus виза 7721", "7721"),
])
def test_an_application_named_in_a_longer_message_is_opened(message, number):
    assert officer_lookup(message) == number


@pytest.mark.parametrize("message", [
    "сколько заявок пришло в 2026 году",
    "заявку 7722 я уже поправила",
    "вакансия QA-7723 закрыта, спасибо",
    "собеседование 12.12 в 10:00",
])
def test_a_number_that_names_no_application_opens_none(message):
    assert officer_lookup(message) is None


@pytest.mark.parametrize(("message", "phone"), [
    ("8 747 100 20 30, 8 747 100 20 40 - виза готова", "+77471002030"),
    ("+7 747 100 20 30 и +7 747 100 20 40 прошли собеседование", "+77471002030"),
    ("worker +7 700 999 88 77 complains about no calls", "+77009998877"),
])
def test_the_first_of_phones_given_a_step_is_looked_up(message, phone):
    assert phone_number(officer_lookup(message) or "") == phone


def test_a_short_english_word_before_a_number_is_no_vacancy():
    assert portal_number("status of 7724") is None
    assert officer_lookup("status of 7724") == "7724"


@pytest.mark.parametrize(("args", "target"), [
    ("interview 7725", "7725"), ("7725 собеседование", "7725"), ("visa QA-7726", "QA-7726"),
    ("7725", "7725"), ("7725 7727", "7725 7727"), ("собеседование", "собеседование"),
])
def test_setstatus_finds_its_number_among_the_words(args, target):
    assert setstatus_target(args) == target


@pytest.mark.parametrize(("asked", "tool"), [
    ("выгрузку в эксэль скиньте по Атырау", "export"),  # «эксэль» mistyped: the one tool its word is near
    ("тізімді кестемен алуға бола ма", "export"),
])
def test_a_tool_word_mistyped_in_a_request_still_names_it(asked, tool):
    assert officer_tool_named(asked) == tool


@pytest.mark.parametrize("asked", ["кешегі хабарламаны қайтарып алыңызшы", "кешегі таратуды жойыңыз"])
def test_a_sent_announcement_taken_back_in_kazakh_is_told_what_cannot_be_done(asked):
    assert broadcast_not_done(asked) and officer_tool_named(asked) is None


def test_kazakh_figures_typed_on_russian_keys_are_the_statistics():
    assert figures_asked("бугин отиним тусти")  # «бүгін өтінім түсті» without the Kazakh letters
    assert not figures_asked("бугин дәнекерлеушілер")  # welders are workers to count, not a figure


@pytest.mark.parametrize(("message", "audience"), [
    ("отправьте тем же поварам Шымкента поправку: дегустация в 11, не в 10", "поварам Шымкента"),
    ("Ақтөбе электриктеріне түзету жіберіңіз: жиналыс сағат 11-де", "Ақтөбе электриктеріне"),
    ("хотела бы разослать всем: портал обновлён", "всем"),
])
def test_a_correction_or_a_wish_to_send_keeps_its_audience(message, audience):
    request = broadcast_for(message)
    assert request is not None and read_audience(request.audience, {}) == read_audience(audience, {})


def test_next_in_kazakh_is_no_district():
    reading = read_audience("келесі хабарламада электриктерге", {})
    assert reading.kind != "region" and "region" not in dict(reading.beside)  # had been Keles district's region


@pytest.mark.parametrize("typed", ["/setstatus", "/stats", "статус"])
def test_a_real_command_or_a_bare_status_is_left_to_its_own_handler(typed):
    assert officer_tool_named(typed) is None  # /setstatus answers itself; «статус» may be a worker's /status
