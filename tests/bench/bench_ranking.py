"""Benchmark of what /jobs computes for one worker (figures to read, not a test).

    python -m tests.bench.bench_ranking [--workers 400] [--data /tmp/jobbot_load/load.db]

On the load benchmark's data set (200,000 workers, 10,000 open vacancies; built by
`tests.bench.bench_load` when missing), takes `--workers` registered workers spread over the first
10,000 (those the load benchmark gives only to the echo bot, so its profile edits never change them) and,
for each, does what /jobs does in Python once the rows are read: the worker's candidates in the catalog
(`_Snapshot.candidates`), then its first page as `match_page` ranks it (`ranked_page`: the page count
from `matching.listed_count`, the ranking from `matching.rank_tiers`). Prints the time per worker (the least of 5 passes, so the machine's noise
weighs less) and a digest of every ranked list with its scores and reasons: two versions of the code
that print the same digest show the same pages.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import time

import matching
from bot.services import vacancies
from bot.services.profiles import worker_profile
from db.engine import create_engine, create_sessionmaker
from tests.bench.bench_load import DEFAULT_DATA, FIRST_WORKER, prepare_data

PAGE_SIZE = 3  # handlers.jobs.PAGE_SIZE: the first page
ECHO_WORKERS = 10_000  # bench_load's echo bot takes turns among the first 10,000 workers
PASSES = 5


async def load(url: str, workers: int) -> tuple[vacancies._Snapshot, list[matching.WorkerProfile]]:
    await prepare_data(url, 200_000, 10_000, rebuild=False)
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            snapshot = await vacancies.session_catalog(session).snapshot(session)
            step = max(ECHO_WORKERS // workers, 1)
            profiles = [await worker_profile(session, FIRST_WORKER + i * step) for i in range(workers)]
    finally:
        await engine.dispose()
    return snapshot, profiles


def first_pages(snapshot: vacancies._Snapshot, profiles: list[matching.WorkerProfile]) -> list[tuple]:
    today = vacancies.kazakhstan_today()
    pages = []
    for profile in profiles:
        page = vacancies.ranked_page(snapshot, profile, snapshot.candidates(profile, today), 0, PAGE_SIZE, today)
        items = page.items if page else ()
        pages.append((page.count if page else 0, [(r.vacancy.id, r.score, r.reasons) for r in items]))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=400)
    parser.add_argument("--data", default=DEFAULT_DATA)
    args = parser.parse_args()
    snapshot, profiles = asyncio.run(load(f"sqlite+aiosqlite:///{args.data}", args.workers))
    times = []
    for _ in range(PASSES):
        started = time.perf_counter()
        pages = first_pages(snapshot, profiles)
        times.append(time.perf_counter() - started)
    digest = hashlib.sha256(repr(pages).encode()).hexdigest()[:16]
    print(f"/jobs' first page for {len(profiles)} workers among {len(snapshot.vacancies)} open vacancies:")
    print(f"  candidates, page count and ranking: {min(times) * 1000 / len(profiles):.2f} ms a worker "
          f"(least of {PASSES} passes)")
    print(f"  pages per worker: {sum(count for count, _ in pages) / len(pages):.1f} on average")
    print(f"  digest of the pages: {digest}")


if __name__ == "__main__":
    main()
