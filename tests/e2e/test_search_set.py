"""Lines of the worker search set (`tests/data/search_messages.tsv`) sent through the real dispatcher against
seeded vacancies: what the bot answers must be true of the vacancies there are."""

from __future__ import annotations

from decimal import Decimal

from bot.cards import money
from tests.e2e.test_jobs import add_vacancy, welder
from tests.texts import plain


async def _seed(database):
    await add_vacancy(database, title="Structural Welder", employer="Steel Doha", city="Doha",
                      salary_max=Decimal(2600))
    await add_vacancy(database, title="Pipe Welder", employer="Wakrah Pipes", city="Al Wakrah",
                      salary_max=Decimal(1900))
    await add_vacancy(database, title="Light Vehicle Driver", isco_code="8322", employer="Doha Cars", city="Doha",
                      salary_max=Decimal(2100))
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Khor Haulage",
                      city="Al Khor", salary_max=Decimal(3200))
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Lusail Kitchen", city="Lusail",
                      salary_max=Decimal(1500))


async def test_a_pay_beside_words_that_name_no_trade_lists_what_pays_that_much(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7401)
    t = i18n.translator("ru")
    for said in ("присылай только с зарплатой от 2000", "работа с зарплатой не меньше 2000",
                 "jobs paying at least 2000"):
        await client.send(said)
        found = client.last_text()
        assert "Steel Doha" in found and "Doha Cars" in found and "Khor Haulage" in found, said
        assert "Wakrah Pipes" not in found and "Lusail Kitchen" not in found, said
    await client.send("присылай только с зарплатой от 9000")  # nothing pays that: said so, truly
    assert client.last_text() == plain(t("jobs-pay-none", pay=money(Decimal(9000), "QAR", "ru")))


async def test_a_town_and_a_pay_together_keep_both(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7402)
    await client.send("работа в Дохе от 2200")  # Doha, and paying 2,200: the welder, not the car driver
    found = client.last_text()
    assert "Steel Doha" in found and "Doha Cars" not in found and "Khor Haulage" not in found
    await client.send("crane operator Ras Laffan 5000+")  # the town said first, then the pay: neither is lost
    assert "Steel Doha" not in client.last_text() and "Khor Haulage" not in client.last_text()


async def test_towns_mistyped_or_joined_to_their_article(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=7403)
    await client.send("drivr in dhoa")
    found = client.last_text()
    assert "Doha Cars" in found and "Khor Haulage" not in found and "Steel Doha" not in found
    await client.send("driver Alkhor")
    found = client.last_text()
    assert "Khor Haulage" in found and "Doha Cars" not in found


async def test_every_vacancy_asked_for_as_a_list(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7404)
    t = i18n.translator("ru")
    said = "весь список вакансий"
    await client.send(said)  # all five, the welder's trade and the others, three to a page
    assert client.last_text().startswith(plain(t("jobs-search-header", query=said, page=1, pages=2)))


async def test_a_mistyped_trade_open_only_elsewhere_is_told_so_not_given_the_towns_other_work(
    make_client, i18n, database
):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7404)
    t = i18n.translator("ru")
    await client.send("повр в Дохе")  # a cook typed short: the only cook is in Lusail
    found = client.last_text()
    assert found.startswith(plain(t("jobs-town-none-trade", town="Доха")))
    assert "Lusail Kitchen" in found and "Steel Doha" not in found and "Doha Cars" not in found


async def test_a_sum_inside_a_complaint_is_no_pay_searched_for(make_client, i18n, database, settings):
    await _seed(database)
    client = await welder(make_client, i18n, "en", user_id=7405)
    for said in ("contract said 1800 but they pay 1200", "в договоре было 1800 риалов а платят 1200"):
        await client.send(said)
        assert "Steel Doha" not in client.last_text() and settings.hotline in client.last_text(), said


async def test_a_pay_in_dirhams_or_tenge_is_not_taken_for_riyals(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7406)
    for said in ("шофёр не меньше 6000 дирхамов", "driver minimum 9000 AED", "жүргізуші 400 мың теңгеден"):
        await client.send(said)  # 6000 riyals would leave no driver; the drivers are listed, pay unfiltered
        found = client.last_text()
        assert "Doha Cars" in found and "Khor Haulage" in found, said


async def test_sums_told_of_and_questions_about_oneself_or_a_town_list_no_vacancies(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7407)
    for said in ("я шофёр, получаю 1900 риалов, мне положена прибавка?", "the agent promised 3000, I get 2100",
                 "мен дәнекерлеушімін, құжаттарды қашан жіберу керек?", "в Эль-Хоре сейчас жара?",
                 "how far is Al Khor from Doha?"):
        await client.send(said)
        found = client.last_text()
        assert not any(name in found for name in ("Steel Doha", "Doha Cars", "Khor Haulage")), said


async def test_a_sum_not_in_riyals_is_told_why_the_list_is_not_filtered(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "kk", user_id=7408)
    t = i18n.translator("kk")
    await client.send("аспаз 800 доллардан кем емес")  # the cook pays 1,500 riyals: listed, with the reason
    found = client.last_text()
    assert found.startswith(plain(t("jobs-pay-not-riyals"))) and "Lusail Kitchen" in found
    await client.send("аспаз 1200 риалдан жоғары")  # riyals: filtered as asked, no such note
    assert not client.last_text().startswith(plain(t("jobs-pay-not-riyals")))
    assert "Lusail Kitchen" in client.last_text()


async def test_a_sum_listed_with_a_town_and_conditions_is_the_least_pay(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7410)
    await client.send("шофёр Эль-Хор 3000 с общежитием")  # the truck driver pays 3,200: the one asked for
    found = client.last_text()
    assert "Khor Haulage" in found and "Doha Cars" not in found and "Steel Doha" not in found
    await client.send("сварщик, Индустриальная зона, 2500, вахта")  # Doha's Industrial Area is Doha
    found = client.last_text()
    assert "Steel Doha" in found and "Wakrah Pipes" not in found


async def test_searches_by_the_workers_conditions_a_licence_or_one_sure_word(make_client, i18n, database):
    await _seed(database)
    client = await welder(make_client, i18n, "ru", user_id=7404)
    await client.send("шофёр без опыта, Доха")  # the condition set aside keeps the town after it
    found = client.last_text()
    assert "Doha Cars" in found and "Khor Haulage" not in found
    await client.send("у меня права категории C, нужна работа")  # a truck licence names a truck driver
    assert "Khor Haulage" in client.last_text()
    await client.send("povarom na kuhnyu v restoran")  # a sure word among the place's words
    assert "Lusail Kitchen" in client.last_text()
    await client.send("welder 2 мың 500")  # thousands and hundreds said apart: the 2,600 welder, not the 1,900 one
    found = client.last_text()
    assert "Steel Doha" in found and "Wakrah Pipes" not in found
