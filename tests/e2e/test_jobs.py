"""A worker finds vacancies, reads the details, applies, hides, searches: through the real dispatcher."""

from __future__ import annotations

import asyncio

from datetime import date, timedelta
from decimal import Decimal
from itertools import count

import pytest
from sqlalchemy import func, select, update

from bot.cards import money
from db.models import Application, ApplicationEvent, HiddenVacancy, ProfileOccupation, Vacancy
from handlers.callbacks import JobsPageCb, VacancyCb
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

_ids = count(1)
FUTURE = date.today() + timedelta(days=60)
WELDER_WORDS = {"kk": "дәнекерлеуші", "ru": "сварщиком", "en": "welder"}


async def add_vacancy(database, **fields) -> int:
    """An open Qatari vacancy row, as the importer would leave it; fields override the defaults."""
    number = next(_ids)
    values = {
        "external_id": f"T-{number}", "title": "MIG Welder", "employer": "Doha Steel", "isco_code": "7212",
        "isco_from_file": True, "city": "Doha", "salary_min": Decimal(1800), "salary_max": Decimal(2200),
        "deadline": FUTURE, "status": "open",
    }
    values.update(fields)
    async with database.sessionmaker() as session:
        row = Vacancy(**values)
        session.add(row)
        await session.commit()
        return row.id


async def welder(make_client, i18n, lang: str = "en", user_id: int = 7001):
    client = make_client(user_id=user_id, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, WELDER_WORDS[lang])
    return client


async def press(client, data: str):
    """Press a button with this callback data on the last message with buttons (a forged or old one)."""
    message = client._last_with_buttons()
    return await client._press_inline(message, {"text": "forged", "callback_data": data})


def answers(client) -> list[str]:
    return [a.get("text", "") for a in client.callback_answers()]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
async def test_jobs_details_and_apply_in_each_language(make_client, i18n, database, lang):
    vacancy_id = await add_vacancy(
        database, title="MIG Welder <6G>", employer="Al Noor & Sons", city="Doha",
        salary_min=Decimal(2000), salary_max=Decimal(2600), airfare_provided=True,
        accommodation_provided=True, transport_provided=False, transport_allowance=Decimal(200),
        medical_provided=None, annual_leave_days=14, food_provided=False, food_allowance=Decimal(300),
        contract_months=24, hours_per_week=48, positions=12, requirements="6G certificate",
        url="https://migration.enbek.kz/vacancy/77",
    )
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    client = await welder(make_client, i18n, lang)
    t = i18n.translator(lang)

    await client.send("/jobs")
    listing = client.last_text()
    assert "MIG Welder <6G>" in listing and "Al Noor & Sons" in listing
    assert money(2600, "QAR", lang) in listing
    assert "Gulf Haulage" not in listing  # a driver's job is not a welder's match
    assert plain(t("fee-warning")) in listing
    assert "migration.enbek.kz" in listing

    await client.click(t("btn-jobs-details", n=1))
    card = client.last_text()
    assert money(2000, "QAR", lang) in card and money(2600, "QAR", lang) in card
    assert "Al Noor & Sons" in card
    assert plain(t("contract-heading")) in card
    assert "✅ " + plain(t("contract-airfare-met")) in card
    assert "✅ " + plain(t("contract-transport-allowance", amount=money(200, "QAR", lang))) in card
    assert "❔ " + plain(t("contract-medical-not_stated")) in card
    assert "❌ " + plain(t("contract-annual_leave-not_met", days=14, required=24)) in card
    assert plain(t("fee-warning")) in card
    assert plain(t("reasons-heading")) in card
    html = client.last_message().text
    assert "MIG Welder &lt;6G&gt;" in html
    assert 'href="https://migration.enbek.kz/vacancy/77"' in html

    await client.click(t("btn-apply"))
    assert client.last_text() == plain(t("apply-created", title="MIG Welder <6G>"))
    async with database.sessionmaker() as session:
        application = (await session.execute(select(Application))).scalar_one()
        event = (await session.execute(select(ApplicationEvent))).scalar_one()
    assert (application.user_id, application.vacancy_id, application.status) == (client.user_id, vacancy_id, "applied")
    assert (event.status, event.source, event.actor_id) == ("applied", "worker", client.user_id)


