"""The one gate in front of every officer router."""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import TelegramObject


class IsOfficer(Filter):
    """Passes only for officers (OFFICER_IDS, or added in chat), as resolved by the user middleware.

    Attach it to the router (`router.message.filter(IsOfficer())` and the same for callbacks), so a
    worker's command or forged button falls through to the ordinary "unknown command" answer.
    """

    async def __call__(self, event: TelegramObject, is_officer: bool = False) -> bool:
        return is_officer
