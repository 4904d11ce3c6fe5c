"""Measure occupation suggestions on a file of worker queries.

    python -m matching.evaluate FILE.tsv

The file has a header line and `query<TAB>lang<TAB>codes` lines (codes comma-separated; any one counts
as right). Prints recall@1, recall@5 and mean reciprocal rank overall and per language ("kk-lat" is
counted as "kk"), then the queries whose first suggestion was wrong, to show what to improve.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .occupations import suggest_occupations

LANG_ALIASES = {"kk-lat": "kk", "kk-cyr": "kk"}


@dataclass
class Tally:
    n: int = 0
    at1: int = 0
    at5: int = 0
    rr: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, rank: int | None) -> None:
        self.n += 1
        if rank is not None:
            self.at1 += rank == 1
            self.at5 += rank <= 5
            self.rr += 1.0 / rank

    def line(self, name: str) -> str:
        n = max(self.n, 1)
        return (
            f"{name:8} n={self.n:4}  recall@1={self.at1 / n:.3f}  recall@5={self.at5 / n:.3f}"
            f"  MRR={self.rr / n:.3f}"
        )


def read_queries(path: Path) -> list[tuple[str, str, set[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].strip():
            codes = {c.strip() for c in parts[2].split(",") if c.strip()}
            rows.append((parts[0], LANG_ALIASES.get(parts[1].strip(), parts[1].strip()), codes))
    return rows


def rank_of(query: str, accepted: set[str]) -> int | None:
    for i, match in enumerate(suggest_occupations(query, limit=5), start=1):
        if match.code in accepted:
            return i
    return None


def evaluate(rows: list[tuple[str, str, set[str]]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for query, lang, accepted in rows:
        rank = rank_of(query, accepted)
        for name in ("all", lang):
            tallies[name].add(rank)
        if rank != 1:
            got = [f"{m.code}:{m.score:.0f}" for m in suggest_occupations(query, limit=3)]
            tallies["all"].misses.append(f"  {query!r} [{lang}] want {sorted(accepted)} got {got}")
    return tallies


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m matching.evaluate FILE.tsv", file=sys.stderr)
        return 2
    path = Path(argv[0])
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    tallies = evaluate(read_queries(path))
    print(tallies["all"].line("all"))
    for lang in sorted(k for k in tallies if k != "all"):
        print(tallies[lang].line(lang))
    if tallies["all"].misses:
        print("not first:")
        print("\n".join(tallies["all"].misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
