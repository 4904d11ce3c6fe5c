"""What officers type without their keyboard's letters or in a rush, beyond the first sets: Kazakh typed with
Russian letters («канша виза берилди»), Latin Kazakh audiences and lookups («barlyq tirkelgen adamdarga»,
«qazaqsha soileitinderge», «otinim 1022 de», «ötınım 1021 vizasy daiyn»), a report with its verb after it
(«статистику по Мангистау скиньте»), the employer's decision awaited, and a step noted on an application."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import how_many_asked, read_audience, report_asked
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("канша адам виза алды", "status", "visa_issued", ()),
        ("Атырау бойынша қанша аспаз бар", "isco", "5120", (("region", "atyrau"),)),
        ("Шымкентте қанша адам жұмысқа орналасқан", "status", "employed", (("region", "shymkent"),)),
        ("kelisimshartqa qol qoigan svarshikter qansha", "isco", "7212", (("status", "contract_signed"),)),
        ("сколько поваров ждут ответа от работодателя", "isco", "5120", (("status", "employer_review"),)),
        ("how many cooks are waiting for the employer", "isco", "5120", (("status", "employer_review"),)),
    ],
)
def test_a_count_typed_without_the_keyboards_letters(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(how_many_asked(typed) or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("barlyq adamdarga birden", "all", ""),
        ("orys tilinde soileitinderge", "lang", "ru"),
    ],
)
def test_a_latin_kazakh_audience(typed: str, kind: str, value: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == (kind, value)


@pytest.mark.parametrize(
    ("typed", "whom"),
    [("цифры по Атырау скиньте", "Атырау"), ("what's the headcount for cooks in Aktobe", "cooks in Aktobe")],
)
def test_a_report_asked_with_its_verb_after_or_as_a_question(typed: str, whom: str) -> None:
    assert report_asked(typed) == whom


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("ötınım 88 ūsynys", "88"),
        ("otinim 89 da", "89"),
        ("app #90 shortlisted", "90"),
        ("заявку 91 отметь как отказ", "91"),
    ],
)
def test_an_application_with_its_step_noted(typed: str, number: str) -> None:
    assert officer_lookup(typed) == number


def test_the_next_number_called() -> None:
    assert officer_lookup("следующий номер 8 707 444 55 66") == "8 707 444 55 66"


def test_a_vacancys_figures_asked_by_its_number() -> None:
    assert (portal_number("статистика по QA-4410") or "").upper() == "QA-4410"


@pytest.mark.parametrize(
    ("typed", "tool"), [("the report in excel please", "export"), ("какая динамика по откликам", "stats")]
)
def test_a_report_in_excel_is_the_export_and_a_trend_the_statistics(typed: str, tool: str) -> None:
    assert officer_tool_named(typed) == tool
