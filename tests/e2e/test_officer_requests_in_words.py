"""Officers' requests in words that the bot answers with what it can do, through the production dispatcher:
a vacancy to be closed, extended or given other places is pointed to the vacancy file that does it."""

from __future__ import annotations

from bot.services import broadcasts
from tests.e2e.test_officer import plain, setup, summary_for


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


async def test_a_reminder_headed_by_whom_it_reminds_goes_to_them(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    mangystau = t("segment-region", region=t("region-mangystau"))
    for asked, text in (
        ("Напоминание всем из Мангистау: в пятницу в 9:00 сбор у ЦЗН, паспорт с собой", "в пятницу в 9:00 сбор у ЦЗН, паспорт с собой"),
        ("Маңғыстаудағыларға еске салыңыз: төлқұжатты ала келіңіз", "төлқұжатты ала келіңіз"),
        ("напомнить всем в Мангистау, что нужна медсправка, адрес: ул. Абая 5", "нужна медсправка, адрес: ул. Абая 5"),
    ):
        await boss.send(asked)  # had been taken for a note to self, or left unread
        preview, _summary = boss.messages()[-2:]
        assert preview.text == broadcasts.worker_text(t, text), asked
        await summary_for(boss, t, mangystau, 2, 1)
        await boss.send("/cancel")


async def test_a_sent_broadcast_to_fix_or_recall_is_told_how_a_correction_goes(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for asked in ("в утренней рассылке опечатка, поправь", "отзовите вчерашнюю рассылку", "кто прочитал рассылку?"):
        await boss.send(asked)  # had been answered with /broadcast, as if a new one were asked for
        assert boss.last_text() == plain(t("broadcast-not-done")), asked
    await boss.send("рассылка")  # a new announcement named: its command, as before
    assert boss.last_text() == plain(t("officer-tool-named", command="/broadcast"))


async def test_a_colon_said_aloud_parts_the_request_from_its_text(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("разошлите всем в мангистау двоеточие медосмотр в среду")  # a phone wrote the colon as a word
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "медосмотр в среду")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)
