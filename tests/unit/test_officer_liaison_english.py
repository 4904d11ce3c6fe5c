"""The formal English of the Qatari side's liaison officers: "kindly circulate the following to…", "kindly
share with…", "we would appreciate it if you could inform…", "Dear colleagues, please notify…", "kindly
advise how many…", "may I know how many…", "could you please share the headcount of…", "visa stamped"."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "value", "said"),
    [
        ("Kindly circulate the following to all cooks: uniforms will be issued on arrival", "5120", ""),
        ("Kindly share with the plumbers in Astana: tools are provided by the employer", "7126", ""),
        ("We would be grateful if you could inform the painters that the site opens on Sunday", "7131",
         "the site opens on Sunday"),
        ("Dear colleagues, please notify the tilers: the trade test is moved to Monday", "7122", ""),
        ("Dear all, kindly convey to the carpenters that transport is arranged", "7115", "transport is arranged"),
    ],
)
def test_a_liaison_officers_request_for_an_announcement(typed: str, value: str, said: str) -> None:
    request = broadcast_for(typed)
    assert request is not None and request.text_follows and request.said == said
    assert read_audience(request.audience, NAMES).value == value


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("kindly advise how many plumbers have been deployed", "isco", "7126"),
        ("kindly advise the number of candidates with visa stamped", "status", "visa_issued"),
        ("could you please share the headcount of tilers in Astana", "isco", "7122"),
    ],
)
def test_a_liaison_officers_count(typed: str, kind: str, value: str) -> None:
    reading = read_audience(how_many_asked(typed) or "", NAMES)
    assert (reading.kind, reading.value) == (kind, value)


def test_a_liaison_officers_figures() -> None:
    asked = how_many_asked("may I know how many applications we received this month")
    assert asked is not None and figures_asked(asked)


def test_a_liaison_officers_lookups() -> None:
    assert officer_lookup("kindly check application no. 3300") == "3300"
    assert (portal_number("kindly share the applicants of QA 4410") or "").upper() == "QA-4410"
