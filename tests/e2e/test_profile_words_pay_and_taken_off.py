"""A pay wished in dollars is offered in riyals at the fixed rate, with both sums shown before Save; one in
tenge or by the hour is asked again as a month's sum in riyals, and nothing changes; the phone, the minimum
pay or the certificates asked in words to be taken off are shown emptied and emptied on Save."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.cards import money
from tests.e2e.test_profile_words import saved, worker
from tests.texts import plain


@pytest.mark.parametrize(("lang", "text", "dollars", "riyals"), [
    ("ru", "поставьте мне зарплату 650 долларов", 650, 2366),
    ("kk", "айлығымды 800 долларға ауыстырыңыз", 800, 2912),
    ("en", "update my salary to 1100 dollars", 1100, 4004),
])
async def test_a_pay_in_dollars_is_offered_in_riyals(make_client, i18n, database, lang, text, dollars, riyals):
    user_id = 9710 + [650, 800, 1100].index(dollars)
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    new = money(Decimal(riyals), "QAR", lang)
    assert client.last_text() == plain(
        t("profile-words-dollars", dollars=money(Decimal(dollars), "USD", lang), riyals=new) + "\n"
        + t("pw-confirm", field=t("pw-field-salary"), old=money(Decimal(2500), "QAR", lang), new=new))
    assert (await saved(database, user_id)).min_salary == Decimal(2500)  # nothing before Save
    await client.click(t("btn-pw-save"))
    assert (await saved(database, user_id)).min_salary == Decimal(riyals)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "зарплату смените на 450 тыс тенге"),
    ("kk", "жалақымды 350 мың теңгеге өзгертіңіз"),
    ("en", "change my salary to 18 riyals per hour"),
])
async def test_a_pay_in_tenge_or_by_the_hour_is_asked_again_in_riyals(make_client, i18n, database, lang, text):
    user_id = 9720 + ["ru", "kk", "en"].index(lang)
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    assert client.last_text() == plain(t("profile-words-salary-in-riyals"))
    assert client.buttons() == []
    assert (await saved(database, user_id)).min_salary == Decimal(2500)
    # a request worded as the answer's example is then offered
    await client.send(EXAMPLE[lang])
    assert client.buttons() == [t("btn-pw-save"), t("btn-pw-cancel")]
    await client.click(t("btn-pw-save"))
    assert (await saved(database, user_id)).min_salary == Decimal(2600)


EXAMPLE = {"ru": "поменяйте зарплату на 2600 риалов", "kk": "жалақыны 2600 риалға өзгертіңіз",
           "en": "change my salary to 2600 riyals"}


@pytest.mark.parametrize(("lang", "text", "field", "column"), [
    ("ru", "номер телефона из профиля сотрите", "phone", "phone"),
    ("kk", "жалақы талабымды өшіріңізші", "salary", "min_salary"),
    ("en", "take my phone number off please", "phone", "phone"),
])
async def test_a_field_taken_off_is_emptied_on_save(make_client, i18n, database, lang, text, field, column):
    user_id = 9730 + ["ru", "kk", "en"].index(lang)
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    assert client.buttons() == [t("btn-pw-save"), t("btn-pw-cancel")]
    assert getattr(await saved(database, user_id), column) is not None
    await client.click(t("btn-pw-save"))
    assert client.last_text() == plain(t("pw-saved", field=t(f"pw-field-{field}"), new=t("profile-not-set")))
    assert getattr(await saved(database, user_id), column) is None
