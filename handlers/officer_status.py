"""/setstatus: an officer moves one application along in chat.

`/setstatus <id>`: the id is tried as an application id first, then as a worker's Telegram id, then as
the phone number the worker gave (their applications are listed as buttons), then as a vacancy's portal
number (its applicants are listed, the furthest along first: an officer working through one employer's
vacancy moves them one by one). An application shows the applicant's profile, with their certificate
files one button away (each look is in the audit log). Only the statuses the rules allow next are
offered, so an officer cannot even try a backward move; a note is optional; nothing changes before the
officer confirms.
"""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from sqlalchemy.ext.asyncio import AsyncSession

from bot import validation
from bot.i18n import I18n, Translator
from bot.officer_commands import applications_listed, officer_lookup, portal_number, setstatus_target
from bot.services import audit, broadcasts, statuses, vacancies
from bot.status_rows import MAX_ID, STATUS_CODES
from db.models import User, Vacancy
from db.repositories.users import UserRepository
from handlers.officer_filter import IsOfficer
from handlers.render import profile_card
from handlers.replies import replace

log = logging.getLogger(__name__)
MAX_APPLICATIONS_LISTED = 30


class OfficerStatusCb(CallbackData, prefix="os"):
    """a = open application, s = choose status, n = no note, c = confirm, x = cancel, f = the applicant's
    certificate files.

    `status` is the position in STATUS_CODES (-1 when not needed), keeping the packed data short.
    """

    action: str
    id: int
    status: int = -1


class SetStatusForm(StatesGroup):
    note = State()


def make_router() -> Router:
    router = Router(name="officer_status")
    router.message.filter(IsOfficer())
    router.callback_query.filter(IsOfficer())
    router.message.register(setstatus_command, Command("setstatus"))
    # «заявка 12», «өтінім 12», a phone number pasted from a call: what /setstatus with it opens.
    router.message.register(look_up, StateFilter(None), F.text.func(officer_lookup).as_("args"))
    router.message.register(vacancy_named, StateFilter(None), F.text.func(portal_number).as_("reference"))
    router.message.register(got_note, StateFilter(SetStatusForm.note), F.text, ~F.text.startswith("/"))
    router.message.register(expect_note, StateFilter(SetStatusForm.note), ~F.text.startswith("/"))
    router.callback_query.register(open_application, OfficerStatusCb.filter(F.action == "a"))
    router.callback_query.register(choose_status, OfficerStatusCb.filter(F.action == "s"))
    router.callback_query.register(no_note, OfficerStatusCb.filter(F.action == "n"))
    router.callback_query.register(confirm, OfficerStatusCb.filter(F.action == "c"))
    router.callback_query.register(cancel, OfficerStatusCb.filter(F.action == "x"))
    router.callback_query.register(send_certificates, OfficerStatusCb.filter(F.action == "f"))
    return router


async def setstatus_command(
    message: Message, command: CommandObject, session: AsyncSession, state: FSMContext, t: Translator
) -> None:
    """`/setstatus` with an application's number, a worker's Telegram id or a worker's phone number (a
    worker who calls the hotline knows their number, not their Telegram id)."""
    await state.set_state(None)
    # "#12" as the bot itself lists applications; «/setstatus собеседование 5302»: the number beside the step
    raw = setstatus_target(command.args or "").lstrip("#№").strip()
    number = int(raw) if raw.isdecimal() and 0 < int(raw) <= MAX_ID else None
    if number is not None:
        panel = await _application_panel(session, t, number)
        if panel is not None:
            text, markup = panel
            await message.answer(text, reply_markup=markup)
            return
        if await session.get(User, number) is not None:
            await _pick_application(message, session, t, [number], raw)
            return
    phone = validation.phone_number(raw)
    workers = await statuses.workers_with_phone(session, phone) if phone is not None else []
    vacancy = None if workers or not raw else await vacancies.by_portal_number(session, raw)
    if workers:
        await _pick_application(message, session, t, workers, phone)
    elif vacancy is not None:
        await _vacancy_applications(message, session, t, vacancy)
    elif phone is not None and number is None:
        await message.answer(t("setstatus-phone-not-found", phone=phone))
    elif number is not None:
        await message.answer(t("setstatus-not-found", id=raw))
    else:
        await message.answer(t("setstatus-usage"))


async def look_up(message: Message, args: str, session: AsyncSession, state: FSMContext, t: Translator) -> None:
    """An officer on the phone with a worker types what they hear, not a command. Several applications named
    for one step («2620 и 2621 — на собеседование») are opened one at a time: the first, and the officer is
    told which are next, and that a status file changes many at once."""
    command = CommandObject(prefix="/", command="setstatus", args=args)
    await setstatus_command(message, command, session, state, t)
    listed = applications_listed(message.text or "")
    if len(listed) > 1 and listed[0] == args:
        await message.answer(t("officer-applications-listed", numbers=", ".join(listed[1:])))


