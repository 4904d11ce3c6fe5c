"""An announcement's audience typed in words, in the three languages officers write."""

from __future__ import annotations

import re

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("всем", "all", ""),
        ("Всем работникам", "all", ""),
        ("барлығына", "all", ""),
        ("all workers", "all", ""),
        ("казахский", "lang", "kk"),
        ("орысша", "lang", "ru"),
        ("English", "lang", "en"),
        ("Мангистау", "region", "mangystau"),
        ("Маңғыстау", "region", "mangystau"),
        ("Туркестанская область", "region", "turkistan"),
        ("виза выдана", "status", "visa_issued"),
        ("у кого собеседование", "status", "interview"),
        ("Виза берілді", "status", "visa_issued"),
        ("visa issued", "status", "visa_issued"),
        ("на собеседовании", "status", "interview"),  # a step's one-word name, inflected
        ("вылетевшим", "status", "departed"),
        ("визажист", "isco", "5142"),  # no form of «виза»
        ("сварщикам", "isco", "7212"),
        ("дәнекерлеушілерге", "isco", "7212"),
        ("welders", "isco", "7212"),
        ("повара", "isco", "5120"),
        ("7212", "isco", "7212"),
        ("72", "isco", "72"),
        ("сварщикам и поварам", "isco", "5120 7212"),  # trades named together: either of them
        ("welders and cooks", "isco", "5120 7212"),
        ("дәнекерлеушілер мен аспазшыларға", "isco", "5120 7212"),
        ("сварщикам, поварам и каменщикам", "isco", "5120 7112 7212"),
        ("сварщикам и электрикам", "isco", "7212 7411"),  # electricians are the building ones, as alone
        ("сварщики и газорезчики", "isco", "7212"),  # one trade's two names
        ("7212, 5120", "isco", "5120 7212"),
        ("получили визу", "status", "visa_issued"),  # a step in the words officers use for it
        ("с визой", "status", "visa_issued"),
        ("got their visa", "status", "visa_issued"),
        ("у кого отказ", "status", "rejected"),
        ("were rejected", "status", "rejected"),
        ("с подписанным договором", "status", "contract_signed"),
        ("договор расторгнут", "status", "terminated_early"),
        ("визасы барлар", "status", "visa_issued"),
        ("работают в Катаре", "status", "employed"),
        ("уже вылетели в Катар", "status", "departed"),
    ],
)
def test_a_typed_audience_is_read_as_its_button_would_choose(typed, kind, value):
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == (kind, value)


def test_a_trade_that_names_several_occupations_offers_them_after_their_shared_group():
    reading = read_audience("водители", NAMES)
    assert not reading.understood and reading.trades[:3] == ("83", "8322", "8332")


def test_a_language_in_a_trade_name_is_the_trade():
    reading = read_audience("English teacher", NAMES)
    assert reading.kind != "lang" and "2330" in reading.trades


@pytest.mark.parametrize(
    "typed",
    [
        "сварщики и водители",  # two trades, one of them not sure (car or truck drivers?)
        "с визой на собеседовании",  # two steps: no application stands at both
        "заявок",  # applications of any step, not the first step's
        "ну в Актау",  # a region beside words that name nothing
        "9999",  # no such ISCO-08 group
        "QA-123",  # a vacancy's number, looked up by the handler
        "ну не знаю",
        "и",
        "",
        "отправь это всем работникам в Мангистау и в Алматы пожалуйста",  # too long to be only a choice
    ],
)
def test_what_names_no_single_audience_is_not_guessed(typed):
    reading = read_audience(typed, NAMES)
    assert not reading.understood and not reading.trades


