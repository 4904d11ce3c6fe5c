"""Small reply helpers shared by the routers."""

from __future__ import annotations

from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message


async def replace(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit the message a button sits on; if Telegram no longer lets us (too old), send a new one."""
    message = query.message
    if isinstance(message, Message):
        await message.edit_text(text, reply_markup=markup)
    elif query.bot is not None:
        await query.bot.send_message(query.from_user.id, text, reply_markup=markup)


def chat_message(query: CallbackQuery) -> Message | None:
    return query.message if isinstance(query.message, Message) else None
