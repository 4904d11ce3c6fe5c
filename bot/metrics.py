"""What an operator watches: `/healthz` for the load balancer and `/metrics` for Prometheus.

Each `Metrics` owns its own `CollectorRegistry` (never prometheus_client's global one), so several apps
in one process, and every test, count on their own.

What is measured:
- every update the dispatcher handles, by kind, with its latency (`MetricsMiddleware`, an outer
  middleware on `dispatcher.update`). Kinds are bounded: a command registered by some router ("/start"),
  "/other" for any other command, a message's content type ("text", "document", "contact", ...),
  "callback:<prefix>" for a CallbackData prefix the bot defines ("callback:other" for forged or stale
  data), and the update type for the rest ("my_chat_member", "edited_message", ...). Whatever a user
  types, the number of label values stays the number of things the bot knows.
- the outbox depth (pending rows), counted on scrape through an async callable, so it is as fresh as
  the scrape and costs one indexed COUNT per scrape, nothing in between;
- the delivery loop's counters (sent, failed, blocked, dropped, retried, 429s, Telegram outages), read on
  scrape from any object with a `stats` attribute (a mapping, an object with `as_dict()`, or plain
  attributes).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.dispatcher.middlewares.error import ErrorsMiddleware
from aiogram.filters.callback_data import CallbackData
from aiogram.types import TelegramObject, Update
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.registry import Collector
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.models import OutboxMessage

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
HealthCheck = Callable[[], Awaitable[Mapping[str, bool]]]

# Handlers answer in milliseconds; a document import may take seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
SCRAPE_TIMEOUT_SECONDS = 2.0  # the outbox count; a slow database must not hang the scrape
HEALTH_TIMEOUT_SECONDS = 2.0  # the SELECT 1 of /healthz
DELIVERY_COUNTERS = (
    "sent", "failed", "blocked", "dropped", "retried", "rate_limited_429", "telegram_outages",
)
OTHER_COMMAND = "/other"
OTHER_CALLBACK = "callback:other"


# ----- update kinds ------------------------------------------------------------------------------


def registered_commands(dispatcher: Dispatcher) -> frozenset[str]:
    """Every command some router answers ("/start", "/jobs", ...), read from its Command filters."""
    names: set[str] = set()
    for router in dispatcher.chain_tail:
        for handler in router.message.handlers:
            for command_filter in handler.flags.get("commands", ()):
                names.update(f"/{c.lower()}" for c in command_filter.commands if isinstance(c, str))
    return frozenset(names)


def callback_prefixes() -> frozenset[str]:
    """The prefix of every CallbackData factory defined so far (handler modules define theirs)."""
    prefixes: set[str] = set()
    pending = list(CallbackData.__subclasses__())
    while pending:
        factory = pending.pop()
        pending.extend(factory.__subclasses__())
        prefix = getattr(factory, "__prefix__", None)
        if isinstance(prefix, str):
            prefixes.add(prefix)
    return frozenset(prefixes)


class UpdateKinds:
    """Names an update for the metrics, from a closed set of values."""

    def __init__(self, commands: Iterable[str], prefixes: Iterable[str]) -> None:
        self.commands = frozenset(commands)
        self.prefixes = frozenset(prefixes)

    def __call__(self, update: Update) -> str:
        if update.message is not None:
            message = update.message
            if message.text and message.text.startswith("/"):
                name = message.text.split(maxsplit=1)[0].split("@", 1)[0].lower()
                return name if name in self.commands else OTHER_COMMAND
            content_type = message.content_type
            return str(getattr(content_type, "value", content_type))
        if update.callback_query is not None:
            prefix = (update.callback_query.data or "").split(":", 1)[0]
            return f"callback:{prefix}" if prefix in self.prefixes else OTHER_CALLBACK
        return update.event_type


class MetricsMiddleware(BaseMiddleware):
    """Counts and times each update; `Metrics.install` places it outside the unit of work.

    The known commands and callback prefixes are read from the dispatcher's routers at `install`, or
    else at the first update (from the `dispatcher` aiogram passes to every middleware).
    """

    def __init__(self, metrics: Metrics, kinds: UpdateKinds | None = None) -> None:
        self.metrics = metrics
        self.kinds = kinds

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        kind = self._kind(event, data)
        started = time.perf_counter()
        try:
            return await handler(event, data)
        except BaseException:
            self.metrics.update_errors.labels(kind).inc()
            raise
        finally:
            self.metrics.updates.labels(kind).inc()
            self.metrics.update_seconds.labels(kind).observe(time.perf_counter() - started)

    def _kind(self, event: TelegramObject, data: dict[str, Any]) -> str:
        if not isinstance(event, Update):
            return type(event).__name__
        if self.kinds is None:
            dispatcher = data.get("dispatcher")
            commands = registered_commands(dispatcher) if isinstance(dispatcher, Dispatcher) else ()
            self.kinds = UpdateKinds(commands, callback_prefixes())
        return self.kinds(event)


# ----- delivery counters and outbox depth ----------------------------------------------------------


def _read_stats(source: object) -> Mapping[str, Any]:
    stats = getattr(source, "stats", source)
    if isinstance(stats, Mapping):
        return stats
    if callable(getattr(stats, "as_dict", None)):
        return stats.as_dict()
    return {name: getattr(stats, name) for name in DELIVERY_COUNTERS if hasattr(stats, name)}


class DeliveryCollector(Collector):
    """Reads the delivery loop's counters when Prometheus scrapes; nothing is copied in between."""

    def __init__(self) -> None:
        self.source: object | None = None

    def collect(self) -> Iterator[CounterMetricFamily]:
        if self.source is None:
            return
        stats = _read_stats(self.source)
        for name in DELIVERY_COUNTERS:
            if name in stats:
                family = CounterMetricFamily(
                    f"jobbot_delivery_{name}", f"Outbox messages: {name.replace('_', ' ')} since start."
                )
                family.add_metric([], float(stats[name]))
                yield family


