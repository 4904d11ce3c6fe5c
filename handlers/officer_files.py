"""Officers send vacancy or status files to the bot as documents; the reply is the import summary.

The router sits behind `IsOfficer`, so a worker's document falls through to the ordinary answers and
nothing tells a worker that officer features exist. An officer who is also filling in a worker profile
keeps sending certificates (PDF, photos) to the wizard: only table files are taken here then.
"""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import I18n, Translator
from bot.services import audit
from bot.services.vacancy_import import import_table, is_status_file, render_summary
from bot.tabular import read_table
from handlers.jobs import share_links
from handlers.officer_filter import IsOfficer
from handlers.profile import ProfileForm

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 10 * 1024 * 1024
TABLE_ENDINGS = (".csv", ".txt", ".xlsx", ".json")
_WIZARD_STATES = frozenset(state.state for state in ProfileForm.__states__)


def make_router() -> Router:
    router = Router(name="officer_files")
    router.message.filter(IsOfficer())
    router.message.register(got_file, F.document, _meant_for_import)
    return router


async def _meant_for_import(message: Message, raw_state: str | None = None) -> bool:
    """A table file always is; another document only when no profile question is waiting for it."""
    name = (message.document.file_name or "").lower() if message.document else ""
    return name.endswith(TABLE_ENDINGS) or raw_state not in _WIZARD_STATES


async def got_file(
    message: Message, bot: Bot, session: AsyncSession, t: Translator, i18n: I18n
) -> None:
    document = message.document
    assert document is not None and message.from_user is not None
    officer_id = message.from_user.id
    if (document.file_size or 0) > MAX_FILE_BYTES:
        await message.answer(t("import-too-big"))
        return
    try:
        buffer = await bot.download(document.file_id)
    except (TelegramAPIError, TelegramNetworkError, OSError):
        log.warning("officer %s: could not download file %s", officer_id, document.file_unique_id)
        await message.answer(t("import-download-failed"))
        return
    data = buffer.read() if buffer is not None else b""
    if len(data) > MAX_FILE_BYTES:
        await message.answer(t("import-too-big"))
        return
    name = document.file_name or "file"
    table = read_table(data, name)
    if is_status_file(table):
        await _import_statuses(message, session, t, i18n, data, name)
        return
    summary = await import_table(session, table, name, actor_id=officer_id)
    if summary.file_error is None:
        await audit.record(
            session, officer_id, "import_vacancies", file=name, created=summary.created,
            updated=summary.updated, rejected=summary.rejected,
        )
    # The new vacancies' links, for an officer to post in a channel or on the ministry's site.
    link = await share_links(bot) if summary.shareable else None
    await message.answer(render_summary(t, summary, link))


async def _import_statuses(
    message: Message, session: AsyncSession, t: Translator, i18n: I18n, data: bytes, name: str
) -> None:
    from bot.services.status_import import import_statuses, render_status_summary

    assert message.from_user is not None
    officer_id = message.from_user.id
    summary = await import_statuses(session, data, name, actor_id=officer_id, source="file", i18n=i18n)
    if summary.file_error is None:
        await audit.record(
            session, officer_id, "import_statuses", file=name, changed=summary.changed,
            unchanged=summary.unchanged, rejected=len(summary.errors),
        )
    await message.answer(render_status_summary(t, summary))