async def vacancy_named(message: Message, reference: str, session: AsyncSession, t: Translator) -> None:
    """«QA-1024» or «вакансия QA-1024» typed alone: its applicants, when it is a vacancy's portal number."""
    vacancy = await broadcasts.find_vacancy(session, reference)  # the portal's number, or the bot's
    if vacancy is not None:
        await _vacancy_applications(message, session, t, vacancy)
    elif _looks_like_a_vacancy(message.text or "", reference):
        await message.answer(t("broadcast-vacancy-not-found", reference=reference))
    else:
        raise SkipHandler  # «2500+», «6G»: not meant as a vacancy


def _looks_like_a_vacancy(text: str, reference: str) -> bool:
    """Named as a vacancy («вакансия …»), or letters and digits together as portal numbers are."""
    has_letters = any(ch.isalpha() for ch in reference)
    return text.strip() != reference or has_letters and len(reference) >= 4


async def _vacancy_applications(message: Message, session: AsyncSession, t: Translator, vacancy: Vacancy) -> None:
    rows, counts = await statuses.vacancy_applications(session, vacancy.id, MAX_APPLICATIONS_LISTED)
    name = f"{vacancy.external_id} · {vacancy.title}"
    if not rows:
        await message.answer(t("setstatus-vacancy-no-applications", vacancy=name, employer=vacancy.employer))
        return
    steps = [t("setstatus-vacancy-step", status=statuses.status_name(t, code), count=counts[code])
             for code in STATUS_CODES if counts[code]]
    builder = InlineKeyboardBuilder()
    for application, worker in rows:
        label = t("btn-setstatus-applicant", id=application.id, name=(worker or str(application.user_id))[:40],
                  status=statuses.status_name(t, application.status))
        builder.button(text=label, callback_data=OfficerStatusCb(action="a", id=application.id))
    builder.adjust(1)
    total = sum(counts.values())
    text = t("setstatus-vacancy-applications", vacancy=name, employer=vacancy.employer, count=total,
             steps=" · ".join(steps), shown=len(rows), more=total - len(rows))
    await message.answer(text, reply_markup=builder.as_markup())


async def _pick_application(
    message: Message, session: AsyncSession, t: Translator, workers: list[int], who: str
) -> None:
    """The applications of the worker (or of the few sharing a phone number), one button each."""
    rows = [row for worker in workers for row in await statuses.worker_applications(session, worker)]
    if not rows:
        await message.answer(t("setstatus-no-applications", id=who))
        return
    builder = InlineKeyboardBuilder()
    for application, vacancy, _since in rows[:MAX_APPLICATIONS_LISTED]:
        label = t("btn-setstatus-application", id=application.id, title=vacancy.title[:40],
                  status=statuses.status_name(t, application.status))
        builder.button(text=label, callback_data=OfficerStatusCb(action="a", id=application.id))
    builder.adjust(1)
    await message.answer(t("setstatus-pick-application", id=who), reply_markup=builder.as_markup())


async def open_application(
    query: CallbackQuery, callback_data: OfficerStatusCb, session: AsyncSession, t: Translator
) -> None:
    panel = await _application_panel(session, t, callback_data.id)
    if panel is None:
        await query.answer(t("status-not-found"), show_alert=True)
        return
    await query.answer()
    await replace(query, *panel)


async def choose_status(
    query: CallbackQuery, callback_data: OfficerStatusCb, session: AsyncSession, state: FSMContext, t: Translator
) -> None:
    found = await statuses.application_with_vacancy(session, callback_data.id)
    code = _status_code(callback_data.status)
    if found is None or code is None or statuses.check_transition(found[0].status, code) is not None:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await state.set_state(SetStatusForm.note)
    await state.set_data({"os_app": callback_data.id, "os_status": code, "os_note": ""})
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-setstatus-no-note"), callback_data=OfficerStatusCb(action="n", id=callback_data.id))
    builder.button(text=t("btn-setstatus-cancel"), callback_data=OfficerStatusCb(action="x", id=callback_data.id))
    builder.adjust(1)
    await replace(query, t("setstatus-ask-note", status=statuses.status_name(t, code)), builder.as_markup())


async def got_note(
    message: Message, session: AsyncSession, state: FSMContext, t: Translator
) -> None:
    note = (message.text or "").strip()
    if len(note) > statuses.NOTE_LIMIT:
        await message.answer(t("setstatus-note-too-long", max=statuses.NOTE_LIMIT))
        return
    await state.update_data(os_note=note)
    data = await state.get_data()
    text, markup = await _confirmation(session, t, data)
    await message.answer(text, reply_markup=markup)


async def expect_note(message: Message, t: Translator) -> None:
    await message.answer(t("setstatus-expect-note"))


async def no_note(
    query: CallbackQuery, callback_data: OfficerStatusCb, session: AsyncSession, state: FSMContext, t: Translator
) -> None:
    data = await state.get_data()
    if data.get("os_app") != callback_data.id:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await state.update_data(os_note="")
    text, markup = await _confirmation(session, t, {**data, "os_note": ""})
    await replace(query, text, markup)


