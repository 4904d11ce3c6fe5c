"""Officers' requests in words that the bot answers with what it can do, through the production dispatcher:
a vacancy to be closed, extended or given other places is pointed to the vacancy file that does it."""

from __future__ import annotations

from tests.e2e.test_officer import plain, setup


async def test_a_vacancy_to_close_or_extend_is_pointed_to_the_vacancy_file(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for asked in ("нужно закрыть QA-2099, работодатель уже набрал людей", "продлите приём по вакансии QA 2098 на неделю",
                  "по QA-2097 поменяйте число мест на 12"):
        await boss.send(asked)  # had been left to the worker's chat, or listed the vacancy's applicants
        assert boss.last_text() == plain(t("help-officer-vacancy-change")), asked
    await boss.send("как загрузить вакансии?")  # a file loaded, not a vacancy changed: the files' help as before
    assert boss.last_text() == plain(t("help-officer-files"))


async def test_a_vacancy_told_of_as_closed_is_not_taken_for_a_request(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("работодатель закрыл QA-2099 вчера")
    assert boss.last_text() != plain(t("help-officer-vacancy-change"))


async def test_an_announcement_asked_for_later_is_not_sent_now(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("отправьте в среду к 10 часам всем в Мангистау: медосмотр перенесли")
    assert boss.last_text() == plain(t("broadcast-not-later"))  # had gone to the preview, to be sent at once
    await boss.send("рассылка в Мангистау: медосмотр в среду в 10 часов")  # the time is the text's: sent as asked
    assert boss.last_text() != plain(t("broadcast-not-later"))
