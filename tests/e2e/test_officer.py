"""Officer tools through the production dispatcher and the fake Telegram: broadcasts with progress and
stop, statistics, CSV export, the audit log, officer roles, and the gate that keeps workers out."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.fsm.state import State
from sqlalchemy import func, select, update

import matching
from bot.commands import WORKER_COMMANDS
from bot.delivery import DeliveryLoop
from bot.i18n import Html
from bot.officer_commands import OFFICER_COMMANDS
from bot.services import broadcasts, statuses
from bot.services.reminders import remind_unfinished_profiles
from db.models import Application, AuditEntry, Broadcast, Officer, OutboxMessage, Profile, User, Vacancy, utcnow
from handlers import officer, officer_broadcast, officer_status
from handlers.keyboards import label as button_label
from tests.conftest import OFFICER_ID
from tests.e2e.test_registration import fill_profile, register
from tests.integration.test_broadcasts import seed
from tests.integration.test_stats import add_activity
from tests.texts import plain

WORKER_IDS = (1, 2, 3, 4, 5, 6)


async def setup(database, make_client):
    async with database.sessionmaker() as session:
        await seed(session)  # the officer's own user row speaks Russian
    workers = {user_id: make_client(user_id=user_id, language_code="ru") for user_id in WORKER_IDS}
    return make_client(user_id=OFFICER_ID, language_code="ru"), workers


async def deliver_everything(bot, database, settings) -> None:
    fast = settings.model_copy(update={"per_chat_interval_seconds": 0, "send_rate_per_second": 1000})
    loop = DeliveryLoop(bot, database.sessionmaker, fast)
    for _ in range(20):
        async with database.sessionmaker() as session:
            pending = await session.scalar(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "pending")
            )
        if not pending:
            return
        await loop.run_once()
    raise AssertionError("the outbox did not empty")


async def send_formatted(client, text: str, bold: str):
    """A message with a bold entity, as Telegram delivers an officer's formatted text."""
    entity = {"type": "bold", "offset": text.index(bold), "length": len(bold)}
    return await client._send_content({"text": text, "entities": [entity]})


async def compose(boss, t, text="Meeting on Friday", bold="Meeting"):
    await boss.send("/broadcast")
    assert boss.last_text() == plain(t("broadcast-ask-text", max=broadcasts.MAX_TEXT, caption=broadcasts.MAX_CAPTION))
    await send_formatted(boss, text, bold)
    assert boss.last_text() == plain(t("broadcast-ask-audience"))


async def test_broadcast_to_one_region_reaches_its_active_workers_exactly_once(
    make_client, database, settings, bot, i18n
):
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.click(t("btn-audience-region"))
    await boss.click(t("region-mangystau"))

    preview, summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "<b>Meeting</b> on Friday")  # formatting kept
    segment = Html(t("segment-region", region=t("region-mangystau")))
    # Workers 1 and 2 are active in Mangystau; 3 blocked the bot; officer 900002 lives there too.
    assert summary.plain_text == plain(t("broadcast-summary", segment=segment, active=2, inactive=1))
    await boss.click(t("btn-broadcast-send"))
    progress = boss.last_message()
    assert t("btn-broadcast-stop") in progress.buttons

    await deliver_everything(bot, database, settings)
    for user_id in (1, 2):
        received = workers[user_id].messages()
        assert len(received) == 1 and "<b>Meeting</b> on Friday" in received[0].text
    assert workers[1].last_text() == plain(broadcasts.worker_text(i18n.translator("kk"), "<b>Meeting</b> on Friday"))
    for user_id in (3, 4, 5, 6):
        assert workers[user_id].messages() == []

    later = lambda: utcnow() + timedelta(seconds=10)
    await broadcasts.report_progress(bot, database.sessionmaker, i18n, settings, now=later)
    async with database.sessionmaker() as session:
        stored = (await session.execute(select(Broadcast))).scalar_one()
    final = t("broadcast-progress", id=stored.id, state=t("broadcast-state-done"), total=2, sent=2,
              blocked=0, failed=0, left=0, skipped=1)
    progress = next(m for m in boss.messages() if m.message_id == progress.message_id)
    assert progress.plain_text == plain(final) and progress.buttons == []
    assert (stored.status, stored.total, stored.skipped_inactive) == ("done", 2, 1)


async def test_an_announcement_confirmed_at_night_may_wait_for_the_workers_morning(
    make_client, database, settings, bot, i18n, monkeypatch
):
    night = datetime(2026, 12, 1, 18, 40, tzinfo=timezone.utc)  # 23:40 in Kazakhstan
    morning = datetime(2026, 12, 2, 3, 0, tzinfo=timezone.utc)  # 08:00 there
    monkeypatch.setattr(officer_broadcast, "now", lambda: night)
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send("Мангистау")
    summary = plain(t("broadcast-summary", segment=Html(t("segment-region", region=t("region-mangystau"))),
                      active=2, inactive=1))
    assert boss.last_text() == f"{summary}\n\n{plain(t('broadcast-night', now='23:40', morning='08:00'))}"
    await boss.click(t("btn-broadcast-morning", morning="08:00"))
    assert boss.messages()[-2].text == plain(t("broadcast-queued-morning", id=1, total=2, morning="08:00"))
    async with database.sessionmaker() as session:
        held = (await session.execute(select(OutboxMessage.not_before))).scalars().all()
        audited = (await session.execute(select(AuditEntry.details))).scalars().all()
    assert len(held) == 2 and all(moment.replace(tzinfo=timezone.utc) == morning for moment in held)
    assert audited[-1]["starts_at"] == morning.isoformat()

    monkeypatch.setattr(officer_broadcast, "now", lambda: morning + timedelta(minutes=5))  # pressed late
    await compose(boss, t)
    await boss.send("Мангистау")
    assert boss.last_text() == summary and t("btn-broadcast-morning", morning="08:00") not in boss.buttons()


