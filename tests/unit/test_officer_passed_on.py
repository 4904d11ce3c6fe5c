"""Announcements asked in a hurry or passed on from a chief: the chief's words set aside («нач просит
передать…», «Руководитель поручил…», «переслано от нач отдела: …», «бастық айтты …», "my director asks to…",
"Forwarding from my boss: …"), the verbs of passing a message on («передайте», «жеткізіңіз», "let … know",
"circulate", "msg", "a note"), and a Kazakh request going straight on to its text («… жібер келісімшартқа
қол қойыңыздар», «… хабарлаңыз … деп»)."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_tool_named
from bot.services.statuses import status_names

NAMES = status_names(I18n())


def _read(typed: str) -> tuple[str, str, tuple[tuple[str, str], ...], str]:
    request = broadcast_for(typed)
    assert request is not None, typed
    reading = read_audience(request.audience, NAMES)
    return reading.kind, reading.value, reading.beside, request.said


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "начальник просил передать плиточникам Шымкента что собеседование в субботу",
            ("isco", "7122", (("region", "shymkent"),), "собеседование в субботу"),
        ),
        (
            "руководство поручило оповестить отказников: можно подать снова",
            ("status", "rejected", (), ""),
        ),
        (
            "переслано от начальника управления: разошлите поварам: дегустация в четверг",
            ("isco", "5120", (), "дегустация в четверг"),
        ),
        (
            "басшы айтты, аспаздарға жеткізіңіз: форма ертең беріледі",
            ("isco", "5120", (), ""),  # the text after the colon is taken with its formatting
        ),
        (
            "our manager asked us to notify the cooks in Aktobe that the uniforms are ready",
            ("isco", "5120", (("region", "aktobe"),), "the uniforms are ready"),
        ),
        (
            "Forwarded from boss: message plumbers that the tools are provided",
            ("isco", "7126", (), "the tools are provided"),
        ),
    ],
)
def test_a_chiefs_request_passed_on_is_the_request(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "начальник сказал поварам пока ничего не отправлять",
        "boss said hold the message to welders",
        "бастық әзірге ештеңе жібермеңдер деді",
        "зав сказал рассылку сварщикам не делать",
        "the director said don't send to cooks yet",
    ],
)
def test_a_chief_saying_not_to_send_asks_nothing(typed: str) -> None:
    assert broadcast_for(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("передайте охранникам: смена в 8", ("isco", "5414", (), "")),
        ("let the painters in Astana know that the site opens Monday",
         ("isco", "7131", (("region", "astana"),), "the site opens Monday")),
        ("msg all tilers: bring your tools", ("isco", "7122", (), "")),
        ("circulate to the plumbers: tools are provided", ("isco", "7126", (), "")),
        ("send a note to everyone at interview stage: dress formally", ("status", "interview", (), "")),
        ("Ақтаудағы аспаздарға жеткізіңіз: дегустация жұмада", ("isco", "5120", (("region", "mangystau"),), "")),
    ],
)
def test_the_words_for_passing_a_message_on_ask_for_an_announcement(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("сұхбаттағыларға жіберіңіз төлқұжатты ұмытпаңыздар", ("status", "interview", (), "төлқұжатты ұмытпаңыздар")),
        ("Атыраудағы аспаздарға хабарла дегустация бейсенбіде деп",
         ("isco", "5120", (("region", "atyrau"),), "дегустация бейсенбіде")),
        ("aspazdarga jiberiniz forma erten beriledi", ("isco", "5120", (), "forma erten beriledi")),
    ],
)
def test_a_kazakh_request_may_go_straight_on_to_its_text(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


def test_a_message_that_did_not_come_is_no_request_with_its_text() -> None:
    request = broadcast_for("аспаздарға хабарлама әлі келмеді")
    assert request is None or not request.said


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "оповести поваров Шымкента приходите к 9 утра",
            ("isco", "5120", (("region", "shymkent"),), "приходите к 9 утра"),
        ),
        (
            "передайте всем с визой явитесь в ЦЗН в понедельник",
            ("status", "visa_issued", (), "явитесь в ЦЗН в понедельник"),
        ),
    ],
)
def test_a_dictated_text_may_begin_with_what_the_workers_are_told(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize("typed", ["разошлите пожалуйста сварщикам", "оповестите поваров"])
def test_a_request_without_its_text_still_asks_for_it(typed: str) -> None:
    request = broadcast_for(typed)
    assert request is not None and not request.said


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("директор спрашивает сколько поваров получили оффер", "isco", "5120", (("status", "offer"),)),
        ("бастық сұрап жатыр Атырауда қанша адам тіркелді", "region", "atyrau", ()),
        ("my boss wants to know how many plumbers have visas", "isco", "7126", (("status", "visa_issued"),)),
        ("сколько человек уже в Катаре", "status", "employed", ()),
    ],
)
def test_a_chiefs_question_relayed_is_counted(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(how_many_asked(typed) or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the supervisor asked to notify the tilers that work starts Monday",
         ("isco", "7122", (), "work starts Monday")),
        ("заведующая просит оповестить маляров: инструктаж в 10", ("isco", "7131", (), "")),
    ],
)
def test_any_chief_may_ask(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("плиточникам Астаны разошлите: замер в среду", ("isco", "7122", (("region", "astana"),), "")),
        ("cooks in Aktobe pls notify: tasting on Friday", ("isco", "5120", (("region", "aktobe"),), "")),
    ],
)
def test_a_request_after_its_audience_before_a_colon(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize("typed", ["кому отправить: сварщикам?", "поварам написать: как лучше?"])
def test_a_question_about_whom_to_write_is_no_announcement(typed: str) -> None:
    request = broadcast_for(typed)
    assert request is None or not read_audience(request.audience, NAMES).understood


def test_this_announcement_sent_to_whom_it_names() -> None:
    request = broadcast_for("Meeting moved to 10. Please send this to everyone at interview stage")
    assert request is not None and request.said == "Meeting moved to 10"
    assert read_audience(request.audience, NAMES).value == "interview"


@pytest.mark.parametrize(
    "typed",
    [
        "передай Даурену что выгрузка готова", "Жанар, передай нач что я на встрече", "Айдосқа жеткізіңіз: есеп дайын",
        "скинь мне: номер Дины", "напомни Асель что планерка в 9", "share with me: the list",
    ],
)
def test_a_message_passed_to_a_colleague_is_no_announcement(typed: str) -> None:
    assert broadcast_for(typed) is None


def test_a_kazakh_chief_named_first_and_the_request_last() -> None:
    assert _read("басшы Шымкенттегі күзетшілерге хабарлауды тапсырды: ауысым 8-де") == (
        "isco", "5414", (("region", "shymkent"),), ""
    )


@pytest.mark.parametrize(
    "typed",
    [
        "рассылку малярам переносим на пятницу",
        "хабарламаны аспаздарға кейінге қалдырамыз",
        "the broadcast to cooks is postponed",
    ],
)
def test_a_broadcast_planned_or_put_off_among_colleagues_asks_nothing(typed: str) -> None:
    assert broadcast_for(typed) is None
    assert officer_tool_named(typed) is None
