"""A worker who answers the certificates question with none and the pay in one message («нет сертификатов
зарплата 2000») or with a question («нет, а без них берут?») goes on to the pay with nothing saved as a
certificate, as the Done button does."""

from __future__ import annotations

import pytest

from tests.e2e.test_registration import register
from tests.e2e.test_wizard_bad_input import profile_of
from tests.texts import plain


@pytest.mark.parametrize("typed", ["нет сертификатов зарплата 2000", "нет, а без них берут?"])
async def test_none_with_the_pay_or_a_question_goes_on_to_the_pay(make_client, i18n, database, typed):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серикбаев")
    await client.send("нет")
    await client.click(t("region-mangystau"))
    await client.send("сварщик")
    await client.click(client.buttons()[0])
    await client.send("5")
    await client.send("нет")
    await client.click("▫️ " + t("spoken-ru"))
    await client.send("готово")
    await client.send(typed)
    assert client.last_text() == plain(t("ask-salary"))
    assert (await profile_of(database, client.user_id)).qualifications in (None, "")
