"""Webhook mode: Telegram posts each update to us, so any number of replicas can share the work.

The endpoint is aiogram's own `SimpleRequestHandler`, given `settings.webhook_secret` as
`secret_token`: a request without the matching `X-Telegram-Bot-Api-Secret-Token` header is answered
401 before the update is even parsed, so no middleware, handler or database session ever sees it.

Each request carries one update and is answered when that update's handling has finished
(`handle_in_background=False`). Why not answer first and handle in the background:
- Telegram counts an update as delivered once it gets the 200. Answering after the unit of work has
  committed means a replica killed mid-update (a deploy, a crash) gets no 200, and Telegram delivers the
  update again, to whichever replica answers; nothing a worker wrote is lost. Answered first, the update
  would be gone with the process.
- aiogram does keep a reference to each background task (`_background_feed_update_tasks`, discarded
  when done), so the tasks are not garbage-collected mid-flight; but nothing waits for them on
  shutdown, and their exceptions only reach the log as "Task exception was never retrieved".
- Telegram opens at most `max_connections` requests at a time, so the handlers in flight are bounded
  by Telegram itself: a burst queues at Telegram, not in our memory.
Handlers answer in milliseconds (everything slow goes through the outbox), so the 200 still comes fast;
an update that takes longer than 55 s is moved to the background by aiogram itself, before Telegram's
own 60 s timeout would resend it. The one duplicate left: a process killed after the commit and before
the 200 reached Telegram handles that update twice on redelivery.

On shutdown the app first lets the requests in flight finish (up to `DRAIN_SECONDS`), and only then
lets aiogram close the bot session and the dispatcher (FSM storage included) under them.

The reply a handler returns travels in the HTTP answer as JSON (`JsonReplyRequestHandler`), which
Telegram accepts as readily as a form; aiogram writes it as a multipart form, one part per field, which
cost a registered worker's /start a fifth of its CPU.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import InputFile
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from aiohttp.payload import JsonPayload, Payload

from bot.metrics import HealthCheck, Metrics, add_service_routes
from bot.settings import Settings

log = logging.getLogger(__name__)

DRAIN_SECONDS = 25.0  # below docker compose's stop_grace_period (30 s) in docker-compose.yml
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as secret_token


class WebhookConfigError(ValueError):
    """Webhook mode asked for without a usable WEBHOOK_URL or WEBHOOK_SECRET."""


def webhook_secret(settings: Settings) -> str:
    """The secret, checked: a webhook without one would accept updates from anybody."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not SECRET_PATTERN.fullmatch(secret):
        raise WebhookConfigError(
            "WEBHOOK_SECRET must be set to 1-256 characters of A-Z, a-z, 0-9, _ and - "
            "(e.g. the output of `openssl rand -hex 32`)"
        )
    return secret


def build_webhook_app(
    *,
    dispatcher: Dispatcher,
    bot: Bot,
    settings: Settings,
    health: HealthCheck,
    metrics: Metrics | None = None,
    drain_seconds: float = DRAIN_SECONDS,
) -> web.Application:
    """POST `settings.webhook_path` (the updates), GET /healthz and, given `metrics`, GET /metrics."""
    secret = webhook_secret(settings)
    in_flight = _InFlight()
    app = web.Application(middlewares=[in_flight.middleware])
    app.on_shutdown.append(in_flight.drain_handler(drain_seconds))  # before aiogram's own hooks below
    JsonReplyRequestHandler(
        dispatcher=dispatcher, bot=bot, handle_in_background=False, secret_token=secret
    ).register(app, path=settings.webhook_path)
    setup_application(app, dispatcher, bot=bot)
    add_service_routes(app, health=health, metrics=metrics)
    return app


class JsonReplyRequestHandler(SimpleRequestHandler):
    """aiogram's handler, writing the reply in the answer as one JSON object instead of a multipart form.

    aiohttp writes a multipart form part by part, each part with headers of its own: for the one short
    message a reply usually is, that took about a fifth of the CPU of a registered worker's /start. The fields
    are prepared as aiogram prepares them for a request of its own (the bot's defaults such as
    `parse_mode` filled in, dates as timestamps), but nested objects such as `reply_markup` stay objects
    in the JSON rather than JSON strings inside it. A reply that would upload a file keeps aiogram's form
    (Telegram takes no file in a webhook answer anyway; no handler of the bot returns one).
    """

    def _build_response_writer(self, bot: Bot, result: TelegramMethod[Any] | None) -> Payload:
        if not result:
            return JsonPayload({})
        files: dict[str, InputFile] = {}
        reply: dict[str, Any] = {"method": result.__api_method__}
        for key, value in result.model_dump(warnings=False).items():
            prepared = bot.session.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            if prepared is not None:
                reply[key] = prepared
        if files:
            return super()._build_response_writer(bot, result)
        return JsonPayload(reply, dumps=bot.session.json_dumps)


async def register_webhook(bot: Bot, dispatcher: Dispatcher, settings: Settings) -> None:
    """Tell Telegram where to post, with the secret and only the update types some handler uses.

    Pending updates are kept (`drop_pending_updates=False`): what workers wrote while the bot was down
    is still answered.
    """
    if not settings.webhook_url:
        raise WebhookConfigError("WEBHOOK_URL must be set to the public HTTPS URL of the webhook")
    await bot.set_webhook(
        url=settings.webhook_url,
        secret_token=webhook_secret(settings),
        allowed_updates=dispatcher.resolve_used_update_types(),
        drop_pending_updates=False,
    )
    log.info("webhook registered at %s", settings.webhook_url)


async def serve(
    app: web.Application, *, host: str, port: int, stop: asyncio.Event | None = None,
    listening: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Serve `app` until `stop` is set or SIGTERM/SIGINT arrives, then shut it down gracefully.
    `listening` runs once the port accepts connections (registering the webhook: Telegram posts at once)."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    handled: list[signal.Signals] = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
        except (NotImplementedError, RuntimeError):  # not the main thread, or not supported here
            pass
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        log.info("listening on %s:%s", host, port)
        if listening is not None:
            await listening()
        await stop.wait()
    finally:
        await runner.cleanup()
        for signum in handled:
            loop.remove_signal_handler(signum)


class _InFlight:
    """Counts requests being handled, so shutdown can wait for them."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @web.middleware
    async def middleware(self, request: web.Request, handler: Callable[[web.Request], Awaitable[Any]]) -> Any:
        self.count += 1
        self._idle.clear()
        try:
            return await handler(request)
        finally:
            self.count -= 1
            if self.count == 0:
                self._idle.set()

    def drain_handler(self, seconds: float) -> Callable[[web.Application], Awaitable[None]]:
        async def drain(_app: web.Application) -> None:
            if self.count:
                log.info("waiting for %s update(s) in flight", self.count)
            try:
                async with asyncio.timeout(seconds):  # not wait_for, which on 3.11 may lose a cancel
                    await self._idle.wait()
            except TimeoutError:
                log.warning("%s update(s) still in flight after %s s; stopping anyway", self.count, seconds)

        return drain


__all__ = [
    "JsonReplyRequestHandler", "WebhookConfigError", "build_webhook_app", "register_webhook", "serve", "webhook_secret",
]
