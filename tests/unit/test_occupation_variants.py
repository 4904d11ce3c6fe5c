"""The matcher understands the many ways workers write an occupation, not just the textbook title.

`tests/data/occupations_variants.tsv` was written independently of the taxonomy's label files:
inflected Russian ("работал сварщиком"), informal Latin Kazakh ("zhurgizushi"), typos ("plumbr"),
colloquialisms ("водила") and Gulf job-ad titles. It guards against labels that only fit one test set.
"""

from __future__ import annotations

from pathlib import Path

from matching.evaluate import evaluate, read_queries

DATA = Path(__file__).resolve().parents[1] / "data"
VARIANTS = DATA / "occupations_variants.tsv"
# A second set, also written apart from the label files, from the trades Qatar hires from Central Asia:
# construction, hospitality, care, services, industry and offices, with the Gulf's own job titles
# ("steel fixer", "heavy driver"), spoken forms, Kazakh suffixes and typos, in all three languages.
GULF_TRADES = DATA / "occupations_gulf_trades.tsv"


def test_written_variants_are_understood():
    tallies = evaluate(read_queries(VARIANTS))
    overall = tallies["all"]
    assert overall.n >= 100
    assert overall.at1 / overall.n >= 0.92, overall.misses
    assert overall.at5 / overall.n >= 0.97, overall.misses
    for lang in ("kk", "ru", "en"):
        tally = tallies[lang]
        assert tally.at1 / tally.n >= 0.85, (lang, tally.misses)


def test_the_trades_qatar_hires_are_understood():
    tallies = evaluate(read_queries(GULF_TRADES))
    overall = tallies["all"]
    assert overall.n >= 200
    assert overall.at1 / overall.n >= 0.95, overall.misses
    assert overall.at5 / overall.n >= 0.98, overall.misses
    for lang in ("kk", "ru", "en"):
        tally = tallies[lang]
        assert tally.at1 / tally.n >= 0.9, (lang, tally.misses)
