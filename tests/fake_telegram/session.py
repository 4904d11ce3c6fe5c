"""FakeSession: an aiogram session that talks to a FakeTelegram in the same process.

Requests are serialized exactly as aiogram's AiohttpSession builds its multipart form (model_dump, then
prepare_value, dropping empty values, files as attach:// parts), and answers go through
BaseSession.check_response, so the bot sees the same results and exceptions as with real Telegram.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator
from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InputFile

from .server import FakeTelegram, UploadedFile


class FakeSession(BaseSession):
    def __init__(self, telegram: FakeTelegram | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.telegram = telegram or FakeTelegram()
        self.closed = False

    async def serialize(
        self, bot: Bot, method: TelegramMethod[Any]
    ) -> tuple[dict[str, str], dict[str, UploadedFile]]:
        """The form fields and file parts AiohttpSession.build_form_data would post."""
        form: dict[str, str] = {}
        input_files: dict[str, InputFile] = {}
        for key, value in method.model_dump(warnings=False).items():
            prepared = self.prepare_value(value, bot=bot, files=input_files)
            if not prepared:
                continue
            form[key] = prepared
        files: dict[str, UploadedFile] = {}
        for key, input_file in input_files.items():
            content = b"".join([chunk async for chunk in input_file.read(bot)])
            files[key] = UploadedFile(filename=input_file.filename or key, content=content)
        return form, files

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,
    ) -> TelegramType:
        form, files = await self.serialize(bot, method)
        request = self.telegram.handle_form(method.__api_method__, form, files, token=bot.token)
        try:
            # asyncio.timeout, as in the bot: on Python 3.11 wait_for may lose a cancel of the sender
            async with asyncio.timeout(self.timeout if timeout is None else timeout):
                status, body = await request
        except TimeoutError as error:
            raise TelegramNetworkError(method=method, message="Request timeout error") from error
        response = self.check_response(bot=bot, method=method, status_code=status, content=json.dumps(body))
        return response.result  # type: ignore[return-value]

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        prefix = self.api.file_url(token=self.telegram.token, path="")
        if not url.startswith(prefix):
            raise FileNotFoundError(f"{url} is not a file URL of this bot")
        content = self.telegram.file_content(url.removeprefix(prefix))
        for start in range(0, len(content), chunk_size):
            yield content[start : start + chunk_size]

    async def close(self) -> None:
        self.closed = True


def make_fake_bot(telegram: FakeTelegram | None = None, token: str = "42:TEST") -> Bot:
    """A real aiogram Bot whose requests go to `telegram` (a fresh FakeTelegram when None)."""
    telegram = telegram or FakeTelegram(token=token)
    return Bot(token=token, session=FakeSession(telegram), default=DefaultBotProperties(parse_mode="HTML"))
