"""Audiences of several traits at once, typed short or in the words of each language: a district for its
region («Сайрамского р-на», «Бейнеу ауданының»), the region's residents («тұрғындарына»), "obl", "w/", a
step in shorthand («квалиф») or in Kazakh participles («жасағандарға», «тексерілетіндерге», «визасы
барлардың»), the speakers of a language («тілділерге»), and English audiences that say in words what the
others say in endings."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("плотникам Мунайлинского р-на", "isco", "7115", (("region", "mangystau"),)),
        ("Сайрам ауданының аспаздарына", "isco", "5120", (("region", "turkistan"),)),
        ("Шымкент тұрғындарына", "region", "shymkent", ()),
        ("welders Atyrau obl", "isco", "7212", (("region", "atyrau"),)),
        ("painters w/ an offer", "isco", "7131", (("status", "offer"),)),
        ("всем на проверке квалиф", "status", "qualification_check", ()),
        ("келісімшарт жасағандарға Атыраудан", "status", "contract_signed", (("region", "atyrau"),)),
        ("тексерілетіндерге біліктілігі", "status", "qualification_check", ()),
        ("визасы барлардың бәріне", "status", "visa_issued", ()),
        ("қазақ тілділерге", "lang", "kk", ()),
        ("the rejected ones", "status", "rejected", ()),
        (
            "russian speaking plumbers from Pavlodar with a signed contract",
            "isco", "7126", (("status", "contract_signed"), ("region", "pavlodar"), ("lang", "ru")),
        ),
        ("cooks in Aktobe who got an offer", "isco", "5120", (("status", "offer"), ("region", "aktobe"))),
    ],
)
def test_an_audience_of_several_traits_is_read_whole(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize("typed", ["квалифицированным сварщикам", "qualified welders"])
def test_a_qualified_trade_is_no_step(typed: str) -> None:
    assert read_audience(typed, NAMES).step == ""


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("плотникам актоб", "isco", "7115", (("region", "aktobe"),)),
        ("всем из караг.", "region", "karaganda", ()),
        ("cooks shymk", "isco", "5120", (("region", "shymkent"),)),
        ("тем кто в Катаре уже", "status", "employed", ()),
        ("Қатарда жүрген аспаздарға", "isco", "5120", (("status", "employed"),)),
        ("welders already in Qatar", "isco", "7212", (("status", "employed"),)),
    ],
)
def test_a_place_cut_short_and_those_already_in_qatar(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_the_words_for_a_region_do_not_make_an_audience_a_sentence() -> None:
    reading = read_audience("Атырау облысының келісімшарт жасаған орыс тілді аспаздарына", NAMES)
    assert (reading.kind, reading.value, reading.beside) == (
        "isco", "5120", (("status", "contract_signed"), ("region", "atyrau"), ("lang", "ru"))
    )


@pytest.mark.parametrize(
    "typed",
    ["опытным поварам Шымкента", "маляры со стажем больше 3 лет", "тәжірибелі аспаздарға", "experienced plumbers"],
)
def test_experience_is_no_segment_so_the_audience_is_asked_again(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert not reading.understood and not reading.trades
