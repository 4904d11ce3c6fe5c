"""The scheduled pull of VACANCY_FEED_URL: a JSON array of vacancies in the import schema.

A feed that is down, slow or broken must not disturb the bot: every failure is one warning in the log
and the next pull tries again. A good feed goes through the same import as an officer's file, in its own
transaction, so a re-pulled feed with nothing new changes nothing.
"""

from __future__ import annotations

import json
import logging

import aiohttp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.vacancy_import import ImportSummary, import_vacancies
from bot.settings import Settings

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 30
MAX_FEED_BYTES = 20 * 1024 * 1024
FEED_FILENAME = "feed.json"


async def pull_feed(
    settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]
) -> ImportSummary | None:
    """Fetch and import the feed; None when there is no feed or it could not be used. Never raises."""
    url = settings.vacancy_feed_url
    if not url:
        return None
    data = await _fetch(url)
    if data is None:
        return None
    try:
        async with sessionmaker() as session:
            summary = await import_vacancies(session, data, FEED_FILENAME)
            if summary.file_error is not None:
                log.warning("vacancy feed unusable: %s", summary.file_error)
                return None
            await session.commit()
    except Exception:  # a scheduled job must survive anything; the next pull tries again
        log.exception("vacancy feed import failed")
        return None
    return summary


async def _fetch(url: str) -> bytes | None:
    """The feed's body when it answered 200 with a JSON array; None (and a warning) otherwise."""
    timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as http,
            http.get(url, headers={"Accept": "application/json"}) as response,
        ):
            if response.status != 200:
                log.warning("vacancy feed answered HTTP %s", response.status)
                return None
            data = await _read_capped(response)
    except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as error:
        log.warning("vacancy feed unreachable: %s", type(error).__name__)
        return None
    if data is None:
        log.warning("vacancy feed larger than %s bytes; skipped", MAX_FEED_BYTES)
        return None
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        log.warning("vacancy feed is not JSON")
        return None
    if not isinstance(items, list):
        log.warning("vacancy feed is not a JSON array")
        return None
    if not items:
        log.info("vacancy feed is empty")
        return None
    return data


async def _read_capped(response: aiohttp.ClientResponse) -> bytes | None:
    """The body, or None once it grows past the cap (a runaway feed must not fill the memory)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > MAX_FEED_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
