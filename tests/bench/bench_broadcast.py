"""Benchmark: queueing a broadcast to 200,000 workers on SQLite, and the progress message's edit rate.

Run from the repository root: `python -m tests.bench.bench_broadcast [--workers 200000]`.

1. Workers are bulk-inserted first (not timed). The timed part is what an officer waits for after
   pressing "Send": the segment query, one outbox row per active worker, and the commit. Goal: < 5 s.
2. Delivery progress is simulated on a fake clock: rows are marked sent a few at a time while
   `report_progress` is called every half second (far more often than the scheduler does). The
   progress message must never be edited twice within `broadcast_progress_seconds` (3 s).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, update

from bot.choices import REGIONS
from bot.i18n import I18n
from bot.services import broadcasts
from bot.settings import Settings
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import Broadcast, OutboxMessage, Profile, User, utcnow

OFFICER = 900_001
GOAL_SECONDS = 5.0


class EditClock:
    """A bot stand-in that records when (on the fake clock) each progress edit happened."""

    def __init__(self, now) -> None:
        self.now = now
        self.times: list[datetime] = []

    async def edit_message_text(self, **_params):
        self.times.append(self.now())
        return True


async def insert_workers(sessionmaker, count: int) -> None:
    now = utcnow()
    languages = ("kk", "ru", "en")
    batch = 20_000
    async with sessionmaker() as session:
        for start in range(1, count + 1, batch):
            ids = range(start, min(start + batch, count + 1))
            await session.execute(insert(User), [
                {"id": i, "language": languages[i % 3], "role": "worker", "is_active": i % 50 != 0,
                 "consent_at": now, "created_at": now, "updated_at": now} for i in ids
            ])
            await session.execute(insert(Profile), [
                {"user_id": i, "region": REGIONS[i % len(REGIONS)], "languages": [], "updated_at": now}
                for i in ids
            ])
        await session.commit()


async def time_queue(sessionmaker, i18n: I18n) -> tuple[float, int, int]:
    started = time.perf_counter()
    async with sessionmaker() as session:
        broadcast = await broadcasts.queue(
            session, officer_id=OFFICER, html_text="<b>Job fair</b> in Astana on Friday",
            seg=broadcasts.segment("all"), officer_ids={OFFICER}, i18n=i18n,
        )
        await session.commit()
    return time.perf_counter() - started, broadcast.total, broadcast.skipped_inactive


async def simulate_progress(sessionmaker, i18n: I18n, settings: Settings, rows: int) -> tuple[int, float, float]:
    """Returns (edits, smallest gap between edits in seconds, simulated duration in seconds)."""
    async with sessionmaker() as session:
        broadcast = await broadcasts.queue(
            session, officer_id=OFFICER, html_text="Progress check",
            seg=broadcasts.segment("lang", "kk"), officer_ids={OFFICER}, i18n=i18n,
        )
        broadcast.progress_chat_id, broadcast.progress_message_id = OFFICER, 1
        await session.commit()
        broadcast_id = broadcast.id
        ids = list((await session.execute(
            select(OutboxMessage.id).where(OutboxMessage.broadcast_id == broadcast_id).limit(rows)
        )).scalars())
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.broadcast_id == broadcast_id, OutboxMessage.id.not_in(ids))
            .values(status="dropped")
        )
        await session.commit()
    clock = [utcnow()]
    bot = EditClock(lambda: clock[0])
    started = clock[0]
    per_tick = 15  # half a second of sending at 30 messages/s
    for offset in range(0, len(ids) + per_tick, per_tick):
        chunk = ids[offset:offset + per_tick]
        async with sessionmaker() as session:
            if chunk:
                await session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(chunk))
                                      .values(status="sent", sent_at=clock[0]))
            await session.commit()
        await broadcasts.report_progress(bot, sessionmaker, i18n, settings, now=lambda: clock[0])
        clock[0] += timedelta(seconds=0.5)
    for _ in range(10):  # let the final "done" edit through
        await broadcasts.report_progress(bot, sessionmaker, i18n, settings, now=lambda: clock[0])
        clock[0] += timedelta(seconds=0.5)
    async with sessionmaker() as session:
        status = (await session.get(Broadcast, broadcast_id)).status
    assert status == "done", status
    gaps = [(b - a).total_seconds() for a, b in zip(bot.times, bot.times[1:])]
    return len(bot.times), min(gaps) if gaps else float("inf"), (clock[0] - started).total_seconds()


async def main(workers: int, progress_rows: int) -> None:
    i18n = I18n()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        engine = create_engine(url)
        await upgrade(engine)
        sessionmaker = create_sessionmaker(engine)
        settings = Settings(_env_file=None, database_url=url, officer_ids=frozenset({OFFICER}))

        started = time.perf_counter()
        await insert_workers(sessionmaker, workers)
        print(f"inserted {workers:,} workers in {time.perf_counter() - started:.1f} s (not timed)")

        seconds, queued, skipped = await time_queue(sessionmaker, i18n)
        verdict = "OK" if seconds < GOAL_SECONDS else "TOO SLOW"
        print(f"queue broadcast: {queued:,} rows queued, {skipped:,} blocked skipped, "
              f"{seconds:.2f} s (goal < {GOAL_SECONDS:.0f} s) {verdict}")

        edits, smallest_gap, simulated = await simulate_progress(sessionmaker, i18n, settings, progress_rows)
        verdict = "OK" if smallest_gap >= settings.broadcast_progress_seconds else "TOO OFTEN"
        print(f"progress: {progress_rows} messages over {simulated:.1f} simulated s, report_progress every 0.5 s: "
              f"{edits} edits, smallest gap {smallest_gap:.1f} s "
              f"(limit {settings.broadcast_progress_seconds:.0f} s) {verdict}")
        await engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--progress-rows", type=int, default=600)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.workers, arguments.progress_rows))
