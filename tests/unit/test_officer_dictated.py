"""Officers on a phone between meetings: requests dictated without punctuation or wrapped in courtesy,
numbers said in words, a portal number dictated with a space, a language's speakers beside a trade, a
Kazakh request with the Russian word for it, and what must still not be guessed (two regions, a broadcast
spoken of as done, «во сколько»)."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.number_words import spoken_numbers
from bot.officer_commands import officer_lookup, officer_tool_named, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("двести восемьдесят третья", "283"),
        ("девятьсот девяносто девять", "999"),
        ("две тысячи сорок", "2040"),
        ("екі жүз он төртінші", "214"),
        ("jiyrma segiz", "28"),
        ("nine hundred and six", "906"),
        ("eighty-one", "81"),  # a hyphenated pair, as English writes it
    ],
)
def test_numbers_said_in_words_are_written_in_digits(said: str, digits: str | None) -> None:
    words = said.split()
    assert spoken_numbers(words) == ([digits] if digits else words)


@pytest.mark.parametrize("said", ["одна просьба", "second thought", "семинар в среду", "стоит ли", "семья рядом"])
def test_ordinary_words_that_begin_like_numbers_stay_words(said: str) -> None:
    assert spoken_numbers(said.split()) == said.split()


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("заявку двести восемьдесят три откройте", "283"),
        ("өтінім екі жүз он төрт", "214"),
        ("please open application nine hundred and six", "906"),
        ("покажите пожалуйста заявку 2040", "2040"),
    ],
)
def test_an_application_named_with_courtesy_or_in_words(typed: str, number: str) -> None:
    assert officer_lookup(typed) == number


@pytest.mark.parametrize(
    ("typed", "phone"),
    [
        ("чей это номер 8 702 444 10 20", "8 702 444 10 20"),
        ("бұл нөмір кімдікі 87024441020", "87024441020"),
        ("find this number +7 702 444 1020", "+7 702 444 1020"),
    ],
)
def test_a_phone_asked_about_in_a_few_words(typed: str, phone: str) -> None:
    assert officer_lookup(typed) == phone


@pytest.mark.parametrize(
    ("typed", "tool"),
    [
        ("киньте пожалуйста выгрузку за месяц", "export"),
        ("экселге шығарыңыз", "export"),
        ("журналды көрсетіңізші", "audit"),
        ("офицерді қосу", "officers"),
        ("could you show me the officers", "officers"),
        ("I want the statistics", "stats"),
        ("martebeni auystyru", "setstatus"),
    ],
)
def test_a_tool_asked_for_with_padding_or_a_kazakh_ending(typed: str, tool: str) -> None:
    assert officer_tool_named(typed) == tool


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("QA 5566", "QA-5566"),
        ("отклики на QA 5566 за сегодня", "QA-5566"),
        ("who applied to QA 77 today", "QA-77"),
    ],
)
def test_a_portal_number_dictated_with_a_space(typed: str, reference: str) -> None:
    assert portal_number(typed) == reference


@pytest.mark.parametrize("typed", ["ISCO 7212", "app 12", "код 5120"])
def test_a_space_before_digits_makes_no_portal_number_of_a_code_or_an_application(typed: str) -> None:
    assert portal_number(typed) is None


@pytest.mark.parametrize(
    ("typed", "audience", "said"),
    [
        ("разошлите поварам что медосмотр в среду", "поварам", "медосмотр в среду"),
        ("оповестите всех о том что офис закрыт", "всех", "офис закрыт"),
        ("notify cooks that the medical is on Wednesday", "cooks", "the medical is on Wednesday"),
    ],
)
def test_a_dictated_announcement_has_its_text_after_that(typed: str, audience: str, said: str) -> None:
    request = broadcast_for(typed)
    assert request is not None
    assert (request.audience, request.text_follows, request.said) == (audience, True, said)


@pytest.mark.parametrize(
    ("typed", "audience", "said"),
    [
        ("офис закрыт в пятницу — отправьте всем", "всем", "офис закрыт в пятницу"),
        ("the bus leaves at 6. send to drivers in Doha", "drivers in Doha", "the bus leaves at 6"),
        ("разошлите плиточникам\nзамер объекта в субботу", "плиточникам", "замер объекта в субботу"),
        ("жиналыс сағат 9-да, аспаздарға жіберіңіз", "аспаздарға", "жиналыс сағат 9-да"),
    ],
)
def test_an_announcement_with_its_request_on_another_line_or_after_it(typed: str, audience: str, said: str) -> None:
    request = broadcast_for(typed)
    assert request is not None
    assert (request.audience, request.text_follows, request.said) == (audience, True, said)


@pytest.mark.parametrize("typed", ["офис закрыт в пятницу, спасибо всем", "рассылку сварщикам отправили. Всё ок"])
def test_a_text_beside_no_request_is_no_announcement(typed: str) -> None:
    request = broadcast_for(typed)
    assert request is None or not request.said


@pytest.mark.parametrize(
    ("typed", "audience"),
    [
        ("разошлите плотникам", "плотникам"),
        ("notify everyone in Aktobe", "everyone in Aktobe"),
        ("плотниктерге rassylka jasanyz", "плотниктерге"),
        ("аспаздарға рассылка жасаңыз", "аспаздарға"),
        ("надо оповестить поваров", "поваров"),
    ],
)
def test_verbs_that_can_only_mean_an_announcement(typed: str, audience: str) -> None:
    request = broadcast_for(typed)
    assert request is not None and request.audience == audience


@pytest.mark.parametrize("typed", ["отключить рассылку", "рассылка поварам ушла вчера", "сварщикам уже отправили"])
def test_a_broadcast_spoken_of_is_not_asked_for(typed: str) -> None:
    request = broadcast_for(typed)
    assert request is None or not read_audience(request.audience, NAMES).understood


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("англоязычным поварам", "isco", "5120", (("lang", "en"),)),
        ("русскоговорящих плотников", "isco", "7115", (("lang", "ru"),)),
        ("English-speaking cooks", "isco", "5120", (("lang", "en"),)),
        ("казахоязычным", "lang", "kk", ()),
        ("кто пишет по-английски", "lang", "en", ()),
        ("пожалуйста всем", "all", "", ()),
        ("Актобе пожалуйста", "region", "aktobe", ()),
        ("кандидатам с визой", "status", "visa_issued", ()),
        ("кому контракт уже готов", "status", "contract_signed", ()),
        ("bas tartylgan", "status", "rejected", ()),
        ("those who have been deployed", "status", "departed", ()),
    ],
)
def test_an_audience_dictated_or_padded(typed: str, kind: str, value: str, beside: tuple) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_english_teachers_are_a_trade_not_english_speakers() -> None:
    assert ("lang", "en") not in read_audience("English teachers", NAMES).beside


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("поварам Актобе и Костаная", "isco", "5120", (("region", "aktobe kostanay"),)),
        ("Pavlodar and Kostanay", "region", "pavlodar kostanay", ()),
        ("Ақтөбе мен Қостанай облыстарына", "region", "aktobe kostanay", ()),
        ("поварам и сварщикам Павлодара, Костаная", "isco", "5120 7212", (("region", "pavlodar kostanay"),)),
    ],
)
def test_two_regions_are_both_kept_never_narrowed_to_the_first(typed, kind, value, beside) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("said", "figures"),
    [("сколько заявок пришло за месяц", True), ("қазір қанша өтінім бар", True), ("how many applications this week", True)],
)
def test_the_figures_for_a_period_are_the_statistics(said: str, figures: bool) -> None:
    asked = how_many_asked(said)
    assert asked is not None and figures_asked(asked) is figures


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("коллеги можете посчитать сколько поваров", "поваров"),
        ("сколько плотников в базе", "плотников"),
    ],
)
def test_a_count_asked_of_colleagues(said: str, asked: str) -> None:
    assert how_many_asked(said) == asked


@pytest.mark.parametrize("said", ["во сколько созвон", "at what time how many of us meet"])
def test_a_time_asked_is_no_headcount(said: str) -> None:
    assert how_many_asked(said) is None


@pytest.mark.parametrize(
    ("typed", "audience", "said"),
    [
        ("Текст: собрание в 10 у входа\nКому: всем поварам", "всем поварам", "собрание в 10 у входа"),
        ("офис не работает в субботу. Адресаты — водители Атырау", "водители Атырау", "офис не работает в субботу"),
        ("Portal down tomorrow 9-12\nTo: everyone", "everyone", "Portal down tomorrow 9-12"),
        ("Мәтін: жиналыс жұмада\nКімге: барлығына", "барлығына", "жиналыс жұмада"),
    ],
)
def test_an_announcement_laid_out_as_a_letter_names_its_audience_after_to(typed: str, audience: str, said: str) -> None:
    request = broadcast_for(typed)
    assert request is not None
    assert (request.audience, request.text_follows, request.said) == (audience, True, said)


@pytest.mark.parametrize("typed", ["кому отправлять рассылку?", "to whom should I write", "Кому: всем"])
def test_a_question_of_whom_or_an_audience_alone_is_no_letter(typed: str) -> None:
    request = broadcast_for(typed)
    assert request is None or not request.said
