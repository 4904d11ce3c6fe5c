"""Searches typed in a hurry, carried on from the one before, or with the employer's kind, the metro or a pay by
the day beside the trade, sent through the real dispatcher against seeded vacancies; and a question about a
trade's pay, which lists nothing."""

from __future__ import annotations

from tests.e2e.test_jobs import welder
from tests.e2e.test_search_set import _seed


async def test_a_search_typed_with_commas_keeps_its_town_and_pay(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=8601)
    await client.send("водитель,эль-хор,от3000")
    found = client.last_text()
    assert "Khor Haulage" in found and "Doha Cars" not in found


async def test_of_two_towns_the_first_is_searched(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=8602)
    await client.send("welder wakra or doha")
    found = client.last_text()
    assert "Wakrah Pipes" in found and "Steel Doha" not in found


async def test_a_search_carried_on_lists_the_trade_it_names(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "kk", user_id=8603)
    await client.send("ал жүргізуші болып ше?")
    found = client.last_text()
    assert "Doha Cars" in found and "Steel Doha" not in found


async def test_the_employers_kind_and_the_metro_are_conditions(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=8604)
    await client.send("driver for a government company")
    found = client.last_text()
    assert "Doha Cars" in found and "Steel Doha" not in found
    await client.send("cook in Lusail near the metro")  # no question about the way to Lusail
    assert "Lusail Kitchen" in client.last_text()


async def test_a_pay_by_the_day_lists_the_trade_and_says_why_it_filters_nothing(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=8605)
    t = i18n.translator("ru")
    await client.send("повар 90 риалов в день")
    found = client.last_text()
    assert "Lusail Kitchen" in found and t("jobs-pay-not-riyals").split()[0] in found


async def test_how_much_a_trade_earns_lists_nothing(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=8606)
    await client.send("сколько получает водитель в Дохе?")
    assert "Doha Cars" not in client.last_text()