async def test_paging_edits_one_message(make_client, i18n, database):
    for number in range(7):
        await add_vacancy(database, title=f"Welder {number}", employer=f"Employer {number}",
                          salary_max=Decimal(3000 - number * 100))
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    await client.send("/jobs")
    first = client.last_message()
    assert "page 1 of 3" in client.last_text()
    assert t("btn-jobs-prev") not in client.buttons()
    replies = await client.click(t("btn-jobs-next"))
    assert replies == []  # edited in place, nothing new in the chat
    assert client.last_message().message_id == first.message_id
    assert "page 2 of 3" in client.last_text() and "Employer 3" in client.last_text()
    assert "Employer 0" not in client.last_text()
    await client.click(t("btn-jobs-next"))
    assert "page 3 of 3" in client.last_text() and t("btn-jobs-next") not in client.buttons()
    await client.click(t("btn-jobs-prev"))
    await client.click(t("btn-jobs-prev"))
    assert "page 1 of 3" in client.last_text() and "Employer 0" in client.last_text()


async def test_a_vacancy_past_its_deadline_is_neither_listed_nor_counted(make_client, i18n, database):
    """Until the daily job closes it, such a vacancy is still "open" in the table: the list knows better."""
    for number in range(3):
        await add_vacancy(database, title=f"Welder {number}", employer=f"Employer {number}")
    await add_vacancy(database, title="Welder Late", employer="Late Employer", salary_max=Decimal(9000),
                      deadline=date.today() - timedelta(days=2))
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    await client.send("/jobs")
    assert "page 1 of 1" in client.last_text()
    assert "Late Employer" not in client.last_text() and "Employer 2" in client.last_text()
    assert t("btn-jobs-next") not in client.buttons()


async def test_not_interested_hides_for_good(make_client, i18n, database):
    hidden = await add_vacancy(database, title="Welder A", employer="Hidden Employer", salary_max=Decimal(5000))
    await add_vacancy(database, title="Welder B", employer="Kept Employer")
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    await client.send("/jobs")
    assert "Hidden Employer" in client.last_text()
    await client.click(t("btn-jobs-hide", n=1))
    assert "Hidden Employer" not in client.last_text() and "Kept Employer" in client.last_text()
    assert t("hide-done") in answers(client)
    await client.send("/jobs")
    assert "Hidden Employer" not in client.last_text()
    await client.send("welder")
    assert "Kept Employer" in client.last_text() and "Hidden Employer" not in client.last_text()
    async with database.sessionmaker() as session:
        rows = (await session.execute(select(HiddenVacancy))).scalars().all()
    assert [(r.user_id, r.vacancy_id) for r in rows] == [(client.user_id, hidden)]


async def test_a_vacancy_hidden_by_mistake_comes_back_with_one_tap(make_client, i18n, database):
    await add_vacancy(database, title="Welder A", employer="Regretted Employer", salary_max=Decimal(5000))
    await add_vacancy(database, title="Welder B", employer="Kept Employer")
    client = await welder(make_client, i18n)
    t = i18n.translator("en")

    # From the list: the list loses it, and a button under the list brings it back in its place.
    await client.send("/jobs")
    await client.click(t("btn-jobs-hide", n=1))
    assert "Regretted Employer" not in client.last_text()
    await client.click(t("btn-jobs-unhide", title="Welder A"))
    assert "1. Welder A" in client.last_text() and "Regretted Employer" in client.last_text()
    assert answers(client)[-1] == t("unhide-done")
    assert t("btn-jobs-unhide", title="Welder A") not in client.buttons()

    # From its card: "Hidden" takes the card's place, and "Show it again" puts the card back.
    await client.click(t("btn-jobs-details", n=1))
    card = client.last_message()
    await client.click(t("btn-hide"))
    assert client.last_text() == plain(t("hide-done"))
    await client.click(t("btn-unhide"))
    assert client.last_message().message_id == card.message_id and "Regretted Employer" in client.last_text()
    await client.send("/jobs")
    assert "Regretted Employer" in client.last_text()
    async with database.sessionmaker() as session:
        assert (await session.execute(select(func.count()).select_from(HiddenVacancy))).scalar_one() == 0


