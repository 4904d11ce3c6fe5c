"""A trade's pay compared between two towns («где водителю платят больше, в Дохе или в Вакре?») lists the trade in every
town, the best paid first, each card with its town and pay, instead of the trade in the first town named alone; the
towns alone compared stay a question for the chat."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.e2e.test_jobs import add_vacancy, welder


async def _drivers(database) -> None:
    await add_vacancy(database, title="Light Driver", isco_code="8322", employer="Doha Cars", city="Doha",
                      salary_min=Decimal(1800), salary_max=Decimal(2000))
    await add_vacancy(database, title="Bus Driver", isco_code="8322", employer="Wakra Lines", city="Al Wakrah",
                      salary_min=Decimal(2600), salary_max=Decimal(3000))
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Wakra Pipes", city="Al Wakrah",
                      salary_min=Decimal(4000), salary_max=Decimal(4500))


@pytest.mark.parametrize(
    ("lang", "text", "user_id"),
    [
        ("ru", "где водителю платят больше, в Дохе или в Вакре?", 7981),
        ("kk", "Дохада ма Уакрада ма, жүргізушіге қай жерде көп төлейді?", 7982),
        ("en", "where is the pay better for drivers, Doha or Al Wakrah?", 7983),
    ],
)
async def test_a_trade_paid_more_in_one_of_two_towns_lists_the_trade_in_both_best_paid_first(
    make_client, i18n, database, lang, text, user_id
):
    await _drivers(database)
    client = await welder(make_client, i18n, lang, user_id=user_id)
    await client.send(text)
    shown = client.last_text()
    assert "Wakra Lines" in shown and "Doha Cars" in shown  # both towns, not the first named alone
    assert shown.index("Wakra Lines") < shown.index("Doha Cars")  # the best paid first
    assert "Wakra Pipes" not in shown  # another trade, however well paid


async def test_the_towns_alone_compared_list_no_vacancies(make_client, i18n, database):
    await _drivers(database)
    client = await welder(make_client, i18n, "ru", user_id=7984)
    await client.send("где больше платят: в Дохе или в Вакре?")
    shown = client.last_text()
    assert "Wakra Lines" not in shown and "Doha Cars" not in shown
