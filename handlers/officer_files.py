"""Officers send vacancy or status files to the bot as documents; the reply is the import summary.

A status file is shown first as a preview (how many applications move to which step, which rows are
bad) with Apply and Cancel buttons: applying tells every worker concerned at once, and a step taken
cannot be taken back, so a wrong file must not act before an officer has seen what it does. The file
waits in the officer's conversation data until a button is pressed; a newer file replaces it.

The router sits behind `IsOfficer`, so a worker's document falls through to the ordinary answers and
nothing tells a worker that officer features exist. An officer who is also filling in a worker profile
keeps sending certificates (PDF, photos) to the wizard: only table files are taken here then.
"""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Document, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import I18n, Translator
from bot.services import audit
from bot.services.vacancy_import import import_table, is_status_file, render_summary
from bot.status_rows import read_status_file
from bot.vacancy_rows import read_upload
from handlers import keyboards
from handlers.jobs import share_links
from handlers.officer_filter import IsOfficer
from handlers.profile import ProfileForm
from handlers.replies import replace

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 10 * 1024 * 1024
TABLE_ENDINGS = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods", ".json", ".xml", ".mxl")
_WIZARD_STATES = frozenset(state.state for state in ProfileForm.__states__)
PENDING = "status_file"  # conversation data: the status file waiting for Apply or Cancel


class StatusFileCb(CallbackData, prefix="sf"):
    """Apply or cancel the status file previewed; `key` is its Telegram file_unique_id."""

    action: str  # apply | cancel
    key: str


def make_router() -> Router:
    router = Router(name="officer_files")
    router.message.filter(IsOfficer())
    router.callback_query.filter(IsOfficer())
    router.message.register(got_file, F.document, _meant_for_import)
    router.message.register(got_photo, F.photo, StateFilter(None))
    router.callback_query.register(status_file_pressed, StatusFileCb.filter())
    return router


async def _meant_for_import(message: Message, raw_state: str | None = None) -> bool:
    """A table file always is; another document only when no profile question is waiting for it."""
    name = (message.document.file_name or "").lower() if message.document else ""
    return name.endswith(TABLE_ENDINGS) or raw_state not in _WIZARD_STATES


async def got_file(
    message: Message, bot: Bot, session: AsyncSession, state: FSMContext, t: Translator, i18n: I18n
) -> None:
    document = message.document
    assert document is not None and message.from_user is not None
    officer_id = message.from_user.id
    if (document.file_size or 0) > MAX_FILE_BYTES:
        await message.answer(t("import-too-big"))
        return
    data = await _download(bot, document.file_id, officer_id)
    if data is None:
        await message.answer(t("import-download-failed"))
        return
    if len(data) > MAX_FILE_BYTES:
        await message.answer(t("import-too-big"))
        return
    name = document.file_name or "file"
    table = read_upload(data, name)
    if is_status_file(table) or is_status_file(read_status_file(data, name)):
        await _preview_statuses(message, session, state, t, i18n, data, document)
        return
    summary = await import_table(session, table, name, actor_id=officer_id)
    if summary.file_error is None:
        await audit.record(
            session, officer_id, "import_vacancies", file=name, created=summary.created,
            created_closed=summary.created_closed, updated=summary.updated, closed=summary.closed,
            rejected=summary.rejected,
        )
    # The new vacancies' links, for an officer to post in a channel or on the ministry's site.
    link = await share_links(bot) if summary.shareable else None
    await message.answer(render_summary(t, summary, link))


async def got_photo(message: Message, t: Translator) -> None:
    """A photo of a list, sent as a picture with no conversation waiting for one: the bot cannot read rows off
    it, and says what to send instead."""
    await message.answer(t("import-file-image"))


async def _download(bot: Bot, file_id: str, officer_id: int) -> bytes | None:
    """The file's bytes; None when Telegram would not give them."""
    try:
        buffer = await bot.download(file_id)
    except (TelegramAPIError, TelegramNetworkError, OSError):
        log.warning("officer %s: could not download a file", officer_id)
        return None
    return buffer.read() if buffer is not None else b""


async def _preview_statuses(
    message: Message, session: AsyncSession, state: FSMContext, t: Translator, i18n: I18n, data: bytes,
    document: Document,
) -> None:
    """What the file would do, with Apply and Cancel; a file that would change nothing is just reported."""
    from bot.services.status_import import import_statuses, render_status_preview, render_status_summary

    name = document.file_name or "file"
    summary = await import_statuses(session, data, name, actor_id=None, source="file", i18n=i18n, preview=True)
    if not summary.changed:
        await message.answer(render_status_summary(t, summary))
        return
    key = document.file_unique_id
    await state.update_data({PENDING: {"file_id": document.file_id, "key": key, "name": name}})
    markup = keyboards.grid([
        keyboards.button(t("btn-status-file-apply"), StatusFileCb(action="apply", key=key)),
        keyboards.button(t("btn-status-file-cancel"), StatusFileCb(action="cancel", key=key)),
    ], 2)
    text = render_status_preview(t, summary, name)
    await message.answer(f"{text}\n\n{t('status-preview-question')}", reply_markup=markup)


async def status_file_pressed(
    query: CallbackQuery, callback_data: StatusFileCb, bot: Bot, session: AsyncSession, state: FSMContext,
    t: Translator, i18n: I18n,
) -> None:
    """Apply the previewed file for real (its summary replaces the preview), or drop it."""
    from bot.services.status_import import import_statuses, render_status_summary

    pending = (await state.get_data()).get(PENDING)
    if not pending or pending["key"] != callback_data.key:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    if callback_data.action != "apply":
        await state.update_data({PENDING: None})
        await query.answer()
        await replace(query, t("status-file-cancelled"))
        return
    officer_id, name = query.from_user.id, pending["name"]
    data = await _download(bot, pending["file_id"], officer_id)
    if data is None:  # the preview stays, and so do its buttons: pressing again tries again
        await query.answer(t("import-download-failed"), show_alert=True)
        return
    await state.update_data({PENDING: None})  # applied once: a second press finds nothing to apply
    summary = await import_statuses(session, data, name, actor_id=officer_id, source="file", i18n=i18n)
    await audit.record(
        session, officer_id, "import_statuses", file=name, changed=summary.changed,
        unchanged=summary.unchanged, rejected=len(summary.errors),
    )
    await query.answer()
    await replace(query, render_status_summary(t, summary))
