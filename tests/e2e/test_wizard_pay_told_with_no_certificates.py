"""A worker who answers the certificates question with none and the pay in one message («нет сертификатов зарплата
2000», "none, 1800 QAR", «куәлік жоқ, айлық екі мың риал») is not asked for the pay again: the pay is read as the
salary step reads it, so a sum in riyals is kept and the profile is done, one in dollars is offered in riyals, and
one in tenge is asked again in riyals. Nothing is saved as the certificates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.e2e.test_wizard_bad_input import profile_of
from tests.e2e.test_wizard_certificates_not_known import _at_the_certificates_step
from tests.e2e.test_wizard_pay_in_dollars import offer
from tests.texts import plain


@pytest.mark.parametrize(("typed", "riyals"), [
    ("нет сертификатов зарплата 2000", 2000),
    ("нету, 2500 риалов хочу", 2500),
    ("куәлік жоқ, айлық екі мың риал", 2000),
    ("none, 1800 QAR", 1800),
])
async def test_none_with_a_pay_in_riyals_keeps_it_and_finishes(make_client, i18n, database, typed, riyals):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await _at_the_certificates_step(client, i18n)
    await client.send(typed)
    assert client.last_text() != plain(t("ask-salary"))
    assert client.last_text().startswith(plain(t("profile-complete")))
    profile = await profile_of(database, client.user_id)
    assert profile.min_salary == Decimal(riyals) and profile.completed_at is not None
    assert profile.qualifications in (None, "")


async def test_none_with_a_pay_in_dollars_offers_the_riyals(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await _at_the_certificates_step(client, i18n)
    await client.send("no certs, 600 dollars")
    assert client.last_text() == offer(t, "ru", 600, 2184)
    assert (await profile_of(database, client.user_id)).min_salary is None  # nothing before Save
    await client.click(t("btn-pw-save"))
    profile = await profile_of(database, client.user_id)
    assert profile.min_salary == Decimal(2184) and profile.completed_at is not None


async def test_none_with_a_pay_in_tenge_asks_for_riyals(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await _at_the_certificates_step(client, i18n)
    await client.send("нет, 300 тысяч тенге")
    assert client.last_text() == plain(t("error-salary-currency"))
    assert (await profile_of(database, client.user_id)).completed_at is None
    await client.send("2500")
    profile = await profile_of(database, client.user_id)
    assert profile.min_salary == Decimal(2500) and profile.completed_at is not None
    assert profile.qualifications in (None, "")