async def test_apply_twice_and_apply_to_closed(make_client, i18n, database):
    vacancy_id = await add_vacancy(database, title="Welder One")
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    await client.send("/jobs")
    await client.click(t("btn-jobs-apply", n=1))
    await client.click(t("btn-jobs-apply", n=1), message=client.messages()[-2])
    assert answers(client)[-1] == t("apply-already")

    closed = await add_vacancy(database, title="Secret Closed Title", status="closed")
    await press(client, VacancyCb(action="a", id=closed).pack())
    assert answers(client)[-1] == t("apply-closed")
    past = await add_vacancy(database, title="Past Deadline", deadline=date.today() - timedelta(days=3))
    await press(client, VacancyCb(action="a", id=past).pack())
    assert answers(client)[-1] == t("apply-closed")
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Application)) == 1
        assert await session.scalar(select(func.count()).select_from(ApplicationEvent)) == 1
    assert all("Secret Closed Title" not in m.plain_text for m in client.messages())
    assert vacancy_id


async def test_forged_and_stale_buttons_reveal_nothing(make_client, i18n, database):
    vacancy_id = await add_vacancy(database, title="Welder Stale", employer="Stale Employer")
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    await client.send("/jobs")
    sent_before = len(client.messages())
    for action in ("d", "a", "h"):
        await press(client, VacancyCb(action=action, id=vacancy_id + 999).pack())
        assert answers(client)[-1] == t("vacancy-unavailable")
    assert len(client.messages()) == sent_before

    async with database.sessionmaker() as session:
        await session.execute(update(Vacancy).where(Vacancy.id == vacancy_id).values(status="closed"))
        await session.commit()
    await client.click(t("btn-jobs-details", n=1))
    assert answers(client)[-1] == t("vacancy-unavailable")
    await client.click(t("btn-jobs-apply", n=1))
    assert answers(client)[-1] == t("apply-closed")
    assert len(client.messages()) == sent_before
    await client.send("/jobs")
    assert "Stale Employer" not in client.last_text()
    # A search number that was never stored.
    await press(client, JobsPageCb(page=0, q=77).pack())
    assert answers(client)[-1] == t("jobs-search-expired")


async def test_stranger_gets_no_vacancy_details(make_client, i18n, database):
    vacancy_id = await add_vacancy(database, title="Welder", employer="Private Employer", status="closed")
    client = await welder(make_client, i18n)
    stranger = make_client(user_id=7999, language_code="en")
    await stranger.send("/jobs")
    en = i18n.translator("en")
    assert stranger.last_text() == plain(f"{en('stranger-welcome')}\n\n{en('choose-language')}")
    await client.send("/jobs")
    await press(client, VacancyCb(action="d", id=vacancy_id).pack())
    assert all("Private Employer" not in m.plain_text for m in client.messages())


async def test_nothing_fits_says_so_and_offers_wider_group(make_client, i18n, database):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Doha Kitchen")
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    await client.send("/jobs")
    text = client.last_text()
    assert text == plain(f"{t('jobs-none')}\n\n{t('jobs-none-hint')}")
    assert "Gulf Haulage" not in text and "Doha Kitchen" not in text
    await client.send("welder")  # the worker's own trade: alerts will bring its next vacancy
    assert client.last_text() == plain(f"{t('jobs-search-none', query='welder')}\n\n{t('jobs-search-none-held')}")
    assert client.buttons() == []

    await add_vacancy(database, title="Shuttering Carpenter", isco_code="7115", employer="Wood Works")
    await client.send("/jobs")
    assert client.last_text() == plain(f"{t('jobs-none')}\n\n{t('jobs-none-wider')}")
    await client.click(t("btn-jobs-wider"))
    wider = client.last_text()
    assert "Wood Works" in wider and "Gulf Haulage" not in wider and "Doha Kitchen" not in wider


async def test_worker_without_occupation_is_sent_to_profile(make_client, i18n, database):
    await add_vacancy(database)
    client = make_client(user_id=7100, language_code="ru")
    await register(client, i18n, "ru")
    await client.send("/cancel")
    await client.send("/jobs")
    assert client.last_text() == plain(i18n.translator("ru")("jobs-need-profile"))
    strangers = [make_client(user_id=user_id, language_code="ru") for user_id in (7101, 7102)]
    await strangers[0].send("/jobs")
    await strangers[1].send("/jobs сварщик")  # words after the command: the same first screen
    assert strangers[1].last_text() == strangers[0].last_text()