async def test_stop_drops_what_is_not_sent_yet(make_client, database, settings, bot, i18n):
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t, "Cancelled meeting", "Cancelled")
    await boss.click(t("btn-audience-all"))
    await boss.click(t("btn-broadcast-send"))
    await boss.click(t("btn-broadcast-stop"))

    assert boss.callback_answers()[-1]["text"] == t("broadcast-stopped")
    assert t("broadcast-state-stopped") in boss.last_text() and boss.buttons() == []
    await deliver_everything(bot, database, settings)
    assert all(workers[user_id].messages() == [] for user_id in WORKER_IDS)
    async with database.sessionmaker() as session:
        statuses = set((await session.execute(select(OutboxMessage.status))).scalars())
        stored = (await session.execute(select(Broadcast))).scalar_one()
    assert statuses == {"dropped"} and stored.status == "stopped"


async def test_broadcast_text_is_checked_and_cancel_sends_nothing(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("/broadcast")
    await boss.send("x" * (broadcasts.MAX_TEXT + 1))
    assert boss.last_text() == plain(t("broadcast-text-too-long", max=broadcasts.MAX_TEXT,
                                       length=broadcasts.MAX_TEXT + 1))
    await boss.send_sticker()
    assert boss.last_text() == plain(t("broadcast-text-empty"))
    await boss.send("Hello")
    await boss.click(t("btn-audience-isco"))
    await boss.send("99")  # no such sub-major group
    assert boss.last_text() == plain(t("broadcast-bad-isco"))
    await boss.send("72")
    assert "72" in boss.last_text()
    await boss.click(t("btn-broadcast-cancel"))
    assert boss.last_text() == plain(t("broadcast-cancelled"))
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Broadcast)) == 0


async def test_broadcast_to_the_applicants_of_a_vacancy(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.click(t("btn-audience-vacancy"))
    await boss.send("QA-404")
    assert boss.last_text() == plain(t("broadcast-vacancy-not-found", reference="QA-404"))
    await boss.send("QA-10")
    segment = Html(t("segment-vacancy", vacancy="QA-10 · Welder"))
    assert boss.last_text() == plain(t("broadcast-summary", segment=segment, active=1, inactive=1))


async def summary_for(boss, t, segment: str, active: int, inactive: int) -> None:
    assert boss.last_text() == plain(t("broadcast-summary", segment=Html(segment), active=active, inactive=inactive))


async def test_the_audience_typed_in_words_gets_the_same_preview_and_count_as_its_button(
    make_client, database, settings, bot, i18n
):
    """Busy officers write whom they mean; nothing is sent before the same confirmation as a button's."""
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send("Мангистау")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)
    await boss.click(t("btn-broadcast-back"))

    for typed, segment, active, inactive in [
        ("всем работникам", t("segment-all"), 5, 1),
        ("на казахском", t("segment-lang", language="Қазақша"), 2, 0),
        ("сварщикам", t("segment-isco", code="7212", title=matching.occupation_title("7212", "ru")), 1, 1),
        ("72", t("segment-isco", code="72", title=matching.occupation_title("72", "ru")), 2, 1),
        ("со статусом Собеседование", t("segment-status", status=t("status-name-interview")), 2, 0),
        ("QA-10", t("segment-vacancy", vacancy="QA-10 · Welder"), 1, 1),
    ]:
        await boss.send(typed)
        await summary_for(boss, t, segment, active, inactive)
        await boss.click(t("btn-broadcast-back"))

    await boss.send("QA-404")
    assert boss.last_text() == plain(t("broadcast-vacancy-not-found", reference="QA-404"))
    await boss.send("ну не знаю даже")
    assert boss.last_text() == plain(t("broadcast-audience-not-understood"))
    await deliver_everything(bot, database, settings)
    assert all(workers[user_id].messages() == [] for user_id in WORKER_IDS)  # nothing went out


async def test_an_audience_is_narrowed_by_a_second_trait_pressed_or_typed(make_client, database, settings, bot, i18n):
    """«Welders, and of those the ones in Mangystau»: each trait narrows the count before anything is sent."""
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    trade = t("segment-isco", code="7", title=matching.occupation_title("7", "ru"))
    mangystau = t("segment-region", region=t("region-mangystau"))
    await compose(boss, t)
    await boss.send("7")
    await summary_for(boss, t, trade, 3, 1)  # 7212, 7233 and 7411 workers; the blocked welder missed
    await boss.click(t("btn-broadcast-narrow"))
    assert boss.last_text() == plain(t("broadcast-ask-narrower", segment=Html(trade)))
    assert t("btn-audience-all") not in boss.buttons() and t("btn-audience-isco") not in boss.buttons()
    await boss.click(t("btn-audience-region"))
    await boss.click(t("region-mangystau"))
    await summary_for(boss, t, f"{trade}; {mangystau}", 2, 1)
    await boss.click(t("btn-broadcast-send"))
    await deliver_everything(bot, database, settings)
    assert [user_id for user_id in WORKER_IDS if workers[user_id].messages()] == [1, 2]
    async with database.sessionmaker() as session:
        stored = (await session.execute(select(Broadcast))).scalar_one()
    assert stored.segment == {"kind": "isco", "value": "7", "and": [{"kind": "region", "value": "mangystau"}]}


