"""Officers who write as office letters do («Прошу направить уведомление…», «Прошу указать количество…»),
head an announcement with a megaphone or list its audience line by line, write a vacancy's portal number
oddly, note something after an application's number, and ask how a tool is found in a whole sentence."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, figures_asked, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup, officer_tool_named, portal_number
from bot.services.statuses import status_names

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("qa2231", "qa-2231"),  # no hyphen
        ("KZ—7788 отклики", "KZ-7788"),  # a dash for the hyphen
        ("KZ_7788", "KZ-7788"),
        ("QА-61 кто подал", "QA-61"),  # a Cyrillic «А» among Latin letters
        ("кто откликнулся на kz 7788", "kz-7788"),  # small letters apart from the digits
        ("QA-5566-ға өтінім бергендер", "QA-5566"),  # a Kazakh case ending after the number
        ("вакансия 3301", "3301"),  # digits alone, named as a vacancy: the portal's number or the bot's
        ("3301 вакансиясы бойынша кім жауап берді", "3301"),
    ],
)
def test_a_portal_number_written_oddly_is_read_as_the_portal_writes_it(typed: str, reference: str) -> None:
    assert portal_number(typed) == reference


@pytest.mark.parametrize("typed", ["3301", "application no 4410", "по 1234 ничего", "6G", "заявка 12"])
def test_digits_not_named_as_a_vacancy_are_no_portal_number(typed: str) -> None:
    assert portal_number(typed) in (None, typed)  # «6G» and such are left to the handler, as before
    assert portal_number(typed) != "3301" or typed != "3301"


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("гляньте заявку 4410, человек ждёт ответа", "4410"),  # the note after a comma is the officer's
        ("app 515 - offer sent", "515"),
        ("проверь статус заявки 77", "77"),
        ("найдите соискателя по номеру 8 705 111 22 33", "8 705 111 22 33"),
        ("find the worker with phone 8 705 111 22 33", "8 705 111 22 33"),
    ],
)
def test_an_application_or_a_phone_with_words_around_it_is_looked_up(typed: str, found: str) -> None:
    assert officer_lookup(typed) == found


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("тем, кто сейчас работает в Катаре", "status", "employed", ()),
        ("кто на рассмотрении у работодателя", "status", "employer_review", ()),
        ("applicants under employer review", "status", "employer_review", ()),
        ("сұхбат кезеңіндегі аспаздарға", "isco", "5120", (("status", "interview"),)),
        ("СҚО-дағы дәнекерлеушілерге", "isco", "7212", (("region", "north"),)),
        ("— плотники\n— штукатуры", "isco", "7115 7123", ()),  # a list, one line each
        ("сварщикам, у кого на проверке квалификации", "isco", "7212", (("status", "qualification_check"),)),
    ],
)
def test_steps_regions_and_lists_in_other_words(typed: str, kind: str, value: str, beside: tuple) -> None:
    reading = read_audience(typed, NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize(
    ("typed", "audience", "said"),
    [
        ("📣 Всем: офис закрыт в понедельник", "Всем", ""),  # the megaphone asks for the announcement
        ("📢 Сварщикам Атырау: сбор в 9:00", "Сварщикам Атырау", ""),
        ("Прошу направить напоминание поварам Шымкента о медосмотре", "поварам Шымкента", ""),
        ("please send a reminder to plumbers about the training", "plumbers", ""),
        ("Текст: Сбор у ЦЗН в 8 утра.\nКому: всем", "всем", "Сбор у ЦЗН в 8 утра."),  # its own full stop kept
    ],
)
def test_an_announcement_asked_as_a_letter_or_under_a_megaphone(typed: str, audience: str, said: str) -> None:
    request = broadcast_for(typed)
    assert request is not None
    assert (request.audience, request.said) == (audience, said)


@pytest.mark.parametrize("said", ["уведомление пришло?", "напоминание про совещание висит на доске", "📢"])
def test_a_notice_named_without_sending_asks_for_none(said: str) -> None:
    assert broadcast_for(said) is None


def test_a_count_asked_in_a_letters_words() -> None:
    asked = how_many_asked("Прошу указать количество соискателей из Павлодарской области")
    assert asked is not None
    assert read_audience(asked, NAMES).kind == "region"
    assert figures_asked(how_many_asked("сколько заявок на текущую дату") or "")
    assert figures_asked(how_many_asked("Прошу сообщить общее количество поступивших заявок") or "")


@pytest.mark.parametrize(
    ("typed", "tool"),
    [
        ("как выдать доступ коллеге из ЦЗН Актобе", "officers"),
        ("где найти журнал изменений статусов", "audit"),
        ("подскажите, где ссылка на вакансию для телеграм-канала", "link"),
        ("как загрузить список вакансий, который прислал работодатель", "files"),
        ("how do I change the step of an application", "setstatus"),
        ("жаңа вакансияларды қалай жүктеуге болады", "files"),
    ],
)
def test_a_tool_asked_in_a_whole_sentence(typed: str, tool: str) -> None:
    assert officer_tool_named(typed) == tool


@pytest.mark.parametrize(
    "typed", ["рахмет, статистиканы алдым", "әріптестер, кім кезекші?", "рассылку по поварам начальник ещё не подписал"]
)
def test_thanks_and_remarks_about_a_tool_name_none(typed: str) -> None:
    assert officer_tool_named(typed) is None
