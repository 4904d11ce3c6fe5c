"""Import 10,000 vacancy rows into SQLite (parse, classify, upsert, commit), then re-import the same file.

Run from the repository root: `python -m tests.bench.bench_import [rows] [distinct titles]`.
Run it in a fresh process: the first import classifies every title from scratch. The target is under 10 s for the first import of 10,000 rows. Portal exports repeat a few hundred
titles across many employers, so titles are drawn from a pool (default 600 distinct).
"""

from __future__ import annotations

import asyncio
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from bot.services.vacancy_import import import_vacancies, valid_isco_codes
from bot.tabular import read_table
from bot.vacancy_rows import parse_vacancy_table
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import Vacancy
from matching import classify_title
from matching.taxonomy import load_taxonomy

BASE_TITLES = [
    "MIG Welder", "TIG Welder", "Pipe Fitter", "Electrician", "Building Electrician", "Plumber",
    "Heavy Truck Driver", "Light Driver", "Bus Driver", "Forklift Operator", "Crane Operator",
    "Staff Nurse", "Nursing Assistant", "Commis Cook", "Chef de Partie", "Pastry Cook", "Waiter",
    "Barista", "Housekeeper", "Room Attendant", "Office Cleaner", "Security Guard", "Steel Fixer",
    "Carpenter", "Mason", "Painter", "Scaffolder", "HVAC Technician", "Mechanical Fitter",
    "Auto Mechanic", "Diesel Mechanic", "Storekeeper", "Cashier", "Sales Assistant", "Receptionist",
    "Laundry Worker", "Gardener", "Butcher", "Baker", "Tailor", "Welder Fabricator", "Rigger",
    "Plant Operator", "Machinist", "Lab Technician", "Pharmacist Assistant", "Physiotherapist",
    "Accountant", "Civil Engineer", "Quantity Surveyor",
]
QUALIFIERS = ["", "Senior ", "Junior ", "Assistant ", "Lead ", "Site ", "Hotel ", "Hospital ", "Night Shift ",
              "Industrial ", "Marine ", "Oil and Gas "]
CITIES = ["Doha", "Lusail", "Al Wakra", "Al Khor", "Mesaieed", "Al Rayyan"]
HEADER = [
    "external_id", "title", "employer", "city", "positions", "salary_min", "salary_max", "food_allowance",
    "accommodation_provided", "transport_provided", "medical_provided", "annual_leave_days",
    "contract_months", "hours_per_week", "languages", "deadline", "url", "status",
]


def make_csv(rows: int, distinct_titles: int) -> bytes:
    titles = [q + t for q in QUALIFIERS for t in BASE_TITLES][:distinct_titles]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(HEADER)
    for n in range(rows):
        salary = 1200 + (n * 37) % 4000
        writer.writerow([
            f"QA-B-{n:06d}", titles[n % len(titles)], f"Employer {n % 900} W.L.L.", CITIES[n % len(CITIES)],
            1 + n % 20, salary, salary + 500, 300, "yes", "yes", "yes", 24, 24, 48, "en;ru",
            "2027-05-31", f"https://migration.enbek.kz/vacancy/b-{n}", "open" if n % 50 else "closed",
        ])
    return out.getvalue().encode("utf-8-sig")


async def timed_import(sessionmaker, data: bytes) -> tuple[float, float, object]:
    """Wall time, printed with the CPU time beside it: on a busy machine the two tell load from cost."""
    started, cpu = time.perf_counter(), time.process_time()
    async with sessionmaker() as session:
        summary = await import_vacancies(session, data, "bench.csv")
        await session.commit()
    return time.perf_counter() - started, time.process_time() - cpu, summary


async def main(rows: int, distinct_titles: int) -> None:
    started = time.perf_counter()
    load_taxonomy()
    valid_isco_codes()
    classify_title("Welder")  # builds the matcher's index, as the bot's first search would
    print(f"taxonomy and matcher index, once per process: {time.perf_counter() - started:.2f} s")
    data = make_csv(rows, distinct_titles)
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        await upgrade(engine)
        sessionmaker = create_sessionmaker(engine)
        first, first_cpu, summary = await timed_import(sessionmaker, data)
        print(f"first import of {rows} rows ({distinct_titles} distinct titles, {len(data) / 1e6:.1f} MB): "
              f"{first:.2f} s (CPU {first_cpu:.2f} s), {rows / first:,.0f} rows/s; created={summary.created} "
              f"rejected={summary.rejected} unclassified titles={len(summary.unclassified)}")
        second, second_cpu, summary = await timed_import(sessionmaker, data)
        print(f"re-import of the same file: {second:.2f} s (CPU {second_cpu:.2f} s); unchanged={summary.unchanged} "
              f"created={summary.created} updated={summary.updated}")
        started = time.perf_counter()
        parse_vacancy_table(read_table(data, "bench.csv"), valid_isco_codes=valid_isco_codes())
        print(f"reading and validating alone: {time.perf_counter() - started:.2f} s "
              "(the rest of the first import is classification and the insert)")
        async with sessionmaker() as session:
            count = (await session.execute(select(func.count()).select_from(Vacancy))).scalar_one()
        print(f"vacancies in the database: {count}")
        await engine.dispose()
    print("target: first import under 10 s:", "OK" if first < 10 else "MISSED")


if __name__ == "__main__":
    arguments = [int(value) for value in sys.argv[1:3]]
    asyncio.run(main(*(arguments + [10_000, 600][len(arguments):])))