async def test_a_region_typed_beside_a_trade_narrows_it_even_when_the_trade_is_picked_from_buttons(
    make_client, database, i18n
):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    mangystau = t("segment-region", region=t("region-mangystau"))
    await compose(boss, t)
    await boss.send("сварщикам из Мангистау")
    welders = t("segment-isco", code="7212", title=matching.occupation_title("7212", "ru"))
    await summary_for(boss, t, f"{welders}; {mangystau}", 1, 1)

    await boss.click(t("btn-broadcast-back"))
    await boss.send("водители из Актау")
    assert boss.last_text() == plain(t("broadcast-pick-trade"))
    await boss.click(trade_button("83"))
    drivers = t("segment-isco", code="83", title=matching.occupation_title("83", "ru"))
    await summary_for(boss, t, f"{drivers}; {mangystau}", 1, 0)

    await boss.click(t("btn-broadcast-back"))
    await boss.send("водителям на собеседовании")  # a step beside a trade to pick narrows it too
    await boss.click(trade_button("8332"))
    trucks = t("segment-isco", code="8332", title=matching.occupation_title("8332", "ru"))
    interview = t("segment-status", status=statuses.status_name(t, "interview"))
    await summary_for(boss, t, f"{trucks}; {interview}", 1, 0)

    await boss.click(t("btn-broadcast-back"))  # back starts afresh: the region is forgotten
    await boss.click(t("btn-audience-isco"))
    await boss.send("83")
    await summary_for(boss, t, drivers, 1, 0)


