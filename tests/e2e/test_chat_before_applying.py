"""Questions asked before applying that name a trade or a town, sent through the dispatcher with a driver's vacancy
open: what a woman may do, medical insurance, money sent home, the Kazakhs living there, an age feared to bar the worker,
a place sold by a stranger and work set against the contract get their answers, and none of them is searched."""

from __future__ import annotations

import pytest

from tests.e2e.test_chat_set import classifier
from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "answer"), [
    ("ru", "можно ли женщине водить грузовик в Катаре?", "chat-question"),
    ("en", "and what about health insurance?", "rights"),
    ("en", "they hired me as a driver but i wash dishes in the kitchen", "chat-complaint"),
    ("ru", "отцу 60, он водитель, не поздно ему?", "chat-age"),
    ("ru", "какая комиссия при переводе зарплаты домой?", "chat-question"),
    ("en", "is there a kazakh diaspora in lusail?", "chat-question"),
    ("en", "i've driven trucks for 25 years and i'm 58, will they refuse me because of my age?", "chat-age"),
    ("ru", "какой-то парень продаёт места водителей в Катар по 400 тысяч, это вы?", "chat-trust"),
    ("kk", "ағылшын тілін қайда оқып үйренуге болады, курстар бар ма", "chat-question"),
])
async def test_a_question_before_applying_is_answered_not_searched(
    make_client, i18n, database, settings, lang, said, answer,
):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    client = make_client(user_id=7960, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    replies = await client.send(said)
    assert classifier(i18n, settings, lang)(replies[0].plain_text) == answer


async def test_why_the_phone_is_needed_is_answered_at_the_phone_step_and_the_step_asked_again(make_client, i18n):
    """What the bot keeps and who sees it, then the phone asked again: the worker who doubted may still skip it."""
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await register(client, i18n, "en")
    await client.send("Aidos Seitkali")
    assert client.last_text() == plain(t("ask-phone"))
    replies = await client.send("who will see my phone number if I give it?")
    assert [reply.plain_text for reply in replies] == [plain(t("chat-data")), plain(t("ask-phone"))]