@pytest.mark.parametrize(
    ("typed", "kind", "value", "region"),
    [
        ("сварщикам из Мангистау", "isco", "7212", "mangystau"),
        ("сварщикам Мангистауской области", "isco", "7212", "mangystau"),
        ("Маңғыстаудағы дәнекерлеушілерге", "isco", "7212", "mangystau"),
        ("welders in Almaty", "isco", "7212", "almaty"),
        ("7212 Мангистау", "isco", "7212", "mangystau"),
        ("виза выдана в Шымкенте", "status", "visa_issued", "shymkent"),
        ("на казахском в Алматы", "lang", "kk", "almaty"),
        ("всем в Мангистау", "region", "mangystau", ""),  # all of a region is the region
        ("Алматы қаласы", "region", "almaty", ""),
    ],
)
def test_a_region_typed_beside_another_trait_narrows_it(typed, kind, value, region):
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.region) == (kind, value, region)


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("сварщикам с визой", "isco", "7212", (("status", "visa_issued"),)),
        ("сварщиков получили визу", "isco", "7212", (("status", "visa_issued"),)),
        ("welders who got their visa", "isco", "7212", (("status", "visa_issued"),)),
        ("дәнекерлеушілерге визасы барлар", "isco", "7212", (("status", "visa_issued"),)),
        ("на казахском, получившим визу", "lang", "kk", (("status", "visa_issued"),)),
        ("сварщикам на собеседовании в Мангистау", "isco", "7212", (("status", "interview"), ("region", "mangystau"))),
        ("всем с визой", "status", "visa_issued", ()),  # everyone at a step is the step
    ],
)
def test_a_step_typed_beside_another_trait_narrows_it(typed, kind, value, beside):
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_a_region_beside_a_trade_to_pick_is_kept_for_the_pick():
    reading = read_audience("водители из Актау", NAMES)
    assert reading.trades[:1] == ("83",) and reading.region == "mangystau"


@pytest.mark.parametrize(
    ("asked", "workers"),
    [
        ("сколько сварщиков в Мангистау?", "сварщиков мангистау"),
        ("Маңғыстауда қанша дәнекерлеуші бар?", "маңғыстауда дәнекерлеуші"),
        ("How many welders do we have in Almaty?", "welders almaty"),
        ("сварщики в Мангистау", None),  # no question of how many
    ],
)
def test_a_how_many_question_is_told_from_the_workers_it_counts(asked, workers):
    assert how_many_asked(asked) == workers


@pytest.mark.parametrize(
    ("said", "audience"),
    [
        ("рассылка сварщикам", "сварщикам"),
        ("разослать всем в Мангистау", "всем в Мангистау"),
        ("отправить объявление водителям", "водителям"),
        ("хабарландыру дәнекерлеушілерге", "дәнекерлеушілерге"),
        ("broadcast to welders", "welders"),
        ("рассылка всем: завтра в 10:00 собрание", "всем"),  # the announcement follows the colon
        ("Рассылка", None),  # the tool alone: its command is shown
        ("отключить рассылку", None),  # a worker's alerts, not an announcement
    ],
)
def test_an_announcement_asked_for_in_words_is_told_from_its_audience(said, audience):
    request = broadcast_for(said)
    assert (request.audience if request else None) == audience
    assert (request is not None and request.text_follows) == (":" in said)  # the announcement after a colon


def test_trades_that_may_belong_to_one_title_are_offered_not_joined():
    reading = read_audience("монтажник систем отопления и вентиляции", NAMES)
    assert not reading.understood and "7126" in reading.trades


@pytest.mark.parametrize(
    ("asked", "figures"),
    [
        ("сколько вакансий?", True),
        ("сколько открытых вакансий", True),
        ("How many applications?", True),
        ("сколько заблокировали бота", True),
        ("қанша бос орын бар?", True),
        ("сколько сварщиков?", False),
        ("сколько стоит виза?", False),
    ],
)
def test_a_question_for_the_statistics_is_told_from_one_that_counts_workers(asked, figures):
    assert figures_asked(how_many_asked(asked) or "") is figures


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_examples_of_the_officers_help_are_read_as_it_says(lang):
    """The help promises a count, an announcement to two trades, and a vacancy's applicants."""
    count, broadcast, vacancy = re.findall(r"[«“](.+?)[»”]", I18n().translator(lang)("help-officer-words"))
    counted = read_audience(how_many_asked(count), NAMES)
    assert (counted.kind, counted.value, counted.beside) == (
        "isco", "7212", (("status", "visa_issued"), ("region", "mangystau"))
    )
    request = broadcast_for(broadcast)
    assert request is not None and request.text_follows
    assert (read_audience(request.audience, NAMES).kind, read_audience(request.audience, NAMES).value) == (
        "isco", "5120 7212"
    )
    assert portal_number(vacancy) == "QA-1024"