async def test_an_officer_asking_how_many_workers_gets_the_count_at_once(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")

    def line(segment: str, active: int, inactive: int) -> str:
        return t("officer-count-line", segment=Html(segment), active=active, inactive=inactive)

    welders = t("segment-isco", code="7212", title=matching.occupation_title("7212", "ru"))
    mangystau = t("segment-region", region=t("region-mangystau"))
    await boss.send("сколько сварщиков в Мангистау?")
    assert boss.last_text() == plain(t("officer-count", lines=Html(line(f"{welders}; {mangystau}", 1, 1))))
    await boss.send("Сколько у нас водителей?")  # car and truck drivers alike: each counted, and both
    lines = [line(t("segment-isco", code=code, title=matching.occupation_title(code, "ru")), active, 0)
             for code, active in (("83", 1), ("8322", 0), ("8332", 1))]
    assert boss.last_text() == plain(t("officer-count", lines=Html("\n".join(lines))))
    await boss.send("сколько работников в Мангистау?")
    assert boss.last_text() == plain(t("officer-count", lines=Html(line(mangystau, 2, 1))))
    await boss.send("сколько работников на собеседовании?")  # a step, inflected
    interview = t("segment-status", status=statuses.status_name(t, "interview"))
    assert boss.last_text() == plain(t("officer-count", lines=Html(line(interview, 2, 0))))
    await boss.send("сколько сварщиков не из Мангистау?")  # no one audience: not guessed
    assert boss.last_text() == plain(t("officer-count-not-understood"))
    await boss.send("сколько стоит виза?")  # a price, not a headcount: answered as a worker's question is
    assert "бесплатное" in boss.last_text()  # recruitment is free: the fees answer


async def test_an_officer_counts_several_trades_steps_in_their_own_words_and_the_statistics(
    make_client, database, i18n
):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")

    def line(segment: str, active: int, inactive: int) -> str:
        return t("officer-count-line", segment=Html(segment), active=active, inactive=inactive)

    def trade(code: str) -> str:
        return t("segment-isco", code=code, title=matching.occupation_title(code, "ru"))

    await boss.send("Сколько сварщиков и поваров?")  # each trade, then either of them
    both = trades_together(t, "5120", "7212")
    lines = [line(trade("5120"), 1, 0), line(trade("7212"), 1, 1), line(both, 2, 1)]
    assert boss.last_text() == plain(t("officer-count", lines=Html("\n".join(lines))))

    interview = t("segment-status", status=statuses.status_name(t, "interview"))
    visa = t("segment-status", status=statuses.status_name(t, "visa_issued"))
    for asked, segment, active in [
        ("сколько человек получили визу?", visa, 0),
        ("how many got their visa?", visa, 0),
        ("сколько прошли собеседование", interview, 2),
    ]:
        await boss.send(asked)
        assert boss.last_text() == plain(t("officer-count", lines=Html(line(segment, active, 0)))), asked

    await boss.send("сколько сварщиков на собеседовании?")  # a trade at a step
    assert boss.last_text() == plain(t("officer-count", lines=Html(line(f"{trade('7212')}; {interview}", 1, 0))))

    await boss.send("/stats")
    statistics = boss.last_text()
    # the figures asked are the statistics even where a word resembles a trade («ашық» is not «аспаз»)
    for asked in ("сколько вакансий?", "сколько заявок?", "сколько заблокировали бота?", "бүгін қанша вакансия ашық?"):
        await boss.send(asked)
        assert boss.last_text() == statistics, asked


async def test_a_vacancys_portal_number_lists_its_applicants_the_furthest_along_first(
    make_client, database, i18n, monkeypatch
):
    """An officer working through one employer's vacancy types its number, as /setstatus or alone."""
    boss, _workers = await setup(database, make_client)
    async with database.sessionmaker() as session:
        session.add(Profile(user_id=7, full_name="Айдос Серікұлы", languages=[]))
        session.add(User(id=7, language="kk", role="worker", consent_at=utcnow()))
        session.add(Vacancy(id=12, external_id="QA-12", title="Cook", employer="Doha Hotels"))
        await session.flush()
        session.add(Application(user_id=7, vacancy_id=10, status="withdrawn"))
        await session.commit()
    t = i18n.translator("ru")
    applications = {user_id: number for number, user_id in enumerate((1, 3, 2), start=1)}  # seed's order

    await boss.send("QA-10")
    steps = " · ".join(t("setstatus-vacancy-step", status=statuses.status_name(t, code), count=1)
                       for code in ("applied", "interview", "withdrawn"))
    assert boss.last_text() == plain(t("setstatus-vacancy-applications", vacancy="QA-10 · Welder",
                                       employer="Doha Steel", count=3, steps=steps, shown=3, more=0))
    assert boss.buttons() == [
        t("btn-setstatus-applicant", id=applications[1], name="1", status=statuses.status_name(t, "interview")),
        t("btn-setstatus-applicant", id=applications[3], name="3", status=statuses.status_name(t, "applied")),
        t("btn-setstatus-applicant", id=4, name="Айдос Серікұлы", status=statuses.status_name(t, "withdrawn")),
    ]
    monkeypatch.setattr(officer_status, "MAX_APPLICATIONS_LISTED", 2)  # a popular vacancy: the first ones
    await boss.send("QA-10")
    assert boss.last_text() == plain(t("setstatus-vacancy-applications", vacancy="QA-10 · Welder",
                                       employer="Doha Steel", count=3, steps=steps, shown=2, more=1))
    assert len(boss.buttons()) == 2
    await boss.click(boss.buttons()[0])  # the application itself, to move it on
    assert f"#{applications[1]}" in boss.last_text() and statuses.status_name(t, "offer") in boss.buttons()

    await boss.send("кто откликнулся на QA-10?")  # asked in words
    assert boss.last_text().startswith("Вакансия QA-10 · Welder")
    await boss.send("сколько заявок на qa-11")  # any case, and not a count of workers
    assert boss.last_text().startswith("Вакансия QA-11 · Driver")
    await boss.send("/setstatus qa-11")
    assert boss.last_text().startswith("Вакансия QA-11 · Driver")
    await boss.send("вакансия QA-12")
    assert boss.last_text() == plain(t("setstatus-vacancy-no-applications", vacancy="QA-12 · Cook",
                                       employer="Doha Hotels"))
    await boss.send("QA-404")
    assert boss.last_text() == plain(t("broadcast-vacancy-not-found", reference="QA-404"))
    await boss.send("6G")  # no portal number looks like this: the usual answers
    assert boss.last_text() != plain(t("broadcast-vacancy-not-found", reference="6G"))


async def test_a_vacancy_number_written_oddly_or_the_bots_own_finds_the_vacancy(make_client, database, i18n):
    """«qa10», «QА-10» typed on a Russian keyboard, «вакансия 11» by the bot's number: the same vacancy, at
    once and as a broadcast's audience."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("отклики qa10")
    assert boss.last_text().startswith("Вакансия QA-10 · Welder")
    await boss.send("QА-11 кто подал")  # a Cyrillic «А»
    assert boss.last_text().startswith("Вакансия QA-11 · Driver")
    await boss.send("вакансия 10 кто откликнулся")  # the bot's own number
    assert boss.last_text().startswith("Вакансия QA-10 · Welder")
    await compose(boss, t)
    await boss.send("откликнувшимся на QA 10")
    await summary_for(boss, t, t("segment-vacancy", vacancy="QA-10 · Welder"), 1, 1)
    await boss.click(t("btn-broadcast-back"))
    await boss.click(t("btn-audience-vacancy"))
    await boss.send("qa10")  # at the button's step too
    await summary_for(boss, t, t("segment-vacancy", vacancy="QA-10 · Welder"), 1, 1)


async def test_an_announcement_asked_for_with_its_audience_goes_from_the_text_to_the_preview(
    make_client, database, i18n
):
    """«рассылка сварщикам из Мангистау»: the audience is chosen with the request; the text comes next, then
    the same preview, count and confirmation as ever."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    ask = plain(t("broadcast-ask-text", max=broadcasts.MAX_TEXT, caption=broadcasts.MAX_CAPTION))
    welders = t("segment-isco", code="7212", title=matching.occupation_title("7212", "ru"))
    mangystau = t("segment-region", region=t("region-mangystau"))
    await boss.send("рассылка сварщикам из Мангистау")
    chosen = plain(t("broadcast-audience-chosen", segment=Html(f"{welders}; {mangystau}")))
    assert boss.last_text() == f"{chosen}\n\n{ask}"
    await send_formatted(boss, "Meeting on Friday", "Meeting")
    await summary_for(boss, t, f"{welders}; {mangystau}", 1, 1)
    await boss.click(t("btn-broadcast-back"))  # still free to choose another audience
    assert boss.last_text() == plain(t("broadcast-ask-audience"))

    await boss.send("/broadcast всем")
    await boss.send("Hello")
    await summary_for(boss, t, t("segment-all"), 5, 1)

    await boss.send("/cancel")
    await send_formatted(boss, "рассылка в Мангистау: Meeting on Friday at 10:00", "Meeting")  # all in one
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "<b>Meeting</b> on Friday at 10:00")
    await summary_for(boss, t, mangystau, 2, 1)

    await boss.send("/cancel")
    await boss.send("рассылка водителям")  # car or truck drivers: asked after the text, as usual
    assert boss.last_text() == ask
    await boss.send("Hello")
    assert boss.last_text() == plain(t("broadcast-ask-audience"))


