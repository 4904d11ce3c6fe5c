"""A new officer's first week through the production dispatcher: two requests in one message, a vacancy closed
and its applicants told, each answered; an announcement to unfinished profiles asks whom it goes to."""

from __future__ import annotations

from bot.services import broadcasts
from tests.e2e.test_officer import plain, setup, summary_for


async def test_a_vacancy_closed_and_its_applicants_told_in_one_message(make_client, database, i18n):
    """«закройте QA-10 и разошлите откликнувшимся на неё что набор завершён»: how the vacancy file closes it,
    then the announcement to that vacancy's applicants, previewed and counted before anything is sent."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("закройте QA-10 и разошлите откликнувшимся на неё что набор завершён")
    help_text, preview, _summary = boss.messages()[-3:]
    assert help_text.text == plain(t("help-officer-vacancy-change"))
    assert preview.text == broadcasts.worker_text(t, "набор завершён")
    await summary_for(boss, t, t("segment-vacancy", vacancy="QA-10 · Welder"), 1, 1)


async def test_an_announcement_to_unfinished_profiles_asks_whom_to_send_to(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("напомните тем кто не заполнил профиль заполнить его до пятницы")
    assert "заполнил" not in boss.last_text()  # the words are no announcement sent to anyone
    assert boss.last_text() != plain(t("officer-count-not-understood"))
