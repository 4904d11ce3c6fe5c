"""A worker who does not know whether they hold a certificate («не знаю, есть ли», "idk"), or who answers the
certificates question with none and a question («нет, а без них берут?»), goes on to the pay with nothing saved, as
the Done button does. (None with the pay in the same message, «нет сертификатов зарплата 2000», keeps that pay: see
`test_wizard_pay_told_with_no_certificates.py`.)"""

from __future__ import annotations

import pytest

from tests.e2e.test_registration import register
from tests.e2e.test_wizard_bad_input import profile_of
from tests.texts import plain


async def _at_the_certificates_step(client, i18n) -> None:
    """A Russian-speaking welder's answers up to the certificates question."""
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


@pytest.mark.parametrize("typed", ["не знаю", "білмеймін, бар ма жоқ па", "not sure if I have any"])
async def test_not_knowing_of_any_certificate_saves_none(make_client, i18n, database, typed):
    client = make_client(language_code="ru")
    await _at_the_certificates_step(client, i18n)
    await client.send(typed)
    assert client.last_text() == plain(i18n.translator("ru")("ask-salary"))
    assert (await profile_of(database, client.user_id)).qualifications in (None, "")


@pytest.mark.parametrize("typed", ["нет, а без них берут?"])
async def test_none_with_a_question_goes_on_to_the_pay(make_client, i18n, database, typed):
    client = make_client(language_code="ru")
    await _at_the_certificates_step(client, i18n)
    await client.send(typed)
    assert client.last_text() == plain(i18n.translator("ru")("ask-salary"))
    assert (await profile_of(database, client.user_id)).qualifications in (None, "")
