"""A worker who searches by a district of a Qatari town gets that town's vacancies, including those the
officers' file placed in the district itself."""

from __future__ import annotations

from bot.vacancy_rows import place_of_work
from tests.e2e.test_jobs import add_vacancy, welder


async def test_a_search_by_district_lists_the_towns_vacancies(make_client, i18n, database):
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Rayyan Campus Kitchen",
                      city=place_of_work("Education City"))
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Lusail Kitchen", city="Lusail")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Sadd Grill", city="Al Sadd")
    client = await welder(make_client, i18n, "ru", user_id=7601)

    await client.send("повар в Education City")
    found = client.last_text()
    assert "Rayyan Campus Kitchen" in found and "Lusail Kitchen" not in found and "Sadd Grill" not in found

    await client.send("cook jobs in Al Sadd")
    found = client.last_text()
    assert "Sadd Grill" in found and "Rayyan Campus Kitchen" not in found and "Lusail Kitchen" not in found
