"""The ISCO-08 taxonomy shipped as data in `matching/data/`, loaded lazily once.

Files (see ATTRIBUTION.md for sources and licences):
- `isco.tsv`: all ISCO-08 groups (four levels) with English and Russian titles;
- `labels_en.tsv`: short English labels from ESCO and O*NET, one unit group each;
- `labels_ru_okz.tsv`: Russian titles of ОКЗ-only groups, filed under their nearest ISCO-08 unit group;
- `labels/*.tsv`: the words workers actually use, in Kazakh, Russian and English (`code\\tlang\\tlabel`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parent / "data"
LABELS_DIR = DATA_DIR / "labels"

_CODE_RE = re.compile(r"^\d{4}$")
_WORKER_LANGS = frozenset({"kk", "ru", "en"})


class LabelRow(NamedTuple):
    """One label of one unit group, with where it came from (the source decides its trust)."""

    code: str
    lang: str
    label: str
    source: str  # "worker", "isco", "okz", "esco" or "onet"


@dataclass
class Taxonomy:
    titles_en: dict[str, str] = field(default_factory=dict)  # every level, code -> title
    titles_ru: dict[str, str] = field(default_factory=dict)
    kk_labels: dict[str, str] = field(default_factory=dict)  # unit group -> first Kazakh label seen

    def label_rows(self) -> Iterator[LabelRow]:
        """Every label of every unit group, read from the files again on each call.

        Only the occupation index is built from them (once per process), so they are not kept: 60,000
        rows are 9 MB a running bot has no use for.
        """
        units = set(self.units)
        for code in sorted(units):
            yield LabelRow(code, "en", self.titles_en[code], "isco")
            if code in self.titles_ru:
                yield LabelRow(code, "ru", self.titles_ru[code], "isco")
        for name, lang in (("labels_ru_okz.tsv", "ru"), ("labels_en.tsv", "en")):
            for parts in _tsv_rows(DATA_DIR / name):
                if len(parts) == 3 and parts[0] in units:
                    yield LabelRow(parts[0], lang, parts[2], "okz" if lang == "ru" else parts[1])
        yield from (row for row in read_worker_labels() if row.code in units)

    @property
    def units(self) -> list[str]:
        return [c for c in self.titles_en if len(c) == 4]


def _tsv_rows(path: Path) -> list[list[str]]:
    """Data lines of a TSV file (header skipped); lines with a wrong number of fields are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [line.split("\t") for line in lines[1:] if line.strip()]


def read_worker_labels(folder: Path = LABELS_DIR) -> list[LabelRow]:
    """All `code\\tlang\\tlabel` files of the folder, in name order; malformed lines are skipped."""
    rows: list[LabelRow] = []
    for path in sorted(folder.glob("*.tsv")):
        for parts in _tsv_rows(path):
            if len(parts) != 3:
                continue
            code, lang, label = (p.strip() for p in parts)
            if _CODE_RE.match(code) and lang in _WORKER_LANGS and label:
                rows.append(LabelRow(code, lang, label.lower(), "worker"))
    return rows


@cache
def load_taxonomy() -> Taxonomy:
    tax = Taxonomy()
    for parts in _tsv_rows(DATA_DIR / "isco.tsv"):
        if len(parts) == 4:
            code, _level, en, ru = parts
            tax.titles_en[code] = en
            if ru:
                tax.titles_ru[code] = ru
    units = set(tax.units)
    for row in read_worker_labels():
        if row.lang == "kk" and row.code in units:
            tax.kk_labels.setdefault(row.code, row.label)
    return tax
