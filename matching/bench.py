"""Benchmark of the matching engine (figures to read, not a test).

    python -m matching.bench [DEV_SET.tsv]

Prints:
- the median time of `suggest_occupations` per query, next to plain `rapidfuzz.process.extract` over the
  raw titles and labels, and both methods' recall@1 on the development set when one is given
  (default: ../shared/eval/occupations_dev.tsv next to the repository, if present);
- the median time to rank 10,000 synthetic open vacancies for one profile;
- the time to index 200,000 synthetic worker profiles and the median time to find the ones a new vacancy
  fits.
All synthetic data comes from a fixed random seed, so runs are comparable.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from rapidfuzz import fuzz, process

from .alerts import WorkerIndex
from .evaluate import read_queries
from .index import get_index
from .models import ProfileOccupation, Vacancy, WorkerProfile
from .occupations import _suggest_for_message
from .ranking import rank_vacancies
from .taxonomy import load_taxonomy

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "occupations_dev.tsv"
FALLBACK_QUERIES = [
    ("сварщик", "ru", {"7212"}),
    ("работал водителем", "ru", {"8322", "8332"}),
    ("zhurgizushi", "kk", {"8322", "8332"}),
    ("дәнекерлеуші", "kk", {"7212"}),
    ("heavy truck driver", "en", {"8332"}),
    ("staff nurse", "en", {"2221"}),
    ("elecrtician", "en", {"7411"}),
    ("повар-универсал", "ru", {"5120"}),
]
TODAY = date(2026, 6, 1)
GULF_CODES = [
    "7212", "7126", "7411", "7412", "8332", "8322", "8331", "2221", "5120", "3434", "5131", "9112", "9111",
    "7115", "7114", "7112", "7131", "7123", "7122", "5414", "8343", "8342", "8344", "7231", "7127", "4321",
    "9333", "9412", "5141", "5223", "5230", "7531", "9313", "2142", "2151", "2512", "3512", "5322", "5311",
]  # fmt: skip
TITLES = {
    "7212": "MIG Welder", "7126": "Pipe Fitter", "7411": "Electrician", "8332": "Heavy Duty Driver",
    "8322": "Light Driver", "2221": "Staff Nurse", "5120": "Cook", "5131": "Waiter", "9112": "Cleaner",
    "7115": "Shuttering Carpenter", "5414": "Security Guard", "8343": "Crane Operator",
}  # fmt: skip


def _median_ms(fn, items) -> float:
    times = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def _baseline():
    tax = load_taxonomy()
    # The official titles and the ESCO and O*NET labels as they are, without the bot's own worker labels.
    rows = [row for row in tax.label_rows() if row.source != "worker"]
    choices = [row.label.lower() for row in rows]
    codes = [row.code for row in rows]

    def top_codes(query: str) -> list[str]:
        hits = process.extract(query.lower(), choices, scorer=fuzz.WRatio, limit=5)
        return [codes[i] for _, _, i in hits]

    return top_codes


def _swap_two_letters(text: str, rng: random.Random) -> str:
    spots = [i for i in range(len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def bench_suggest(queries) -> None:
    start = time.perf_counter()
    get_index()
    print(f"index build (data load included): {(time.perf_counter() - start) * 1000:.0f} ms")
    texts = [q for q, _, _ in queries]
    ours = _median_ms(lambda q: _suggest_for_message.__wrapped__(q, 5), texts)
    baseline = _baseline()
    base = _median_ms(baseline, texts)
    print(
        f"suggest_occupations: median {ours:.2f} ms/query; rapidfuzz.process.extract over raw labels:"
        f" {base:.2f} ms/query (ours takes {ours / base:.4f} of its time)"
    )
    typos = [_swap_two_letters(q, random.Random(i)) for i, q in enumerate(texts)]
    typo_ms = _median_ms(lambda q: _suggest_for_message.__wrapped__(q, 5), typos)
    typo_at1 = sum(
        bool(r) and r[0].code in codes
        for r, codes in ((_suggest_for_message(t, 5), c) for t, (_, _, c) in zip(typos, queries, strict=True))
    )
    print(
        f"the same queries with two letters swapped: median {typo_ms:.2f} ms/query,"
        f" recall@1 {typo_at1 / len(queries):.3f}"
    )
    ours_at1 = sum(
        bool(r) and r[0].code in codes
        for r, codes in ((_suggest_for_message(q, 5), c) for q, _, c in queries)
    )
    base_at1 = sum(bool(r) and r[0] in codes for r, codes in ((baseline(q), c) for q, _, c in queries))
    print(
        f"recall@1 on {len(queries)} queries: ours {ours_at1 / len(queries):.3f},"
        f" baseline {base_at1 / len(queries):.3f}"
    )


def synthetic_vacancies(n: int, rng: random.Random) -> list[Vacancy]:
    out = []
    for i in range(n):
        code = rng.choice(GULF_CODES)
        low = rng.randrange(1000, 6000, 100)
        out.append(Vacancy(
            id=i, title=TITLES.get(code, f"Worker {code}"), isco_code=code,
            city=rng.choice(["Doha", "Lusail"]),
            salary_min=Decimal(low), salary_max=Decimal(low + rng.randrange(0, 1500, 100)),
            min_experience_years=rng.randint(0, 5), languages=frozenset(rng.sample(["en", "ar", "ru"], 1)),
            deadline=date(2027, 1, 1), status="open" if rng.random() > 0.02 else "closed",
        ))  # fmt: skip
    return out


def synthetic_profiles(n: int, rng: random.Random) -> list[tuple[int, WorkerProfile]]:
    out = []
    for i in range(n):
        occs = tuple(
            ProfileOccupation(rng.choice(GULF_CODES), "", rng.randint(0, 10))
            for _ in range(rng.randint(1, 2))
        )
        langs = frozenset(rng.sample(["kk", "ru", "en"], rng.randint(1, 3)))
        out.append((i, WorkerProfile(occs, langs, Decimal(rng.randrange(1000, 5000, 100)))))
    return out


def bench_ranking(rng: random.Random) -> None:
    vacancies = synthetic_vacancies(10_000, rng)
    profile = WorkerProfile(
        (ProfileOccupation("7212", "сварщик", 3),), frozenset({"ru", "en"}), Decimal(2000)
    )
    rank_vacancies(profile, vacancies, today=TODAY)  # warm the title caches, as a running bot has them
    ms = _median_ms(lambda _: rank_vacancies(profile, vacancies, today=TODAY), range(15))
    print(f"rank_vacancies over 10,000 open vacancies: median {ms:.1f} ms")


def bench_alerts(rng: random.Random) -> None:
    profiles = synthetic_profiles(200_000, rng)
    start = time.perf_counter()
    index = WorkerIndex(profiles)
    print(f"WorkerIndex over 200,000 profiles: built in {time.perf_counter() - start:.2f} s")
    vacancies = [Vacancy(id=i, title=TITLES.get(c, c), isco_code=c, min_experience_years=2)
                 for i, c in enumerate(GULF_CODES[:10])]  # fmt: skip
    counts = []

    def find(v: Vacancy) -> None:
        counts.append(len(index.fitting_workers(v, today=TODAY)))

    ms = _median_ms(find, vacancies)
    print(
        f"fitting_workers for one new vacancy: median {ms:.0f} ms"
        f" (median {statistics.median(counts):.0f} workers found)"
    )


def main(argv: list[str]) -> int:
    dev = Path(argv[0]) if argv else DEFAULT_DEV
    queries = read_queries(dev) if dev.is_file() else FALLBACK_QUERIES
    print(f"queries: {dev if dev.is_file() else 'built-in sample'}")
    bench_suggest(queries)
    rng = random.Random(20260601)
    bench_ranking(rng)
    bench_alerts(rng)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
