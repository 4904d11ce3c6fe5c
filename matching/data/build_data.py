"""Maintainer tool: rebuild the trimmed taxonomy files shipped in `matching/data/`.

The bot never runs this. It reads the full source files (ISCO-08 titles, ESCO labels, O*NET alternate
titles; see `matching/ATTRIBUTION.md`) from a folder given on the command line and writes the small
subset the matcher needs, so that a clone of the repository works offline with no extra downloads:

    python -m matching.data.build_data /path/to/source/data

Outputs:
- `isco.tsv`: code, level, English (ILO/ESCO) title, Russian (ОКЗ) title, for all four ISCO levels.
- `labels_en.tsv`: code, source (`esco` or `onet`), label: short English labels, one ISCO unit group each.
- `labels_ru_okz.tsv`: Russian titles of ОКЗ-only codes, filed under the nearest ISCO-08 unit group.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Labels longer than this are descriptions, not words a worker or a recruiter types. O*NET titles are
# many and American; only its short ones are kept.
MAX_WORDS = 4
MAX_WORDS_ONET = 2
MAX_CHARS = 50

# ОКЗ codes that ISCO-08 does not have, filed under the nearest ISCO-08 unit group (see ATTRIBUTION.md).
OKZ_TO_ISCO = {
    "2121": "2120",
    "2122": "2120",
    "2414": "3315",
    "3439": "3435",
    "1325": "1324",
    "1432": "1431",
    "2357": "2359",
    "2358": "3422",
    "2425": "2422",
    "2613": "2619",
}


# Words the source copies spell wrong ("restaurant" came as "restcloudnt" in the English ISCO titles and
# ESCO labels): mended as they are read, so that workers see, and the matcher meets, the right word.
REPAIRS = {"restcloudnt": "restaurant", "Restcloudnt": "Restaurant"}


def _repaired(text: str) -> str:
    for wrong, right in REPAIRS.items():
        text = text.replace(wrong, right)
    return text


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{key: _repaired(value) for key, value in row.items()} for row in csv.DictReader(fh)]


def _short(label: str, max_words: int = MAX_WORDS) -> bool:
    return len(label) <= MAX_CHARS and len(label.split()) <= max_words


def build(src: Path) -> None:
    en = {r["code"]: r for r in _read(src / "isco08_en.csv")}
    ru = {r["code"]: r for r in _read(src / "isco08_ru.csv")}
    units = {c for c, r in en.items() if r["level"] == "4"}

    with (HERE / "isco.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("code\tlevel\ttitle_en\ttitle_ru\n")
        for code in sorted(en, key=lambda c: (len(c), c)):
            title_ru = ru.get(code, {}).get("title_ru", "")
            fh.write(f"{code}\t{en[code]['level']}\t{en[code]['title_en'].strip()}\t{title_ru.strip()}\n")

    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str, str]] = []
    for r in _read(src / "esco_isco_altlabels.csv"):
        code, label = r["isco4"], " ".join(r["label"].split()).lower()
        if code in units and _short(label) and (code, label) not in seen:
            seen.add((code, label))
            rows.append((code, "esco", label))
    for r in _read(src / "onet_alt_titles_isco08.csv"):
        code, label = r["isco08_candidates"], " ".join(r["title"].split()).lower()
        if (
            r["n_isco"] == "1"
            and code in units
            and _short(label, MAX_WORDS_ONET)
            and (code, label) not in seen
        ):
            seen.add((code, label))
            rows.append((code, "onet", label))
    with (HERE / "labels_en.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("code\tsource\tlabel\n")
        for code, source, label in sorted(rows):
            fh.write(f"{code}\t{source}\t{label}\n")

    with (HERE / "labels_ru_okz.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("code\tlang\tlabel\n")
        for okz, isco in sorted(OKZ_TO_ISCO.items()):
            if okz in ru and isco in units:
                fh.write(f"{isco}\tru\t{ru[okz]['title_ru'].strip()}\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m matching.data.build_data SOURCE_DIR")
    build(Path(sys.argv[1]))