async def test_an_announcement_dictated_without_a_colon_comes_with_its_text(make_client, database, i18n):
    """«разошлите в Мангистау что …», as a phone's dictation writes it: the text after «что» goes to the
    same preview, as plain text, and the same count and confirmation follow."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    mangystau = t("segment-region", region=t("region-mangystau"))
    await boss.send("разошлите в Мангистау что сбор в 10 у входа <B>")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "сбор в 10 у входа &lt;B&gt;")
    await summary_for(boss, t, mangystau, 2, 1)


async def test_an_announcement_written_first_and_sent_after_a_dash_comes_with_its_text(make_client, database, i18n):
    """«сбор в 10 у входа — разошлите в Мангистау»: the text before the request goes to the same preview."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("сбор в 10 у входа — разошлите в Мангистау")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "сбор в 10 у входа")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)


async def test_an_announcement_laid_out_as_a_letter_goes_to_whom_it_names(make_client, database, i18n):
    """«Текст: …⏎Кому: …», as an officer lays out a memo: the text before, the audience after «Кому:»."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("Текст: сбор в 10 у входа\nКому: Мангистау")
    preview, _summary = boss.messages()[-2:]
    assert preview.text == broadcasts.worker_text(t, "сбор в 10 у входа")
    await summary_for(boss, t, t("segment-region", region=t("region-mangystau")), 2, 1)


def trade_button(code: str) -> str:
    return button_label(f"{code} · {matching.occupation_title(code, 'ru')}")


def trades_together(t, *codes: str) -> str:
    """The label of an audience of several trades, as an officer reads it."""
    groups = ", ".join(f"{code} ({matching.occupation_title(code, t.lang)})" for code in codes)
    return t("segment-isco-any", groups=groups)


async def test_an_announcement_to_trades_named_together_reaches_a_worker_of_either_once(
    make_client, database, settings, bot, i18n
):
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send("сварщикам и поварам")
    both = trades_together(t, "5120", "7212")
    await summary_for(boss, t, both, 2, 1)  # the blocked welder is missed
    await boss.click(t("btn-broadcast-send"))
    await deliver_everything(bot, database, settings)
    assert {user_id: len(workers[user_id].messages()) for user_id in WORKER_IDS} == {1: 1, 2: 0, 3: 0, 4: 1, 5: 0, 6: 0}


async def test_an_announcement_to_regions_named_together_reaches_a_worker_of_either_once(
    make_client, database, settings, bot, i18n
):
    """«в Алматы и Мангистау»: the workers of either region, each once; a count names both the same way."""
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    either = t("segment-regions", regions=f"{t('region-mangystau')}, {t('region-almaty')}")
    await boss.send("сколько работников в Мангистау и Алматы?")
    line = t("officer-count-line", segment=Html(either), active=4, inactive=1)
    assert boss.last_text() == plain(t("officer-count", lines=Html(line)))
    await compose(boss, t)
    await boss.send("Мангистау, Алматы")
    await summary_for(boss, t, either, 4, 1)  # the blocked worker of Mangystau is missed
    await boss.click(t("btn-broadcast-send"))
    await deliver_everything(bot, database, settings)
    assert {user_id: len(workers[user_id].messages()) for user_id in WORKER_IDS} == {1: 1, 2: 1, 3: 0, 4: 1, 5: 1, 6: 0}


async def test_an_officer_starting_the_bot_is_greeted_with_their_tools_not_a_workers_questions(
    make_client, database, i18n
):
    """An officer named in the settings picks a language and agrees like anyone, then gets their tools: a
    worker's first question («как вас зовут?») would hold every message they type as their name."""
    t = i18n.translator("ru")
    boss = make_client(user_id=OFFICER_ID, language_code="ru")
    await register_as_officer(boss, t)
    assert boss.last_text() == plain(t("officer-greeting"))
    await boss.send("сколько работников?")  # an officer's question, not a name
    assert boss.last_text() == plain(t("officer-tool-named", command="/stats"))
    await boss.send("/start")
    assert boss.last_text() == plain(t("officer-greeting"))


async def register_as_officer(boss, t) -> None:
    await boss.send("/start")
    await boss.click("✅ Русский")
    await boss.click(t("btn-consent-agree"))


