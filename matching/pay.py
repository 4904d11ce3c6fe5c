"""The least monthly pay a search asks for: «сварщик от 2000», «водитель 2500+», «зарплата 3000 риал»,
«2 мыңнан жоғары», "welder salary 2000 and above". Only a number with a word of pay or of "at least" beside
it counts: «сварщик 6 разряда», «опыт 5 лет» and "6G welder" ask for no pay at all.

Amounts are in Qatari riyals, as every vacancy's pay is; a search in tenge or dollars names no amount the
cards could be compared with, so it is left as a plain search."""

from __future__ import annotations

import re
from decimal import Decimal

# Qatar's minimum basic wage is QAR 1,000: a smaller number is no monthly pay («от 3 лет»); nor is a
# larger one than any vacancy offers a worker.
LEAST = Decimal(500)
MOST = Decimal(100_000)

_AMOUNT = (
    r"(?P<amount>\d{1,3}(?:[\s\u00a0,.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<thousands>\s*(?:к|k|тыс\w*|мың\w*|thousand)(?!\w))?"
)
# Before the amount: "from", "at least", "more than", a word of pay («от», «не меньше», «зарплата», "salary",
# «жалақы», «кемінде»), with at most one word between («зарплата от», "salary of").
_BEFORE = (
    r"(?<!\w)(?:от|from|min|minimum|минимум|мин|не\s+менее|не\s+меньше|не\s+ниже|больше|более|выше|свыше|above|"
    r"over|more\s+than|at\s+least|no\s+less\s+than|кемінде|кем\s+дегенде|keminde|kem\s+degende|"
    r"зарплат\w*|зп|з/п|оклад\w*|salar\w*|pay\w*|wage\w*|жалақы\w*|айлық\w*|zhalaq\w*|jalaq\w*|ailyq\w*)"
    r"\s+(?:[^\W\d]+\s+)?"
)
# After it: a plus, riyals, "and above" («2500+», «3000 риалов», «2000 и выше», "2000 QAR or more",
# «2 мыңнан жоғары», «2000-нан жоғары», «2000 нан астам», «2000 риалдан кем емес»): a Kazakh ending of
# "from" may be joined to the number, hyphenated or typed apart.
_AFTER = (
    r"(?:-\w+|\s?[ндтndt][аеae][нn])?(?:\s*\+|\s*(?:qar|qr|риал\w*|реал\w*|riyal\w*|rial\w*|и\s+выше|и\s+больше|"
    r"и\s+более|или\s+больше|and\s+(?:above|more|up)|or\s+(?:more|above|higher)|plus|жоғары|артық|астам|"
    r"бастап|кем\s+емес|zhogary|jogary|zhoğary|joğary|artyq|astam|bastap|kem\s+emes)(?!\w))+"
)
# The amount with a word before it and any after it, or with words after it only.
_WITH_BEFORE = re.compile(rf"{_BEFORE}{_AMOUNT}(?:{_AFTER})?", re.IGNORECASE)
_WITH_AFTER = re.compile(rf"(?<![\d\w]){_AMOUNT}{_AFTER}", re.IGNORECASE)
# Amounts in another currency: tenge, dollars, roubles, euros (also refused as a profile's salary wish).
OTHER_CURRENCY = re.compile(r"[$₸€]|usd|kzt|eur|евро|долл|dollar|тенге|теңге|\bтг\b|руб", re.IGNORECASE)


def asked_pay(text: str) -> tuple[Decimal | None, str]:
    """(the least monthly pay in riyals the text asks for, the text without it); (None, the text) when
    it asks for none."""
    if not text or OTHER_CURRENCY.search(text):
        return None, text
    matches = sorted((*_WITH_BEFORE.finditer(text), *_WITH_AFTER.finditer(text)), key=lambda match: match.start())
    for match in matches:
        amount = _amount(match)
        if LEAST <= amount <= MOST:
            rest = f"{text[: match.start()]} {text[match.end():]}"
            return amount, " ".join(rest.split())
    return None, text


def _amount(match: re.Match[str]) -> Decimal:
    digits = match.group("amount")
    if re.fullmatch(r"\d{1,3}(?:[\s\u00a0,.]\d{3})+", digits):  # «2 500», "2,500"
        digits = re.sub(r"[\s\u00a0,.]", "", digits)
    amount = Decimal(digits.replace(",", "."))
    return amount * 1000 if match.group("thousands") else amount
