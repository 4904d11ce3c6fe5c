"""An officer's busy days through the production dispatcher: an announcement typed after /broadcast before its
audience goes with it to the preview and count."""

from __future__ import annotations

from bot.services import broadcasts
from tests.e2e.test_officer import setup, summary_for


async def test_broadcast_with_its_text_before_the_audience_goes_to_the_preview(make_client, database, i18n):
    """«/broadcast сбор в 10 у входа, Мангистау»: the text and the audience in one command, as after «рассылка
    в Мангистау: …»."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("/broadcast сбор в 10 у входа, Мангистау")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "сбор в 10 у входа")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)
