"""`/alerts`: how a worker hears about new vacancies, and "fewer like this" under an alert.

The settings are one message with buttons, edited in place after each choice, saying the current
settings in plain words; every choice is saved at once.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.i18n import Translator
from bot.services import alerts
from db.models import AlertPrefs, User, utcnow
from handlers.callbacks import AlertsCb, VacancyCb
from handlers.replies import replace

SCORE_NAMES = {value: name for name, value in alerts.SCORE_LEVELS.items()}


def make_router() -> Router:
    router = Router(name="alerts")
    # /stop, as people type to a bot they want to hear less from: the switches that quiet it, shown, not
    # pressed for them (deleting the profile stays /delete alone, so no slip ever deletes it).
    router.message.register(show_settings, Command("alerts", "stop"))
    router.callback_query.register(change_setting, AlertsCb.filter())
    router.callback_query.register(fewer_like_this, VacancyCb.filter(F.action == "f"))
    return router


async def show_settings(message: Message, session: AsyncSession, user: User | None, t: Translator) -> None:
    if user is None:
        await message.answer(t("need-start"))
        return
    prefs = await alerts.get_prefs(session, user.id)
    await message.answer(settings_text(t, prefs), reply_markup=settings_keyboard(t, prefs))


async def change_setting(
    query: CallbackQuery, callback_data: AlertsCb, session: AsyncSession, user: User | None, t: Translator
) -> None:
    if user is None:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    prefs = await alerts.change_prefs(session, user.id, callback_data.field, callback_data.value)
    if prefs is None:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer(t("alerts-saved"))
    await replace(query, settings_text(t, prefs), settings_keyboard(t, prefs))


async def fewer_like_this(
    query: CallbackQuery, callback_data: VacancyCb, session: AsyncSession, user: User | None,
    t: Translator, bot: Bot,
) -> None:
    code = await alerts.mute_code(session, user.id, callback_data.id) if user is not None else None
    if user is None or code is None:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await bot.send_message(user.id, t("alerts-muted-confirm", occupation=matching.occupation_title(code, t.lang)))


# ---- the settings message ---------------------------------------------------------------------------


def _hour(hour: int) -> str:
    return f"{hour:02d}:00"


def settings_text(t: Translator, prefs: AlertPrefs) -> str:
    now = utcnow()
    if prefs.mode == "digest":
        mode = t("alerts-mode-digest", hour=_hour(prefs.digest_hour))
    else:
        mode = t(f"alerts-mode-{prefs.mode if prefs.mode in alerts.MODES else 'instant'}")
    if prefs.quiet_start is None or prefs.quiet_end is None:
        quiet = t("alerts-quiet-off")
    else:
        quiet = t("alerts-quiet", start=_hour(prefs.quiet_start), end=_hour(prefs.quiet_end))
    name = SCORE_NAMES.get(prefs.min_score)
    score = t(f"alerts-score-{name}") if name else t("alerts-score-custom", score=prefs.min_score)
    lines = [t("alerts-title"), "", mode, quiet, score]
    if prefs.paused_until is not None and prefs.paused_until > now:
        lines.append(t("alerts-paused", until=alerts.kz_time(prefs.paused_until).strftime("%d.%m.%Y %H:%M")))
    if prefs.muted_codes:
        titles = ", ".join(matching.occupation_title(code, t.lang) for code in prefs.muted_codes)
        lines.append(t("alerts-muted", occupations=titles))
    lines += ["", t("alerts-hint")]
    return "\n".join(lines)


def settings_keyboard(t: Translator, prefs: AlertPrefs) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    sizes: list[int] = []

    def row(*buttons: tuple[str, AlertsCb]) -> None:
        for text, data in buttons:
            builder.button(text=text, callback_data=data)
        sizes.append(len(buttons))

    def mark(chosen: bool, text: str) -> str:
        return ("✅ " if chosen else "") + text

    row(*(
        (mark(prefs.mode == mode, t(f"alerts-btn-{mode}")), AlertsCb(field="mode", value=mode))
        for mode in alerts.MODES
    ))
    if prefs.mode == "digest":
        row(*(
            (mark(prefs.digest_hour == hour, t("alerts-btn-hour", hour=_hour(hour))),
             AlertsCb(field="hour", value=str(hour)))
            for hour in alerts.DIGEST_HOURS
        ))
    if prefs.mode != "off":
        quiet = (prefs.quiet_start, prefs.quiet_end)
        choices = [
            (mark(quiet == preset, t("alerts-btn-quiet", start=_hour(preset[0]), end=_hour(preset[1]))),
             AlertsCb(field="quiet", value=f"{preset[0]}-{preset[1]}"))
            for preset in alerts.QUIET_PRESETS
        ]
        no_quiet = mark(prefs.quiet_start is None, t("alerts-btn-quiet-off"))
        choices.append((no_quiet, AlertsCb(field="quiet", value="off")))
        row(*choices[:2])
        row(*choices[2:])
        for name, value in alerts.SCORE_LEVELS.items():
            row((mark(prefs.min_score == value, t(f"alerts-btn-score-{name}")), AlertsCb(field="score", value=name)))
        if prefs.paused_until is not None and prefs.paused_until > utcnow():
            row((t("alerts-btn-resume"), AlertsCb(field="pause", value="off")))
        else:
            row((t("alerts-btn-pause", days=alerts.PAUSE_DAYS), AlertsCb(field="pause", value="on")))
    if prefs.muted_codes:
        row((t("alerts-btn-unmute"), AlertsCb(field="muted", value="clear")))
    builder.adjust(*sizes)
    return builder.as_markup()
