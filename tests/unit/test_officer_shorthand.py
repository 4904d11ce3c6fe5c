"""Officers typing in a hurry or very politely: office abbreviations of regions, two-word and old region
names, a step in Kazakh and in office slang, a group's code with its word, a count shortened («скок»,
«кол-во», "hw many") or wrapped in courtesy, a request for an announcement with «прошу» or «-шы», tools
named with a Kazakh ending or two letters swapped, and applications and phones written as noted down."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("всем без всяких исключений", "all", "", ()),
        ("everyone without exception", "all", "", ()),
        ("всей базе пользователей", "all", "", ()),
        ("всем, кто зарегистрировался", "all", "", ()),
        ("tirkelgen jumysshylarga", "all", "", ()),
        ("англоязычных", "lang", "en", ()),
        ("каз-язычные", "lang", "kk", ()),
        ("Атыр. обл.", "region", "atyrau", ()),
        ("Кар. обл", "region", "karaganda", ()),
        ("поварам Алм. обл.", "isco", "5120", (("region", "almaty_region"),)),
        ("nur sultan", "region", "astana", ()),
        ("Алма-Ата", "region", "almaty", ()),
        ("сварщикам из Нур-Султана", "isco", "7212", (("region", "astana"),)),
        ("Павлодар облысынан", "region", "pavlodar", ()),
        ("кому уже выдали визы", "status", "visa_issued", ()),
        ("поварам на собесе", "isco", "5120", (("status", "interview"),)),
        ("келісімшартқа қол қойған дәнекерлеушілерге", "isco", "7212", (("status", "contract_signed"),)),
        ("Қатарға ұшып кеткен аспаздарға", "isco", "5120", (("status", "departed"),)),
        ("өтінімдерін кері қайтарып алғандар", "status", "withdrawn", ()),
        ("who withdrew their applications", "status", "withdrawn", ()),
        ("МСКЗ 5120", "isco", "5120", ()),
        ("ISCO code 7126", "isco", "7126", ()),
    ],
)
def test_an_audience_in_office_shorthand_and_old_names(typed: str, kind: str, value: str, beside: tuple) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize("typed", ["всем без исключения, кроме Атырау", "код 5120 кроме Атырау", "группа QA-7"])
def test_the_shorthand_does_not_open_a_way_around_what_is_never_guessed(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert not reading.understood and not reading.trades


@pytest.mark.parametrize(
    ("said", "kind", "value", "beside"),
    [
        ("скок поваров в Атырау?", "isco", "5120", (("region", "atyrau"),)),
        ("кол-во сварщиков с визой", "isco", "7212", (("status", "visa_issued"),)),
        ("hw many plumbers?", "isco", "7126", ()),
        ("could you tell me how many cooks are in Atyrau", "isco", "5120", (("region", "atyrau"),)),
        ("подскажите пожалуйста сколько поваров", "isco", "5120", ()),
        ("скоко чел. из Чимкента", "region", "shymkent", ()),
        ("қанша адамдар Қатарға ұшып кетті", "status", "departed", ()),
        ("qansha adam sukhbatqa shaqyrylgan", "status", "interview", ()),
    ],
)
def test_a_count_asked_in_a_hurry_or_politely(said: str, kind: str, value: str, beside: tuple) -> None:
    asked = how_many_asked(said)
    assert asked is not None, said
    reading = read_audience(asked, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    "said", ["сколько заявлений сегодня", "бүгін қанша вакансия ашық?", "how many applications today", "скок вакансий"]
)
def test_the_figures_asked_in_other_words_are_the_statistics(said: str) -> None:
    asked = how_many_asked(said)
    assert asked is not None and figures_asked(asked)


def test_a_not_is_never_taken_for_courtesy() -> None:
    asked = how_many_asked("сколько поваров не получили визу?")
    assert asked is not None and not read_audience(asked, NAMES).understood


@pytest.mark.parametrize(
    ("said", "audience", "text_follows"),
    [
        ("Прошу разослать сварщикам: сбор в 9", "сварщикам", True),
        ("pls send a message to all cooks: bring your passports", "all cooks", True),
        ("оповестите сварщиков из Атырау: медкомиссия в среду", "сварщиков из Атырау", True),
        ("объява всем: портал не работает", "всем", True),
        ("аспаздарға таратыңызшы: ертең жиналыс", "аспаздарға", True),
        ("kindly announce to welders", "welders", False),
        ("рассыкла сварщикам", "сварщикам", False),
    ],
)
def test_an_announcement_asked_politely_curtly_or_mistyped(said: str, audience: str, text_follows: bool) -> None:
    request = broadcast_for(said)
    assert request is not None and (request.audience, request.text_follows) == (audience, text_follows)


@pytest.mark.parametrize("said", ["уведомление пришло?", "прошу прощения", "could you check the list"])
def test_courtesy_alone_asks_for_no_announcement(said: str) -> None:
    assert broadcast_for(said) is None


@pytest.mark.parametrize(
    ("said", "tool"),
    [
        ("выгрузи эксель", "export"),
        ("CSV-ге шығару", "export"),
        ("логи", "audit"),
        ("офицерлерді көрсет", "officers"),
        ("statistikasy", "stats"),
        ("статитсика", "stats"),
        ("сменить статус у заявки", "setstatus"),
        ("нужна ссылка на вакансию", "link"),
    ],
)
def test_a_tool_named_with_an_ending_a_swap_or_one_more_word(said: str, tool: str) -> None:
    assert officer_tool_named(said) == tool


def test_a_count_of_four_words_is_not_taken_for_the_statistics_tool() -> None:
    assert officer_tool_named("сколько работников в Актау") is None


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("заяв. № 58", "58"),
        ("зайвка 58", "58"),
        ("58-өтінімді ашу", "58"),
        ("appl. 58", "58"),
        ("найди заявку 58", "58"),
        ("телефон: 8 (777) 555-12-34", "8 (777) 555-12-34"),
        ("ph +7 705 987 6543", "+7 705 987 6543"),
        ("моб. 87059876543", "87059876543"),
    ],
)
def test_an_application_or_phone_written_as_noted_down(said: str, found: str) -> None:
    assert officer_lookup(said) == found


@pytest.mark.parametrize("said", ["тел. позже скину", "заявка на 5 человек", "телефон 1414"])
def test_a_number_beside_other_words_is_looked_up_for_no_one(said: str) -> None:
    assert officer_lookup(said) is None
