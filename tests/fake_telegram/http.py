"""The same FakeTelegram over real HTTP, for running the bot as a process (BOT_API_URL=<base url>).

Serves `/bot{token}/{method}` (multipart, urlencoded, JSON or query string, as Telegram accepts) and
`/file/bot{token}/{path}` downloads. A request the spec forbids gets 400 with the violation as its
description, a method the fake lacks gets 501; both stay in `telegram.problems` for the test to assert.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import ClientSession, ClientTimeout, web

from .server import FakeTelegram, UploadedFile
from .spec import SpecViolation

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class FakeTelegramServer:
    def __init__(self, telegram: FakeTelegram, host: str = "127.0.0.1", port: int = 0) -> None:
        self.telegram = telegram
        self.host = host
        self.port = port
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._pending: set[asyncio.Task[Any]] = set()

    async def start(self) -> str:
        """Start listening; returns the base URL (for TelegramAPIServer.from_base / BOT_API_URL)."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://{self.host}:{port}"
        return self.url

    async def stop(self) -> None:
        for task in list(self._pending):
            task.cancel()  # long polls end now rather than at their timeout
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _api(self, request: web.Request) -> web.Response:
        form, files = await _read_request(request)
        task = asyncio.ensure_future(
            self.telegram.handle_form(
                request.match_info["method"], form, files, token=request.match_info["token"]
            )
        )
        self._pending.add(task)
        try:
            status, body = await task
        except SpecViolation as violation:
            status, body = 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {violation}"}
        except NotImplementedError as missing:
            status, body = 501, {"ok": False, "error_code": 501, "description": str(missing)}
        except asyncio.CancelledError:
            status, body = (
                500,
                {"ok": False, "error_code": 500, "description": "Internal Server Error: stopping"},
            )
        finally:
            self._pending.discard(task)
        return web.json_response(body, status=status)

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.telegram.token:
            return web.Response(status=401)
        try:
            content = self.telegram.file_content(request.match_info["path"])
        except FileNotFoundError:
            return web.Response(status=404)
        return web.Response(body=content)


async def _read_request(request: web.Request) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    form: dict[str, str] = {key: value for key, value in request.query.items()}
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        for key, value in (await request.json()).items():
            form[key] = value if isinstance(value, str) else json.dumps(value)
        return form, files
    for key, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            files[key] = UploadedFile(filename=value.filename, content=value.file.read())
        else:
            form[key] = str(value)
    return form, files


async def post_update(
    url: str, update: dict[str, Any], secret_token: str | None = None, timeout: float = 10.0,
    telegram: FakeTelegram | None = None,
) -> tuple[int, str]:
    """Deliver one update to a webhook the way Telegram does; returns (status, response text).

    Given the fake, a Bot API call the bot put in its answer is made on it, as Telegram makes it."""
    headers = {SECRET_HEADER: secret_token} if secret_token is not None else {}
    async with (
        ClientSession(timeout=ClientTimeout(total=timeout)) as session,
        session.post(url, json=update, headers=headers) as response,
    ):
        body = await response.read()
        if telegram is not None and response.status == 200:
            await execute_webhook_reply(telegram, response.headers.get("Content-Type", ""), body)
        return response.status, body.decode()


async def execute_webhook_reply(telegram: FakeTelegram, content_type: str, body: bytes) -> str | None:
    """Make the Bot API call a bot answered a webhook update with, as Telegram does: the answer's
    `method` field names it, the other fields are its parameters (multipart form, urlencoded or JSON).
    Returns the method's name, or None for an answer that asks for nothing. A call the spec refuses
    lands in `telegram.problems`, like any other request (Telegram would drop it without a word)."""
    form = _reply_fields(content_type, body)
    method = form.pop("method", None)
    if method is None:
        return None
    try:
        await telegram.handle_form(method, form, token=telegram.token)
    except (SpecViolation, NotImplementedError):
        pass  # kept in telegram.problems
    return method


_BOUNDARY = re.compile(r'boundary="?([^";]+)"?')
_PART_NAME = re.compile(rb'Content-Disposition: form-data; name="([^"]*)"(; filename=)?', re.IGNORECASE)


def _multipart_fields(content_type: str, body: bytes) -> dict[str, str]:
    """Text fields of a multipart/form-data body (what aiogram writes as a webhook answer)."""
    found = _BOUNDARY.search(content_type)
    if found is None:
        raise AssertionError(f"multipart answer without a boundary: {content_type!r}")
    fields: dict[str, str] = {}
    for part in body.split(b"--" + found.group(1).encode())[1:]:
        if part.startswith(b"--"):
            break  # the closing boundary
        headers, _, value = part.partition(b"\r\n\r\n")
        name = _PART_NAME.search(headers)
        if name is None:
            raise AssertionError(f"a part without a field name in a webhook answer: {headers!r}")
        if name.group(2):
            raise AssertionError(f"a webhook answer cannot carry a file ({name.group(1)!r}); Telegram ignores it")
        fields[name.group(1).decode()] = value.removesuffix(b"\r\n").decode()
    return fields


def _reply_fields(content_type: str, body: bytes) -> dict[str, str]:
    if not body.strip():
        return {}
    if content_type.startswith("multipart/form-data"):
        return _multipart_fields(content_type, body)
    if content_type.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(body.decode(), keep_blank_values=True))
    payload = json.loads(body)
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in payload.items()}
