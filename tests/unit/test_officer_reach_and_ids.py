"""What an officer asks on a busy day beyond the first sets: how many workers an announcement would reach before
it is sent («скольким придёт, если разослать сантехникам», «дәнекерлеушілерге таратсақ неше адамға барады», "how
many people would get a message to the masons"), an announcement typed after /broadcast before its audience, and a worker's Telegram id typed alone or after «тг»."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import command_parts, how_many_asked, read_audience
from bot.i18n import I18n
from bot.officer_commands import officer_lookup
from bot.services.statuses import status_names
from bot.validation import phone_number

NAMES = status_names(I18n())


@pytest.mark.parametrize(
    ("typed", "kind", "value", "beside"),
    [
        ("скольким придёт, если разослать сантехникам из Атырау", "isco", "7126", (("region", "atyrau"),)),
        ("сколько людей получат объявление для тех, у кого виза", "status", "visa_issued", ()),
        ("дәнекерлеушілерге таратсақ неше адамға барады", "isco", "7212", ()),
        ("Атырауга жиберсек канша адам алады", "region", "atyrau", ()),
        ("how many people would get a message to the masons", "isco", "7112", ()),
        ("how many recipients if we send to all", "all", "", ()),
        ("скольоко поваров в Атырау", "isco", "5120", (("region", "atyrau"),)),
    ],
)
def test_the_reach_of_an_announcement_is_the_count_of_its_audience(
    typed: str, kind: str, value: str, beside: tuple[tuple[str, str], ...]
) -> None:
    reading = read_audience(how_many_asked(typed) or "", NAMES)
    assert (reading.kind, reading.value, reading.beside) == (kind, value, beside)


@pytest.mark.parametrize("typed", ["сколько стоит отправить рассылку", "сколько раз я отправил рассылку"])
def test_a_question_about_sending_itself_is_no_count_of_workers(typed: str) -> None:
    asked = how_many_asked(typed)
    assert asked is None or not read_audience(asked, NAMES).understood


@pytest.mark.parametrize(
    ("args", "audience", "text"),
    [
        ("сбор у ЦЗН в 9:00 — плотникам Шымкента", "плотникам Шымкента", "сбор у ЦЗН в 9:00"),
        ("приём справок до 5.12 электрикам", "электрикам", "приём справок до 5.12"),
        ("the bus leaves at 6, everyone", "everyone", "the bus leaves at 6"),
        ("сварщикам Атырау", "сварщикам Атырау", ""),
        ("откликнувшимся на QA-10 сбор в 9", "откликнувшимся на QA-10 сбор в 9", ""),
        ("собрание в пятницу", "собрание в пятницу", ""),
    ],
)
def test_broadcast_typed_with_its_text_first_is_split_at_its_audience(args: str, audience: str, text: str) -> None:
    assert command_parts(args, NAMES) == (audience, text)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("тг: 700123456", "700123456"),
        ("айди 8812345670 пришлите заявку", "8812345670"),
        ("telegram id 412345678 whose is it", "412345678"),
        ("412345679", "412345679"),
        ("ID заявки: 2416", "2416"),  # an application's label, as before
        ("87012345678", "77012345678"),  # a phone typed alone stays a phone
    ],
)
def test_a_workers_telegram_id_is_looked_up_alone_or_after_its_marker(typed: str, found: str) -> None:
    looked_up = officer_lookup(typed) or ""
    assert (phone_number(looked_up) or "").lstrip("+") == found if found.startswith("77") else looked_up == found


def test_an_iin_typed_alone_is_no_telegram_id() -> None:
    assert officer_lookup("880415301234") != "880415301234"
