"""Through the bot: «нет имени» at the name step is asked again with why the name is needed, not kept as one;
none and a question at the certificates step («нет корочек, а сколько платят?») answers the question and goes on
to the pay with no certificate saved; a registered worker telling of scammers calling «от вашего имени» gets the
answer on trust, not a new name to save; a move told with the job that brought it offers the new region."""

from __future__ import annotations

import pytest

from tests.e2e.test_profile_words import saved, worker
from tests.e2e.test_registration import register
from tests.e2e.test_wizard_bad_input import profile_of
from tests.e2e.test_wizard_certificates_not_known import _at_the_certificates_step
from tests.texts import plain


@pytest.mark.parametrize(("lang", "typed"), [("ru", "нет имени"), ("en", "no name"), ("kk", "атым жоқ")])
async def test_a_name_said_to_be_missing_is_asked_again(make_client, i18n, database, lang, typed):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send(typed)
    assert client.last_text() == plain(t("error-name-question"))
    assert (await profile_of(database, client.user_id)).full_name is None
    await client.send("Айдос Серикбаев")
    assert client.last_text() == plain(t("ask-phone"))


@pytest.mark.parametrize("typed", ["нет корочек, а сколько платят?", "куәлігім жоқ, қанша төлейді?"])
async def test_none_with_a_pay_question_answers_it_and_goes_on_to_the_pay(make_client, i18n, database, settings,
                                                                          typed):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await _at_the_certificates_step(client, i18n)
    await client.send(typed)
    texts = [message.text for message in client.messages()]
    assert texts[-1] == plain(t("ask-salary"))
    assert texts[-2] == plain(t("chat-pay", hotline=settings.hotline, portal_url=settings.portal_url))
    assert (await profile_of(database, client.user_id)).qualifications in (None, "")


async def test_a_pay_question_alone_at_the_certificates_step_asks_it_again(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await _at_the_certificates_step(client, i18n)
    await client.send("сколько платят?")
    assert client.last_text() == plain(t("ask-qualifications"))


async def test_scammers_calling_in_the_bots_name_get_the_answer_on_trust(make_client, i18n, database, settings):
    client, t = await worker(make_client, i18n, 6701, "ru")
    await client.send("мошенники звонят от вашего имени")
    assert client.last_text() == plain(t("chat-trust", hotline=settings.hotline, portal_url=settings.portal_url))
    assert t("btn-pw-save") not in client.buttons()
    assert (await saved(database, 6701)).full_name == "Aidos Serikbayev"


async def test_a_move_told_with_the_job_that_brought_it_offers_the_region(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6702, "en")
    await client.send("got a job in Pavlodar and moved there")
    assert t("region-pavlodar") in client.last_text()
    await client.click(t("btn-pw-save"))
    assert (await saved(database, 6702)).region == "pavlodar"
