"""Papers before leaving and life in Qatar asked by a registered worker, with a driver's and a cook's vacancy open:
a translation, a messenger, what life costs or a condition of health asked about is answered, never searched as a
translator's, a driver's or an optician's trade."""

from __future__ import annotations

import pytest

from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "key"), [
    ("en", "should the translations be certified by a notary", "chat-documents"),
    ("ru", "водительское удостоверение переводить и заверять у нотариуса?", "chat-documents"),
    ("ru", "imo или вотсап там работает, чтобы семье звонить?", "chat-question"),
    ("en", "what does renting a room in doha cost, is life there expensive?", "chat-question"),
    ("kk", "көзілдірік киемін, медкомиссиядан өтем бе", "chat-question"),
])
async def test_papers_and_life_there_are_answered_not_searched(make_client, i18n, database, settings, lang, said, key):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Pearl Kitchen")
    client = make_client(user_id=7950, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    await client.send(said)
    assert client.last_text() == plain(i18n.translator(lang)(key, hotline=settings.hotline, portal_url=settings.portal_url))
