"""What an officer asks on a busy day beyond the first sets: how many workers an announcement would reach before
it is sent («скольким придёт, если разослать сантехникам», «дәнекерлеушілерге таратсақ неше адамға барады», "how
many people would get a message to the masons"), and an announcement typed after /broadcast before its audience."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import command_parts, how_many_asked, read_audience
from bot.i18n import I18n
from bot.services.statuses import status_names

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
