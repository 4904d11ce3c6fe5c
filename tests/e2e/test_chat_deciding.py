"""A worker still deciding, sent through the dispatcher with a trade's vacancy open: a question out of the bot's scope
gets what the bot does, money asked by a stranger the answer on trust, the contract's language the hotline's, the
bot's own commands asked in words their own answers, a sticker in words an ok; none of them is searched."""

from __future__ import annotations

import pytest

from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "key"), [
    ("ru", "погода в Дохе на выходные какая будет, завтра жарко?", "help"),
    ("en", "who won yesterday, real or city?", "help"),
    ("kk", "бүгін доллар бағамы қанша болды", "help"),
    ("ru", "водитель из телеграма сказал скинуть 80 тысяч и он оформит визу", "chat-trust"),
    ("en", "what language will the driver's contract be in", "chat-question"),
    ("kk", "маған сай вакансияларды қайдан көремін", "jobs-none"),  # the welder's own list: none open
    ("ru", "[Стикер]", "chat-ok"),  # a sticker forwarded as words
    ("en", "are you a robot?", "help"),
])
async def test_a_worker_deciding_gets_an_answer_not_a_search(make_client, i18n, database, settings, lang, said, key):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    client = make_client(user_id=7950, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    await client.send(said)
    t = i18n.translator(lang)
    expected = plain(t(key, hotline=settings.hotline, portal_url=settings.portal_url))
    assert client.last_text().startswith(expected) if key == "jobs-none" else client.last_text() == expected
