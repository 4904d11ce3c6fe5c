"""What every check of an answer shares: the error it raises, and the reading of an answer the worker
corrected in the same message («5 лет, нет, 6»), where the value after the correction is the one meant."""

from __future__ import annotations

import re
from collections.abc import Callable

# A number as typed, with a decimal point or comma: "5", "2,5", "2500".
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


class InvalidInput(ValueError):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


# ---- an answer corrected in the same message -------------------------------------------------------------
# «5 лет, нет, 6», «Алматы, ой, Талдыкорган», «87011234567 қате, дұрысы 87011234568», "1800 sorry 2000": the
# worker's own correction; the value after it is the one meant. A no («нет», «жоқ», «емес», "no") corrects a
# figure or a place, not a name, which it may be part of.
_CORRECTION = (r"ой|вернее|точнее|то\s+есть|не\s+так|ошибся|ошиблась|извините|простите|қате|дұрысы|durysy|"
               r"sorry|i\s+mean|no\s+wait|wait|rather")
SAID_AGAIN = re.compile(rf"(?<![^\W\d_])(?:{_CORRECTION})(?![^\W\d_])", re.IGNORECASE)
SAID_AGAIN_OR_NO = re.compile(rf"(?<![^\W\d_])(?:{_CORRECTION}|нет|жоқ|joq|no|емес|emes)(?![^\W\d_])",
                               re.IGNORECASE)


def passes(check: Callable[[str], object], text: str) -> bool:
    """Whether an answer is one a step's `check` takes (a region, a number of years): asked of an answer
    given to another step, which is then not kept as this one's."""
    try:
        check(text)
    except InvalidInput:
        return False
    return True


def settled(text: str, read: Callable[[str], object], markers: re.Pattern[str] = SAID_AGAIN_OR_NO) -> str:
    """The part of an answer after the worker's last correction that `read` can take, or the whole answer
    when nothing was corrected (or the words after the correction hold no value: «тәжірибе жоқ»)."""
    for match in reversed(list(markers.finditer(text))):
        tail = text[match.end():].lstrip(" ,.:;!—–-")
        if not text[:match.start()].strip() or not tail:
            continue
        try:
            if read(tail) is not None:
                return tail
        except InvalidInput:
            continue
    return text
