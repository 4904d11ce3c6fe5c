"""Every vacancy but the trades the worker refused, through the real dispatcher: the refusal is kept on every
page of the list, and the worker is told it was heard."""

from __future__ import annotations

from decimal import Decimal

from tests.e2e.test_jobs import add_vacancy, welder
from tests.texts import plain


async def _seed(database):
    for title, code, employer, city in (
        ("Mason", "7112", "Stone Works", "Doha"), ("Building Labourer", "9313", "Lusail Build", "Lusail"),
        ("Office Cleaner", "9112", "Clean Co", "Doha"), ("Security Guard", "5414", "Guard Co", "Lusail"),
        ("MIG Welder", "7212", "Steel Doha", "Doha"), ("Light Vehicle Driver", "8322", "Doha Cars", "Doha"),
        ("Cook", "5120", "Lusail Kitchen", "Lusail"),
    ):
        await add_vacancy(database, title=title, isco_code=code, employer=employer, city=city,
                          salary_max=Decimal(2000))


async def test_any_work_but_building_lists_every_other_vacancy_on_every_page(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7801)
    t = i18n.translator("ru")
    await client.send("давайте любую работу, но без стройки")
    first = client.last_text()
    assert first.startswith(plain(t("jobs-search-refused")))
    assert "Clean Co" in first and "Stone Works" not in first and "Lusail Build" not in first
    await client.click(t("btn-jobs-next"))
    second = client.last_text()
    assert "Stone Works" not in second and "Lusail Build" not in second
    assert "Doha Cars" in first + second and "Lusail Kitchen" in first + second


async def test_a_trade_refused_in_kazakh_and_in_english_is_left_out(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "kk", user_id=7802)
    await client.send("кез келген жұмыс, күзетші болмасын")
    assert "Guard Co" not in client.last_text() and "Clean Co" in client.last_text()
    client = await welder(make_client, i18n, "en", user_id=7803)
    await client.send("whatever job in Doha, other than cleaning")
    found = client.last_text()
    assert "Clean Co" not in found and "Stone Works" in found and "Guard Co" not in found  # Doha only


async def test_every_vacancy_without_a_refusal_still_lists_them_all(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7804)
    t = i18n.translator("ru")
    await client.send("любая работа")
    first = client.last_text()
    assert not first.startswith(plain(t("jobs-search-refused"))) and "Stone Works" in first


async def test_english_any_job_except_a_trade_lists_every_other_vacancy(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=7805)
    t = i18n.translator("en")
    await client.send("any job except cleaning")
    first = client.last_text()
    assert first.startswith(plain(t("jobs-search-refused")))
    assert "Clean Co" not in first and "Stone Works" in first and "Guard Co" in first  # not only the welder's own
    await client.click(t("btn-jobs-next"))
    assert "Clean Co" not in client.last_text()
