"""The matcher understands the many ways workers write an occupation, not just the textbook title.

`tests/data/occupations_variants.tsv` was written independently of the taxonomy's label files:
inflected Russian ("работал сварщиком"), informal Latin Kazakh ("zhurgizushi"), typos ("plumbr"),
colloquialisms ("водила") and Gulf job-ad titles. It guards against labels that only fit one test set.
"""

from __future__ import annotations

from pathlib import Path

from matching.evaluate import evaluate, read_queries

VARIANTS = Path(__file__).resolve().parents[1] / "data" / "occupations_variants.tsv"


def test_written_variants_are_understood():
    tallies = evaluate(read_queries(VARIANTS))
    overall = tallies["all"]
    assert overall.n >= 100
    assert overall.at1 / overall.n >= 0.92, overall.misses
    assert overall.at5 / overall.n >= 0.97, overall.misses
    for lang in ("kk", "ru", "en"):
        tally = tallies[lang]
        assert tally.at1 / tally.n >= 0.85, (lang, tally.misses)
