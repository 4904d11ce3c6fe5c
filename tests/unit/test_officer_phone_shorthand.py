"""The shorthand of an officer typing on a phone: «заяв», «вак», «чел», «за нед», «за сег», «за пн», "w/",
"regs", and «что по ней» after an application's number."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize("typed", ["кол-во заяв за мес", "скок заяв за сег", "how many regs so far"])
def test_the_figures_typed_short(typed: str) -> None:
    asked = how_many_asked(typed)
    assert asked is not None and figures_asked(asked)


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("скок заяв с оффером", "status", "offer", ()),
        ("скок отказников за вт", "status", "rejected", ()),
        (
            "how many cooks w/ contracts in Aktobe",
            "isco", "5120", (("status", "contract_signed"), ("region", "aktobe")),
        ),
    ],
)
def test_a_count_typed_short(typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]) -> None:
    reading = read_audience(how_many_asked(typed) or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_a_vacancys_applicants_typed_short() -> None:
    assert (portal_number("вак qa 2048 скок чел") or "").upper() == "QA-2048"


def test_an_application_asked_about_short() -> None:
    assert officer_lookup("заяв 77 что по ней") == "77"


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("каз яз поварам", "isco", "5120", (("lang", "kk"),)),
        ("плиточникам шымкента с визой англ. яз.", "isco", "7122",
         (("status", "visa_issued"), ("region", "shymkent"), ("lang", "en"))),
        ("русскоязычным малярам из Караганды на проверке квалиф", "isco", "7131",
         (("status", "qualification_check"), ("region", "karaganda"), ("lang", "ru"))),
    ],
)
def test_an_audience_of_many_traits_typed_short(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("срочно разошли плиточникам: замер завтра", "7122"),
        ("напомни малярам что инструктаж в 9", "7131"),
        ("скинь всем поварам: дегустация в пт", "5120"),
        ("отправь сообщение охранникам: смена в 8", "5414"),
    ],
)
def test_an_announcement_asked_in_slang(typed: str, value: str) -> None:
    request = broadcast_for(typed)
    assert request is not None and request.text_follows
    assert read_audience(request.audience, NAMES).value == value


def test_this_week_typed_short() -> None:
    reading = read_audience(how_many_asked("скок поваров с визой за эту нед") or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == ("isco", "5120", (("status", "visa_issued"),))


def test_a_request_then_a_dash_then_its_text() -> None:
    request = broadcast_for("разошли малярам Актобе - инструктаж в 9")
    assert request is not None and request.said == "инструктаж в 9"
    assert read_audience(request.audience, NAMES).value == "7131"


def test_latin_kazakh_with_zh_and_english_shorthand() -> None:
    request = broadcast_for("Shymkenttegi aspazdarga zhiberiniz: formany alyp keliniz")
    assert request is not None and read_audience(request.audience, NAMES).value == "5120"
    reading = read_audience(how_many_asked("how many cooks got visas this wk") or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == ("isco", "5120", (("status", "visa_issued"),))
    assert officer_lookup("any update on app 415?") == "415"