async def test_free_text_search(make_client, i18n, database):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Doha Haulage", city="Doha")
    await add_vacancy(database, title="Light Vehicle Driver", isco_code="8322", employer="Wakrah Cars",
                      city="Al Wakrah")
    await add_vacancy(database, title="Structural Welder", isco_code="7212", employer="Steel Doha", city="Doha")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Doha Kitchen", city="Doha")
    client = await welder(make_client, i18n, "ru", user_id=7200)
    t = i18n.translator("ru")

    await client.send("driver doha")
    found = client.last_text()
    assert "Doha Haulage" in found
    assert "Wakrah Cars" not in found and "Steel Doha" not in found and "Doha Kitchen" not in found

    await client.send("сварщик")
    found = client.last_text()
    assert "Steel Doha" in found and "Doha Haulage" not in found and "Doha Kitchen" not in found
    await client.click(t("btn-jobs-details", n=1))
    assert "Steel Doha" in client.last_text()

    await client.send("привет")  # not a search: a greeting is answered as one, with no vacancy
    assert client.last_text() == plain(t("chat-greeting"))
    await client.send("2000")  # a number alone searches for nothing (it used to list every vacancy)
    assert client.last_text() == plain(t("not-understood"))

    for question in ("есть работа?", "жұмыс бар ма?"):  # work in general: the worker's own list, as /jobs
        await client.send(question)
        assert client.last_text().startswith(plain(t("jobs-header", page=1, pages=1)))
        assert "Steel Doha" in client.last_text() and "Doha Kitchen" not in client.last_text()

    await client.send("/jobs driver doha")  # words after the command are searched
    assert "Doha Haulage" in client.last_text() and "Steel Doha" not in client.last_text()
    await client.send("/jobs пожалуйста")  # words naming nothing: the worker's own list
    assert client.last_text().startswith(plain(t("jobs-header", page=1, pages=1)))

    for question in ("все вакансии", "барлық бос орындар", "show all jobs"):  # every trade, not only their own
        await client.send(question)
        assert client.last_text().startswith(plain(t("jobs-search-header", query=question, page=1, pages=2)))
        assert "Steel Doha" in client.last_text() and "Doha Haulage" in client.last_text()


async def test_a_town_is_understood_in_any_case_and_alphabet(make_client, i18n, database):
    await add_vacancy(database, title="Structural Welder", isco_code="7212", employer="Steel Doha", city="Doha")
    await add_vacancy(database, title="Site Electrician", isco_code="7411", employer="Wakrah Power", city="Al Wakrah")
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Doha Haulage", city="Doha")
    client = await welder(make_client, i18n, "ru", user_id=7230)

    for said in ("работа в Дохе", "Дохадағы жұмыс", "any jobs in Doha?"):  # the town's whole list
        await client.send(said)
        found = client.last_text()
        assert "Steel Doha" in found and "Doha Haulage" in found and "Wakrah Power" not in found, said
    await client.send("водитель в Дохе")
    assert "Doha Haulage" in client.last_text() and "Steel Doha" not in client.last_text()
    await client.send("электрик в Эль-Вакре")
    assert "Wakrah Power" in client.last_text()


