"""Recall on worker queries written for these tests (inflections, typos, Latin Kazakh, noise words).

The set in `worker_queries.tsv` is independent of the labels' wording where possible; the bar is below
what the matcher reaches so that only a real loss of understanding fails it.
"""

from pathlib import Path

from matching.evaluate import evaluate, read_queries

QUERIES = Path(__file__).with_name("worker_queries.tsv")


def test_recall_on_worker_queries():
    tallies = evaluate(read_queries(QUERIES))
    overall = tallies["all"]
    assert overall.n >= 150
    assert overall.at1 / overall.n >= 0.93, "\n".join(overall.misses)
    assert overall.at5 / overall.n >= 0.97
    for lang in ("kk", "ru", "en"):
        assert tallies[lang].at1 / tallies[lang].n >= 0.88, lang
