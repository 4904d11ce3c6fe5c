"""An officer correcting a request as they type it, on a phone with no time to edit: what follows «нет»,
«точнее», «жоқ», "sorry, I mean" replaces what it names again, and the rest of the request stands; the
same words that only say "without" («у кого нет визы», "with no visa") correct nothing."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("поварам, нет, официантам", "isco", "5131", ()),
        ("плиточникам Шымкента, вернее Туркестана", "isco", "7122", (("region", "turkistan"),)),
        ("каменщикам Актобе ой нет Атырау", "isco", "7112", (("region", "atyrau"),)),
        ("тем кто на собеседовании, хотя нет, тем кто получил оффер", "status", "offer", ()),
        ("Шымкенттегі аспаздарға, жоқ, даяшыларға", "isco", "5131", (("region", "shymkent"),)),
        ("Ақтөбе, дұрысы Атырау", "region", "atyrau", ()),
        ("plumbers in Aktobe, sorry, Atyrau", "isco", "7126", (("region", "atyrau"),)),
        ("cleaners, no wait, security guards", "isco", "5414", ()),
        ("не поварам, а пекарям", "isco", "7512", ()),
        ("крановщикам не Атырау а Мангистау", "isco", "8343", (("region", "mangystau"),)),
    ],
)
def test_the_audience_typed_again_replaces_the_one_taken_back(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    "typed",
    [
        "всем у кого нет визы", "сварщикам у которых нет договора", "cooks with no offer", "нет, не надо",
        "welders rather than cooks", "визасы жоқ аспаздарға", "vizasy joq svarshikterge",
    ],
)
def test_a_without_is_no_correction(typed: str) -> None:
    assert not read_audience(typed, NAMES).understood


def test_a_count_corrected_counts_the_corrected_workers() -> None:
    reading = read_audience(how_many_asked("сколько поваров в Шымкенте, нет, в Туркестане") or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == ("isco", "5120", (("region", "turkistan"),))


def test_an_announcement_corrected_goes_to_the_corrected_audience() -> None:
    request = broadcast_for("разошли плотникам Костаная, вернее Павлодара: собрание в среду")
    assert request is not None and request.text_follows
    reading = read_audience(request.audience, NAMES)
    assert (reading.kind, reading.value, reading.beside) == ("isco", "7115", (("region", "pavlodar"),))


@pytest.mark.parametrize(
    ("typed", "number"),
    [("заявка 310, нет, 301", "301"), ("өтінім 77 жоқ 78", "78"), ("app 905 sorry 950", "950")],
)
def test_an_application_number_typed_again_is_the_one_opened(typed: str, number: str) -> None:
    assert officer_lookup(typed) == number


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("всем, ой нет, только плиточникам", "isco", "7122", ()),
        ("малярам то есть штукатурам", "isco", "7123", ()),
        ("поварам Караганды, исправляю: Павлодара", "isco", "5120", (("region", "pavlodar"),)),
        ("everyone, no wait, only plumbers", "isco", "7126", ()),
    ],
)
def test_everyone_taken_back_or_a_correction_announced(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_a_count_of_those_without_a_step_is_not_the_count_of_those_with_it() -> None:
    assert not read_audience(how_many_asked("қанша аспаздың визасы жоқ") or "", NAMES).understood
