"""What officers of the regional offices type, through the production dispatcher: an announcement quoted in
its request goes to the preview without the quotes, an audience taken back at the audience step is the one
named instead, an application's number pasted from another system opens it, and an announcement called off
starts nothing."""

from __future__ import annotations

from bot.services import broadcasts, statuses
from tests.e2e.test_officer import compose, setup, summary_for
from tests.texts import plain


async def test_an_announcement_in_quotes_is_previewed_without_them(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("разошлите в Мангистау: «Ертең сағат 10-да жиналыс»")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "Ертең сағат 10-да жиналыс")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)


async def test_an_audience_taken_back_is_the_one_named_instead(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send("ой, не Атырау, Мангистау")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)


async def test_an_application_pasted_with_its_date_and_zeros_opens(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    await boss.send("Заявка №0002 от 12.05.2026")
    assert "#2" in boss.last_text()


async def test_an_announcement_called_off_starts_nothing(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("рассылку в Мангистау отмена")
    assert boss.last_text() != plain(t("broadcast-ask-text", max=broadcasts.MAX_TEXT, caption=broadcasts.MAX_CAPTION))
    assert t("segment-region", region=t("region-mangystau")) not in boss.last_text()


async def test_a_vacancys_applicants_narrowed_by_a_step_typed_with_it(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send("откликнувшимся на QA-10 на собеседовании")
    summary = boss.last_text()
    assert "QA-10 · Welder" in summary and statuses.status_name(t, "interview") in summary
    await boss.click(t("btn-broadcast-back"))
    await boss.send("QA-10")
    assert boss.last_text() != summary  # all its applicants, not only those at the interview
