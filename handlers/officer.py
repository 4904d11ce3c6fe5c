"""Officer tools: /broadcast, /stats, /export, /audit, /officers and /link, all behind one gate.

The router carries the `IsOfficer` filter for messages and callbacks, so a worker who types an officer
command, or forges an officer button, falls through to the ordinary "unknown command" / "button out of
date" answers and nothing happens. Every action that reaches workers or changes who is an officer is
written to the audit log in the same unit of work as the action itself.

A broadcast is deliberate: text → audience → the count of workers it reaches (and misses) and a preview
exactly as workers will see it → confirm. Only then is anything queued. The audience is pressed or
typed («всем», «Мангистау», «сварщикам», «виза выдана»: `bot.broadcast_audience`); either way the
preview and the count come before anything is sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.broadcast_audience import read_audience, trade_code
from bot.choices import REGIONS
from bot.i18n import LANGUAGES, Html, I18n, Translator
from bot.commands import set_chat_commands
from bot.officer_commands import officer_tool_named, set_officer_commands
from bot.services import audit, broadcasts, officers, outbox, stats, vacancies
from bot.services.statuses import status_names
from bot.services.broadcasts import BroadcastStopCb
from bot.settings import Settings
from bot.status_rows import KAZAKHSTAN_TZ, STATUS_CODES
from db.models import AuditEntry, User, utcnow
from handlers.jobs import share_links
from handlers.keyboards import LANGUAGE_NAMES, label as button_label
from handlers.officer_filter import IsOfficer
from handlers.replies import chat_message, replace

NOT_A_COMMAND = ~F.text.startswith("/")
AUDIT_LINES = 20
TOP = 10


class BroadcastCb(CallbackData, prefix="bc"):
    """Composing a broadcast: `a` (audience kind), `v` (a value for it), `send`, `back`, `cancel`."""

    action: str
    value: str = ""


class OfficerCb(CallbackData, prefix="of"):
    """/officers: `add` asks for an id; `rm` removes the officer `id`."""

    action: str
    id: int = 0


class BroadcastForm(StatesGroup):
    text = State()
    audience = State()
    isco = State()
    vacancy = State()
    confirm = State()


class OfficerForm(StatesGroup):
    user_id = State()


def make_router() -> Router:
    router = Router(name="officer")
    router.message.filter(IsOfficer())
    router.callback_query.filter(IsOfficer())
    menu = _OfficerMenu()
    router.message.middleware(menu)
    router.callback_query.middleware(menu)

    router.message.register(broadcast_command, Command("broadcast"))
    router.message.register(got_text, BroadcastForm.text, NOT_A_COMMAND)
    router.callback_query.register(chose_kind, BroadcastForm.audience, BroadcastCb.filter(F.action == "a"))
    router.callback_query.register(
        chose_value, StateFilter(BroadcastForm.audience, BroadcastForm.isco), BroadcastCb.filter(F.action == "v")
    )
    router.message.register(typed_audience, BroadcastForm.audience, F.text, NOT_A_COMMAND)
    router.message.register(got_isco, BroadcastForm.isco, F.text, NOT_A_COMMAND)
    router.message.register(got_vacancy, BroadcastForm.vacancy, F.text, NOT_A_COMMAND)
    router.callback_query.register(send_broadcast, BroadcastForm.confirm, BroadcastCb.filter(F.action == "send"))
    router.callback_query.register(
        back_to_audience, StateFilter(BroadcastForm.confirm), BroadcastCb.filter(F.action == "back")
    )
    router.callback_query.register(
        cancel_broadcast,
        StateFilter(BroadcastForm.audience, BroadcastForm.confirm, BroadcastForm.isco, BroadcastForm.vacancy),
        BroadcastCb.filter(F.action == "cancel"),
    )
    router.callback_query.register(stop_broadcast, BroadcastStopCb.filter())

    router.message.register(stats_command, Command("stats"))
    router.message.register(export_command, Command("export"))
    router.message.register(audit_command, Command("audit"))
    router.message.register(link_command, Command("link"))

    router.message.register(officers_command, Command("officers"))
    router.callback_query.register(ask_officer_id, OfficerCb.filter(F.action == "add"))
    router.callback_query.register(remove_officer_button, OfficerCb.filter(F.action == "rm"))
    router.message.register(got_officer_id, OfficerForm.user_id, F.text, NOT_A_COMMAND)

    router.message.register(tool_named, StateFilter(None), F.text.func(officer_tool_named).as_("tool"))

    # Anything else sent mid-way gets the step's own hint instead of "I did not understand"; a document
    # still goes on to the file import, as it does at any other time.
    mid_way = (NOT_A_COMMAND, ~F.document)
    router.message.register(hint("broadcast-use-buttons"), StateFilter(BroadcastForm.audience, BroadcastForm.confirm),
                            *mid_way)
    router.message.register(hint("broadcast-bad-isco"), BroadcastForm.isco, *mid_way)
    router.message.register(hint("broadcast-ask-vacancy"), BroadcastForm.vacancy, *mid_way)
    router.message.register(hint("officers-bad-id"), OfficerForm.user_id, *mid_way)
    return router


async def tool_named(message: Message, tool: str, t: Translator) -> None:
    """«статистика», «рассылка», «выгрузка»: the command for it, one tap away; «загрузить вакансии»: how
    a file is loaded."""
    await message.answer(t("help-officer-files") if tool == "files" else t("officer-tool-named", command=f"/{tool}"))


def hint(key: str) -> Callable[[Message, Translator], Awaitable[None]]:
    async def answer(message: Message, t: Translator) -> None:
        await message.answer(t(key))

    return answer


class _OfficerMenu:
    """Sets the officer's command menu the first time they use an officer tool (and after a change of
    language), so a menu lost to /language or to an added officer's first visit comes back by itself."""

    def __init__(self) -> None:
        self.menus: dict[int, str] = {}

    async def __call__(self, handler: Any, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        t: Translator | None = data.get("t")
        due = user is not None and t is not None and self.menus.get(user.id) != t.lang
        if due and await set_officer_commands(data["bot"], user.id, t):
            self.menus[user.id] = t.lang
        return await handler(event, data)


# ---- /broadcast ------------------------------------------------------------------------------------

async def broadcast_command(message: Message, state: FSMContext, t: Translator) -> None:
    await state.set_state(BroadcastForm.text)
    await state.set_data({})
    await message.answer(t("broadcast-ask-text", max=broadcasts.MAX_TEXT, caption=broadcasts.MAX_CAPTION))


async def got_text(message: Message, state: FSMContext, t: Translator) -> None:
    """A text, or a photo or document (a poster, a PDF of instructions) with the text as its caption."""
    media = _media(message)
    text = (message.caption if media else message.text) or ""
    if not text.strip():
        await message.answer(t("broadcast-text-empty"))
        return
    limit = broadcasts.MAX_CAPTION if media else broadcasts.MAX_TEXT
    if len(text) > limit:
        await message.answer(t("broadcast-text-too-long", max=limit, length=len(text)))
        return
    await state.update_data(html=message.html_text, media=media)
    await state.set_state(BroadcastForm.audience)
    await message.answer(t("broadcast-ask-audience"), reply_markup=_kinds(t))


def _media(message: Message) -> dict[str, str] | None:
    if message.photo:
        return {"photo": message.photo[-1].file_id}  # the largest size Telegram made of it
    if message.document:
        return {"document": message.document.file_id}
    return None


async def chose_kind(
    query: CallbackQuery, callback_data: BroadcastCb, state: FSMContext, session: AsyncSession,
    t: Translator, settings: Settings, i18n: I18n, bot: Bot,
) -> None:
    kind = callback_data.value
    await query.answer()
    if kind == "all":
        await _summary(query, state, session, t, settings, i18n, broadcasts.segment("all"))
    elif kind == "lang":
        options = [(LANGUAGE_NAMES[code], f"lang.{code}") for code in LANGUAGES]
        await replace(query, t("broadcast-ask-language"), _options(t, options, 1))
    elif kind == "region":
        options = [(t(f"region-{code}"), f"region.{code}") for code in REGIONS]
        await replace(query, t("broadcast-ask-region"), _options(t, options, 2))
    elif kind == "status":
        options = [(_status_label(t, code), f"status.{code}") for code in STATUS_CODES]
        await replace(query, t("broadcast-ask-status"), _options(t, options, 2))
    elif kind == "isco":
        await state.set_state(BroadcastForm.isco)
        await replace(query, t("broadcast-ask-isco"), _cancel_only(t))
    elif kind == "vacancy":
        await state.set_state(BroadcastForm.vacancy)
        await replace(query, t("broadcast-ask-vacancy"), _cancel_only(t))
    else:
        await replace(query, t("broadcast-ask-audience"), _kinds(t))


async def chose_value(
    query: CallbackQuery, callback_data: BroadcastCb, state: FSMContext, session: AsyncSession,
    t: Translator, settings: Settings, i18n: I18n,
) -> None:
    kind, _, value = callback_data.value.partition(".")
    valid = {"lang": LANGUAGES, "region": REGIONS, "status": STATUS_CODES}
    if not (value in valid.get(kind, ()) or kind == "isco" and broadcasts.is_isco_group(value)):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await _summary(query, state, session, t, settings, i18n, broadcasts.segment(kind, value))


async def typed_audience(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    """The audience typed instead of pressed. A vacancy's portal number is looked up first; digits alone
    are an ISCO-08 code (the bot's own vacancy numbers go through the "vacancy" button)."""
    text = (message.text or "").strip()
    vacancy = None if text.isdigit() else await broadcasts.find_vacancy(session, text)
    if vacancy is not None:
        await _summary(message, state, session, t, settings, i18n, broadcasts.segment("vacancy", str(vacancy.id)),
                       label=f"{vacancy.external_id} · {vacancy.title}")
        return
    reading = read_audience(text, status_names(i18n))
    if reading.understood:
        await _summary(message, state, session, t, settings, i18n, broadcasts.segment(reading.kind, reading.value))
    elif reading.trades:
        await message.answer(t("broadcast-pick-trade"), reply_markup=_trades(t, reading.trades))
    elif any(ch.isdigit() for ch in text):
        await message.answer(t("broadcast-vacancy-not-found", reference=text[:100]))
    else:
        await message.answer(t("broadcast-audience-not-understood"))


async def got_isco(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    """A group's code, or a trade in words («сварщики»): a sure one is taken, likely ones offered."""
    reading = trade_code(message.text or "")
    if reading.understood:
        await _summary(message, state, session, t, settings, i18n, broadcasts.segment("isco", reading.value))
    elif reading.trades:
        await message.answer(t("broadcast-pick-trade"), reply_markup=_trades(t, reading.trades))
    else:
        await message.answer(t("broadcast-bad-isco"), reply_markup=_cancel_only(t))


async def got_vacancy(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    vacancy = await broadcasts.find_vacancy(session, message.text or "")
    if vacancy is None:
        await message.answer(t("broadcast-vacancy-not-found", reference=(message.text or "")[:100]),
                             reply_markup=_cancel_only(t))
        return
    await _summary(message, state, session, t, settings, i18n, broadcasts.segment("vacancy", str(vacancy.id)),
                   label=f"{vacancy.external_id} · {vacancy.title}")


async def _summary(
    source: Message | CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator,
    settings: Settings, i18n: I18n, seg: dict[str, str], label: str | None = None,
) -> None:
    """The preview exactly as workers see it, then who receives it and who it misses, then confirm."""
    data = await state.get_data()
    html_text = data.get("html")
    bot = source.bot
    chat_id = source.chat.id if isinstance(source, Message) else source.from_user.id
    if not html_text or bot is None:  # the conversation state was lost: start again
        await state.clear()
        return
    counted = await broadcasts.audience(session, seg, settings.officer_ids)
    await state.update_data(seg=seg, label=label or "")
    await state.set_state(BroadcastForm.confirm)
    if isinstance(source, CallbackQuery):
        await replace(source, t("broadcast-preview-below"))
    preview = outbox.payload(broadcasts.worker_text(t, html_text), media=data.get("media"))
    await outbox.send_payload(bot, chat_id, preview)
    text = t(
        "broadcast-summary",
        segment=Html(_segment_label(t, seg, label)),
        active=counted.active,
        inactive=counted.inactive,
    )
    await bot.send_message(chat_id, text, reply_markup=_confirm(t, can_send=counted.active > 0))


async def send_broadcast(
    query: CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings,
    i18n: I18n, bot: Bot,
) -> None:
    data = await state.get_data()
    if not data.get("html") or not data.get("seg"):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await state.clear()  # a second press finds nothing to send: never queued twice
    broadcast = await broadcasts.queue(
        session, officer_id=query.from_user.id, html_text=data["html"], seg=data["seg"],
        officer_ids=settings.officer_ids, i18n=i18n, media=data.get("media"),
    )
    await audit.record(
        session, query.from_user.id, "broadcast", broadcast_id=broadcast.id, segment=data["seg"],
        recipients=broadcast.total, skipped_inactive=broadcast.skipped_inactive,
    )
    await query.answer()
    await replace(query, t("broadcast-queued", id=broadcast.id, total=broadcast.total))
    text, markup = broadcasts.progress_view(t, broadcast, broadcasts.Progress(left=broadcast.total))
    sent = await bot.send_message(query.from_user.id, text, reply_markup=markup)
    broadcast.progress_chat_id, broadcast.progress_message_id = sent.chat.id, sent.message_id
    broadcast.progress_edited_at = utcnow()


async def back_to_audience(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.set_state(BroadcastForm.audience)
    await query.answer()
    await replace(query, t("broadcast-ask-audience"), _kinds(t))


async def cancel_broadcast(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await query.answer()
    await replace(query, t("broadcast-cancelled"))


async def stop_broadcast(
    query: CallbackQuery, callback_data: BroadcastStopCb, session: AsyncSession, t: Translator,
) -> None:
    """Any officer may stop a running broadcast: stopping is the safe direction."""
    broadcast = await broadcasts.stop(session, callback_data.id)
    if broadcast is None:
        await query.answer(t("broadcast-not-running"), show_alert=True)
        return
    await audit.record(session, query.from_user.id, "broadcast_stop", broadcast_id=broadcast.id)
    counts = await broadcasts.progress(session, broadcast.id)
    await query.answer(t("broadcast-stopped"))
    message = chat_message(query)
    if message is not None and message.message_id == broadcast.progress_message_id:
        text, markup = broadcasts.progress_view(t, broadcast, counts)
        await replace(query, text, markup)
    else:  # pressed on an old copy: the progress message itself still shows the final state
        text, markup = broadcasts.progress_view(t, broadcast, counts)
        if query.bot is not None:
            await broadcasts.edit_progress(query.bot, broadcast, text, markup)
    broadcast.progress_edited_at = utcnow()


def _kinds(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for kind in broadcasts.SEGMENT_KINDS:
        builder.button(text=t(f"btn-audience-{kind}"), callback_data=BroadcastCb(action="a", value=kind))
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    builder.adjust(2)
    return builder.as_markup()


def _options(t: Translator, options: list[tuple[str, str]], width: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for label, value in options:
        builder.button(text=button_label(label), callback_data=BroadcastCb(action="v", value=value))
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    builder.adjust(width)
    return builder.as_markup()


def _trades(t: Translator, codes: tuple[str, ...]) -> InlineKeyboardMarkup:
    options = [(f"{code} · {matching.occupation_title(code, t.lang)}", f"isco.{code}") for code in codes]
    return _options(t, options, 1)


def _cancel_only(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    return builder.as_markup()


def _confirm(t: Translator, *, can_send: bool) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    if can_send:
        builder.button(text=t("btn-broadcast-send"), callback_data=BroadcastCb(action="send"))
    builder.button(text=t("btn-broadcast-back"), callback_data=BroadcastCb(action="back"))
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    builder.adjust(1)
    return builder.as_markup()


def _segment_label(t: Translator, seg: dict[str, str], label: str | None) -> str:
    """Already escaped: the result goes into the text as Html."""
    kind, value = seg["kind"], seg.get("value", "")
    if kind == "lang":
        return t("segment-lang", language=LANGUAGE_NAMES.get(value, value))
    if kind == "region":
        return t("segment-region", region=t(f"region-{value}"))
    if kind == "status":
        return t("segment-status", status=_status_label(t, value))
    if kind == "isco":
        return t("segment-isco", code=value, title=matching.occupation_title(value, t.lang) or value)
    if kind == "vacancy":
        return t("segment-vacancy", vacancy=label or value)
    return t("segment-all")


def _status_label(t: Translator, code: str) -> str:
    """The status area's own wording when it has one, else the code itself (officers know the codes)."""
    key = f"status-name-{code}"
    return t(key) if t.has(key) else code


# ---- /stats and /export ----------------------------------------------------------------------------

async def stats_command(message: Message, session: AsyncSession, t: Translator, settings: Settings) -> None:
    figures = await stats.collect(session, settings.officer_ids, top=TOP)
    await message.answer(_stats_text(t, figures))


def _stats_text(t: Translator, s: stats.Statistics) -> str:
    none = t("stats-none")
    regions = [
        t("stats-count-line", label=t(f"region-{code}") if code else t("stats-region-unknown"), count=n)
        for code, n in s.by_region
    ]
    languages = [t("stats-count-line", label=LANGUAGE_NAMES.get(code, code), count=n) for code, n in s.by_language]
    offered = {code: (count, places) for code, count, places in s.offered}
    sought = [
        t("stats-sought-line", code=code, title=_title(code, t), workers=n,
          vacancies=offered.get(code, (0, 0))[0], positions=offered.get(code, (0, 0))[1])
        for code, n in s.sought
    ]
    offered_lines = [
        t("stats-offered-line", code=code or "—", title=_title(code, t) if code else t("stats-unclassified"),
          vacancies=count, positions=places)
        for code, count, places in s.offered
    ]
    statuses = [t("stats-count-line", label=_status_label(t, code), count=n) for code, n in s.applications]
    return t(
        "stats-text",
        total=s.workers_total, active=s.workers_active, blocked=s.workers_blocked,
        complete=s.profiles_complete, open=s.open_vacancies, positions=s.open_positions,
        regions=Html("\n".join(regions) or none), languages=Html("\n".join(languages) or none),
        sought=Html("\n".join(sought) or none), offered=Html("\n".join(offered_lines) or none),
        applications=Html("\n".join(statuses) or none),
        alerts_day=s.alerts_day, alerts_week=s.alerts_week,
        broadcasts_day=s.broadcasts_day, broadcasts_week=s.broadcasts_week,
        reminders=Html(t("stats-reminders", day=s.reminders_day, week=s.reminders_week,
                         finished=s.reminders_week_finished)),
    )


def _title(code: str, t: Translator) -> str:
    return matching.occupation_title(code, t.lang) or code


async def export_command(
    message: Message, session: AsyncSession, t: Translator, settings: Settings, bot: Bot,
) -> None:
    figures = await stats.collect(session, settings.officer_ids, top=None)
    stamp = datetime.now(KAZAKHSTAN_TZ).strftime("%Y%m%d-%H%M")
    files = [
        (f"summary-{stamp}.csv", stats.summary_csv(figures), "export-summary"),
        (f"occupations-{stamp}.csv", stats.occupations_csv(figures, lambda c: _title(c, t)), "export-occupations"),
        (f"applications-{stamp}.csv", await stats.applications_csv(session), "export-applications"),
    ]
    for name, content, caption in files:
        await bot.send_document(message.chat.id, BufferedInputFile(content, filename=name), caption=t(caption))
    await audit.record(session, message.chat.id, "export", files=[name for name, _, _ in files])


# ---- /audit ----------------------------------------------------------------------------------------

async def audit_command(message: Message, session: AsyncSession, t: Translator) -> None:
    entries = (
        await session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(AUDIT_LINES))
    ).scalars().all()
    if not entries:
        await message.answer(t("audit-empty"))
        return
    lines = [_audit_line(t, entry) for entry in entries]
    await message.answer(t("audit-title", count=len(entries), lines=Html("\n".join(lines))))


def _audit_line(t: Translator, entry: AuditEntry) -> str:
    key = f"audit-action-{entry.action}"
    details = ", ".join(f"{name}={_detail(value)}" for name, value in (entry.details or {}).items())
    return t(
        "audit-line-details" if details else "audit-line",
        when=entry.created_at.astimezone(KAZAKHSTAN_TZ).strftime("%d.%m.%Y %H:%M"),
        officer=str(entry.officer_id),
        action=t(key) if t.has(key) else entry.action,
        details=details[:300],
    )


def _detail(value: Any) -> str:
    if isinstance(value, dict):
        return "/".join(str(v) for v in value.values() if v != "")
    if isinstance(value, list):
        return "+".join(str(v) for v in value)
    return str(value)


# ---- /link -----------------------------------------------------------------------------------------

async def link_command(
    message: Message, command: CommandObject, session: AsyncSession, t: Translator, bot: Bot,
) -> None:
    """`/link REF`: a vacancy's share link, by the portal's number or the bot's, for an officer to post in
    a channel or on the ministry's site (the import summary lists only a file's first new vacancies)."""
    reference = (command.args or "").strip()
    if not reference:
        await message.answer(t("link-usage"))
        return
    vacancy = await broadcasts.find_vacancy(session, reference)
    if vacancy is None:
        await message.answer(t("link-not-found", reference=reference[:100]))
        return
    link = (await share_links(bot))(vacancy.id)
    # A closed vacancy's link only tells whoever opens it that it is gone: the officer should know.
    note = t("link-open") if vacancies.is_available(vacancy) else t("link-closed")
    await message.answer(t("link-text", reference=vacancy.external_id, title=vacancy.title, link=link) + "\n" + note)


# ---- /officers -------------------------------------------------------------------------------------

async def officers_command(
    message: Message, command: CommandObject, state: FSMContext, session: AsyncSession, t: Translator,
    settings: Settings, i18n: I18n, bot: Bot,
) -> None:
    """`/officers` lists them; `/officers add ID` and `/officers remove ID` act at once."""
    action, _, argument = (command.args or "").strip().partition(" ")
    if action in ("add", "remove"):
        user_id = officers.parse_telegram_id(argument)
        if user_id is None:
            await message.answer(t("officers-bad-id"))
            return
        if action == "add":
            await _add(message.chat.id, user_id, session, t, settings, i18n, bot)
        else:
            await _remove(message.chat.id, user_id, session, t, settings, i18n, bot)
    await state.set_state(None)
    text, markup = await _officers_view(session, t, settings)
    await message.answer(text, reply_markup=markup)


async def ask_officer_id(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.set_state(OfficerForm.user_id)
    await query.answer()
    await replace(query, t("officers-ask-id"))


async def got_officer_id(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings,
    i18n: I18n, bot: Bot,
) -> None:
    user_id = officers.parse_telegram_id(message.text)
    if user_id is None:
        await message.answer(t("officers-bad-id"))
        return
    await state.set_state(None)
    await _add(message.chat.id, user_id, session, t, settings, i18n, bot)
    text, markup = await _officers_view(session, t, settings)
    await message.answer(text, reply_markup=markup)


async def remove_officer_button(
    query: CallbackQuery, callback_data: OfficerCb, session: AsyncSession, t: Translator,
    settings: Settings, i18n: I18n, bot: Bot,
) -> None:
    if callback_data.id in settings.officer_ids:
        await query.answer(t("officers-cannot-remove-configured"), show_alert=True)
        return
    if not await _remove(query.from_user.id, callback_data.id, session, t, settings, i18n, bot, notify=False):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer(t("officers-removed", id=str(callback_data.id)))
    text, markup = await _officers_view(session, t, settings)
    await replace(query, text, markup)


async def _add(
    chat_id: int, user_id: int, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n, bot: Bot,
) -> bool:
    if not await officers.add_officer(session, user_id, chat_id, settings.officer_ids):
        await bot.send_message(chat_id, t("officers-already", id=str(user_id)))
        return False
    await audit.record(session, chat_id, "officer_add", user_id=user_id)
    await set_officer_commands(bot, user_id, await _translator_of(session, i18n, user_id))
    await bot.send_message(chat_id, t("officers-added", id=str(user_id)))
    return True


async def _remove(
    chat_id: int, user_id: int, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
    bot: Bot, *, notify: bool = True,
) -> bool:
    if user_id in settings.officer_ids:
        if notify:
            await bot.send_message(chat_id, t("officers-cannot-remove-configured"))
        return False
    if not await officers.remove_officer(session, user_id, settings.officer_ids):
        if notify:
            await bot.send_message(chat_id, t("officers-not-found", id=str(user_id)))
        return False
    await audit.record(session, chat_id, "officer_remove", user_id=user_id)
    await set_chat_commands(bot, user_id, await _translator_of(session, i18n, user_id))
    if notify:
        await bot.send_message(chat_id, t("officers-removed", id=str(user_id)))
    return True


async def _translator_of(session: AsyncSession, i18n: I18n, user_id: int) -> Translator:
    user = await session.get(User, user_id)
    return i18n.translator(user.language if user is not None else "ru")


async def _officers_view(
    session: AsyncSession, t: Translator, settings: Settings
) -> tuple[str, InlineKeyboardMarkup]:
    listed = await officers.list_officers(session, settings.officer_ids)
    configured = [t("officers-configured-line", id=str(user_id)) for user_id in listed.configured]
    added = [
        t("officers-added-line", id=str(row.user_id), by=str(row.added_by),
          date=row.added_at.astimezone(KAZAKHSTAN_TZ).strftime("%d.%m.%Y"))
        for row in listed.added
    ]
    text = t(
        "officers-list",
        configured=Html("\n".join(configured) or t("officers-none")),
        added=Html("\n".join(added) or t("officers-none")),
    )
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-officer-add"), callback_data=OfficerCb(action="add"))
    for row in listed.added:
        builder.button(text=t("btn-officer-remove", id=str(row.user_id)),
                       callback_data=OfficerCb(action="rm", id=row.user_id))
    builder.adjust(1)
    return text, builder.as_markup()
