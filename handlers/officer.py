"""Officer tools: /stats, /export, /audit, /officers and /link, and /broadcast (its steps in
`handlers.officer_broadcast`), all behind one gate.

The router carries the `IsOfficer` filter for messages and callbacks, so a worker who types an officer
command, or forges an officer button, falls through to the ordinary "unknown command" / "button out of
date" answers and nothing happens. Every action that reaches workers or changes who is an officer is
written to the audit log in the same unit of work as the action itself.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
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
from bot.i18n import Html, I18n, Translator
from bot.commands import set_chat_commands
from bot.broadcast_audience import (
    SURE_TRADE,
    BroadcastRequest,
    broadcast_for,
    broadcast_later,
    figures_asked,
    how_many_asked,
    read_audience,
)
from bot.officer_commands import (
    broadcast_not_done, figures_not_kept, officer_tool_named, portal_number, set_officer_commands, steps_given_in_bulk,
    vacancy_change_asked, worker_sought_by_name,
)
from bot.services import audit, broadcasts, officers, stats, vacancies
from bot.services.statuses import status_names
from bot.settings import Settings
from bot.status_rows import KAZAKHSTAN_TZ
from db.models import AuditEntry, User
from handlers.jobs import share_links
from handlers import officer_broadcast
from handlers.keyboards import LANGUAGE_NAMES
from handlers.officer_filter import IsOfficer
from handlers.officer_broadcast import segment_label, status_label
from handlers.replies import answer_with, replace

NOT_A_COMMAND = ~F.text.startswith("/")
AUDIT_LINES = 20
TOP = 10


class OfficerCb(CallbackData, prefix="of"):
    """/officers: `add` asks for an id; `rm` removes the officer `id`."""

    action: str
    id: int = 0


class OfficerForm(StatesGroup):
    user_id = State()


def make_router() -> Router:
    router = Router(name="officer")
    router.message.filter(IsOfficer())
    router.callback_query.filter(IsOfficer())
    menu = _OfficerMenu()
    router.message.middleware(menu)
    router.callback_query.middleware(menu)

    officer_broadcast.register(router)

    router.message.register(stats_command, Command("stats"))
    router.message.register(export_command, Command("export"))
    router.message.register(audit_command, Command("audit"))
    router.message.register(link_command, Command("link"))

    router.message.register(officers_command, Command("officers"))
    router.callback_query.register(ask_officer_id, OfficerCb.filter(F.action == "add"))
    router.callback_query.register(remove_officer_button, OfficerCb.filter(F.action == "rm"))
    router.message.register(got_officer_id, OfficerForm.user_id, F.text, NOT_A_COMMAND)

    router.message.register(answer_with("broadcast-not-later"), StateFilter(None), F.text.func(broadcast_later))
    router.message.register(broadcast_for_named, StateFilter(None), F.text.func(broadcast_for).as_("request"))
    router.message.register(answer_with("broadcast-not-done"), StateFilter(None), F.text.func(broadcast_not_done))
    router.message.register(answer_with("officer-figures-not-kept"), StateFilter(None), F.text.func(figures_not_kept))
    router.message.register(tool_named, StateFilter(None), F.text.func(officer_tool_named).as_("tool"))
    router.message.register(count_asked, StateFilter(None), F.text.func(how_many_asked).as_("asked"))

    mid_way = (NOT_A_COMMAND, ~F.document)  # a document still goes on to the file import
    router.message.register(answer_with("officers-bad-id"), OfficerForm.user_id, *mid_way)
    return router


async def tool_named(message: Message, tool: str, t: Translator) -> None:
    """«статистика», «рассылка», «выгрузка»: the command for it, one tap away («что умеет бот?»: /help,
    which lists them all); «загрузить вакансии»: how a file is loaded; «закройте QA-1024»: how a file changes
    a vacancy."""
    if tool == "files":
        await message.answer(t(_files_help(message.text or "")))
        return
    if tool == "setstatus" and worker_sought_by_name(message.text or ""):
        await message.answer(t("officer-find-by-name"))  # «найди Ермекова Асхата»: how a worker is found
        return
    await message.answer(t("officer-tool-named", command=f"/{tool}"))


def _files_help(text: str) -> str:
    """Which file answers the request: the vacancy file for a vacancy changed, the status file for one step
    given to many applications («всех по QA-1024 перевести в визу»), both files' help otherwise."""
    if vacancy_change_asked(text):
        return "help-officer-vacancy-change"
    return "help-officer-status-bulk" if steps_given_in_bulk(text) else "help-officer-files"


async def broadcast_for_named(
    message: Message, request: BroadcastRequest, state: FSMContext, session: AsyncSession, t: Translator,
    i18n: I18n, settings: Settings,
) -> None:
    """«рассылка сварщикам», or «рассылка всем: завтра собрание»: the announcement begins with its
    audience chosen, and with its text when one follows a colon (or «что», as a dictated request has it, or
    in quotes, sent without them): the text keeps the bold and italics the officer gave it."""
    if request.before and vacancy_change_asked(request.before):  # «закройте QA-6111 и разошлите …»: both asked
        await message.answer(t("help-officer-vacancy-change"))  # the vacancy file closes it; the announcement next
    if request.said:  # quoted or dictated: its own bold and italics kept, the quotes and request left out
        html_text: str | None = officer_broadcast.formatted_part(message, request.said) or html.escape(request.said)
    else:
        html_text = officer_broadcast.text_after_colon(message) if request.text_follows else None
    await officer_broadcast.start(message, request.audience, state, session, t, i18n, settings, html_text=html_text)


async def count_asked(
    message: Message, asked: str, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    """«сколько сварщиков в Мангистау?»: the workers such a broadcast would reach, counted at once."""
    if portal_number(message.text or ""):
        raise SkipHandler  # «сколько заявок на QA-1024?»: the vacancy's applicants
    if figures_asked(asked):  # «сколько вакансий?»: the figures are the statistics, whatever else the words
        await stats_command(message, session, t, settings)  # may resemble («вакансия ашық» is no trade)
        return
    reading = read_audience(asked, status_names(i18n))
    if reading.kind == "isco" and " " in reading.value:  # «сколько сварщиков и электриков»: each, and together
        each = reading.value.split()
        codes: tuple[tuple[str, str], ...] = (*(("isco", code) for code in each), ("isco", reading.value))
    elif reading.understood:
        codes = ((reading.kind, reading.value),)
    elif reading.trades and reading.trade_score >= SURE_TRADE:  # «водителей»: car and truck drivers
        codes = tuple(("isco", code) for code in reading.trades)
    else:
        await message.answer(t("officer-count-not-understood"))
        return
    lines = []
    for kind, value in codes:
        seg = broadcasts.narrowed_by(broadcasts.segment(kind, value), reading.beside)
        counted = await broadcasts.audience(session, seg, settings.officer_ids)
        lines.append(t("officer-count-line", segment=Html(segment_label(t, seg)), active=counted.active,
                       inactive=counted.inactive))
    await message.answer(t("officer-count", lines=Html("\n".join(lines))))


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
    statuses = [t("stats-count-line", label=status_label(t, code), count=n) for code, n in s.applications]
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
