"""A strict fake Telegram for tests and benchmarks: no request reaches the real one.

- `FakeTelegram` (server.py): the state of a small Telegram; checks every request against the Bot API
  spec (spec.py), injects faults and enforces rates on demand.
- `FakeSession` / `make_fake_bot` (session.py): an aiogram session that talks to it in-process.
- `FakeTelegramServer` / `post_update` / `execute_webhook_reply` (http.py): the same over HTTP, for
  BOT_API_URL and webhooks (a call a bot puts in its answer to an update is made as Telegram makes it).
- `BotClient` (client.py): one user chatting with the bot through the real dispatcher.
"""

from .client import BotClient
from .http import FakeTelegramServer, execute_webhook_reply, post_update
from .server import ChatMessage, FakeTelegram, RateViolation, TelegramError, UploadedFile
from .session import FakeSession, make_fake_bot
from .spec import SpecChecker, SpecViolation, default_checker

__all__ = [
    "BotClient",
    "ChatMessage",
    "FakeSession",
    "FakeTelegram",
    "FakeTelegramServer",
    "RateViolation",
    "SpecChecker",
    "SpecViolation",
    "TelegramError",
    "UploadedFile",
    "default_checker",
    "execute_webhook_reply",
    "make_fake_bot",
    "post_update",
]
