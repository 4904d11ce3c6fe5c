"""/status: the worker's applications, each one's history, and withdrawing one.

Every id that comes back on a button is looked up together with the presser's own id, so a forged or
someone else's id gets the same polite "not found" as one that never existed.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import I18n, Translator
from bot.services import statuses
from db.models import Application, ApplicationEvent, User, Vacancy
from handlers.callbacks import ApplicationCb
from handlers.replies import replace

MAX_LISTED = 15  # newest applications shown by /status; keeps the message and keyboard small
MAX_EVENTS = 30  # newest steps shown in a timeline
NOTE_SHOWN = 300
LIST_FIELD = 80  # characters of a title or employer in the /status list: 15 lines stay one message
TEXT_BUDGET = 3800  # Telegram takes 4,096 characters a message; the rest is margin for markup


def make_router() -> Router:
    router = Router(name="applications")
    router.message.register(status_command, Command("status"))
    router.callback_query.register(show_list, ApplicationCb.filter(F.action == "l"))
    router.callback_query.register(show_timeline, ApplicationCb.filter(F.action.in_({"t", "h"})))
    router.callback_query.register(ask_withdraw, ApplicationCb.filter(F.action == "w"))
    router.callback_query.register(confirm_withdraw, ApplicationCb.filter(F.action == "y"))
    return router


async def status_command(
    message: Message, session: AsyncSession, user: User | None, t: Translator, none: str | None = None,
    hint: str = "status-list-hint",
) -> None:
    """The worker's applications; `hint` is what the line under them says to do (how to withdraw, for a
    worker who asked to)."""
    if user is None:
        await message.answer(t("need-start"))
        return
    text, markup = await _list(session, user.id, t, none, hint)
    await message.answer(text, reply_markup=markup)


async def show_list(query: CallbackQuery, session: AsyncSession, user: User | None, t: Translator) -> None:
    await query.answer()
    if user is None:
        return
    text, markup = await _list(session, user.id, t)
    await replace(query, text, markup)


async def show_timeline(
    query: CallbackQuery, callback_data: ApplicationCb, session: AsyncSession, user: User | None,
    t: Translator, bot: Bot,
) -> None:
    found = await _owned(query, callback_data, session, user, t)
    if found is None:
        return
    application, vacancy = found
    await query.answer()
    events = await statuses.events_of(session, application.id)
    text, markup = timeline_text(t, application, vacancy, events), _timeline_keyboard(t, application)
    if callback_data.action == "h":  # pressed under a notice: keep the notice, answer below it
        await bot.send_message(query.from_user.id, text, reply_markup=markup)
    else:
        await replace(query, text, markup)


async def ask_withdraw(
    query: CallbackQuery, callback_data: ApplicationCb, session: AsyncSession, user: User | None, t: Translator
) -> None:
    found = await _owned(query, callback_data, session, user, t)
    if found is None:
        return
    application, vacancy = found
    if not statuses.can_withdraw(application.status):
        await query.answer(t("status-withdraw-refused"), show_alert=True)
        return
    await query.answer()
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-withdraw-yes"), callback_data=ApplicationCb(action="y", id=application.id))
    builder.button(text=t("btn-withdraw-no"), callback_data=ApplicationCb(action="t", id=application.id))
    builder.adjust(1)
    await replace(query, t("status-withdraw-confirm", title=vacancy.title), builder.as_markup())


async def confirm_withdraw(
    query: CallbackQuery, callback_data: ApplicationCb, session: AsyncSession, user: User | None,
    t: Translator, i18n: I18n,
) -> None:
    found = await _owned(query, callback_data, session, user, t)
    if found is None:
        return
    application, vacancy = found
    assert user is not None
    result = await statuses.withdraw(session, user.id, application.id, i18n)
    if not result.ok:
        await query.answer(t("status-withdraw-refused"), show_alert=True)
        return
    await query.answer()
    await replace(query, t("status-withdrawn", title=vacancy.title), _back_keyboard(t, application.id))


async def _owned(
    query: CallbackQuery, callback_data: ApplicationCb, session: AsyncSession, user: User | None, t: Translator
) -> tuple[Application, Vacancy] | None:
    """The pressed application if it is the presser's; otherwise answer "not found" and return None."""
    found = None
    if user is not None:
        found = await statuses.owned_application(session, user.id, callback_data.id)
    if found is None:
        await query.answer(t("status-not-found"), show_alert=True)
    return found


async def _list(
    session: AsyncSession, user_id: int, t: Translator, none: str | None = None, hint: str = "status-list-hint"
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The worker's applications, newest step first; `none` is said instead of the short "no applications"."""
    rows = await statuses.worker_applications(session, user_id)
    if not rows:
        return none or t("status-none"), None
    lines = [t("status-list-header")]
    builder = InlineKeyboardBuilder()
    for application, vacancy, since in rows[:MAX_LISTED]:
        lines.append(
            t(
                "status-list-line",
                title=vacancy.title[:LIST_FIELD],
                employer=vacancy.employer[:LIST_FIELD],
                status=statuses.status_name(t, application.status),
                date=statuses.local_time(since).split()[0],
            )
        )
        builder.button(text=f"📋 {vacancy.title[:50]}", callback_data=ApplicationCb(action="t", id=application.id))
    if len(rows) > MAX_LISTED:
        lines.append(t("status-list-more", count=len(rows) - MAX_LISTED))
    lines.append("")
    lines.append(t(hint))
    builder.adjust(1)
    return "\n".join(lines), builder.as_markup()


def timeline_text(
    t: Translator, application: Application, vacancy: Vacancy, events: list[ApplicationEvent]
) -> str:
    """The steps, oldest first; when notes are long, the oldest steps give way so one message holds it."""
    header = t(
        "status-timeline-header",
        title=vacancy.title,
        employer=vacancy.employer,
        status=statuses.status_name(t, application.status),
    )
    steps: list[str] = []
    budget = TEXT_BUDGET - len(header)
    for event in reversed(events[-MAX_EVENTS:]):
        step = t("status-timeline-line", date=statuses.local_time(event.occurred_at),
                 status=statuses.status_name(t, event.status))
        if event.note:
            step += "\n" + t("status-timeline-note", note=event.note[:NOTE_SHOWN])
        budget -= len(step) + 1
        if budget < 0:
            break
        steps.append(step)
    body = "\n".join(reversed(steps)) if steps else t("status-timeline-empty")
    return f"{header}\n\n{body}"


def _timeline_keyboard(t: Translator, application: Application) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    if statuses.can_withdraw(application.status):
        builder.button(text=t("btn-status-withdraw"), callback_data=ApplicationCb(action="w", id=application.id))
    builder.button(text=t("btn-status-back"), callback_data=ApplicationCb(action="l", id=0))
    builder.adjust(1)
    return builder.as_markup()


def _back_keyboard(t: Translator, application_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-status-timeline"), callback_data=ApplicationCb(action="t", id=application_id))
    builder.button(text=t("btn-status-back"), callback_data=ApplicationCb(action="l", id=0))
    builder.adjust(1)
    return builder.as_markup()