async def test_a_trade_named_for_several_occupations_offers_them_and_their_group(make_client, database, i18n):
    """«водители» are car and truck drivers alike: group 83 reaches both, or the officer picks one."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send("водители")
    assert boss.last_text() == plain(t("broadcast-pick-trade"))
    offered = boss.buttons()
    assert offered[:3] == [trade_button(code) for code in ("83", "8322", "8332")]
    await boss.click(offered[0])
    await summary_for(boss, t, t("segment-isco", code="83", title=matching.occupation_title("83", "ru")), 1, 0)

    await boss.click(t("btn-broadcast-back"))
    await boss.click(t("btn-audience-isco"))
    await boss.send("электрики")  # the building electricians the sites hire, as officers mean them
    await summary_for(boss, t, t("segment-isco", code="7411", title=matching.occupation_title("7411", "ru")), 1, 0)


async def test_a_sticker_or_stray_text_mid_way_gets_the_steps_own_hint(make_client, database, i18n):
    """Not "I did not understand": the officer is told what this step wants, and the step stays open."""
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await compose(boss, t)
    await boss.send_sticker()
    assert boss.last_text() == plain(t("broadcast-use-buttons"))
    await boss.click(t("btn-audience-isco"), boss.messages()[-2])
    await boss.send_sticker()
    assert boss.last_text() == plain(t("broadcast-bad-isco"))
    await boss.send("72")
    await boss.send_voice()
    assert boss.last_text() == plain(t("broadcast-use-buttons"))
    await boss.click(t("btn-broadcast-cancel"), boss.messages()[-2])
    assert boss.messages()[-2].plain_text == plain(t("broadcast-cancelled"))  # the summary, edited

    await boss.send("/officers")
    await boss.click(t("btn-officer-add"))
    await boss.send_sticker()
    assert boss.last_text() == plain(t("officers-bad-id"))
    await boss.send("777")
    async with database.sessionmaker() as session:
        assert await session.get(Officer, 777) is not None


async def test_a_worker_cannot_run_any_officer_command_or_callback(
    make_client, database, dispatcher, bot, telegram, i18n
):
    _boss, workers = await setup(database, make_client)
    async with database.sessionmaker() as session:
        running = await broadcasts.queue(session, officer_id=OFFICER_ID, html_text="x",
                                         seg=broadcasts.segment("all"), officer_ids={OFFICER_ID}, i18n=i18n)
        await session.commit()
    worker = workers[4]  # an English-speaking worker
    t = i18n.translator("en")
    router = officer.make_router()

    commands = {
        name for handler in router.message.handlers for f in handler.filters or ()
        if isinstance(f.callback, Command) for name in f.callback.commands
    }
    assert set(OFFICER_COMMANDS) - {"setstatus"} <= commands
    for name in sorted(commands) + ["officers add 555", "officers remove 900002"]:
        await worker.send(f"/{name}")  # answered as any unknown command: at most a worker's command is guessed
        assert worker.last_text() in {plain(t("unknown-command"))} | {
            plain(t("unknown-command-guess", command=f"/{known}")) for known in WORKER_COMMANDS
        }, name

    pressed = 0
    context = dispatcher.fsm.get_context(bot=bot, chat_id=worker.chat_id, user_id=worker.user_id)
    samples = {"BroadcastStopCb": {"id": running.id}, "OfficerCb": {"id": 900_002}}
    for handler in router.callback_query.handlers:
        data_filter = next(f.callback for f in handler.filters if isinstance(f.callback, CallbackQueryFilter))
        data = _forged(data_filter, samples.get(data_filter.callback_data.__name__, {}))
        state = _required_state(handler)
        await context.set_state(state)  # as if the worker were half-way through the officer's flow
        await context.set_data({"html": "<b>forged</b>", "seg": {"kind": "all", "value": ""}})
        await worker._press_inline(worker.last_message(), {"text": "forged", "callback_data": data})
        assert worker.callback_answers()[-1].get("text") == t("button-outdated"), data
        pressed += 1
    assert pressed >= 7

    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Broadcast)) == 1
        assert (await session.get(Broadcast, running.id)).status == "queued"
        assert await session.get(Officer, 900_002) is not None
        assert await session.scalar(select(func.count()).select_from(AuditEntry)) == 0
        assert set((await session.execute(select(OutboxMessage.status))).scalars()) == {"pending"}
    officer_menus = [c for c in telegram.calls("setMyCommands")
                     if any(cmd["command"] == "broadcast" for cmd in c["commands"])]
    assert officer_menus == []


def _forged(data_filter: CallbackQueryFilter, values: dict) -> str:
    """Callback data the handler's own filter accepts: literals from its rule, samples for the rest."""
    factory = data_filter.callback_data
    fields = {name: (1 if field.annotation in (int, "int") else "all") for name, field in factory.model_fields.items()}
    fields.update(values)
    operations = getattr(data_filter.rule, "_operations", ()) if data_filter.rule is not None else ()
    attribute = None
    for operation in operations:
        if hasattr(operation, "name"):
            attribute = operation.name
        elif hasattr(operation, "right") and attribute is not None:
            fields[attribute] = operation.right
    if fields.get("action") == "v":
        fields["value"] = "lang.ru"
    return factory(**fields).pack()


def _required_state(handler) -> str | None:
    for f in handler.filters:
        if isinstance(f.callback, State):
            return f.callback.state
        if isinstance(f.callback, StateFilter):
            return next((s.state if isinstance(s, State) else s for s in f.callback.states), None)
    return None