async def confirm(
    query: CallbackQuery, callback_data: OfficerStatusCb, session: AsyncSession, state: FSMContext,
    t: Translator, i18n: I18n,
) -> None:
    data = await state.get_data()
    code = data.get("os_status")
    if data.get("os_app") != callback_data.id or _status_code(callback_data.status) != code:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await state.set_state(None)
    await state.set_data({})
    officer_id = query.from_user.id
    result = await statuses.change_status(
        session, callback_data.id, code, note=data.get("os_note", ""), actor_id=officer_id,
        source="officer", i18n=i18n,
    )
    if result.ok:
        await audit.record(session, officer_id, "status_change", application_id=callback_data.id, status=code)
        await replace(query, t("setstatus-done", id=callback_data.id, status=statuses.status_name(t, code)))
    elif result.outcome == statuses.NOT_FOUND:
        await replace(query, t("setstatus-not-found", id=str(callback_data.id)))
    else:
        await replace(query, t("setstatus-refused", reason=t("status-refused", code=result.reason)))


async def cancel(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await query.answer()
    await state.set_state(None)
    await state.set_data({})
    await replace(query, t("setstatus-cancelled"))


async def _application_panel(
    session: AsyncSession, t: Translator, application_id: int
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """The applicant's profile (what a qualification check judges), the application, and the statuses
    allowed next; the certificate files the worker sent are one button away."""
    found = await statuses.application_with_vacancy(session, application_id)
    if found is None:
        return None
    application, vacancy = found
    values = {
        "id": application.id, "worker": str(application.user_id), "title": vacancy.title,
        "employer": vacancy.employer, "status": statuses.status_name(t, application.status),
    }
    profile = await UserRepository(session).profile(application.user_id)
    applicant = profile_card(t, profile, t("profile-header-applicant", id=str(application.user_id))) if profile else ""
    builder = InlineKeyboardBuilder()
    allowed = statuses.allowed_next(application.status)
    for code in allowed:
        builder.button(
            text=statuses.status_name(t, code),
            callback_data=OfficerStatusCb(action="s", id=application.id, status=STATUS_CODES.index(code)),
        )
    if allowed:
        builder.button(text=t("btn-setstatus-cancel"), callback_data=OfficerStatusCb(action="x", id=application.id))
    builder.adjust(2)
    certificates = len(profile.certificates) if profile is not None else 0
    if certificates:
        builder.row(InlineKeyboardButton(
            text=t("btn-setstatus-certificates", count=certificates),
            callback_data=OfficerStatusCb(action="f", id=application.id).pack(),
        ))
    panel = t("setstatus-application" if allowed else "setstatus-final", **values)
    markup = builder.as_markup() if allowed or certificates else None
    return "\n\n".join(part for part in (applicant, panel) if part), markup


async def send_certificates(
    query: CallbackQuery, callback_data: OfficerStatusCb, session: AsyncSession, t: Translator, bot: Bot
) -> None:
    """The photos and files the applicant sent as certificates, into the officer's chat; each view is
    in the audit log, since they are a worker's personal documents."""
    found = await statuses.application_with_vacancy(session, callback_data.id)
    profile = await UserRepository(session).profile(found[0].user_id) if found is not None else None
    if profile is None or not profile.certificates:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    officer_id, count = query.from_user.id, len(profile.certificates)
    await audit.record(session, officer_id, "certificates_sent", application_id=callback_data.id, count=count)
    for number, certificate in enumerate(profile.certificates, start=1):
        caption = t("setstatus-certificate-caption", id=callback_data.id, n=number, count=count)
        try:
            if certificate.kind == "photo":
                await bot.send_photo(officer_id, certificate.file_id, caption=caption)
            else:
                await bot.send_document(officer_id, certificate.file_id, caption=caption)
        except TelegramBadRequest as error:  # a file Telegram no longer has (or another bot's): say which
            log.warning("application %s: certificate %s not sent: %s", callback_data.id, number, error.message)
            await bot.send_message(officer_id, t("setstatus-certificate-gone", caption=caption))


async def _confirmation(
    session: AsyncSession, t: Translator, data: dict
) -> tuple[str, InlineKeyboardMarkup]:
    application_id, code, note = data["os_app"], data["os_status"], data.get("os_note", "")
    found = await statuses.application_with_vacancy(session, application_id)
    current = found[0].status if found is not None else code
    values = {"id": application_id, "to": statuses.status_name(t, code), "from": statuses.status_name(t, current)}
    text = t("setstatus-confirm", note=note, **values) if note else t("setstatus-confirm-no-note", **values)
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("btn-setstatus-confirm"),
        callback_data=OfficerStatusCb(action="c", id=application_id, status=STATUS_CODES.index(code)),
    )
    builder.button(text=t("btn-setstatus-cancel"), callback_data=OfficerStatusCb(action="x", id=application_id))
    builder.adjust(1)
    return text, builder.as_markup()


def _status_code(index: int) -> str | None:
    return STATUS_CODES[index] if 0 <= index < len(STATUS_CODES) else None
