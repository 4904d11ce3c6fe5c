"""A worker already in the process or already in Qatar, sent through the dispatcher with a trade's vacancy open: a
medical failed gets the hotline, the work changed or the worker dismissed the complaint's contacts, a call asked of the
bot the hotline's people, a CV to pass on the steps of an application, a loan what the bot does, a ticket to buy the
rights; none of them is searched."""

from __future__ import annotations

import pytest

from handlers.rights import complaint_text, rights_text
from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "key"), [
    ("ru", "медкомиссию не прошёл из-за давления, что дальше", "chat-question"),
    ("en", "they failed me at the medical, can i try again", "chat-question"),
    ("kk", "мені жүргізуші орнына жүк тасушы қылып басқа жұмысқа қойды, келісімшартта басқа", "chat-complaint"),
    ("en", "boss fired me yesterday and kept my last salary", "chat-complaint"),
    ("ru", "позвоните мне пожалуйста, голосом проще", "chat-human"),
    ("en", "send my cv to the driver company please", "applications"),
    ("kk", "қарызға 5 мың беріп тұрыңызшы", "help"),
    ("ru", "купите мне билет в Доху, деньги потом верну", "rights"),
])
async def test_a_worker_in_qatar_gets_an_answer_not_a_search(make_client, i18n, database, settings, lang, said, key):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    client = make_client(user_id=7960, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    await client.send(said)
    t = i18n.translator(lang)
    contacts = {"hotline": settings.hotline, "portal_url": settings.portal_url}
    expected = {
        "chat-complaint": lambda: complaint_text(t, settings),
        "rights": lambda: rights_text(t, settings),
        "help": lambda: t("help"),
        "applications": lambda: t("chat-application-none", **contacts),
    }.get(key, lambda: t(key, **contacts))()
    assert client.last_text() == plain(expected)
