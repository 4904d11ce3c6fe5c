"""Messages that name a trade or a sign of one without asking for it, sent through the dispatcher with a salesperson's
and a cook's vacancy open: a woman telling the work she did and asking what there is for women, someone writing for a
relative, an application withdrawn with its trade named and what the medical check tests get their answers, and
none of them is searched."""

from __future__ import annotations

import pytest

from tests.e2e.test_chat_set import classifier
from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "answer"), [
    ("ru", "я девушка, раньше работала продавцом-консультантом, что-нибудь для девушек там найдётся?", "chat-question"),
    ("en", "i'm writing for my father, what papers does he need?", "chat-documents"),
    ("ru", "пишу за маму, какие документы ей нужны", "chat-documents"),
    ("ru", "я передумал насчёт повара, хочу отозвать заявку", "applications"),
    ("ru", "что проверяют на медосмотре? рентген делают?", "chat-question"),
    ("en", "so yeah i applied for the cook job in doha like a month ago and still nothing, i keep waiting so long and i "
           "already told my boss here that i am leaving, is it normal", "applications"),
])
async def test_a_trade_named_in_passing_is_not_searched(make_client, i18n, database, settings, lang, said, answer):
    await add_vacancy(database, title="Shop Sales Assistant", isco_code="5223", employer="Doha Mall")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Pearl Kitchen")
    client = make_client(user_id=7970, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    replies = await client.send(said)
    assert classifier(i18n, settings, lang)(replies[0].plain_text) == answer


async def test_a_woman_looking_for_sales_work_is_still_searched(make_client, i18n, database, settings):
    await add_vacancy(database, title="Shop Sales Assistant", isco_code="5223", employer="Doha Mall")
    client = make_client(user_id=7971, language_code="ru")
    await register(client, i18n, "ru")
    await fill_profile(client, i18n, "ru", TRADE["ru"])
    replies = await client.send("есть ли вакансии для женщин продавцом?")
    assert classifier(i18n, settings, "ru")(replies[0].plain_text) == "search"
