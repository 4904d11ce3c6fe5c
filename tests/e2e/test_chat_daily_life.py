"""A trade's pay asked, daily life in Qatar and a bare yes, sent by a registered worker through the dispatcher:
each gets one answer, whatever vacancies are open."""

from __future__ import annotations

import pytest

from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


async def worker(make_client, i18n, lang: str, user_id: int):
    client = make_client(user_id=user_id, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    return client


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "а сколько получают водители грузовиков?"),
    ("kk", "жүк көлігі жүргізушісінің айлығы қанша?"),
    ("en", "what's the salary of a truck driver?"),
])
async def test_a_trades_pay_asked_gets_the_pay_even_with_its_vacancy_open(make_client, i18n, database, settings, lang, said):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    client = await worker(make_client, i18n, lang, user_id=7900)
    await client.send(said)
    assert client.last_text() == plain(i18n.translator(lang)("chat-pay", hotline=settings.hotline))


@pytest.mark.parametrize(("lang", "said", "key"), [
    ("ru", "в столовой у водителей еда халяльная?", "chat-question"),  # no driver searched for
    ("en", "2000 riyals, how much is that in our money?", "chat-pay"),
    ("kk", "иә", "chat-ok"),
    ("ru", "Да.", "chat-ok"),
])
async def test_daily_life_and_a_yes_are_no_search(make_client, i18n, database, settings, lang, said, key):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    client = await worker(make_client, i18n, lang, user_id=7901)
    await client.send(said)
    assert client.last_text() == plain(i18n.translator(lang)(key, hotline=settings.hotline))
