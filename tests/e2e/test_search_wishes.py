"""Searches with the worker's wishes sent through the real dispatcher against seeded vacancies: the best paid
(listed by their pay, page after page),
two trades at once, conditions alone, a long polite message, a Kazakh «from» joined to the sum; and questions
that name a trade without asking for work, which list nothing."""

from __future__ import annotations

from tests.e2e.test_jobs import welder
from tests.e2e.test_search_set import _seed


async def test_the_best_paid_of_a_trade_lists_that_trade(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7501)
    await client.send("где больше всего платят водителям")
    found = client.last_text()
    assert "Khor Haulage" in found and "Doha Cars" in found and "Steel Doha" not in found


async def test_the_best_paid_alone_lists_every_vacancy(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=7502)
    await client.send("best paying jobs")
    found = client.last_text()
    assert "page 1 of 2" in found and "Steel Doha" in found  # all five, not the welder's own two


async def test_the_best_paid_are_listed_by_their_pay_on_every_page(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7507)
    await client.send("где больше всего платят водителям")
    found = client.last_text()
    assert "сначала самые высокие зарплаты" in found
    assert found.index("Khor Haulage") < found.index("Doha Cars")  # 3,200 riyals before 2,100
    t = i18n.translator("en")
    client = await welder(make_client, i18n, "en", user_id=7508)
    await client.send("highest paying jobs")
    first = client.last_text()
    assert "best paid first" in first and "page 1 of 2" in first
    assert first.index("Khor Haulage") < first.index("Steel Doha") < first.index("Doha Cars")
    await client.click(t("btn-jobs-next"))  # the next page goes on down the pay, not back to the usual order
    second = client.last_text()
    assert "best paid first" in second and "page 2 of 2" in second
    assert second.index("Wakrah Pipes") < second.index("Lusail Kitchen") and "Khor Haulage" not in second


async def test_two_trades_at_once_and_an_employers_kind(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "kk", user_id=7503)
    await client.send("жүргізуші немесе аспаз")
    found = client.last_text()
    assert "Steel Doha" not in found and ("Lusail Kitchen" in found or "Doha Cars" in found)
    await client.send("аспаз Лусаилда, 1000-нан")  # the Kazakh «from» joined to the sum: the 1,500 cook
    assert "Lusail Kitchen" in client.last_text()


async def test_a_long_polite_message_finds_its_trade_and_town(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7504)
    await client.send("Добрый день, извините за беспокойство, меня зовут Арман, я хотел бы найти работу поваром, "
                      "если можно в Лусаиле, заранее благодарю")
    assert "Lusail Kitchen" in client.last_text()


async def test_conditions_alone_get_the_workers_own_list(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7505)
    await client.send("с жильём и питанием")
    found = client.last_text()
    assert "Steel Doha" in found and "Lusail Kitchen" not in found


async def test_questions_naming_a_trade_list_nothing(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=7506)
    for said in ("how to convert my driving licence to a qatari one", "why do I only get welding jobs, I'm a cook",
                 "do they hire women as drivers?"):
        await client.send(said)
        found = client.last_text()
        assert "Khor Haulage" not in found and "Lusail Kitchen" not in found and "Steel Doha" not in found, said
