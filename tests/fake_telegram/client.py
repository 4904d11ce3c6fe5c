"""BotClient: one Telegram user talking to the bot, so tests read like a conversation.

Updates go through the real `Dispatcher.feed_update` (middlewares, routers, filters), built from the
FakeTelegram's state: the user's messages take their message ids from the same per-chat sequence as the
bot's, and a button press carries the bot's message as it is now (after edits).
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import Update

from .server import ChatMessage, FakeTelegram

TINY_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
TINY_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
TINY_OGG = b"OggS" + bytes(24)
TINY_WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8 "
OTHER_USER_ID = 999_000_001


class BotClient:
    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        telegram: FakeTelegram,
        user_id: int = 1001,
        first_name: str = "Aidos",
        language_code: str | None = "kk",
        *,
        last_name: str | None = None,
        username: str | None = None,
    ) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.telegram = telegram
        self.user_id = user_id
        self.chat_id = user_id
        self.user = telegram.add_user(
            user_id, first_name, last_name=last_name, username=username, language_code=language_code
        )
        self._query_ids: list[str] = []
        self.sent: ChatMessage | None = None  # the user's own last message

    # ----- what the user does ---------------------------------------------------------------------

    async def send(self, text: str) -> list[ChatMessage]:
        """The user types `text`; returns the messages the bot sent in reply."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]
        return await self._send_content(content)

    async def share_contact(self, phone: str, own: bool = True) -> list[ChatMessage]:
        """Share a contact: the user's own (as the request_contact button does) or someone else's."""
        if own:
            contact = {"phone_number": phone, "first_name": self.user["first_name"], "user_id": self.user_id}
        else:
            contact = {"phone_number": phone, "first_name": "Other", "user_id": OTHER_USER_ID}
        return await self._send_content({"contact": contact})

    async def send_photo(self, content: bytes = TINY_JPEG, caption: str | None = None) -> list[ChatMessage]:
        file = self._file(content, "photo.jpg", "image/jpeg")
        photo = [{**file, "width": 640, "height": 480}]
        return await self._send_content({"photo": photo} | ({"caption": caption} if caption else {}))

    async def send_document(
        self,
        filename: str = "document.pdf",
        content: bytes = TINY_PDF,
        mime: str = "application/pdf",
        caption: str | None = None,
    ) -> list[ChatMessage]:
        document = {**self._file(content, filename, mime), "file_name": filename, "mime_type": mime}
        return await self._send_content({"document": document} | ({"caption": caption} if caption else {}))

    async def send_sticker(self) -> list[ChatMessage]:
        sticker = {
            **self._file(TINY_WEBP, "sticker.webp", "image/webp"),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        return await self._send_content({"sticker": sticker})

    async def send_voice(self, duration: int = 3) -> list[ChatMessage]:
        voice = {
            **self._file(TINY_OGG, "voice.ogg", "audio/ogg"),
            "duration": duration,
            "mime_type": "audio/ogg",
        }
        return await self._send_content({"voice": voice})

    async def click(self, label: str, message: ChatMessage | None = None) -> list[ChatMessage]:
        """Press the button labelled `label` on `message` (default: the last bot message with buttons)."""
        message = message or self._last_with_buttons()
        for row in message.inline_keyboard:
            for button in row:
                if button["text"] == label:
                    return await self._press_inline(message, button)
        for row in message.reply_keyboard:
            for button in row:
                if button["text"] == label:
                    if button.get("request_contact"):
                        raise AssertionError(
                            f"{label!r} asks for the contact: call share_contact(phone=...) to press it"
                        )
                    return await self.send(label)
        raise AssertionError(
            f"no button {label!r} on message {message.message_id}; buttons: {message.buttons}"
        )

    async def feed(self, update: dict[str, Any] | Update) -> Any:
        """Feed a raw update (e.g. my_chat_member) through the dispatcher; update_id is added if missing."""
        if not isinstance(update, Update):
            update = dict(update)
            update.setdefault("update_id", self.telegram.next_update_id())
            self.telegram.checker.check_value(update, ["Update"], "update")
            update = Update.model_validate(update, context={"bot": self.bot})
        problems_before = len(self.telegram.problems)
        result = await self.dispatcher.feed_update(self.bot, update)
        if isinstance(result, TelegramMethod):
            await self.bot(result)  # a handler's returned method is executed, as polling does
        new_problems = self.telegram.problems[problems_before:]
        if new_problems:
            raise AssertionError(f"the bot made bad requests: {new_problems}")
        return result

    # ----- what the user sees -----------------------------------------------------------------------

    def messages(self, include_deleted: bool = False) -> list[ChatMessage]:
        """Everything the bot sent to this chat, in order, as it is now."""
        return [m for m in self.telegram.messages_to(self.chat_id) if include_deleted or not m.deleted]

    def last_message(self) -> ChatMessage:
        messages = self.messages()
        if not messages:
            raise AssertionError(f"the bot has sent nothing (left) in chat {self.chat_id}")
        return messages[-1]

    def last_text(self) -> str:
        """The text (or caption) of the last bot message, as the user reads it (HTML parsed away)."""
        message = self.last_message()
        text = message.plain_text if message.text is not None else message.to_api().get("caption")
        if text is None:
            raise AssertionError(f"the last bot message has no text: {message.to_api()}")
        return text

    def buttons(self, message: ChatMessage | None = None) -> list[str]:
        return (message or self.last_message()).buttons

    def callback_answers(self) -> list[dict[str, Any]]:
        """answerCallbackQuery params for this user's presses, in order of pressing."""
        answers = (self.telegram.callback_queries[q].answer for q in self._query_ids)
        return [answer for answer in answers if answer is not None]

    # ----- helpers ---------------------------------------------------------------------------------

    async def edit(self, text: str, message: ChatMessage | None = None) -> list[ChatMessage]:
        """The user corrects the text of a message they sent (the last one by default); Telegram sends
        an `edited_message`. Returns the messages the bot sent in reply."""
        message = message or self.sent
        if message is None or message.text is None or message.from_bot:
            raise AssertionError("only a text message the user sent can be edited")
        message.edits.append(message.to_api())
        message.text, message.edit_date = text, message.date + len(message.edits)
        return await self._feed_and_collect({"edited_message": message.to_api()})

    async def _send_content(self, content: dict[str, Any]) -> list[ChatMessage]:
        message = self.telegram.user_message(self.user_id, **content)
        self.sent = message
        return await self._feed_and_collect({"message": message.to_api()})

    async def _press_inline(self, message: ChatMessage, button: dict[str, Any]) -> list[ChatMessage]:
        if "callback_data" not in button:
            raise AssertionError(
                f"button {button['text']!r} is not a callback button ({button}); nothing reaches the bot"
            )
        query_id = self.telegram.open_callback_query(self.user_id, message, button["callback_data"])
        self._query_ids.append(query_id)
        query = {
            "id": query_id,
            "from": self.user,
            "message": message.to_api(),
            "chat_instance": f"ci{self.chat_id}",
            "data": button["callback_data"],
        }
        replies = await self._feed_and_collect({"callback_query": query})
        if self.telegram.callback_queries[query_id].answer is None:
            raise AssertionError(
                f"every callback must be answered: {button['text']!r} ({button['callback_data']!r}) got no "
                "answerCallbackQuery, so the user's button keeps spinning"
            )
        return replies

    async def _feed_and_collect(self, update: dict[str, Any]) -> list[ChatMessage]:
        before = {m.message_id for m in self.telegram.messages_to(self.chat_id)}
        await self.feed(update)
        return [m for m in self.messages() if m.message_id not in before]

    def _last_with_buttons(self) -> ChatMessage:
        reply_keyboard_removed = False
        for message in reversed(self.messages()):
            if message.inline_keyboard:
                return message
            if (message.reply_markup or {}).get("remove_keyboard"):
                reply_keyboard_removed = True
            if message.reply_keyboard and not reply_keyboard_removed:
                return message
        raise AssertionError(f"no bot message with buttons in chat {self.chat_id}")

    def _file(self, content: bytes, filename: str, mime: str) -> dict[str, Any]:
        file_id = self.telegram.add_file(content, filename, mime)
        stored = self.telegram.files[file_id]
        return {"file_id": file_id, "file_unique_id": stored.file_unique_id, "file_size": len(content)}


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