async def test_stats_show_the_figures_of_a_known_dataset(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    async with database.sessionmaker() as session:
        await add_activity(session)
    t = i18n.translator("ru")
    await boss.send("/stats")
    text = boss.last_text()
    assert plain(t("stats-count-line", label=t("region-mangystau"), count=3)) in text
    assert plain(t("stats-count-line", label=t("stats-region-unknown"), count=1)) in text
    assert plain(t("stats-count-line", label="Русский", count=3)) in text
    assert plain(t("stats-count-line", label=t("status-name-interview"), count=2)) in text
    head = plain(t("stats-text", total=6, active=5, blocked=1, complete=0, open=5, positions=10,
                   regions="", languages="", sought="", offered="", applications="",
                   alerts_day=2, alerts_week=3, broadcasts_day=1, broadcasts_week=2, reminders=""))
    first_lines = [line for line in head.splitlines() if any(ch.isdigit() for ch in line)]
    for line in first_lines:
        assert line in text, line
    assert "7212" in text


def last_noon_in_kazakhstan() -> datetime:
    """12:00 in Kazakhstan (07:00 UTC) today, or yesterday before then: a reminder is never held for the
    night, whenever the test runs."""
    now = utcnow()
    noon = now.replace(hour=7, minute=0, second=0, microsecond=0)
    return noon if noon <= now else noon - timedelta(days=1)


async def test_stats_count_profile_reminders_and_the_workers_who_finished_after_them(
    make_client, database, settings, bot, telegram, i18n
):
    """Two workers agree and stop at the first question; a day later both are reminded; one comes back
    and finishes the profile. The officer sees both reminders, and the one worker who finished."""
    boss = make_client(user_id=OFFICER_ID, language_code="en")
    returning = make_client(user_id=7401, language_code="kk")
    gone = make_client(user_id=7402, language_code="ru")
    await register(returning, i18n, "kk")
    await register(gone, i18n, "ru")
    noon = last_noon_in_kazakhstan()
    async with database.sessionmaker() as session:  # they stopped yesterday
        await session.execute(update(Profile).values(updated_at=noon - timedelta(hours=30)))
        await session.commit()
    assert await remind_unfinished_profiles(database.sessionmaker, i18n, now=noon) == 2
    await deliver_everything(bot, database, settings)
    kk = i18n.translator("kk")
    assert returning.last_text() == plain(kk("profile-reminder"))
    await returning.send("/start")
    assert returning.last_text() == plain(kk("ask-name"))
    await fill_profile(returning, i18n, "kk", "дәнекерлеуші")

    t = i18n.translator("en")
    await boss.send("/stats")
    assert plain(t("stats-reminders", day=2, week=2, finished=1)) in boss.last_text()
    await boss.send("/export")
    summary = next(m for m in boss.messages() if "document" in m.content
                   and m.content["document"]["file_name"].startswith("summary"))
    content = telegram.files[summary.content["document"]["file_id"]].content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert ["messages", "profile_reminders_last_week", "2"] in rows
    assert ["messages", "profile_reminders_last_week_then_finished", "1"] in rows


async def test_export_sends_csv_documents_and_is_audited(make_client, database, telegram, i18n):
    boss, _workers = await setup(database, make_client)
    await boss.send("/export")
    documents = [m for m in boss.messages() if "document" in m.content]
    assert [d.content["document"]["file_name"].split("-")[0] for d in documents] == [
        "summary", "occupations", "applications"]
    summary = telegram.files[documents[0].content["document"]["file_id"]].content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(summary)))
    assert ["workers", "total", "6"] in rows and ["workers", "active", "5"] in rows
    applications = telegram.files[documents[2].content["document"]["file_id"]].content.decode("utf-8-sig")
    assert "QA-10" in applications and "Doha" not in applications
    async with database.sessionmaker() as session:
        entry = (await session.execute(select(AuditEntry))).scalar_one()
    assert (entry.officer_id, entry.action) == (OFFICER_ID, "export")