def outbox_depth(sessionmaker: async_sessionmaker[AsyncSession]) -> Callable[[], Awaitable[int]]:
    """A COUNT of pending outbox rows (served by the (status, not_before) index)."""

    async def count() -> int:
        async with sessionmaker() as session:
            query = select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "pending")
            return int((await session.execute(query)).scalar_one())

    return count


class Metrics:
    """The registry, the update middleware (`.middleware`, or `install`), and `render()` for `/metrics`.

    `delivery` (anything with `stats`) and `outbox_depth` (an async callable returning a count) may be
    given now or later through `watch_delivery` / `watch_outbox`, whichever suits the composition root.
    """

    def __init__(
        self,
        *,
        delivery: object | None = None,
        outbox_depth: Callable[[], Awaitable[int]] | None = None,
    ) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "jobbot_updates", "Updates handled, by kind.", ["kind"], registry=self.registry
        )
        self.update_errors = Counter(
            "jobbot_update_errors", "Updates whose handling raised, by kind.", ["kind"], registry=self.registry
        )
        self.update_seconds = Histogram(
            "jobbot_update_seconds", "Time to handle one update, by kind.", ["kind"],
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.outbox_pending = Gauge(
            "jobbot_outbox_pending", "Outbox rows waiting to be sent (NaN when the count failed).",
            registry=self.registry,
        )
        self._delivery = DeliveryCollector()
        self.registry.register(self._delivery)
        self._outbox_depth = outbox_depth
        if delivery is not None:
            self.watch_delivery(delivery)
        self.middleware = MetricsMiddleware(self)

    def watch_delivery(self, source: object) -> None:
        """Report `source.stats` (e.g. a DeliveryLoop) on every scrape."""
        self._delivery.source = source

    def watch_outbox(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._outbox_depth = outbox_depth(sessionmaker)

    def install(self, dispatcher: Dispatcher) -> MetricsMiddleware:
        """Put the middleware right after aiogram's ErrorsMiddleware, before every other outer middleware.

        So the time measured is the whole update, the unit of work's commit included, and an update
        whose handler raised is counted as an error before the error handlers turn it into an apology.
        """
        self.middleware.kinds = UpdateKinds(registered_commands(dispatcher), callback_prefixes())
        manager = dispatcher.update.outer_middleware
        existing = list(manager)
        position = next((i + 1 for i, m in enumerate(existing) if isinstance(m, ErrorsMiddleware)), 0)
        for middleware in existing:
            manager.unregister(middleware)
        for middleware in [*existing[:position], self.middleware, *existing[position:]]:
            manager.register(middleware)
        return self.middleware

    async def render(self) -> bytes:
        """The Prometheus text exposition, with the outbox counted now."""
        if self._outbox_depth is not None:
            try:
                async with asyncio.timeout(SCRAPE_TIMEOUT_SECONDS):
                    self.outbox_pending.set(await self._outbox_depth())
            except Exception as error:  # noqa: BLE001 - a scrape must answer even when the database cannot
                log.warning("metrics: outbox count failed: %r", error)
                self.outbox_pending.set(math.nan)
        return generate_latest(self.registry)


# ----- health ------------------------------------------------------------------------------------


def health_check(
    engine: AsyncEngine,
    *,
    delivery_alive: Callable[[], bool] | None = None,
    timeout: float = HEALTH_TIMEOUT_SECONDS,
) -> HealthCheck:
    """`{"database": bool, "delivery": bool}`: a `SELECT 1` within `timeout`, and the loop's own word.

    `delivery_alive` is e.g. `lambda: not delivery_task.done()`; without it only the database is checked.
    """

    async def check() -> dict[str, bool]:
        result = {"database": await database_reachable(engine, timeout)}
        if delivery_alive is not None:
            try:
                result["delivery"] = bool(delivery_alive())
            except Exception:
                log.exception("health: the delivery check raised")
                result["delivery"] = False
        return result

    return check


async def database_reachable(engine: AsyncEngine, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    try:
        async with asyncio.timeout(timeout):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        return True
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        log.warning("health: database not reachable: %r", error)
        return False


# ----- HTTP --------------------------------------------------------------------------------------


def add_service_routes(
    app: web.Application, *, health: HealthCheck, metrics: Metrics | None = None
) -> web.Application:
    """GET /healthz (200 or 503 with a small JSON) and, given `metrics`, GET /metrics."""

    async def healthz(_request: web.Request) -> web.Response:
        try:
            checks = dict(await health())
        except Exception:
            log.exception("health: the check raised")
            checks = {"health_check": False}
        healthy = all(checks.values())
        body = {"status": "ok" if healthy else "down", **{name: bool(ok) for name, ok in checks.items()}}
        return web.json_response(body, status=200 if healthy else 503)

    app.router.add_get("/healthz", healthz)
    if metrics is not None:

        async def metrics_endpoint(_request: web.Request) -> web.Response:
            response = web.Response(body=await metrics.render())
            response.headers["Content-Type"] = CONTENT_TYPE_LATEST
            return response

        app.router.add_get("/metrics", metrics_endpoint)
    return app


def build_service_app(*, health: HealthCheck, metrics: Metrics | None = None) -> web.Application:
    """/healthz and /metrics alone, e.g. for polling mode on `settings.webhook_port`."""
    return add_service_routes(web.Application(), health=health, metrics=metrics)


__all__ = [
    "DeliveryCollector",
    "Metrics",
    "MetricsMiddleware",
    "UpdateKinds",
    "add_service_routes",
    "build_service_app",
    "callback_prefixes",
    "database_reachable",
    "health_check",
    "outbox_depth",
    "registered_commands",
]
