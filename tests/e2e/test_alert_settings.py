"""/alerts and "fewer like this", through the real dispatcher and the fake Telegram."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy import select

from bot.services import alerts
from db.models import AlertPrefs, OutboxMessage, Profile, ProfileOccupation, User, Vacancy, utcnow
from handlers.callbacks import AlertsCb, VacancyCb
from tests.texts import plain


async def add_user(database, user_id: int, lang: str) -> None:
    async with database.sessionmaker() as session:
        session.add(User(id=user_id, language=lang, consent_at=utcnow()))
        await session.flush()
        session.add(Profile(user_id=user_id, languages=["kk"], completed_at=utcnow()))
        await session.flush()
        session.add(ProfileOccupation(user_id=user_id, position=1, raw_text="welder", isco_code="7212", years=5))
        await session.commit()


async def prefs(database, user_id: int) -> AlertPrefs:
    async with database.sessionmaker() as session:
        return await session.get(AlertPrefs, user_id)


async def test_pressing_the_option_already_chosen_is_answered_quietly(make_client, database, i18n, caplog):
    """A double tap, or a tap on the ticked option: Telegram refuses to edit a message into itself, and
    that refusal must not surface as an error (it did: the update failed and was logged as such)."""
    t = i18n.translator("en")
    client = make_client(user_id=7150, language_code="en")
    await add_user(database, client.user_id, "en")
    await client.send("/alerts")
    settings_message = client.last_message()
    await client.click("✅ " + t("alerts-btn-instant"))
    await client.click("✅ " + t("alerts-btn-quiet", start="22:00", end="08:00"))
    assert [answer.get("text") for answer in client.callback_answers()] == [t("alerts-saved")] * 2
    assert client.messages()[-1] == settings_message and len(client.messages()) == 1
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
    assert (await prefs(database, client.user_id)).mode == "instant"


async def test_stop_typed_as_to_any_bot_opens_the_alert_switches(make_client, database, i18n):
    t = i18n.translator("ru")
    client = make_client(user_id=7160, language_code="ru")
    await add_user(database, client.user_id, "ru")
    await client.send("/stop")
    assert plain(t("alerts-mode-instant")) in client.last_text()
    assert t("alerts-btn-off") in client.buttons()
    assert (await prefs(database, client.user_id)).mode == "instant"  # shown, not switched off unasked


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
async def test_worker_changes_alert_settings(make_client, database, i18n, lang):
    t = i18n.translator(lang)
    client = make_client(user_id=7100 + len(lang) + ord(lang[0]), language_code=lang)
    await add_user(database, client.user_id, lang)

    await client.send("/alerts")
    text = client.last_text()
    assert plain(t("alerts-mode-instant")) in text
    assert plain(t("alerts-quiet", start="22:00", end="08:00")) in text
    assert plain(t("alerts-score-good")) in text
    message_id = client.last_message().message_id
    assert "✅ " + t("alerts-btn-instant") in client.buttons()

    await client.click(t("alerts-btn-digest"))
    assert client.last_message().message_id == message_id  # edited in place
    assert plain(t("alerts-mode-digest", hour="09:00")) in client.last_text()
    await client.click(t("alerts-btn-hour", hour="18:00"))
    assert plain(t("alerts-mode-digest", hour="18:00")) in client.last_text()
    await client.click(t("alerts-btn-quiet-off"))
    assert plain(t("alerts-quiet-off")) in client.last_text()
    await client.click(t("alerts-btn-score-close"))
    assert plain(t("alerts-score-close")) in client.last_text()
    await client.click(t("alerts-btn-pause", days=7))
    assert plain(t("alerts-paused", until="")).split()[1] in client.last_text()
    assert t("alerts-btn-resume") in client.buttons()

    saved = await prefs(database, client.user_id)
    assert (saved.mode, saved.digest_hour, saved.quiet_start, saved.min_score) == ("digest", 18, None, 75)
    assert saved.paused_until > utcnow() + timedelta(days=6)

    await client.click(t("alerts-btn-resume"))
    await client.click(t("alerts-btn-off"))
    assert plain(t("alerts-mode-off")) in client.last_text()
    saved = await prefs(database, client.user_id)
    assert saved.mode == "off" and saved.paused_until is None
    assert len(client.messages()) == 1
    assert all(answer.get("text") == t("alerts-saved") for answer in client.callback_answers())


async def test_an_alert_leads_to_details_and_fewer_like_this_mutes(make_client, database, i18n, bot, settings):
    t = i18n.translator("ru")
    client = make_client(user_id=7201, language_code="ru")
    await add_user(database, client.user_id, "ru")
    async with database.sessionmaker() as session:
        session.add(Vacancy(id=55, external_id="x55", title="Сварщик <TIG>", employer="Doha Steel",
                            isco_code="7212", salary_min=Decimal(2000), deadline=date(2099, 1, 1)))
        await session.commit()
    await alerts.match_new_vacancies(database.sessionmaker, i18n, settings)
    async with database.sessionmaker() as session:
        [row] = (await session.execute(select(OutboxMessage))).scalars().all()
    # Sent as the delivery loop sends it: the fake Telegram checks the HTML and the buttons.
    await bot.send_message(client.chat_id, row.payload["text"],
                           reply_markup=InlineKeyboardMarkup.model_validate(row.payload["reply_markup"]))
    alert = client.last_message()
    assert "Сварщик <TIG>" in client.last_text() and plain(t("fee-warning")) in client.last_text()

    await client.click(t("alerts-btn-details"), alert)
    assert "Doha Steel" in client.last_text()
    await client.click(t("alerts-btn-fewer"), alert)
    assert "Сварщики" in client.last_text() and "/alerts" in client.last_text()
    assert (await prefs(database, client.user_id)).muted_codes == ["7212"]

    await client.send("/alerts")
    assert "🔕" in client.last_text() and "Сварщики" in client.last_text()
    await client.click(t("alerts-btn-unmute"))
    assert (await prefs(database, client.user_id)).muted_codes == []


async def test_forged_buttons_are_answered_politely(make_client, database, i18n, bot):
    t = i18n.translator("en")
    client = make_client(user_id=7301, language_code="en")
    await add_user(database, client.user_id, "en")
    forged = InlineKeyboardMarkup(inline_keyboard=[[
        {"text": "mode", "callback_data": AlertsCb(field="mode", value="hourly").pack()},
        {"text": "fewer", "callback_data": VacancyCb(action="f", id=424242).pack()},
    ]])
    await bot.send_message(client.chat_id, "old message", reply_markup=forged)
    for label in ("mode", "fewer"):
        await client.click(label)
    assert [a.get("text") for a in client.callback_answers()] == [t("button-outdated")] * 2
    assert await prefs(database, client.user_id) is None or (
        (await prefs(database, client.user_id)).mode == "instant"
    )


async def test_alerts_before_registration(make_client, i18n):
    """The first screen at once, as for a «привет»: being told to send /start would cost a step."""
    client = make_client(user_id=7401, language_code="ru")
    t = i18n.translator("ru")
    await client.send("/alerts")
    assert client.last_text() == plain(f"{t('stranger-welcome')}\n\n{t('choose-language')}")
    assert client.buttons() == ["Қазақша", "✅ Русский", "English"]