async def test_a_town_with_nothing_open_says_where_there_is(make_client, i18n, database):
    await add_vacancy(database, title="Structural Welder", isco_code="7212", employer="Steel Doha", city="Doha")
    await add_vacancy(database, title="Pipe Welder", isco_code="7212", employer="Doha Pipes", city="Doha, Qatar")
    await add_vacancy(database, title="Site Electrician", isco_code="7411", employer="Wakrah Power", city="Al Wakrah")
    client = await welder(make_client, i18n, "ru", user_id=7231)
    t = i18n.translator("ru")

    await client.send("есть вакансии в Лусаиле?")  # was sent to the hotline
    places = ", ".join([t("jobs-town-place", town="Доха", count=2), t("jobs-town-place", town="Эль-Вакра", count=1)])
    expected = f"{t('jobs-town-none', town='Лусаил')}\n\n{t('jobs-town-places', places=places)}"
    assert client.last_text() == plain(expected)

    await client.send("сварщик в Лусаиле")  # the trade is open elsewhere: shown, with the town's answer first
    found = client.last_text()
    assert found.startswith(plain(t("jobs-town-none-trade", town="Лусаил")))
    assert "Steel Doha" in found and "Doha Pipes" in found and "Wakrah Power" not in found
    await client.click(t("btn-jobs-details", n=1))
    assert "Doha" in client.last_text()

    await client.send("повар в Лусаиле")  # a trade open nowhere: the usual answer, with its offer
    assert client.last_text().startswith(plain(t("jobs-search-none", query="повар в Лусаиле")))

    english = await welder(make_client, i18n, "en", user_id=7232)
    await english.send("jobs in Lusail")
    assert english.last_text().startswith(plain(i18n.translator("en")("jobs-town-none", town="Lusail")))


async def test_a_search_may_ask_for_the_least_pay(make_client, i18n, database):
    await add_vacancy(database, title="Structural Welder", employer="Steel Doha", salary_max=Decimal(2600))
    await add_vacancy(database, title="Pipe Welder", employer="Doha Pipes", salary_max=Decimal(1900))
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Doha Haulage",
                      salary_max=Decimal(3200))
    client = await welder(make_client, i18n, "ru", user_id=7233)
    t = i18n.translator("ru")

    await client.send("сварщик от 2500")
    found = client.last_text()
    assert "Steel Doha" in found and "Doha Pipes" not in found and "Doha Haulage" not in found
    await client.send("зарплата от 2500 риалов")  # no trade: every vacancy paying that much
    found = client.last_text()
    assert "Steel Doha" in found and "Doha Haulage" in found and "Doha Pipes" not in found

    await client.send("сварщик от 3000")  # none pays that: said so, and the trade's vacancies with their pay
    found = client.last_text()
    assert found.startswith(plain(t("jobs-pay-none-trade", pay=money(Decimal(3000), "QAR", "ru"))))
    assert "Steel Doha" in found and "Doha Pipes" in found
    await client.send("зарплата от 9000")
    assert client.last_text() == plain(t("jobs-pay-none", pay=money(Decimal(9000), "QAR", "ru")))
    await client.send("сварщик 6 разряда")  # a grade is no pay
    assert "Steel Doha" in client.last_text() and "Doha Pipes" in client.last_text()


async def test_a_search_corrected_in_place_is_answered_again(make_client, i18n, database):
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Doha Kitchen", city="Doha")
    await add_vacancy(database, title="Structural Welder", isco_code="7212", employer="Steel Doha", city="Doha")
    client = await welder(make_client, i18n, "ru", user_id=7210)
    t = i18n.translator("ru")
    await client.send("повар")
    search = client.sent
    assert "Doha Kitchen" in client.last_text()
    replies = await client.edit("сварщик")  # a slip of the finger, fixed by editing the message
    assert len(replies) == 1 and "Steel Doha" in replies[0].plain_text and "Doha Kitchen" not in replies[0].plain_text

    await client.send("/profile")
    await client.click(t("btn-edit-name"))
    asked = client.last_text()
    assert await client.edit("повар", search) == []  # a question is waiting: an old search edited is left alone
    await client.send("Айдос Серикбаев")  # and the answer still goes where it belongs
    assert "Айдос Серикбаев" in client.last_text() and client.last_text() != asked


