"""An announcement an officer quotes in the request («разошли всем: «<b>Собрание</b> в пятницу»») is sent
without the quotes but with the bold, italics and links the officer gave the words inside them."""

from __future__ import annotations

from bot.i18n import Html
from bot.services import broadcasts
from tests.e2e.test_officer import setup
from tests.texts import plain


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def send_with(client, text: str, *marks: tuple[str, str]):
    """A message with the given (type, words) entities, as Telegram delivers an officer's formatted text."""
    entities = [
        {"type": kind, "offset": _utf16(text[: text.index(words)]), "length": _utf16(words)} for kind, words in marks
    ]
    return await client._send_content({"text": text, "entities": entities})


async def test_a_quoted_announcement_keeps_its_formatting_without_its_quotes(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    summary = plain(t("broadcast-summary", segment=Html(t("segment-all")), active=5, inactive=1))

    await send_with(boss, "разошли всем: «Собрание в пятницу, приходите с паспортом»", ("bold", "Собрание"),
                    ("italic", "с паспортом"))
    preview = boss.messages()[-2]
    assert preview.text == broadcasts.worker_text(t, "<b>Собрание</b> в пятницу, приходите <i>с паспортом</i>")
    assert boss.last_text() == summary

    await boss.send("/cancel")  # bold that begins at the quote mark and runs over it: only the words inside
    await send_with(boss, 'отправь всем "Meeting 🙂 moved to 10:00"', ("bold", '"Meeting'), ("italic", "10:00"))
    preview = boss.messages()[-2]
    assert preview.text == broadcasts.worker_text(t, "<b>Meeting</b> 🙂 moved to <i>10:00</i>")
    assert boss.last_text() == summary


async def test_a_dictated_announcement_keeps_the_formatting_given_after_it(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await send_with(boss, "передайте всем что завтра ЦЗН закрыт", ("bold", "закрыт"))
    preview = boss.messages()[-2]
    assert preview.text == broadcasts.worker_text(t, "завтра ЦЗН <b>закрыт</b>")


async def test_formatting_given_to_the_request_stays_with_it(make_client, database, i18n):
    """The officer bolded the audience, not the announcement: the text after the colon is sent as typed."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await send_with(boss, "рассылка всем: приходите к 9:00", ("bold", "рассылка всем"), ("italic", "к 9:00"))
    preview = boss.messages()[-2]
    assert preview.text == broadcasts.worker_text(t, "приходите <i>к 9:00</i>")


async def test_a_request_copied_from_a_mail_sends_only_its_announcement(make_client, database, i18n):
    """The mail's header lines, colons and all, ask nothing: the announcement below them is sent, bold kept."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await send_with(
        boss, "От: Жанар Болатовна\nКому: ЦЗН Актау\nТема: рассылка\nвсем: собрание в пятницу в 10:00",
        ("bold", "собрание"),
    )
    preview = boss.messages()[-2]
    assert preview.text == broadcasts.worker_text(t, "<b>собрание</b> в пятницу в 10:00")
    assert boss.last_text() == plain(t("broadcast-summary", segment=Html(t("segment-all")), active=5, inactive=1))
