"""Package rules: pure domain code, data shipped inside, label files read robustly."""

import ast
from pathlib import Path

import matching
from matching import classify_title
from matching.evaluate import evaluate, read_queries
from matching.taxonomy import load_taxonomy, read_worker_labels

PACKAGE = Path(matching.__file__).resolve().parent
FORBIDDEN = ("aiogram", "sqlalchemy")


def test_no_aiogram_or_sqlalchemy_imports():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_taxonomy_covers_every_isco_unit_group_in_english_and_nearly_all_in_russian():
    tax = load_taxonomy()
    assert len(tax.units) == 436
    assert sum(c in tax.titles_ru for c in tax.units) >= 428
    assert len(tax.kk_labels) >= 60


def test_label_files_are_globbed_and_malformed_lines_skipped(tmp_path):
    (tmp_path / "a.tsv").write_text(
        "code\tlang\tlabel\n7212\tkk\tДәнекерлеуші\nbad line\n72\tru\tсварщик\n7212\tde\tSchweisser\n"
        "7212\tru\n5120\tru\tповар\n",
        encoding="utf-8",
    )
    (tmp_path / "b.tsv").write_text("code\tlang\tlabel\n8332\ten\ttruck driver\n", encoding="utf-8")
    rows = [(r.code, r.lang, r.label) for r in read_worker_labels(tmp_path)]
    assert rows == [("7212", "kk", "дәнекерлеуші"), ("5120", "ru", "повар"), ("8332", "en", "truck driver")]


def test_gulf_vacancy_titles_are_classified():
    expected = {
        "MIG Welder": "7212",
        "Pipe Fitter": "7126",
        "Heavy Duty Driver (Trailer)": "8332",
        "Staff Nurse (ICU)": "2221",
        "Cook - Indian & Continental": "5120",
        "Mobile Crane Operator": "8343",
        "Room Attendant": "9112",
        "Housemaid": "9111",
    }
    got = {title: (m.code if (m := classify_title(title)) else None) for title in expected}
    assert got == expected
    assert classify_title("Urgent hiring!!!") is None


def test_evaluate_counts_recall(tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text("query\tlang\tcodes\nсварщик\tru\t7212\nwelder\ten\t5120\n", encoding="utf-8")
    tallies = evaluate(read_queries(path))
    assert (tallies["all"].n, tallies["all"].at1) == (2, 1)
    assert tallies["ru"].at1 == 1 and tallies["en"].at1 == 0
