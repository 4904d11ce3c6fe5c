"""People who are not the worker or not sure of the bot, sent through the dispatcher with a welder registered and a
driver's and a cook's vacancy open: a relative asking work for someone whose trade is told gets that trade's vacancies
(or is told there are none), as does a Kazakh trade asked in the dative; who sees what is written here gets what the
bot keeps; «удалите меня» the confirmation of /delete; the bot called out to after a silence a greeting; one lost
among the screens what the bot does; and the question closing a long story its own answer."""

from __future__ import annotations

import pytest

from tests.e2e.test_chat_set import classifier
from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "answer"), [
    ("ru", "я жена, муж водитель, есть для него работа?", "search"),
    ("en", "my brother is a cook, any vacancies for him?", "search"),
    ("kk", "ағам электрик, оған жұмыс бар ма", "search"),
    ("kk", "аспазға бос орын бар ма", "search"),
    ("kk", "elektrikterge oryn bar ma", "search"),
    ("ru", "работодатель увидит что я тут пишу?", "chat-data"),
    ("en", "who reads what i write in this chat", "chat-data"),
    ("ru", "удалите меня, я передумал ехать", "delete"),
    ("ru", "бот жив вообще?", "chat-greeting"),
    ("en", "hello? are you still working?", "chat-greeting"),
    ("kk", "түймелер жоғалып кетті", "help"),
    ("ru", "давно не заходил, есть новые вакансии?", "jobs"),
    ("ru", "здравствуйте, мне 47, всю жизнь водителем на вахте, завод закрылся, дети учатся, кредит висит, жена "
           "болеет, соседи говорят езжай в Катар. Скажите честно, в моём возрасте берут?", "chat-age"),
])
async def test_someone_writing_for_a_worker_or_unsure_of_the_bot_gets_the_answer_meant(
    make_client, i18n, database, settings, lang, said, answer,
):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Pearl Kitchen")
    client = make_client(user_id=7982, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    replies = await client.send(said)
    assert classifier(i18n, settings, lang)(replies[0].plain_text) == answer


async def test_the_relatives_trade_is_searched_not_the_whole_story(make_client, i18n, database):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Pearl Kitchen")
    client = make_client(user_id=7983, language_code="ru")
    await register(client, i18n, "ru")
    await fill_profile(client, i18n, "ru", TRADE["ru"])
    replies = await client.send("пишу за мужа, он повар 10 лет стажа, есть вакансии для него?")
    assert "Cook" in replies[0].plain_text and "Heavy Truck Driver" not in replies[0].plain_text
