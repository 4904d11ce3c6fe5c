"""An officer seeking a worker by name or IIN, or pausing a vacancy, through the production dispatcher."""

from __future__ import annotations

from tests.e2e.test_officer import plain, setup


async def test_a_worker_sought_by_name_hears_how_workers_are_found(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for asked in ("найдите Жанар Бекову", "найди по ИИН 870505300123"):
        await boss.send(asked)  # had gone on unanswered, as no request
        assert boss.last_text() == plain(t("officer-find-by-name")), asked


async def test_a_vacancy_paused_is_pointed_to_the_vacancy_file(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("QA-2097 приостановить до февраля")
    assert boss.last_text() == plain(t("help-officer-vacancy-change"))
