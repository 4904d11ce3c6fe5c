"""Officers asking for a period relative to today («за вчера», «со вторника», «кешеден бері», "since
Friday"): the period is dropped before the workers, the figures, a vacancy's applicants or a tool are read,
so the request is answered as it stands now instead of not at all. A tool's work told of among colleagues
(«отчёт вчера сдала») asks for nothing."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import figures_asked, how_many_asked, read_audience, without_period
from bot.i18n import I18n
from bot.officer_commands import officer_tool_named, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("отказы со вторника", "отказы"),
        ("заявки с начала года", "заявки"),
        ("сейсенбіден бері өтінімдер", "өтінімдер"),
        ("kesheden beri otinimder", "otinimder"),
        ("visas since last Friday", "visas"),
        ("виза позавчера", "виза"),
    ],
)
def test_a_period_from_a_day_to_now_is_dropped(typed: str, left: str) -> None:
    assert without_period(typed) == left


@pytest.mark.parametrize(
    "typed",
    [
        "сколько регистраций со среды",
        "скок вак добавлено за вчера",
        "сейсенбіден бері қанша өтінім түсті",
        "how many new signups since Tuesday",
    ],
)
def test_the_figures_for_a_period_are_the_statistics(typed: str) -> None:
    asked = how_many_asked(typed)
    assert asked is not None and figures_asked(asked)


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("сколько поваров подписали договор с начала месяца", "isco", "5120", (("status", "contract_signed"),)),
        ("кеше Маңғыстаудан қанша адам тіркелді", "region", "mangystau", ()),
        ("Ақтөбедегі аспаздардың қаншасы сұхбатта", "isco", "5120", (("status", "interview"), ("region", "aktobe"))),
        ("how many ppl from Pavlodar got an offer since Wednesday", "status", "offer", (("region", "pavlodar"),)),
        ("how many cooks have signed so far", "isco", "5120", (("status", "contract_signed"),)),
    ],
)
def test_a_count_for_a_period_counts_the_workers_named(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(how_many_asked(typed) or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("typed", "tool"),
    [
        ("лог изменений за позавчера", "audit"),
        ("стату с начала месяца", "stats"),
        ("өткен айдың есебі", "stats"),
        ("kesheden beri jurnal", "audit"),
        ("excel since Tuesday", "export"),
    ],
)
def test_a_tool_asked_for_a_period_is_that_tool(typed: str, tool: str) -> None:
    assert officer_tool_named(typed) == tool


@pytest.mark.parametrize(
    "typed",
    ["отчёт вчера сдала начальнику", "выгрузку уже скинули", "статистиканы ертең талқылаймыз", "sent the stats"],
)
def test_a_tool_told_of_among_colleagues_is_no_request(typed: str) -> None:
    assert officer_tool_named(typed) is None


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("отклики на QA-2048 со среды", "QA-2048"),
        ("кім өтінім берді QA 3107-ге кеше", "QA-3107"),
        ("вак 4410 отклики", "4410"),
        ("applicants of QA 1024 since Friday", "QA-1024"),
    ],
)
def test_a_vacancys_applicants_for_a_period_are_its_applicants(typed: str, reference: str) -> None:
    assert portal_number(typed) == reference


@pytest.mark.parametrize(
    "typed",
    ["кто вчера делал выгрузку?", "выгрузку за неделю готовила Дана", "журнал сдала в понедельник"],
)
def test_who_did_a_tools_work_is_asked_of_colleagues(typed: str) -> None:
    assert officer_tool_named(typed) is None