async def test_a_trade_searched_for_with_nothing_open_is_added_to_the_profile_with_one_tap(make_client, i18n, database):
    client = await welder(make_client, i18n, "ru", user_id=7220)
    t = i18n.translator("ru")
    await client.send("повар")
    assert client.last_text() == plain(f"{t('jobs-search-none', query='повар')}\n\n{t('jobs-search-none-add')}")
    await client.click(t("btn-jobs-add-trade"))
    assert client.last_text() == plain(t("ask-occupation_pick"))  # its choices at once: nothing to type again
    await client.click(client.buttons()[0])
    assert client.last_text() == plain(t("ask-years"))
    await client.send("3")
    replies = await client.click(t("btn-next"))  # no third trade, as when one is added in /profile
    assert replies[-1].plain_text.startswith(plain(t("profile-updated")))
    async with database.sessionmaker() as session:
        held = (await session.execute(
            select(ProfileOccupation.position, ProfileOccupation.isco_code, ProfileOccupation.years)
            .where(ProfileOccupation.user_id == 7220).order_by(ProfileOccupation.position)
        )).all()
    assert [(position, code) for position, code, _ in held][0] == (1, "7212")  # the welder stays first
    assert held[1] == (2, "5120", 3)

    await add_vacancy(database, title="Cook", isco_code="5120", employer="Doha Kitchen")
    await client.send("/jobs")
    assert "Doha Kitchen" in client.last_text()


async def test_search_pages_and_unregistered_text_goes_to_fallback(make_client, i18n, database):
    for number in range(5):
        await add_vacancy(database, title=f"Welder {number}", employer=f"Employer {number}")
    client = await welder(make_client, i18n, "en", user_id=7300)
    t = i18n.translator("en")
    await client.send("welder")
    assert "page 1 of 2" in client.last_text()
    await client.click(t("btn-jobs-next"))
    assert "page 2 of 2" in client.last_text() and "welder" in client.last_text()

    stranger = make_client(user_id=7301, language_code="en")
    await stranger.send("welder")  # no search before a profile: the first screen, as /start shows it
    assert stranger.last_text() == plain(f"{t('stranger-welcome')}\n\n{t('choose-language')}")
    assert len(stranger.buttons()) == 3  # the three languages


async def test_matches_equal_ranking_every_open_vacancy(database):
    """The catalog's shortcuts (grouping by occupation, stopping early) never change what is shown."""
    import random

    import matching
    from bot.services import vacancies
    from db.models import User, utcnow

    rng = random.Random(3)
    codes = ["7212", "7213", "7214", "7126", "7127", "7115", "7411", "8332", "5120", "9112", "2221"]
    for number in range(150):
        code = rng.choice(codes)
        await add_vacancy(
            database, title=rng.choice(["Welder", "Fitter", "Helper", matching.occupation_title(code, "en")]),
            isco_code=code if rng.random() < 0.8 else None, employer=f"E{number}",
            salary_max=Decimal(rng.randrange(900, 4000, 100)), min_experience_years=rng.choice([None, 2, 9]),
            languages=rng.choice([[], ["en"], ["ar"]]),
        )
    for number in range(65):  # the worker's own trade, but poorly: every other part against it
        await add_vacancy(database, title="Welder", isco_code="7212", employer=f"Poor {number}",
                          salary_min=None, salary_max=Decimal(900), min_experience_years=9, languages=["ar"])
    # A neighbouring trade with everything in its favour outranks them, and must not be left out.
    await add_vacancy(database, title="Sheet metal worker", isco_code="7213", employer="Best Neighbour",
                      salary_max=Decimal(3000))
    profile = matching.WorkerProfile(
        occupations=(matching.ProfileOccupation("7212", "сварщик", 4), matching.ProfileOccupation(None, "fitter", 1)),
        languages=frozenset({"ru", "en"}), min_salary=Decimal(2500),
    )
    async with database.sessionmaker() as session:
        session.add(User(id=42, language="en", consent_at=utcnow()))
        await session.flush()
        session.add(HiddenVacancy(user_id=42, vacancy_id=3))
        await session.flush()
        whole = await vacancies.match_page(session, 42, profile, 0, vacancies.MAX_RESULTS)
        shown = list(whole.items)
        everything = [v for v in await vacancies.session_catalog(session).open_vacancies(session) if v.id != 3]
        # A page ranks only as far as itself, and still shows that part of the whole list.
        pages = [await vacancies.match_page(session, 42, profile, n, 7) for n in (0, 3, 8, 9, 50, -1)]
    expected = matching.rank_vacancies(profile, everything, limit=vacancies.MAX_RESULTS,
                                       today=vacancies.kazakhstan_today())
    assert [(r.vacancy.id, r.score) for r in shown] == [(r.vacancy.id, r.score) for r in expected]
    assert len(shown) == vacancies.MAX_RESULTS
    assert "Best Neighbour" in {r.vacancy.employer for r in shown}
    assert [(p.number, p.count) for p in pages] == [(0, 9), (3, 9), (8, 9), (8, 9), (8, 9), (0, 9)]
    for page in pages:
        assert page.items == tuple(shown[page.number * 7 : (page.number + 1) * 7])


