"""What officers of the regional offices type: numbers pasted from other systems, announcements quoted in
another language than their request, an audience taken back in the next message, their own shorthand, a
broadcast called off and notes kept for later."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience, without_period
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named, portal_number, vacancy_narrowed
from bot.services.statuses import status_names

NAMES = status_names(I18n())


def _said(text: str) -> tuple[str, str]:
    request = broadcast_for(text)
    assert request is not None, text
    return request.audience, request.said


@pytest.mark.parametrize(
    ("typed", "audience", "said"),
    [
        ("разошли поварам: «Дегустация переносится на субботу»", "поварам", "Дегустация переносится на субботу"),
        ('send to cooks: "Ертең сағат 9-да жиналыс"', "cooks", "Ертең сағат 9-да жиналыс"),
        ("уведомите плотников «Сбор у ЦЗН в 8:30»", "плотников", "Сбор у ЦЗН в 8:30"),
        ('"Tickets are at the office" - разошлите всем', "всем", "Tickets are at the office"),
    ],
)
def test_an_announcement_in_quotes_is_its_text_without_them(typed: str, audience: str, said: str) -> None:
    assert _said(typed) == (audience, said)


def test_quotes_inside_a_text_are_the_texts_own() -> None:
    assert _said('рассылка всем: приходите в «Бизнес-центр» к 9')[1] == ""  # taken after the colon as typed


@pytest.mark.parametrize(
    ("typed", "audience", "said"),
    [
        ("Кому: плотникам Актобе\nТекст: сбор в 9:00 у входа", "плотникам Актобе", "сбор в 9:00 у входа"),
        ("разошлите поварам Шымкента\nдегустация в 11:30", "поварам Шымкента", "дегустация в 11:30"),
    ],
)
def test_a_memo_or_a_request_on_its_own_line(typed: str, audience: str, said: str) -> None:
    assert _said(typed) == (audience, said)


def test_everyone_addressed_before_a_colon_asks_for_an_announcement() -> None:
    request = broadcast_for("Барлығына:\nпортал 14:00-ге дейін жұмыс істемейді")
    assert request is not None and request.audience == "Барлығына" and request.text_follows
    assert broadcast_for("сварщики Атырау: не отвечают на звонки") is None  # a note on them, to no one


def test_an_office_letters_bring_to_notice_and_a_text_label_before_the_colon() -> None:
    assert broadcast_for("прошу довести до сведения плотников Актобе: сбор в пятницу").audience == "плотников Актобе"
    assert broadcast_for("рассылку поварам сделай, текст: сбор в 9").audience == "поварам"


@pytest.mark.parametrize(
    "typed",
    [
        "отмените рассылку плотникам",
        "рассылка поварам Атырау — отбой",
        "плотниктерге таратуды тоқтатыңыз",
        "cancel the announcement to carpenters",
        "напоминалка: в среду разослать плотникам про сбор",
        "note to self: broadcast to carpenters on Friday",
    ],
)
def test_an_announcement_called_off_or_noted_for_later_asks_for_nothing(typed: str) -> None:
    assert broadcast_for(typed) is None
    assert officer_tool_named(typed) is None


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("ой, не Шымкент, Туркестан", "region", "turkistan", ()),
        ("стоп, не поварам, только официантам", "isco", "5131", ()),
        ("отмена, плотникам из Актобе", "isco", "7115", (("region", "aktobe"),)),
        ("жоқ, Шымкент емес, Түркістан", "region", "turkistan", ()),
        ("wait, Aktobe not Atyrau", "region", "aktobe", ()),
        ("scratch that, only those with an offer", "status", "offer", ()),
    ],
)
def test_an_audience_taken_back_at_its_start_is_the_one_named_instead(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


def test_no_without_a_comma_takes_nothing_back() -> None:
    assert not read_audience("нет визы", NAMES).understood


@pytest.mark.parametrize(
    "typed",
    ["у кого оффер, но пока не подписали", "who have an offer but did not sign yet", "ұсыныс алған, бірақ қол қоймағандар"],
)
def test_an_offer_not_yet_signed_is_the_offer(typed: str) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value) == ("status", "offer")


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("ЭГС Актобе", "isco", "7212", (("region", "aktobe"),)),
        ("монтажникам м/к", "isco", "7214", ()),
        ("на квал. проверке", "status", "qualification_check", ()),
        ("на рассм. у раб-ля", "status", "employer_review", ()),
        ("Маңғ. обл. аспаздарына", "isco", "5120", (("region", "mangystau"),)),
        ("WKO carpenters", "isco", "7115", (("region", "west"),)),
    ],
)
def test_a_regional_offices_shorthand_is_spelt_out(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("заявка 3 107", "3107"),
        ("Заявка №000318 от 01.06.2026", "318"),
        ("ID заявки: 3120", "3120"),
        ("өтінім №0042", "42"),
        ("open #3,121", "3121"),
        ("заявка 3122 — не та, нужна 3221", "3221"),
        ("звонил по ватсапу +7 707 111 22 33", "+7 707 111 22 33"),
        ("whose is +974 3300 1122", "+974 3300 1122"),
        ("8 777 111 22 33, ой 8 777 111 33 22", "8 777 111 33 22"),
        ("who is 7771112233", "7771112233"),
    ],
)
def test_a_number_pasted_from_another_system_is_looked_up(typed: str, found: str) -> None:
    assert officer_lookup(typed) == found


def test_a_phone_is_no_number_in_groups_of_three() -> None:
    assert officer_lookup("заявка 12 от 01.06.2026") == "12"
    assert officer_lookup("8 701 555 12 34") == "8 701 555 12 34"


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("кто подался на QA-3001", "QA-3001"),
        ("QA-3001 вакансиясына құжат тапсырғандар", "QA-3001"),
        ("whoever applied to QA-3001", "QA-3001"),
        ("QA-3001, нет, QA-3010 кто откликнулся", "QA-3010"),
        ("applicants of QA-3001, sorry, QA-3100", "QA-3100"),
    ],
)
def test_a_vacancys_applicants_asked_in_a_regions_words(typed: str, number: str) -> None:
    assert portal_number(typed) == number


@pytest.mark.parametrize(
    ("typed", "tool"),
    [
        ("какие команды есть", "help"),
        ("кто вчера поменял статус заявки 3001?", "audit"),
        ("who edited application 3001", "audit"),
        ("отчёт для министерства за квартал", "stats"),
        ("report for the ministry please", "stats"),
        ("выгрузку по откликам за июнь", "export"),
        ("файлды қайда жүктеймін", "files"),
        ("маусым айының өтінімдерін Excel-ге шығарыңыз", "export"),
        ("how do I move a candidate to the offer step", "setstatus"),
    ],
)
def test_a_tool_asked_for_in_a_regional_offices_words(typed: str, tool: str) -> None:
    assert officer_tool_named(typed) == tool


def test_a_colleague_asked_who_is_on_duty_is_no_tool() -> None:
    assert officer_tool_named("коллеги, кто завтра дежурит?") is None


def test_a_month_named_is_a_period() -> None:
    assert without_period("сколько заявок в июне") == "сколько заявок"
    assert without_period("маусым айында қанша өтінім") == "қанша өтінім"
    assert how_many_asked("how many applications in June") == "applications"


@pytest.mark.parametrize(
    ("typed", "number", "kind", "value"),
    [
        ("подавшим на QA-3001 с отказом", "QA-3001", "status", "rejected"),
        ("QA 3001 applicants who got an offer", "QA-3001", "status", "offer"),
        ("откликнувшимся на QA-3001 из Актобе", "QA-3001", "region", "aktobe"),
    ],
)
def test_a_vacancys_applicants_narrowed_by_a_step_or_a_region(typed: str, number: str, kind: str, value: str) -> None:
    found, reading = vacancy_narrowed(typed, NAMES)
    assert (found, reading.kind, reading.value) == (number, kind, value)


def test_a_vacancy_alone_or_with_a_trade_is_not_narrowed_here() -> None:
    assert vacancy_narrowed("QA-3001", NAMES) is None
    assert vacancy_narrowed("QA-3001 сварщикам", NAMES) is None


def test_two_trades_written_with_a_hyphen_are_both_unless_the_pair_is_one_trade() -> None:
    assert read_audience("маляры-штукатуры из Павлодара", NAMES).value == "7123 7131"
    assert read_audience("слесарям-ремонтникам", NAMES).value == "7233"
    assert read_audience("поварам Усть-Каменогорска", NAMES).beside == (("region", "east"),)


def test_a_trade_typed_short_in_english() -> None:
    assert read_audience("HVAC tech in Atyrau", NAMES).value == "7127"


def test_an_application_named_first_and_asked_to_be_looked_at_last() -> None:
    assert officer_lookup("заявка 3005 кандидат жалуется на статус, проверь") == "3005"
    assert officer_lookup("заявку 3005 я уже закрыла") is None
