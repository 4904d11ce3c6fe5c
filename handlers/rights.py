"""/rights: what the standard contract guarantees, the no-fee warning, and where to turn for help.

The contacts come from settings, because phone numbers and addresses change more often than the law.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.i18n import Translator
from bot.settings import Settings


def make_router() -> Router:
    router = Router(name="rights")
    router.message.register(rights_command, Command("rights"))
    return router


def rights_text(t: Translator, settings: Settings) -> str:
    return t("rights-text", **_contacts(settings))


def complaint_text(t: Translator, settings: Settings) -> str:
    """For a worker whose employer breaks the contract («не платит зарплату», «забрали паспорт»): where
    to complain first, then their rights."""
    return t("chat-complaint", **_contacts(settings))


def _contacts(settings: Settings) -> dict[str, str]:
    return {
        "hotline": settings.hotline,
        "embassy": ", ".join(
            contact
            for contact in (settings.embassy_doha_phone, settings.embassy_doha_email, settings.embassy_doha_url)
            if contact
        ),
        "complaints_url": settings.qatar_complaints_url,
        "portal_url": settings.portal_url,
    }


async def rights_command(message: Message, settings: Settings, t: Translator) -> None:
    """Open to everyone, registered or not: a worker in trouble should not need a profile first."""
    await message.answer(rights_text(t, settings))
