"""Benchmark of /jobs (figures to read, not a test).

    python -m tests.bench.bench_jobs [VACANCIES] [RUNS]

Builds a temporary SQLite database with 10,000 open vacancies (varied ISCO-08 codes from the matching
taxonomy, salaries, cities, a few closed ones) and one registered worker with a completed profile, then
sends `/jobs` through the production dispatcher and the fake Telegram, from update in to reply out.
Prints the first (cold catalog) time, then the median and 95th percentile of the following runs; then
the median and slowest of 15 different free-text searches ("сварщик", "driver al khor", ...), and of four
searches for the best paid (every vacancy, or a trade's, ordered by pay).
All data comes from a fixed random seed, so runs are comparable.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

import matching
from bot.factory import create_bot, create_dispatcher
from bot.i18n import I18n
from bot.settings import Settings
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import Profile, ProfileOccupation, User, Vacancy, utcnow
from matching.taxonomy import load_taxonomy
from tests.fake_telegram import BotClient, FakeSession, FakeTelegram

TOKEN = "42:BENCH-TOKEN"
WORKER_ID = 5_000_001
CITIES = ["Doha", "Al Wakrah", "Al Rayyan", "Lusail", "Al Khor", "Mesaieed", "Umm Salal", "Dukhan"]
EMPLOYERS = ["Gulf Contracting", "Al Noor Trading", "Qatar Build Co", "Pearl Services", "Desert Facilities"]
SEARCHES = ["сварщик", "водитель доха", "электрик", "cook", "повар", "welder lusail", "сантехник", "nurse",
            "охранник", "каменщик", "плиточник", "driver al khor", "дәнекерлеуші", "аспаз", "slesar"]
# The best paid asked for: every vacancy (or a trade's) ordered by its pay before the list is cut.
BEST_PAID = ["самые высокооплачиваемые вакансии", "highest paying jobs", "где больше всего платят сварщикам",
             "ең көп төлейтін жұмыс"]
COMMON = ["7212", "7126", "7411", "8332", "8322", "5120", "9112", "7115", "5414", "5131", "2221", "7231"]


def vacancy_rows(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    tax = load_taxonomy()
    units = list(tax.units)
    now = utcnow()
    rows = []
    for number in range(count):
        code = rng.choice(COMMON) if rng.random() < 0.4 else rng.choice(units)
        low = rng.randrange(900, 6000, 50)
        rows.append({
            "external_id": f"B-{number}",
            "title": matching.occupation_title(code, "en") or code,
            "employer": rng.choice(EMPLOYERS),
            "isco_code": code if rng.random() < 0.8 else None,
            "isco_from_file": True,
            "country": "QA", "currency": "QAR",
            "city": rng.choice(CITIES),
            "positions": rng.randint(1, 40),
            "salary_min": Decimal(low), "salary_max": Decimal(low + rng.randrange(0, 2000, 50)),
            "food_allowance": Decimal(rng.choice([0, 300, 400])),
            "accommodation_provided": rng.choice([True, False, None]),
            "airfare_provided": rng.choice([True, None]),
            "medical_provided": rng.choice([True, None]),
            "annual_leave_days": rng.choice([None, 21, 24, 30]),
            "contract_months": rng.choice([12, 24, 36]),
            "hours_per_week": rng.choice([48, 60]),
            "min_experience_years": rng.choice([None, 1, 2, 3, 5]),
            "languages": rng.choice([[], ["en"], ["en", "ar"]]),
            "requirements": "Relevant experience; valid certificates.",
            "description": "",
            "deadline": date.today() + timedelta(days=rng.randint(-5, 90)),
            "status": "closed" if rng.random() < 0.05 else "open",
            "content_hash": "", "created_at": now, "updated_at": now,
        })
    return rows


async def build(directory: Path, vacancies: int):
    url = f"sqlite+aiosqlite:///{directory / 'bench.db'}"
    engine = create_engine(url)
    await upgrade(engine)
    sessionmaker = create_sessionmaker(engine)
    rows = vacancy_rows(vacancies)
    async with sessionmaker() as session:
        for start in range(0, len(rows), 1000):
            await session.execute(insert(Vacancy), rows[start : start + 1000])
        now = utcnow()
        session.add(User(id=WORKER_ID, language="ru", role="worker", is_active=True, consent_at=now))
        await session.flush()
        session.add(Profile(user_id=WORKER_ID, full_name="Bench Worker", region="mangystau",
                            languages=["kk", "ru", "en"], min_salary=Decimal(2500), completed_at=now))
        await session.flush()
        session.add(ProfileOccupation(user_id=WORKER_ID, position=1, raw_text="сварщик", isco_code="7212", years=6))
        session.add(ProfileOccupation(user_id=WORKER_ID, position=2, raw_text="слесарь", isco_code="7126", years=2))
        await session.commit()
    settings = Settings(_env_file=None, bot_token=TOKEN, database_url=url)
    telegram = FakeTelegram(token=TOKEN)
    bot = create_bot(settings, session=FakeSession(telegram))
    dispatcher = create_dispatcher(settings=settings, sessionmaker=sessionmaker, i18n=I18n())
    client = BotClient(dispatcher, bot, telegram, user_id=WORKER_ID, language_code="ru")
    return engine, bot, client, telegram


async def main(vacancies: int = 10_000, runs: int = 60) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, bot, client, telegram = await build(Path(tmp), vacancies)
        try:
            times = []
            for _ in range(runs + 1):
                start = time.perf_counter()
                replies = await client.send("/jobs")
                times.append((time.perf_counter() - start) * 1000.0)
                assert replies, "no reply to /jobs"
            first, rest = times[0], sorted(times[1:])
            p95 = rest[min(len(rest) - 1, int(0.95 * len(rest)))]
            print(f"/jobs with {vacancies} vacancies in SQLite, {runs} runs through the dispatcher")
            print(f"  first (catalog loaded): {first:8.1f} ms")
            print(f"  median:                 {statistics.median(rest):8.1f} ms")
            print(f"  p95:                    {p95:8.1f} ms")
            print("  reply begins:", client.last_text().splitlines()[0])
            searches = []
            for query in SEARCHES:  # each typed for the first time: nothing of it remembered yet
                start = time.perf_counter()
                assert await client.send(query), f"no reply to {query!r}"
                searches.append((time.perf_counter() - start) * 1000.0)
            print(f"free-text search, {len(SEARCHES)} different queries: median {statistics.median(searches):.1f} ms, "
                  f"slowest {max(searches):.1f} ms")
            best_paid = []
            for query in BEST_PAID:
                start = time.perf_counter()
                assert await client.send(query), f"no reply to {query!r}"
                best_paid.append((time.perf_counter() - start) * 1000.0)
                assert "высокие зарплаты" in client.last_text(), client.last_text()  # the worker reads Russian
            print(f"the best paid, {len(BEST_PAID)} searches: median {statistics.median(best_paid):.1f} ms, "
                  f"slowest {max(best_paid):.1f} ms")
            telegram.assert_no_problems()
        finally:
            await bot.session.close()
            await engine.dispose()


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    asyncio.run(main(*args))
