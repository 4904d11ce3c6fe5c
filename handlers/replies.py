"""Small reply helpers shared by the routers.

The last reply of the busiest updates (a registered worker's /start, a vacancy's card, applying, a
button's answer, the saved profile that closes the wizard or an edit) is *returned* by its handler (`return message.answer(...)`) rather than sent: under the
webhook it travels back in the HTTP response to Telegram's own request, which saves the bot a request of
its own per update; under long polling aiogram sends it. The unit of work commits before that response is
written, so such a reply, too, never announces what is not saved. Telegram does not say whether a reply
sent this way arrived, so only replies whose loss would change nothing else are returned.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.i18n import Translator

log = logging.getLogger(__name__)


async def replace(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit the message a button sits on. Pressed twice with nothing to change (the option already
    chosen), Telegram refuses the edit as "not modified": that is fine. A message too old to edit, or
    one Telegram will not let us edit any more, gets a new message instead."""
    message = query.message
    if isinstance(message, Message):
        try:
            await message.edit_text(text, reply_markup=markup)
            return
        except TelegramBadRequest as error:
            if "not modified" in str(error):
                return
            log.info("could not edit a message, sending a new one: %s", error.message)
    if query.bot is not None:
        await query.bot.send_message(query.from_user.id, text, reply_markup=markup)


def chat_message(query: CallbackQuery) -> Message | None:
    return query.message if isinstance(query.message, Message) else None


def answer_with(key: str) -> Callable[[Message, Translator], Awaitable[None]]:
    """A handler that answers with one text: the hint of a step that got something it cannot use."""

    async def answer(message: Message, t: Translator) -> None:
        await message.answer(t(key))

    return answer
