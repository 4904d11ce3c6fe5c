"""A relative's trade told beside the worker's own wish, through the real dispatcher: the relative's trade is not
searched for; the worker gets their own list, or the trade they ask for themselves."""

from __future__ import annotations

from decimal import Decimal

from tests.e2e.test_jobs import add_vacancy, welder
from tests.texts import plain


async def _seed(database):
    for title, code, employer in (
        ("MIG Welder", "7212", "Weld One"), ("Light Vehicle Driver", "8322", "Doha Cars"),
        ("Cook", "5120", "Lusail Kitchen"),
    ):
        await add_vacancy(database, title=title, isco_code=code, employer=employer, city="Doha",
                          salary_max=Decimal(2200))


async def test_a_relatives_trade_then_what_is_there_for_me_gets_the_workers_own_list(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "kk", user_id=7821)
    await client.send("ағам жүргізуші болып істейді, ал маған не бар?")
    shown = client.last_text()
    assert plain(i18n.translator("kk")("jobs-header", page=1, pages=1)) in shown
    assert "Weld One" in shown and "Doha Cars" not in shown


async def test_a_relatives_trade_then_the_workers_own_trade_searches_for_the_own(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=7822)
    await client.send("my sister is a driver over there, i need a cook job")
    shown = client.last_text()
    assert "Lusail Kitchen" in shown and "Doha Cars" not in shown
