"""What no audience of the bot holds (a certificate, a grade, an age, men or women) is not dropped to send to
the rest; an employment centre names its town («ЦЗН Шардары», «Қазалы ХЖО арқылы»); and a headcount asked as
officers ask it («… саны», "headcount at …", "hw mny …")."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import how_many_asked, read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    "typed",
    [
        "поварам Шымкента с санитарной книжкой и сертификатом",
        "электросварщикам 6 разряда",
        "кандидатам младше 25",
        "40 жастағы аспаздарға",
        "cooks aged 30 and over",
        "welders with an IELTS certificate",
        "только мужчинам из Актобе",
        "әйел аспаздарға",
        "молодёжи Кызылорды",
        "жастарға",
        "young cooks",
    ],
)
def test_a_trait_no_audience_holds_is_not_dropped(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert not reading.understood and not reading.trades, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("клиенты ЦЗН Тараза", ("region", "zhambyl", ())),
        ("Қазалы ХЖО арқылы аспаздарға", ("isco", "5120", (("region", "kyzylorda"),))),
        ("cooks of PEC Taraz", ("isco", "5120", (("region", "zhambyl"),))),
    ],
)
def test_an_employment_centre_names_its_town(typed: str, expected: tuple) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ақтөбе облысы бойынша сұхбаттағылар саны", ("status", "interview", (("region", "aktobe"),))),
        ("headcount in Pavlodar", ("region", "pavlodar", ())),
        ("hw mny cooks in Taraz", ("isco", "5120", (("region", "zhambyl"),))),
    ],
)
def test_a_headcount_asked_in_office_words(typed: str, expected: tuple) -> None:
    asked = how_many_asked(typed)
    assert asked is not None, typed
    reading = read_audience(asked, NAMES)
    assert (reading.kind, reading.value, reading.beside) == expected
