"""The worker's own list asked for with a trade refused beside it («есть работа? только не сварщиком»), through the
real dispatcher: the refused trade stays out of every page of the list, as it does from a search, and the worker is
told the refusal was heard; asked plainly, the list is as before."""

from __future__ import annotations

from decimal import Decimal

from tests.e2e.test_jobs import add_vacancy, welder
from tests.texts import plain


async def _seed(database):
    for title, code, employer in (
        ("MIG Welder", "7212", "Weld One"), ("TIG Welder", "7212", "Weld Two"), ("Pipe Welder", "7212", "Weld Three"),
        ("Sheet Metal Worker", "7213", "Sheet Co"), ("Steel Erector", "7214", "Erect Co"),
        ("Blacksmith", "7221", "Forge Co"), ("Toolmaker", "7222", "Tool Co"),
    ):
        await add_vacancy(database, title=title, isco_code=code, employer=employer, city="Doha",
                          salary_max=Decimal(2200))


async def test_the_own_list_with_the_workers_trade_refused_leaves_it_out_on_every_page(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7811)
    t = i18n.translator("ru")
    await client.send("хочу работать, но не сварщиком")
    first = client.last_text()
    assert first.startswith(plain(t("jobs-search-refused")))
    assert "Weld One" not in first and "Weld Two" not in first and "Weld Three" not in first
    assert plain(t("jobs-header", page=1, pages=2)) in first
    await client.click(t("btn-jobs-next"))
    second = client.last_text()
    assert "Weld" not in second
    seen = first + second
    assert all(employer in seen for employer in ("Sheet Co", "Erect Co", "Forge Co", "Tool Co"))


async def test_the_own_list_refusing_in_kazakh_and_asked_plainly(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "kk", user_id=7812)
    await client.send("жұмыс бар ма? дәнекерлеуші емес")
    assert "Weld" not in client.last_text()
    client = await welder(make_client, i18n, "en", user_id=7813)
    await client.send("any jobs?")
    assert "Weld" in client.last_text()
    assert not client.last_text().startswith(plain(i18n.translator("en")("jobs-search-refused")))
