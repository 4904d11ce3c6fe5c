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
