"""Officers asking in words for one step for many applications, through the production dispatcher: the bot
points to the status file that changes them all together, and a vacancy's new pay to the vacancy file."""

from __future__ import annotations

from tests.e2e.test_officer import plain, setup


async def test_a_step_for_a_vacancys_applicants_is_pointed_to_the_status_file(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for asked in ("всех кандидатов по QA-2099 переведите на этап собеседования",
                  "отметьте улетевших 1 декабря как выехавших"):
        await boss.send(asked)  # had been left unanswered as no request, or answered with /setstatus
        assert boss.last_text() == plain(t("help-officer-status-bulk")), asked


async def test_a_vacancys_new_pay_is_pointed_to_the_vacancy_file(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("по QA-2098 повысьте зарплату до 2400 риалов")
    assert boss.last_text() == plain(t("help-officer-vacancy-change"))


async def test_figures_by_age_or_gender_are_answered_with_what_can_be_counted(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for asked in ("разбивка кандидатов по полу", "сколько поваров моложе 25 лет"):
        await boss.send(asked)  # had gone on to the worker's chat, or was counted as no one
        assert boss.last_text() == plain(t("officer-figures-not-kept")), asked
    await boss.send("статистика с начала года")  # a period, no age: the statistics' command as before
    assert boss.last_text() != plain(t("officer-figures-not-kept"))