async def test_workers_of_one_trade_each_get_their_own_list(database):
    """The catalog remembers a trade's candidates; what it remembers is shared by the workers of that
    trade, but experience, pay, hidden vacancies and new vacancies still count for each of them."""
    import matching
    from bot.services import vacancies
    from db.models import User, utcnow

    ids = {}
    for employer, years, pay in (("Seasoned", 8, 4000), ("Any", None, 1500)):
        ids[employer] = await add_vacancy(database, title="Welder", isco_code="7212", employer=employer,
                                          min_experience_years=years, salary_max=Decimal(pay))
    veteran = matching.WorkerProfile(occupations=(matching.ProfileOccupation("7212", "сварщик", 10),),
                                     languages=frozenset({"ru"}), min_salary=Decimal(3000))
    novice = matching.WorkerProfile(occupations=(matching.ProfileOccupation("7212", "сварщик", 0),),
                                    languages=frozenset({"ru"}), min_salary=Decimal(1000))

    async def employers(user_id: int, profile: matching.WorkerProfile) -> list[str]:
        async with database.sessionmaker() as session:
            page = await vacancies.match_page(session, user_id, profile, 0, vacancies.MAX_RESULTS)
        return [r.vacancy.employer for r in page.items] if page else []

    async with database.sessionmaker() as session:
        session.add_all([User(id=51, language="ru", consent_at=utcnow()),
                         User(id=52, language="ru", consent_at=utcnow())])
        await session.flush()
        session.add(HiddenVacancy(user_id=52, vacancy_id=ids["Any"]))
        await session.commit()

    assert await employers(51, veteran) == ["Seasoned", "Any"]
    assert await employers(52, novice) == ["Seasoned"]  # hid the other; the veteran's list is untouched
    assert await employers(53, novice) == ["Any", "Seasoned"]  # eight years short of the first one
    await add_vacancy(database, title="Welder", isco_code="7212", employer="New", salary_max=Decimal(5000))
    assert await employers(51, veteran) == ["Seasoned", "New", "Any"]  # equal scores: the older first


async def test_a_double_tap_on_apply_applies_once(make_client, i18n, database):
    """Two taps arriving together are handled one after the other: the second sees the first."""
    vacancy_id = await add_vacancy(database, title="Welder Double Tap")
    client = await welder(make_client, i18n)
    t = i18n.translator("en")
    data = VacancyCb(action="a", id=vacancy_id).pack()
    await asyncio.gather(press(client, data), press(client, data))
    assert sorted(answers(client)[-2:]) == sorted([t("apply-created-short"), t("apply-already")])
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Application)) == 1


async def test_a_search_with_its_conditions_and_refusals(make_client, i18n, database):
    await add_vacancy(database, title="Structural Welder", employer="Steel Doha", city="Industrial Area, Doha",
                      salary_max=Decimal(2600))
    await add_vacancy(database, title="Pipe Welder", employer="Wakrah Pipes", city="Al Wakrah", salary_max=Decimal(2400))
    await add_vacancy(database, title="Security Guard", isco_code="5414", employer="Guard Co", city="Doha",
                      salary_max=Decimal(2300))
    client = await welder(make_client, i18n, "ru", user_id=7240)

    await client.send("электросварщик, Индастриал, 2500, общежитие и питание, вахта")  # trade, place, pay, conditions
    found = client.last_text()
    assert "Steel Doha" in found and "Wakrah Pipes" not in found and "Guard Co" not in found
    await client.send("работа в Дохе, только не охранником")  # a refused trade is not searched for: the town's list
    assert "Steel Doha" in client.last_text()
    await client.send("раньше работал сварщиком в Вакре, платили мало")  # a story, not a search
    assert "Wakrah Pipes" not in client.last_text()
    await client.send("сварщикам в Дохе питание дают?")  # a question about the conditions, not a list
    assert "Steel Doha" not in client.last_text()
