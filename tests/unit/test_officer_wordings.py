"""Officers' wordings the first reading missed: exclusions and orders never read as an audience, «всем»
beside a trade, a region's own word after a town's name, Latin Kazakh, Kazakh word order, one letter
wrong in a request's own word, and questions that count no one."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named, portal_number
from bot.services.statuses import status_names
from bot.validation import region

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    "typed",
    ["всем, кроме Атырау", "поварам без визы", "сначала водителям, потом электрикам", "all but Shymkent",
     "Атыраудан басқа барлығына", "поварам, у кого нет визы", "визасы жоқ емес аспаздарға"],
)
def test_an_audience_that_leaves_some_out_or_comes_in_turns_is_not_read(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert not reading.understood and not reading.trades


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("всем поварам в Шымкенте", "isco", "5120", (("region", "shymkent"),)),
        ("all cooks", "isco", "5120", ()),
        ("Алматы облысындағы аспаздарға", "isco", "5120", (("region", "almaty_region"),)),
        ("Алматы облысы", "region", "almaty_region", ()),
        ("Алматы", "region", "almaty", ()),
        ("плотникам в Астане", "isco", "7115", (("region", "astana"),)),
        ("barlyq jumysshylarga", "all", "", ()),
        ("aspazdar men dänekerleushilerge", "isco", "5120 7212", ()),
        ("viza algan aspazdarga", "isco", "5120", (("status", "visa_issued"),)),
        ("сұхбатқа шақырылған аспаздарға", "isco", "5120", (("status", "interview"),)),
        ("тем, кто отозвал заявку", "status", "withdrawn", ()),
        ("english speakers", "lang", "en", ()),
    ],
)
def test_more_ways_of_naming_an_audience(typed: str, kind: str, value: str, beside: tuple) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_a_town_named_in_its_locative_is_still_that_place() -> None:
    assert region("живу в Астане") == "astana"


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("количество поваров в Актау", "поваров актау"),
        ("number of cooks", "cooks"),
        ("скока поваров", "поваров"),
        ("сколько часов работают повара?", None),  # the hours
        ("сколько платят поварам", None),  # the pay
        ("аспазға қанша жыл тәжірибе керек", None),  # the experience
        ("how many days does the visa take", None),
    ],
)
def test_only_a_headcount_is_counted(said: str, asked: str | None) -> None:
    assert how_many_asked(said) == asked


@pytest.mark.parametrize(
    ("said", "audience", "text_follows"),
    [
        ("напишите поварам: собрание в 9", "поварам", True),
        ("аспаздарға хабарлама: ертең жиналыс", "аспаздарға", True),
        ("Шымкенттегі аспаздарға хабарлама жіберіңіз", "Шымкенттегі аспаздарға", False),
        ("рассыка всем: тест", "всем", True),  # one letter wrong
        ("send the cooks: meeting at 9", "the cooks", True),
    ],
)
def test_an_announcement_asked_for_in_more_ways(said: str, audience: str, text_follows: bool) -> None:
    request = broadcast_for(said)
    assert request is not None and (request.audience, request.text_follows) == (audience, text_follows)


@pytest.mark.parametrize("said", ["напиши поварам", "отключить рассылку"])
def test_a_send_verb_without_a_text_after_a_colon_asks_for_no_announcement(said: str) -> None:
    assert broadcast_for(said) is None


@pytest.mark.parametrize(
    ("said", "tool"),
    [("статитика", "stats"), ("выгрузкя", "export"), ("мәртебені өзгерту", "setstatus"), ("update status", "setstatus"),
     ("офицеров", "officers"), ("стата", "stats"), ("статус", None), ("статьи", None)],
)
def test_a_tool_named_with_one_letter_wrong_or_in_kazakh(said: str, tool: str | None) -> None:
    assert officer_tool_named(said) == tool


@pytest.mark.parametrize(("said", "found"), [("өтінім № 7", "7"), ("ötinim 7", "7"), ("заявка no 7", "7")])
def test_an_application_number_with_its_sign_apart(said: str, found: str) -> None:
    assert officer_lookup(said) == found


@pytest.mark.parametrize("said", ["QA-77 бойынша кім өтінім берді", "кто подали на QA-77", "QA-77 boyynsha otinimder"])
def test_a_vacancy_s_applicants_asked_in_more_ways(said: str) -> None:
    assert portal_number(said) == "QA-77"
