"""An officer's first week, through the production dispatcher: /setstatus typed with the step before the
number, a command typed as a word, and the vacancy file's form asked."""

from __future__ import annotations

from tests.e2e.test_officer import plain, setup


async def test_setstatus_with_the_step_first_looks_up_the_number(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("/setstatus собеседование 987654")  # had been answered with how /setstatus is typed
    assert boss.last_text() == plain(t("setstatus-not-found", id="987654"))


async def test_a_command_typed_without_its_slash_is_pointed_to(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for typed in ("сетстатус", "setstaus"):
        await boss.send(typed)  # had gone on to the worker's chat as a search
        assert boss.last_text() == plain(t("officer-tool-named", command="/setstatus")), typed


async def test_the_vacancy_files_form_asked_gets_the_files_help(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("какой шаблон нужен для файла вакансий?")
    assert boss.last_text() == plain(t("help-officer-files"))


async def test_a_worker_sought_by_name_hears_of_the_telegram_id_too(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("найдите работника Болат Ерланов")
    assert boss.last_text() == plain(t("officer-find-by-name"))
    assert "Telegram id" in boss.last_text()