async def test_audit_lists_the_latest_actions(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("/audit")
    assert boss.last_text() == plain(t("audit-empty"))
    await compose(boss, t)
    await boss.click(t("btn-audience-all"))
    await boss.click(t("btn-broadcast-send"))
    await boss.send("/officers add 777")
    await boss.send("/audit")
    text = boss.last_text()
    assert t("audit-action-broadcast") in text and t("audit-action-officer_add") in text
    assert str(OFFICER_ID) in text and "user_id=777" in text
    assert text.index(t("audit-action-officer_add")) < text.index(t("audit-action-broadcast"))  # newest first


async def test_officers_are_added_and_removed_but_not_those_from_settings(
    make_client, database, telegram, i18n
):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    newcomer = make_client(user_id=777, language_code="en")

    await boss.send("/officers")
    assert str(OFFICER_ID) in boss.last_text() and "900002" in boss.last_text()
    assert t("btn-officer-remove", id="900002") in boss.buttons()
    assert t("btn-officer-remove", id=str(OFFICER_ID)) not in boss.buttons()

    await boss.send(f"/officers remove {OFFICER_ID}")
    assert t("officers-cannot-remove-configured") in [plain(m.text) for m in boss.messages()[-2:]]
    await boss._press_inline(boss.last_message(), {"text": "x", "callback_data": officer.OfficerCb(
        action="rm", id=OFFICER_ID).pack()})
    assert boss.callback_answers()[-1]["text"] == t("officers-cannot-remove-configured")

    await newcomer.send("/stats")
    assert newcomer.last_text() == plain(i18n.translator("en")("need-start"))
    await boss.send("/officers")
    await boss.click(t("btn-officer-add"))
    assert boss.last_text() == plain(t("officers-ask-id"))
    await boss.send("not a number")
    assert boss.last_text() == plain(t("officers-bad-id"))
    await boss.send("777")
    assert t("officers-added", id="777") in [m.plain_text for m in boss.messages()[-2:]]
    menu = telegram.my_commands({"type": "chat", "chat_id": 777})
    assert "broadcast" in [c["command"] for c in menu]
    await newcomer.send("/stats")
    assert newcomer.last_text().startswith("📊")

    await boss.click(t("btn-officer-remove", id="777"))
    assert "777" not in boss.last_text().split(str(OFFICER_ID))[-1]
    await newcomer.send("/stats")
    assert not newcomer.last_text().startswith("📊")
    menu = telegram.my_commands({"type": "chat", "chat_id": 777})
    assert "broadcast" not in [c["command"] for c in menu]
    async with database.sessionmaker() as session:
        actions = [e.action for e in (await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars()]
        assert await session.get(Officer, 777) is None
    assert actions == ["officer_add", "officer_remove"]


async def test_an_officer_gets_the_officer_menu_in_their_language(make_client, database, telegram, i18n):
    boss, _workers = await setup(database, make_client)
    await boss.send("/stats")
    menu = telegram.my_commands({"type": "chat", "chat_id": OFFICER_ID})
    names = [c["command"] for c in menu]
    assert names[-len(OFFICER_COMMANDS):] == list(OFFICER_COMMANDS) and "profile" in names
    assert menu[-1]["description"] == i18n.translator("ru")("cmd-link")


async def test_an_officer_finds_their_tools_in_help_and_by_their_names(make_client, database, i18n):
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("/help")
    shown = boss.last_text()
    assert shown.startswith(plain(t("help"))) and plain(t("help-officer-files")) in shown
    assert plain(t("help-officer-words")) in shown  # what can be asked in words, with examples
    assert all(f"/{name} — {t(f'cmd-{name}')}" in shown for name in OFFICER_COMMANDS)
    for said, tool in (("статистика", "stats"), ("Рассылка", "broadcast"), ("выгрузка", "export")):
        await boss.send(said)  # «статистика» had been searched as a trade
        assert boss.last_text() == plain(t("officer-tool-named", command=f"/{tool}")), said
    await boss.send("Здравствуйте")  # had been asked which job they are looking for
    assert boss.last_text() == plain(t("officer-greeting"))
    await boss.send("сколько работников?")  # had been told to fill in a profile
    assert boss.last_text() == plain(t("officer-tool-named", command="/stats"))
    await boss.send("как загрузить вакансии?")  # had been told the steps of a worker's application
    assert boss.last_text() == plain(t("help-officer-files"))

    worker = workers[WORKER_IDS[0]]
    await worker.send("/help")  # a worker's help says nothing of officers
    assert plain(t("help-officer-header")) not in worker.last_text()
    await worker.send("статистика")
    assert "/stats" not in worker.last_text()


async def test_cancel_stops_an_announcement_even_for_an_officer_who_never_registered(make_client, database, i18n):
    """Officers named in the settings need no worker profile; /cancel must not answer them as a worker
    who declined consent, and the text typed after it must not become an announcement."""
    boss = make_client(user_id=OFFICER_ID, language_code="en")  # no user row at all
    t = i18n.translator("en")
    await boss.send("/broadcast")
    await boss.send("/cancel")
    assert boss.last_text() == plain(t("broadcast-cancelled"))
    await boss.send("Meeting on Friday")
    assert boss.last_text() != plain(t("broadcast-ask-audience"))

    await boss.send("/officers add")
    await boss.send("/cancel")
    assert boss.last_text() == plain(t("nothing-to-cancel"))
    await boss.send("/officers")
    await boss.click(t("btn-officer-add"))
    await boss.send("/cancel")
    assert boss.last_text() == plain(t("setstatus-cancelled"))
    await boss.send("777")
    async with database.sessionmaker() as session:
        assert await session.get(Officer, 777) is None
        assert await session.scalar(select(func.count()).select_from(Broadcast)) == 0


async def test_digits_that_are_not_a_number_get_the_usual_answer(make_client, database, i18n):
    boss, _workers = await setup(database, make_client)
    t = i18n.translator("ru")
    await boss.send("/officers")
    await boss.click(t("btn-officer-add"))
    await boss.send("²³")  # superscripts pass str.isdigit() but are no number
    assert boss.last_text() == plain(t("officers-bad-id"))
    await boss.send("٧٧٧")  # Arabic-Indic digits, as a phone set to Arabic types them
    assert t("officers-added", id="777") in [m.plain_text for m in boss.messages()[-2:]]


async def test_a_photo_or_a_document_goes_out_with_its_caption(make_client, database, settings, bot, i18n, telegram):
    """A poster or a PDF of instructions: previewed as workers will get it, then sent as a photo or a
    document with the announcement as its caption, in each worker's language."""
    boss, workers = await setup(database, make_client)
    t = i18n.translator("ru")
    for send, kind in ((boss.send_photo, "photo"), (boss.send_document, "document")):
        await boss.send("/broadcast")
        await send(caption="x" * (broadcasts.MAX_CAPTION + 1))
        assert boss.last_text() == plain(t("broadcast-text-too-long", max=broadcasts.MAX_CAPTION,
                                           length=broadcasts.MAX_CAPTION + 1))
        await send()  # no caption: workers would not know what it is
        assert boss.last_text() == plain(t("broadcast-text-empty"))
        await send(caption="Documents for the visa")
        await boss.click(t("btn-audience-region"))
        await boss.click(t("region-mangystau"))
        preview = boss.messages()[-2]
        assert preview.method == ("sendPhoto" if kind == "photo" else "sendDocument")
        assert preview.to_api()["caption"] == plain(broadcasts.worker_text(t, "Documents for the visa"))
        await boss.click(t("btn-broadcast-send"))
        await deliver_everything(bot, database, settings)
        received = workers[1].messages()[-1]  # worker 1 reads Kazakh
        assert received.method == preview.method and kind in received.to_api()
        kk = i18n.translator("kk")
        assert received.to_api()["caption"] == plain(broadcasts.worker_text(kk, "Documents for the visa"))
    assert [m.method for m in workers[2].messages()] == ["sendPhoto", "sendDocument"]
    assert workers[4].messages() == []  # Almaty


def test_the_longest_caption_with_its_header_fits_telegrams_limit(i18n):
    for t in i18n.all.values():
        assert len(plain(broadcasts.worker_text(t, "x" * broadcasts.MAX_CAPTION))) <= 1024
