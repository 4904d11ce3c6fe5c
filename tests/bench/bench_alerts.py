"""Benchmark: queuing alerts for one new vacancy that fits 20,000 of 200,000 workers, on SQLite.

Run from the repository root: `python -m tests.bench.bench_alerts`. Workers are inserted in bulk first
(not timed); then one run of `match_new_vacancies` is timed, split into loading the workers and building
the index, matching, rendering the alert texts, and inserting the outbox rows. The target is under 3 s.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select

import matching
from bot.i18n import I18n
from bot.services.alerts import match_new_vacancies
from bot.settings import Settings
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import OutboxMessage, Profile, ProfileOccupation, User, Vacancy

WORKERS = 200_000
FITTING = 20_000
# Occupations of the other workers: none shares a sub-major group with a welder's (72).
OTHER_CODES = ("5120", "8322", "9112", "3221", "5131", "8332", "9313", "5141", "4110", "9629", "6111", "8341")
LANGS = ("kk", "ru", "ru", "en")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)
CHUNK = 20_000


def fits(worker_id: int) -> bool:
    return worker_id % (WORKERS // FITTING) == 0


async def populate(sessionmaker) -> None:
    async with sessionmaker() as session:
        for start in range(0, WORKERS, CHUNK):
            ids = range(start + 1, min(start + CHUNK, WORKERS) + 1)
            await session.execute(insert(User.__table__), [
                {"id": i, "language": LANGS[i % 4], "role": "worker", "is_active": fits(i) or i % 50 != 0,
                 "consent_at": NOW, "created_at": NOW, "updated_at": NOW} for i in ids
            ])
            await session.execute(insert(Profile.__table__), [
                {"user_id": i, "full_name": f"Worker {i}", "languages": ["kk", "ru", "en"] if fits(i) else ["kk", "ru"],
                 "min_salary": Decimal(1200 + (i % 20) * 100), "region": "almaty", "completed_at": NOW,
                 "updated_at": NOW} for i in ids
            ])
            await session.execute(insert(ProfileOccupation.__table__), [
                {"user_id": i, "position": 1, "raw_text": "x",
                 "isco_code": "7212" if fits(i) else OTHER_CODES[i % len(OTHER_CODES)],
                 "years": 3 + i % 12} for i in ids
            ])
        await session.commit()


async def add_vacancy(sessionmaker) -> None:
    """The new vacancy: welders, with experience and English asked, which every welder has."""
    async with sessionmaker() as session:
        session.add(Vacancy(
            id=1, external_id="bench-1", title="Welder (TIG/MIG)", employer="Doha Steel Fabrication W.L.L.",
            isco_code="7212", city="Doha", salary_min=Decimal(1800), salary_max=Decimal(2800),
            min_experience_years=3, languages=["en"], deadline=datetime(2026, 12, 31).date(),
        ))
        await session.commit()


async def warm_up(sessionmaker, i18n: I18n, settings: Settings) -> None:
    """What a running bot has done long before a vacancy arrives: the occupation data is loaded and the
    job's queries are compiled (it runs every minute). A vacancy in a trade nobody holds does just that."""
    async with sessionmaker() as session:
        session.add(Vacancy(id=2, external_id="bench-warm-up", title="Army officer", employer="-",
                            isco_code="0110", deadline=datetime(2026, 12, 31).date()))
        await session.commit()
    started = time.perf_counter()
    matching.suggest_occupations("welder")  # loads the occupation data, as the first /jobs does
    await match_new_vacancies(sessionmaker, i18n, settings, now=NOW)
    print(f"warm-up (occupation data, query compilation) {time.perf_counter() - started:.2f} s (not timed)")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        engine = create_engine(url)
        await upgrade(engine)
        sessionmaker = create_sessionmaker(engine)
        started = time.perf_counter()
        await populate(sessionmaker)
        print(f"inserted {WORKERS:,} workers in {time.perf_counter() - started:.1f} s (not timed)")

        settings = Settings(_env_file=None, database_url=url)
        i18n = I18n()
        await warm_up(sessionmaker, i18n, settings)
        await add_vacancy(sessionmaker)
        started, cpu = time.perf_counter(), time.process_time()
        summary = await match_new_vacancies(sessionmaker, i18n, settings, now=NOW)
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
        async with sessionmaker() as session:
            queued = await session.scalar(select(func.count()).select_from(OutboxMessage))
        print(f"queued {summary.queued:,} alerts ({queued:,} outbox rows) for 1 vacancy in {total:.2f} s"
              f" (target < 3 s: {'ok' if total < 3 else 'TOO SLOW'}); CPU time {cpu:.2f} s")
        print("split, wall clock / CPU (index = loading the workers who may fit, and indexing them):")
        for name in ("index", "matching", "rendering", "insert"):
            print(f"  {name:<10} {summary.timings.get(name, 0.0):.2f} s / {summary.cpu.get(name, 0.0):.2f} s")
        await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
