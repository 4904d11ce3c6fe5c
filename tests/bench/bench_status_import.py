"""A ministry-sized status file: move 10,000 applications one step on, then send the same file again.

Run from the repository root: `python -m tests.bench.bench_status_import [rows] [--database-url URL]`.

Each row of the file moves one application from "applied" to "qualification_check" (half the rows name
it by id, half by worker and vacancy, as a portal export does): one status
change, one timeline event and one notice queued for the worker, as an officer's upload or
`jobbot import-statuses` would. The file is applied in one unit of work and committed, as the chat
upload does; the second import of the same file finds every application already there and changes
nothing. Prints rows per second for both.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, func, insert, select

from bot.i18n import I18n
from bot.services.status_import import import_statuses
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import Application, ApplicationEvent, OutboxMessage, User, Vacancy, utcnow

FIRST_WORKER = 5_000_000_000


async def prepare(url: str, rows: int) -> list[int]:
    """`rows` workers, each with one application in "applied"; returns the application ids."""
    engine = create_engine(url)
    await upgrade(engine)
    async with engine.begin() as connection:
        # Only what an earlier run left: the benchmark's own workers, their applications and notices.
        ours = select(Application.id).where(Application.user_id >= FIRST_WORKER)
        await connection.execute(delete(OutboxMessage).where(OutboxMessage.user_id >= FIRST_WORKER))
        await connection.execute(delete(ApplicationEvent).where(ApplicationEvent.application_id.in_(ours)))
        await connection.execute(delete(Application).where(Application.user_id >= FIRST_WORKER))
        await connection.execute(delete(User).where(User.id >= FIRST_WORKER))
        await connection.execute(delete(Vacancy).where(Vacancy.external_id.like("BENCH-STATUS-%")))
        now = utcnow()
        await connection.execute(insert(User), [
            {"id": FIRST_WORKER + n, "language": ("kk", "ru", "en")[n % 3], "role": "worker",
             "is_active": True, "consent_at": now} for n in range(rows)
        ])
        vacancy_ids = [
            (await connection.execute(insert(Vacancy).values(
                external_id=f"BENCH-STATUS-{n}", title="Welder", employer=f"Employer {n}", status="open",
            ).returning(Vacancy.id))).scalar_one()
            for n in range(20)
        ]
        await connection.execute(insert(Application), [
            {"user_id": FIRST_WORKER + n, "vacancy_id": vacancy_ids[n % 20], "status": "applied",
             "created_at": now, "updated_at": now} for n in range(rows)
        ])
        ids = list((await connection.execute(
            select(Application.id).where(Application.user_id >= FIRST_WORKER).order_by(Application.id)
        )).scalars())
    await engine.dispose()
    return ids


async def timed_import(url: str, data: bytes, i18n: I18n) -> tuple[float, float, object]:
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    started, cpu = time.perf_counter(), time.process_time()
    async with sessionmaker() as session:
        summary = await import_statuses(session, data, "statuses.csv", actor_id=None, i18n=i18n)
        await session.commit()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    await engine.dispose()
    return wall, cpu, summary


async def bench(rows: int, url: str) -> None:
    ids = await prepare(url, rows)
    # Half the rows name the application by its id, half as a portal export would: worker and vacancy.
    lines = [
        f"{i},,,qualification_check,documents checked\n" if n % 2 == 0
        else f",{FIRST_WORKER + n},BENCH-STATUS-{n % 20},qualification_check,documents checked\n"
        for n, i in enumerate(ids)
    ]
    data = ("application_id,telegram_id,external_id,status,note\n" + "".join(lines)).encode()
    i18n = I18n()
    for label in ("first import", "same file again"):
        wall, cpu, summary = await timed_import(url, data, i18n)
        print(f"{label:<16} {rows:,} rows in {wall:.2f} s (CPU {cpu:.2f} s), {rows / wall:,.0f} rows/s; "
              f"changed={summary.changed} unchanged={summary.unchanged} errors={len(summary.errors)}")
    engine = create_engine(url)
    async with engine.connect() as connection:
        notices = (await connection.execute(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.user_id >= FIRST_WORKER)
        )).scalar_one()
    await engine.dispose()
    print(f"notices queued: {notices:,} (one per changed application)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=10_000)
    parser.add_argument("--database-url", default=None,
                        help="default: a fresh SQLite file; given one, only the benchmark's own rows are replaced")
    args = parser.parse_args()
    if args.database_url:
        asyncio.run(bench(args.rows, args.database_url))
        return
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(bench(args.rows, f"sqlite+aiosqlite:///{Path(folder) / 'statuses.db'}"))


if __name__ == "__main__":
    main()
