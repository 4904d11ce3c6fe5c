"""Announcements typed on a phone in a hurry, through the production dispatcher: a chief's request passed on
with its header, an audience corrected mid-message, and a Kazakh request going straight on to its text all
reach the same preview, count and confirmation as any announcement."""

from __future__ import annotations

from bot.services import broadcasts
from tests.e2e.test_officer import setup, summary_for


async def test_a_chiefs_request_passed_on_with_its_header_comes_with_its_text(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("переслано от начальника отдела: разошлите в Мангистау: сбор в 10 у входа")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "сбор в 10 у входа")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)


async def test_an_audience_corrected_mid_message_is_the_one_named_again(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("разошлите в Атырау, нет, в Мангистау: сбор в 10 у входа")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "сбор в 10 у входа")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)


async def test_a_kazakh_request_going_straight_on_to_its_text(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("Маңғыстаудағыларға жіберіңіз ертең сағат 10-да жиналыс деп")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "ертең сағат 10-да жиналыс")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)
