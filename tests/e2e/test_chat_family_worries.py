"""Worries before applying whose words meet a trade's label, sent through the dispatcher with a welder registered and a
driver's and a cook's vacancy open: an erasure whose «бармаймын» meets a barman, a bank account that meets an
accountant, an embassy asked after in a town, a relative's age told by whoever writes for them, and the medical
check's place, a driving licence exchanged for Qatar's and money asked for a visa get their answers, and none of
them is searched."""

from __future__ import annotations

import pytest

from tests.e2e.test_chat_set import classifier
from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


@pytest.mark.parametrize(("lang", "said", "answer"), [
    ("kk", "менің анкетамды өшіріп тастаңыз, енді бармаймын", "delete"),
    ("en", "do i have to open a bank account to receive my wages", "chat-question"),
    ("en", "should i get a bank account before i fly", "chat-question"),
    ("kk", "Дохада елшілігі қайда орналасқан", "rights"),
    ("ru", "пишу за дядю, у него нет вотсапа. ему 56 лет, возьмут?", "chat-age"),
    ("ru", "в каком месте делают медкомиссию", "chat-question"),
    ("en", "my parents ask if this is real or fake", "chat-trust"),
    ("en", "can i change my driving licence for a qatari licence there", "chat-question"),
    ("ru", "как обменять водительские права на катарские", "chat-question"),
    ("ru", "агент говорит за визу надо 300 долларов", "chat-trust"),
])
async def test_a_worry_before_applying_is_answered_not_searched(
    make_client, i18n, database, settings, lang, said, answer,
):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Pearl Kitchen")
    client = make_client(user_id=7981, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    replies = await client.send(said)
    assert classifier(i18n, settings, lang)(replies[0].plain_text) == answer
