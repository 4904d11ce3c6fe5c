"""Requests an officer copies from a mail, a letter or a messenger into the chat with the bot: what is carried
above the request (a mail's header lines, a forward's own line, a letter's outgoing number and subject, a
messenger's time and sender, an order's source) asks nothing, and the request below it is read as if typed;
workers addressed at the head of a notice with no verb («Сварщикам Атырау: …», «… назарына: …») are its
audience."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, how_many_asked, read_audience, without_header
from bot.i18n import I18n
from bot.services.statuses import status_names

NAMES = status_names(I18n())


def _read(typed: str) -> tuple[str, str, tuple[tuple[str, str], ...], str]:
    request = broadcast_for(typed)
    assert request is not None, typed
    reading = read_audience(request.audience, NAMES)
    said = request.said or (typed.partition(":")[2].strip() if request.text_follows else "")
    return reading.kind, reading.value, reading.beside, said


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (  # a mail's headers, its «Кому:» the office it went to, not the workers
            "От: Жанар Болатовна\nКому: ЦЗН Кульсары\nДата: 03.08.2026\nПрошу оповестить поваров: дегустация 5 августа в 10:00",
            ("isco", "5120", (), "дегустация 5 августа в 10:00"),
        ),
        (  # a messenger's time and sender pasted with the message
            "[08:05, 01.08.2026] Ерлан Маратович: разошлите всем с визой: сбор в 6:30 у ЦЗН",
            ("status", "visa_issued", (), "сбор в 6:30 у ЦЗН"),
        ),
        (  # the forward on a line of its own, the colleague's greeting after it
            "Переслано от Айгерим Сериковны\nКоллеги, прошу разослать плотникам Актобе: замер спецовок в пятницу",
            ("isco", "7115", (("region", "aktobe"),), "замер спецовок в пятницу"),
        ),
        (  # the subject names the announcement; the lines below say whom and what
            "Subject: broadcast\nall Kazakh speakers: the office opens at 9:30 on Monday",
            ("lang", "kk", (), "the office opens at 9:30 on Monday"),
        ),
        (  # a letter's number and subject above its request
            "Исх. №7-1/22 от 01.08.2026\nО медосмотре\nпрошу разослать сварщикам Мангистау: медосмотр 4 августа",
            ("isco", "7212", (("region", "mangystau"),), "медосмотр 4 августа"),
        ),
        (  # an order's source before it, the text after a dash
            "Поручение руководства: довести до всех с подписанным договором — визы будут к 20 августа",
            ("status", "contract_signed", (), "визы будут к 20 августа"),
        ),
    ],
)
def test_what_is_copied_above_a_request_is_set_aside(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Плотникам Актобе: замер спецовок в пятницу", ("isco", "7115", (("region", "aktobe"),), "замер спецовок в пятницу")),
        ("Вниманию поваров Шымкента: дегустация в 10:00", ("isco", "5120", (("region", "shymkent"),), "дегустация в 10:00")),
        ("Ақтөбе ағаш ұсталарына: өлшеу жұмада", ("isco", "7115", (("region", "aktobe"),), "өлшеу жұмада")),
        ("визасы барлардың назарына: жиналу 6:30-да", ("status", "visa_issued", (), "жиналу 6:30-да")),
        ("To the cooks in Shymkent: tasting at 10", ("isco", "5120", (("region", "shymkent"),), "tasting at 10")),
    ],
)
def test_workers_addressed_at_a_notice_head_are_its_audience(typed: str, expected: tuple) -> None:
    assert _read(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "Асель: отчёт готов?",  # a colleague named, not workers
        "Кому: ЦЗН Кульсары",  # a memo's line alone asks nothing
        "Переслано от Дамира: здравствуйте, я сварщик, сколько платят в Дохе?",  # a worker's question passed on
    ],
)
def test_a_name_or_a_passed_on_question_is_no_announcement(typed: str) -> None:
    assert broadcast_for(typed) is None


def test_a_request_below_its_forward_is_counted_as_asked() -> None:
    assert without_header("---------- Forwarded message ---------\nhow many cooks in Aktau?") == "how many cooks in Aktau?"
    assert how_many_asked("Fwd: цифры\nсколько поваров в Актау?") is not None
    assert without_header("Кому: сварщикам\nТекст: сбор в 9") == "Кому: сварщикам\nТекст: сбор в 9"  # a memo stays


def test_a_memo_with_its_subject_is_the_officers_own() -> None:
    request = broadcast_for("Кому: поварам Тараза\nТема: дегустация\nТекст: дегустация в среду в 11:00")
    assert request is not None and request.said == "дегустация в среду в 11:00"
    reading = read_audience(request.audience, NAMES)
    assert (reading.kind, reading.value, reading.beside) == ("isco", "5120", (("region", "zhambyl"),))


def test_a_greeting_to_everyone_is_no_announcement() -> None:
    assert broadcast_for("Всем привет: я сегодня до обеда") is None


def test_a_message_copied_from_telegram_with_its_sender_and_time() -> None:
    typed = "Жанар Болатовна, [03.08.2026 09:12]\nпрошу разослать плотникам Актобе: замер в 15:00"
    assert _read(typed) == ("isco", "7115", (("region", "aktobe"),), "замер в 15:00")
