"""FakeTelegram: the state of a small Telegram, with no transport attached.

Both transports (the in-process aiogram session and the aiohttp server) hand it the request as Telegram
receives it (string form fields plus uploaded files) and get back the HTTP status and JSON body Telegram
would answer. Every request is first checked against the Bot API spec; a method this fake does not
implement raises NotImplementedError rather than answering a silent True.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import mimetypes
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .spec import SpecChecker, SpecViolation, default_checker, html_to_plain

SEND_METHODS = frozenset({"sendMessage", "sendDocument", "sendPhoto", "copyMessage"})
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
WEBHOOK_PORTS = frozenset({443, 80, 88, 8443})
# Sent only when listed explicitly in allowed_updates (Bot API: getUpdates / setWebhook).
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
}
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


class TelegramError(Exception):
    """An error answer (ok=false), raised inside handlers and turned into the response body."""

    def __init__(self, error_code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(f"{error_code} {description}")
        self.error_code = error_code
        self.description = description
        self.parameters = parameters or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class UploadedFile:
    """A multipart file part, as the bot uploaded it."""

    filename: str
    content: bytes


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    filename: str
    mime_type: str | None
    content: bytes

    def to_api(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass
class ChatMessage:
    """One message in a chat, from the bot or from a user, as it is now (with its edit history)."""

    chat: dict[str, Any]
    message_id: int
    date: int
    sender: dict[str, Any]
    from_bot: bool
    method: str | None = None  # the Bot API method that produced it; None for a user's message
    text: str | None = None  # as sent, markup included; see plain_text
    caption: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None  # inline or reply keyboard, as plain dicts
    content: dict[str, Any] = field(default_factory=dict)  # document/photo/contact/... Message fields
    params: dict[str, Any] = field(default_factory=dict)
    sent_at: float = 0.0  # time.monotonic() (or the fake's clock) when it was accepted
    seq: int = 0  # order of creation across all chats
    edits: list[dict[str, Any]] = field(default_factory=list)  # earlier versions, oldest first
    edit_date: int | None = None
    deleted: bool = False
    reply_to: ChatMessage | None = None  # the message this one replies to (reply_parameters)

    @property
    def chat_id(self) -> int:
        return self.chat["id"]

    @property
    def plain_text(self) -> str | None:
        """What the user reads: HTML markup parsed away (other parse modes are kept as sent)."""
        return _plain(self.text, self.parse_mode)

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        return (self.reply_markup or {}).get("inline_keyboard", [])

    @property
    def reply_keyboard(self) -> list[list[dict[str, Any]]]:
        rows = (self.reply_markup or {}).get("keyboard", [])
        return [[b if isinstance(b, dict) else {"text": b} for b in row] for row in rows]

    @property
    def buttons(self) -> list[str]:
        """Labels of the inline buttons, or else of the reply keyboard, row by row."""
        rows = self.inline_keyboard or self.reply_keyboard
        return [button["text"] for row in rows for button in row]

    def to_api(self) -> dict[str, Any]:
        """The Message object Telegram returns (and puts into updates) for this message now."""
        message: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.sender,
            "date": self.date,
            "chat": self.chat,
        }
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        if self.text is not None:
            message["text"] = self.plain_text
        if self.caption is not None:
            message["caption"] = _plain(self.caption, self.parse_mode)
        message.update(self.content)
        if self.reply_to is not None and not self.reply_to.deleted:  # one level deep, as Telegram gives it
            replied = self.reply_to.to_api()
            replied.pop("reply_to_message", None)
            message["reply_to_message"] = replied
        if self.inline_keyboard:
            message["reply_markup"] = {"inline_keyboard": self.inline_keyboard}
        return message


@dataclass
class RateViolation:
    """A send refused with 429 because it broke the configured global or per-chat rate."""

    at: float
    method: str
    chat_id: int | str
    scope: str  # "global" or "per_chat"


@dataclass
class CallbackQueryRecord:
    query_id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answer: dict[str, Any] | None = None


@dataclass
class _Fault:
    error_code: int
    description: str
    retry_after: int | None
    remaining: int | None  # None: every time
    chat_id: int | None  # None: every request
    migrate_to_chat_id: int | None = None


def _plain(text: str | None, parse_mode: str | None) -> str | None:
    if text is None:
        return None
    if parse_mode is not None and parse_mode.lower() == "html":
        return html_to_plain(text)
    return text


class FakeTelegram:
    """A strict, in-memory Telegram for one bot."""

    def __init__(
        self,
        *,
        token: str = "42:TEST",
        bot_first_name: str = "Jobs Bot",
        bot_username: str = "test_jobs_bot",
        rate_limit_per_second: float | None = None,
        per_chat_per_second: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        checker: SpecChecker | None = None,
    ) -> None:
        self.token = token
        self.bot_user: dict[str, Any] = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.rate_limit_per_second = rate_limit_per_second
        self.per_chat_per_second = per_chat_per_second
        self.clock = clock
        self.checker = checker or default_checker()

        self.chats: dict[int, dict[str, Any]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.history: dict[int, list[ChatMessage]] = {}
        self.files: dict[str, StoredFile] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.left_chats: set[int] = set()  # groups and channels the bot left
        self.webhook: dict[str, Any] | None = None
        self.requests: list[tuple[str, dict[str, Any]]] = []  # every checked request, in order
        self.violations: list[RateViolation] = []
        self.problems: list[BaseException] = []  # spec violations and unimplemented methods

        self._updates: list[dict[str, Any]] = []
        self._allowed_updates: list[str] | None = None
        self._update_ids = itertools.count(1)
        self._ids = itertools.count(1)
        self._new_update: asyncio.Event | None = None
        self._faults: list[_Fault] = []
        self._delays: list[list[Any]] = []  # [seconds, remaining or None]
        self._global_window: deque[float] = deque()
        self._chat_windows: dict[int, deque[float]] = {}

    # ----- world set-up --------------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str = "User",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> dict[str, Any]:
        """A Telegram user who has a private chat with the bot (chat id = user id)."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        chat: dict[str, Any] = {"id": user_id, "type": "private", "first_name": first_name}
        for key, value in (("last_name", last_name), ("username", username)):
            if value is not None:
                user[key] = chat[key] = value
        if language_code is not None:
            user["language_code"] = language_code
        self.users[user_id] = user
        self.chats[user_id] = chat
        self.history.setdefault(user_id, [])
        return user

    def add_chat(self, chat_id: int, title: str, chat_type: str = "supergroup") -> dict[str, Any]:
        """A group, supergroup or channel the bot is a member of."""
        self.chats[chat_id] = {"id": chat_id, "type": chat_type, "title": title}
        self.history.setdefault(chat_id, [])
        return self.chats[chat_id]

    def add_file(self, content: bytes, filename: str = "file.bin", mime_type: str | None = None) -> str:
        """Register a file (as if some user had sent it); returns its file_id."""
        return self._store_file(content, filename, mime_type).file_id

    def file_content(self, file_path: str) -> bytes:
        for stored in self.files.values():
            if stored.file_path == file_path:
                return stored.content
        raise FileNotFoundError(f"no file at path {file_path!r}")

    # ----- updates -----------------------------------------------------------------------------

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates (assigning update_id when missing) and wake pollers."""
        update = dict(update)
        update.setdefault("update_id", self.next_update_id())
        self.checker.check_value(update, ["Update"], "pushed update")
        self._updates.append(update)
        if self._new_update is not None:
            self._new_update.set()
        return update

    def user_message(self, user_id: int, **content: Any) -> ChatMessage:
        """Store a message the user sends to the bot, in the chat's message-id sequence."""
        chat = self.chats[user_id]
        text = content.pop("text", None)
        return self._new_message(chat, self.users[user_id], from_bot=False, text=text, content=content)

    def open_callback_query(self, user_id: int, message: ChatMessage, data: str) -> str:
        """A user pressed a callback button; the bot must answer the returned query id."""
        query_id = str(4_000_000_000 + next(self._ids))
        self.callback_queries[query_id] = CallbackQueryRecord(
            query_id, user_id, message.chat_id, message.message_id, data
        )
        return query_id

    # ----- faults ------------------------------------------------------------------------------

    def fail_chat(
        self,
        chat_id: int,
        error_code: int,
        description: str | None = None,
        times: int | None = None,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        """The next `times` requests to this chat (every one when None) get this error.

        403 defaults to "bot was blocked by the user", 400 to "chat not found" (or, with
        migrate_to_chat_id, "group chat was migrated to a supergroup chat"), 429 carries retry_after.
        """
        if migrate_to_chat_id is not None:
            description = description or "Bad Request: group chat was migrated to a supergroup chat"
        fault = self._fault(error_code, description, times, retry_after, chat_id)
        fault.migrate_to_chat_id = migrate_to_chat_id
        self._faults.append(fault)

    def fail_all(
        self,
        error_code: int,
        description: str | None = None,
        times: int | None = None,
        retry_after: int | None = None,
    ) -> None:
        """The next `times` requests of any kind (every one when None) get this error."""
        self._faults.append(self._fault(error_code, description, times, retry_after, None))

    def delay(self, seconds: float, times: int | None = None) -> None:
        """Answer the next `times` requests (all when None) only after `seconds`, to provoke timeouts."""
        self._delays.append([seconds, times])

    def clear_faults(self) -> None:
        self._faults.clear()
        self._delays.clear()

    @staticmethod
    def _fault(
        code: int, description: str | None, times: int | None, retry_after: int | None, chat_id: int | None
    ) -> _Fault:
        if code == 429:
            retry_after = retry_after if retry_after is not None else 1
            description = description or f"Too Many Requests: retry after {retry_after}"
        description = description or DEFAULT_DESCRIPTIONS.get(code, f"Error {code}")
        return _Fault(code, description, retry_after, times, chat_id)

    # ----- assertions --------------------------------------------------------------------------

    def sent_messages(self) -> list[ChatMessage]:
        """Every message the bot sent, in any chat, in order of sending."""
        sent = [m for messages in self.history.values() for m in messages if m.from_bot]
        return sorted(sent, key=lambda m: m.seq)

    def messages_to(self, chat_id: int) -> list[ChatMessage]:
        return [m for m in self.history.get(chat_id, []) if m.from_bot]

    def calls(self, method: str) -> list[dict[str, Any]]:
        """Params of every accepted-for-checking request of this method."""
        name = self.checker.method_name(method)
        return [params for called, params in self.requests if called == name]

    def my_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        return self.commands.get(_commands_key(scope, language_code), [])

    def assert_no_problems(self) -> None:
        """Fail if any request broke the spec or used a method this fake does not implement."""
        if self.problems:
            raise AssertionError("; ".join(f"{type(p).__name__}: {p}" for p in self.problems))

    # ----- the request path ------------------------------------------------------------------------

    async def handle_form(
        self,
        method: str,
        form: dict[str, str],
        files: dict[str, UploadedFile] | None = None,
        token: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """A request as it arrives over HTTP: string fields (JSON inside) and file parts."""
        return await self.handle(method, self.checker.decode_form(method, form), files, token)

    async def handle(
        self,
        method: str,
        params: dict[str, Any],
        files: dict[str, UploadedFile] | None = None,
        token: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Check, then answer, one request with JSON-like params. Returns (HTTP status, body).

        Raises SpecViolation for a request real Telegram would refuse and NotImplementedError for a
        method this fake does not serve; both are also kept in `problems`, so a test fails even when
        a bot's error handler swallows the exception.
        """
        if token is not None and token != self.token:
            return 401, TelegramError(401, "Unauthorized").body()
        try:
            name = self.checker.method_name(method)
            self.checker.check(name, params)
            params = self._attach_files(name, params, files or {})
            handler = getattr(self, "_" + name, None)
            if handler is None:
                raise NotImplementedError(f"the fake Telegram does not implement {name}")
        except (SpecViolation, NotImplementedError) as problem:
            self.problems.append(problem)
            raise
        self.requests.append((name, params))
        try:
            await self._apply_delay()
            self._apply_faults(params)
            self._check_rate(name, params)
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
        except TelegramError as error:
            return error.error_code, error.body()
        try:
            self.checker.check_value(result, self.checker.returns(name), f"fake's answer to {name}")
        except SpecViolation as problem:
            self.problems.append(problem)
            raise
        return 200, {"ok": True, "result": result}

    def _attach_files(
        self, name: str, params: dict[str, Any], files: dict[str, UploadedFile]
    ) -> dict[str, Any]:
        resolved = dict(params)
        for key, value in params.items():
            if isinstance(value, str) and value.startswith("attach://"):
                part = value.removeprefix("attach://")
                if part not in files:
                    raise SpecViolation(f"{name}.{key}: {value} names no uploaded file part")
                resolved[key] = files[part]
        return resolved

    async def _apply_delay(self) -> None:
        for entry in list(self._delays):
            seconds, remaining = entry
            if remaining is not None:
                entry[1] -= 1
                if entry[1] <= 0:
                    self._delays.remove(entry)
            await asyncio.sleep(seconds)

    def _apply_faults(self, params: dict[str, Any]) -> None:
        chat_id = params.get("chat_id")
        for fault in list(self._faults):
            if fault.chat_id is not None and str(fault.chat_id) != str(chat_id):
                continue
            if fault.remaining is not None:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
            parameters: dict[str, Any] = {}
            if fault.retry_after is not None:
                parameters["retry_after"] = fault.retry_after
            if fault.migrate_to_chat_id is not None:
                parameters["migrate_to_chat_id"] = fault.migrate_to_chat_id
            raise TelegramError(fault.error_code, fault.description, parameters)

    def _check_rate(self, name: str, params: dict[str, Any]) -> None:
        if name not in SEND_METHODS:
            return
        now = self.clock()
        chat_id = params.get("chat_id")
        checks: list[tuple[str, deque[float], float | None]] = [
            (
                "per_chat",
                self._chat_windows.setdefault(_chat_key(chat_id), deque()),
                self.per_chat_per_second,
            ),
        ]
        if not params.get("allow_paid_broadcast"):
            checks.append(("global", self._global_window, self.rate_limit_per_second))
        for scope, window, limit in checks:
            while window and window[0] <= now - 1.0:
                window.popleft()
            if limit is not None and len(window) + 1 > limit:
                self.violations.append(RateViolation(now, name, chat_id, scope))
                raise TelegramError(429, "Too Many Requests: retry after 1", {"retry_after": 1})

    # ----- helpers -------------------------------------------------------------------------------

    def _chat(self, chat_id: int | str) -> dict[str, Any]:
        key = _chat_key(chat_id)
        if isinstance(key, int) and key in self.chats:
            return self.chats[key]
        for chat in self.chats.values():
            if isinstance(key, str) and chat.get("username") and "@" + chat["username"] == key:
                return chat
        raise TelegramError(400, "Bad Request: chat not found")

    def _message(self, chat_id: int | str, message_id: int, missing: str) -> ChatMessage:
        chat = self._chat(chat_id)
        for message in self.history[chat["id"]]:
            if message.message_id == message_id and not message.deleted:
                return message
        raise TelegramError(400, f"Bad Request: {missing}")

    def _new_message(
        self,
        chat: dict[str, Any],
        sender: dict[str, Any],
        *,
        from_bot: bool,
        method: str | None = None,
        text: str | None = None,
        params: dict[str, Any] | None = None,
        content: dict[str, Any] | None = None,
    ) -> ChatMessage:
        params = params or {}
        history = self.history.setdefault(chat["id"], [])
        message = ChatMessage(
            chat=chat,
            message_id=(history[-1].message_id + 1) if history else 1,
            date=int(time.time()),
            sender=sender,
            from_bot=from_bot,
            method=method,
            text=text,
            caption=params.get("caption"),
            parse_mode=params.get("parse_mode"),
            reply_markup=params.get("reply_markup"),
            content=content or {},
            params={k: v for k, v in params.items() if not isinstance(v, UploadedFile)},
            sent_at=self.clock(),
            seq=next(self._ids),
        )
        _ = message.plain_text  # markup that cannot be parsed must fail here, not when read later
        history.append(message)
        if from_bot and method in SEND_METHODS:
            self._chat_windows.setdefault(chat["id"], deque()).append(message.sent_at)
            if not params.get("allow_paid_broadcast"):
                self._global_window.append(message.sent_at)
        return message

    def _bot_send(
        self,
        method: str,
        params: dict[str, Any],
        text: str | None = None,
        content: dict[str, Any] | None = None,
    ) -> ChatMessage:
        chat = self._chat(params["chat_id"])
        if chat["id"] in self.left_chats:
            raise TelegramError(403, "Forbidden: bot is not a member of the group chat")
        reply = params.get("reply_parameters")
        replied = None
        if reply is not None:
            try:
                replied = self._message(
                    reply.get("chat_id", chat["id"]), reply["message_id"], "message to be replied not found"
                )
            except TelegramError:
                if not reply.get("allow_sending_without_reply"):
                    raise
        message = self._new_message(
            chat, self.bot_user, from_bot=True, method=method, text=text, params=params, content=content
        )
        message.reply_to = replied
        return message

    def _store_file(self, content: bytes, filename: str, mime_type: str | None) -> StoredFile:
        number = next(self._ids)
        stored = StoredFile(
            file_id=f"FAKEFILE{number:06d}",
            file_unique_id=f"U{number:06d}",
            file_path=f"documents/file_{number}{_extension(filename)}",
            filename=filename,
            mime_type=mime_type or mimetypes.guess_type(filename)[0],
            content=content,
        )
        self.files[stored.file_id] = stored
        return stored

    def _input_file(self, name: str, value: UploadedFile | str) -> StoredFile:
        """An uploaded part, a known file_id, or an HTTP URL Telegram would fetch."""
        if isinstance(value, UploadedFile):
            return self._store_file(value.content, value.filename, None)
        if value in self.files:
            return self.files[value]
        if value.startswith(("http://", "https://")):
            return self._store_file(b"", urlsplit(value).path.rsplit("/", 1)[-1] or "file", None)
        raise TelegramError(400, f"Bad Request: wrong file identifier/HTTP URL specified ({name})")

    # ----- Bot API methods (named _<methodName>) ----------------------------------------------------

    def _getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def _sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_send("sendMessage", params, text=params["text"]).to_api()

    def _sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._input_file("document", params["document"])
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.filename,
            "file_size": len(stored.content),
        }
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        return self._bot_send("sendDocument", params, content={"document": document}).to_api()

    def _sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._input_file("photo", params["photo"])
        size = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 800,
            "height": 600,
            "file_size": len(stored.content),
        }
        return self._bot_send("sendPhoto", params, content={"photo": [size]}).to_api()

    def _copyMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        source = self._message(params["from_chat_id"], params["message_id"], "message to copy not found")
        copied = dict(params)
        copied.setdefault("parse_mode", source.parse_mode)
        if "caption" not in params and source.caption is not None:
            copied["caption"] = source.caption
        content = dict(source.content)
        if copied["parse_mode"] is None:
            del copied["parse_mode"]
        message = self._bot_send("copyMessage", copied, text=source.text, content=content)
        return {"message_id": message.message_id}

    def _editable(self, params: dict[str, Any]) -> ChatMessage:
        if "inline_message_id" in params:
            raise NotImplementedError("the fake Telegram does not implement inline messages")
        message = self._message(params["chat_id"], params["message_id"], "message to edit not found")
        if not message.from_bot:
            raise TelegramError(400, "Bad Request: message can't be edited")
        return message

    def _apply_edit(
        self, message: ChatMessage, text: str | None, parse_mode: str | None, markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        if markup is None and not message.inline_keyboard:
            markup = message.reply_markup  # a reply keyboard is not the message's to lose
        if (text, parse_mode, markup) == (message.text, message.parse_mode, message.reply_markup):
            raise TelegramError(400, NOT_MODIFIED)
        message.edits.append(
            {
                "text": message.text,
                "parse_mode": message.parse_mode,
                "reply_markup": message.reply_markup,
                "at": self.clock(),
            }
        )
        message.text, message.parse_mode, message.reply_markup = text, parse_mode, markup
        message.edit_date = int(time.time())
        return message.to_api()

    def _editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        if message.text is None:
            raise TelegramError(400, "Bad Request: there is no text in the message to edit")
        return self._apply_edit(message, params["text"], params.get("parse_mode"), params.get("reply_markup"))

    def _editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        return self._apply_edit(message, message.text, message.parse_mode, params.get("reply_markup"))

    def _deleteMessage(self, params: dict[str, Any]) -> bool:
        message = self._message(params["chat_id"], params["message_id"], "message to delete not found")
        message.deleted = True
        return True

    def _answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query = self.callback_queries.get(params["callback_query_id"])
        if query is None or query.answer is not None:
            raise TelegramError(400, QUERY_TOO_OLD)
        query.answer = params
        return True

    def _sendChatAction(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params["chat_id"])
        if params["action"] not in CHAT_ACTIONS:
            raise TelegramError(400, "Bad Request: wrong parameter action in request")
        self.chat_actions.append((chat["id"], params["action"]))
        return True

    def _setMyCommands(self, params: dict[str, Any]) -> bool:
        key = _commands_key(params.get("scope"), params.get("language_code", ""))
        self.commands[key] = params["commands"]
        return True

    def _deleteMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(_commands_key(params.get("scope"), params.get("language_code", "")), None)
        return True

    def _getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.my_commands(params.get("scope"), params.get("language_code", ""))

    def _getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self.files.get(params["file_id"])
        if stored is None:
            raise TelegramError(400, "Bad Request: invalid file_id")
        return stored.to_api()

    def _setWebhook(self, params: dict[str, Any]) -> bool:
        url = params["url"]
        if url == "":
            return self._deleteWebhook(params)
        parts = urlsplit(url)
        if parts.scheme != "https":
            raise TelegramError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        if (parts.port or 443) not in WEBHOOK_PORTS:
            raise TelegramError(
                400, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"
            )
        if not 1 <= params.get("max_connections", 40) <= 100:
            raise TelegramError(400, "Bad Request: bad webhook: max_connections must be 1-100")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {k: v for k, v in params.items() if k != "drop_pending_updates"}
        return True

    def _deleteWebhook(self, params: dict[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = None
        return True

    def _getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook:
            info["max_connections"] = self.webhook.get("max_connections", 40)
            if "allowed_updates" in self.webhook:
                info["allowed_updates"] = self.webhook["allowed_updates"]
        return info

    async def _getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook:
            raise TelegramError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        if "allowed_updates" in params:
            self._allowed_updates = params["allowed_updates"]
        self._confirm(params.get("offset"))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + params.get("timeout", 0)
        while True:
            pending = [u for u in self._updates if self._is_allowed(u)][: params.get("limit", 100)]
            remaining = deadline - loop.time()
            if pending or remaining <= 0:
                return pending
            if self._new_update is None:
                self._new_update = asyncio.Event()
            self._new_update.clear()
            try:
                async with asyncio.timeout(remaining):  # not wait_for, which on 3.11 may lose a cancel
                    await self._new_update.wait()
            except TimeoutError:
                return []

    def _confirm(self, offset: int | None) -> None:
        if offset is None:
            return
        if offset < 0:
            self._updates = self._updates[offset:]
        else:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = next(key for key in update if key != "update_id")
        if self._allowed_updates:
            return kind in self._allowed_updates
        return kind not in OPT_IN_UPDATES

    def _leaveChat(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params["chat_id"])
        if chat["type"] == "private":
            raise TelegramError(400, "Bad Request: chat member status can't be changed in private chats")
        self.left_chats.add(chat["id"])
        return True

    def _close(self, params: dict[str, Any]) -> bool:
        return True

    def _logOut(self, params: dict[str, Any]) -> bool:
        return True


def _chat_key(chat_id: Any) -> int | str:
    if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
        return int(chat_id)
    return chat_id


def _commands_key(scope: dict[str, Any] | None, language_code: str) -> tuple[str, str]:
    return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code or ""


def _extension(filename: str) -> str:
    dot = filename.rfind(".")
    return filename[dot:] if dot > 0 else ""
