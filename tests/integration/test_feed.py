"""The scheduled feed pull against a local HTTP server: a good feed imports, a bad one is only logged."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import pytest
from aiohttp import web
from sqlalchemy import select

from bot.services import feed
from bot.services.feed import pull_feed
from bot.settings import Settings
from db.models import Vacancy

ITEMS = [
    {"external_id": "F-1", "title": "MIG Welder", "employer": "Doha Metal", "salary_min": 1800,
     "deadline": "2027-05-31"},
    {"external_id": "F-2", "title": "Office Cleaner", "employer": "Pearl Shine", "status": "open"},
]


@pytest.fixture
async def server():
    """A feed server whose answer each test sets: (status, body, delay in seconds)."""
    answer = {"status": 200, "body": json.dumps(ITEMS).encode(), "delay": 0.0}
    released = asyncio.Event()

    async def handle(request: web.Request) -> web.Response:
        if answer["delay"]:
            try:
                async with asyncio.timeout(answer["delay"]):
                    await released.wait()
            except TimeoutError:
                pass
        return web.Response(status=answer["status"], body=answer["body"], content_type="application/json")

    app = web.Application()
    app.router.add_get("/feed.json", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    answer["url"] = f"http://127.0.0.1:{port}/feed.json"
    yield answer
    released.set()
    await runner.cleanup()


def settings_for(url: str | None) -> Settings:
    return Settings(_env_file=None, vacancy_feed_url=url)


async def stored(database) -> list[str]:
    async with database.sessionmaker() as session:
        return sorted((await session.execute(select(Vacancy.external_id))).scalars())


async def test_good_feed_imports_and_a_repull_changes_nothing(any_database, server):
    summary = await pull_feed(settings_for(server["url"]), any_database.sessionmaker)
    assert summary is not None and (summary.read, summary.created) == (2, 2)
    assert await stored(any_database) == ["F-1", "F-2"]
    again = await pull_feed(settings_for(server["url"]), any_database.sessionmaker)
    assert again is not None and (again.created, again.updated, again.unchanged) == (0, 0, 2)


@pytest.mark.parametrize(
    ("status", "body"),
    [(500, b'{"error": "down"}'), (200, b"<html>maintenance</html>"), (200, b'{"items": []}'), (404, b"")],
)
async def test_broken_feed_is_a_warning(database, server, caplog, status, body):
    server["status"], server["body"] = status, body
    with caplog.at_level(logging.WARNING, logger="bot.services.feed"):
        assert await pull_feed(settings_for(server["url"]), database.sessionmaker) is None
    assert any(record.levelno == logging.WARNING for record in caplog.records)
    assert await stored(database) == []


async def test_feed_that_is_down_or_slow_is_a_warning(database, server, caplog, monkeypatch):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with caplog.at_level(logging.WARNING, logger="bot.services.feed"):
        assert await pull_feed(settings_for(f"http://127.0.0.1:{closed_port}/feed.json"),
                               database.sessionmaker) is None
        monkeypatch.setattr(feed, "TIMEOUT_SECONDS", 0.2)
        server["delay"] = 5
        assert await pull_feed(settings_for(server["url"]), database.sessionmaker) is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2
    assert await stored(database) == []


async def test_no_feed_configured(database):
    assert await pull_feed(settings_for(None), database.sessionmaker) is None
