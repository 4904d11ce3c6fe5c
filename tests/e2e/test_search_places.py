"""A worker searching by a place of work alone sees the vacancies of the trades working there, and, with none
open, is not offered a trade of the place to add to the profile."""

from __future__ import annotations

from tests.e2e.test_jobs import add_vacancy, welder
from tests.texts import plain


async def test_hospital_work_lists_the_nurses_and_orderlies_not_the_manager(make_client, i18n, database):
    await add_vacancy(database, title="Health Services Manager", isco_code="1342", employer="Doha Care Group")
    await add_vacancy(database, title="Registered Nurse", isco_code="2221", employer="Al Sadd Clinic")
    await add_vacancy(database, title="Hospital Orderly", isco_code="5329", employer="West Bay Medical")
    client = await welder(make_client, i18n, "ru", user_id=7801)
    await client.send("ищу работу в больнице")
    shown = client.last_text()
    assert "Al Sadd Clinic" in shown and "West Bay Medical" in shown
    assert "Doha Care Group" not in shown


async def test_airport_work_with_nothing_open_offers_no_trade_to_add(make_client, i18n, database):
    await add_vacancy(database, title="Bricklayer", isco_code="7112", employer="Pearl Builders")
    client = await welder(make_client, i18n, "en", user_id=7802)
    t = i18n.translator("en")
    await client.send("any jobs at the airport")
    assert "Pearl Builders" not in client.last_text()
    assert t("btn-jobs-add-trade") not in client.buttons()
    assert plain(t("jobs-search-none-add")) not in client.last_text()
