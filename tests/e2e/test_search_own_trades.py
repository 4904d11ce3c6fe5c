"""A worker asking for the work of their own profile somewhere else («как в моём профиле, только в Лусаиле») sees
their own trades in that town, not every vacancy there; a worker with no trade in the profile sees the town."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.e2e.test_jobs import add_vacancy, welder
from tests.e2e.test_registration import register
from tests.texts import plain


async def _lusail_and_doha(database) -> None:
    await add_vacancy(database, title="Structural Welder", isco_code="7212", employer="Lusail Steel", city="Lusail")
    await add_vacancy(database, title="Hotel Cook", isco_code="5120", employer="Lusail Marina Hotel", city="Lusail")
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Doha Pipes", city="Doha")


@pytest.mark.parametrize(
    ("lang", "text", "user_id"),
    [
        ("ru", "как в моём профиле, только в Лусаиле", 7901),
        ("kk", "профилім сияқты, бірақ Лусаилда", 7902),
        ("en", "same as my profile but in Lusail", 7903),
    ],
)
async def test_a_welder_asking_for_his_profile_in_lusail_gets_the_welder_there(
    make_client, i18n, database, lang, text, user_id
):
    await _lusail_and_doha(database)
    client = await welder(make_client, i18n, lang, user_id=user_id)
    await client.send(text)
    shown = client.last_text()
    assert "Lusail Steel" in shown
    assert "Lusail Marina Hotel" not in shown  # another trade in the same town
    assert "Doha Pipes" not in shown  # his trade in another town


async def test_his_trade_paid_more_keeps_the_trade(make_client, i18n, database):
    await add_vacancy(database, title="Structural Welder", isco_code="7212", employer="Rich Steel",
                      salary_min=Decimal(3000), salary_max=Decimal(3500))
    await add_vacancy(database, title="Head Chef", isco_code="3434", employer="Rich Hotel",
                      salary_min=Decimal(4000), salary_max=Decimal(5000))
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Poor Pipes",
                      salary_min=Decimal(1200), salary_max=Decimal(1400))
    client = await welder(make_client, i18n, "en", user_id=7904)
    await client.send("same as my profile but from 2500")
    shown = client.last_text()
    assert "Rich Steel" in shown
    assert "Rich Hotel" not in shown and "Poor Pipes" not in shown


async def test_the_next_page_keeps_to_his_trade(make_client, i18n, database):
    for number in range(4):
        await add_vacancy(database, title="Structural Welder", isco_code="7212", employer=f"Lusail Steel {number}",
                          city="Lusail")
    for number in range(4):
        await add_vacancy(database, title="Hotel Cook", isco_code="5120", employer=f"Lusail Kitchen {number}",
                          city="Lusail")
    client = await welder(make_client, i18n, "ru", user_id=7905)
    await client.send("как в моём профиле, только в Лусаиле")
    t = i18n.translator("ru")
    await client.click(t("btn-jobs-next"))
    shown = client.last_text()
    assert "Lusail Steel" in shown
    assert "Lusail Kitchen" not in shown


async def test_a_worker_with_no_trade_gets_the_town(make_client, i18n, database):
    await _lusail_and_doha(database)
    client = make_client(user_id=7906, language_code="ru")
    await register(client, i18n, "ru")
    await client.send("/cancel")
    await client.send("как в моём профиле, только в Лусаиле")
    shown = client.last_text()
    assert "Lusail Steel" in shown and "Lusail Marina Hotel" in shown
    assert "Doha Pipes" not in shown


async def test_his_trade_open_in_no_vacancy_of_the_town_is_shown_where_it_is_open(make_client, i18n, database):
    await add_vacancy(database, title="Hotel Cook", isco_code="5120", employer="Lusail Marina Hotel", city="Lusail")
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Doha Pipes", city="Doha")
    client = await welder(make_client, i18n, "ru", user_id=7907)
    await client.send("как в моём профиле, только в Лусаиле")
    shown = client.last_text()
    t = i18n.translator("ru")
    assert plain(t("jobs-town-none-trade", town="Лусаил")) in shown
    assert "Doha Pipes" in shown and "Lusail Marina Hotel" not in shown


@pytest.mark.parametrize(
    ("lang", "text", "where", "user_id"),
    [
        ("ru", "как в моём профиле, только в Лусаиле", "Лусаил", 7908),
        ("kk", "профилім сияқты, бірақ Лусаилда", "Лусаил", 7909),
        ("en", "same as my profile but in Lusail", "Lusail", 7910),
    ],
)
async def test_the_list_is_headed_as_his_trades_in_the_town(make_client, i18n, database, lang, text, where, user_id):
    await _lusail_and_doha(database)
    client = await welder(make_client, i18n, lang, user_id=user_id)
    await client.send(text)
    shown = client.last_text()
    t = i18n.translator(lang)
    assert shown.startswith(plain(t("jobs-own-header", where=where, page=1, pages=1)))


async def test_the_list_is_headed_as_his_trades_in_a_hotel_and_from_a_pay(make_client, i18n, database):
    await add_vacancy(database, title="Welder", isco_code="7212", employer="Marina Hotel Maintenance",
                      salary_min=Decimal(2500), salary_max=Decimal(3000))
    await add_vacancy(database, title="Hotel Cook", isco_code="5120", employer="Marina Hotel")
    client = await welder(make_client, i18n, "en", user_id=7911)
    await client.send("same as my profile but from 2000")
    shown = client.last_text()
    assert shown.startswith("Your trades: from 2,000")
    assert "Marina Hotel Maintenance" in shown and "Hotel Cook" not in shown


async def test_a_welder_asking_for_his_profile_in_a_hotel_is_told_none_is_there(make_client, i18n, database):
    await add_vacancy(database, title="Hotel Cook", isco_code="5120", employer="Lusail Marina Hotel", city="Lusail")
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Doha Pipes", city="Doha")
    for lang, text, user_id in (
        ("ru", "как в моём профиле, только в гостинице", 7912),
        ("kk", "профилім сияқты, бірақ қонақүйде", 7913),
        ("en", "same as my profile but in a hotel", 7914),
    ):
        client = await welder(make_client, i18n, lang, user_id=user_id)
        await client.send(text)
        shown = client.last_text()
        t = i18n.translator(lang)
        assert plain(t("jobs-own-place-none", place="hotel")) in shown
        assert plain(t("jobs-own-open")) in shown
        assert "Doha Pipes" in shown and "Lusail Marina Hotel" not in shown


async def test_a_welder_asking_for_his_profile_at_a_pay_none_of_his_trades_has_is_told_so(make_client, i18n, database):
    await add_vacancy(database, title="Head Chef", isco_code="3434", employer="Rich Hotel",
                      salary_min=Decimal(6000), salary_max=Decimal(7000))
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Doha Pipes",
                      salary_min=Decimal(1800), salary_max=Decimal(2200))
    client = await welder(make_client, i18n, "ru", user_id=7915)
    await client.send("как в моём профиле, но от 5000")
    shown = client.last_text()
    t = i18n.translator("ru")
    assert plain(t("jobs-own-pay-none", pay="5\u00a0000\u00a0QAR")) in shown
    assert "Doha Pipes" in shown and "Rich Hotel" not in shown


async def test_a_welder_with_none_of_his_trades_open_anywhere_is_told_where_to_look(make_client, i18n, database):
    await add_vacancy(database, title="Hotel Cook", isco_code="5120", employer="Marina Hotel")
    client = await welder(make_client, i18n, "en", user_id=7916)
    await client.send("same as my profile but in a hotel")
    shown = client.last_text()
    t = i18n.translator("en")
    assert plain(t("jobs-own-place-none", place="hotel")) in shown
    assert plain(t("jobs-none-hint")) in shown
    assert "Marina Hotel" not in shown
