"""What every check of an answer shares: the error it raises, and the reading of an answer the worker
corrected in the same message («5 лет, нет, 6»), where the value after the correction is the one meant."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

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
_CORRECTION = (r"ой(?:[\s,]+(?:нет|жоқ|жок|joq))?|вернее|точнее|то\s+есть|не\s+так|ошибся|ошиблась|извините|простите|қате|дұрысы|durysy|"
               r"стоп|поправка|исправляю|түзетемін|oops|correction|my\s+bad|"  # «…, нет стоп, …», «…, поправка: …»
               r"sorry|i\s+mean|no\s+wait|wait|rather")
SAID_AGAIN = re.compile(rf"(?<![^\W\d_])(?:{_CORRECTION})(?![^\W\d_])", re.IGNORECASE)
SAID_AGAIN_OR_NO = re.compile(rf"(?<![^\W\d_])(?:{_CORRECTION}|нет|жоқ|joq|no|емес|emes)(?![^\W\d_])",
                               re.IGNORECASE)


# ---- the sounds a dictated answer fills its pauses with -------------------------------------------------
# «ээ», «ммм», «ну», «короче», «это самое», "uh", "um": no part of a name, a number or a no, wherever they come.
FILLERS = re.compile(
    r"(?<![^\W\d_])(?:э+(?:-э+)*|эм+|м{2,}|m{3,}|а{3,}|ну\s+это\s+самое|ну\s+это|ну|короче|это\s+самое|типа|значит|uh+|um+|erm|hmm+|ә+|ыы+)"
    r"(?![^\W\d_])[\s,.…]*", re.IGNORECASE)


# ---- the bot's own question copied with the answer -------------------------------------------------------
# «В каком регионе Казахстана вы живёте? Караганда», "What is your full name? (as in your passport) - Timur",
# «Тағы бір мамандығыңыз бар ма? жоқ»: a worker on a phone copies the question, or part of it, before the
# answer. The parts of the wizard's questions in the three languages (their sentences, and the parts of
# those between commas, of three words or more) are taken out; so is the example in a question («например,
# +7 701 123 45 67»), which is no worker's number.
# (Not the occupation's: its examples, «сварщик, водитель грузовика, повар», are answers themselves.)
_QUESTIONS = ("ask-name", "ask-phone", "ask-region", "ask-years", "ask-more", "ask-languages", "ask-qualifications",
              "ask-salary")
_PIECE_WORDS = 3


@lru_cache(maxsize=1)
def _question_parts() -> re.Pattern[str] | None:
    from bot.i18n import LANGUAGES, I18n  # the texts load once, the first time an answer is read

    i18n = I18n()
    pieces: set[tuple[str, ...]] = set()
    for lang in LANGUAGES:
        t = i18n.translator(lang)
        for key in _QUESTIONS:
            question = re.sub(r"<[^>]+>", "", t(key, position=1, max=3))
            for sentence in re.split(r"[.?!:;()\n]", question):
                for piece in (sentence, *sentence.split(",")):
                    words = tuple(re.findall(r"\w+", piece))
                    if len(words) >= _PIECE_WORDS and any(not word.isdigit() for word in words):
                        pieces.add(words)
    if not pieces:
        return None
    alternatives = sorted((r"\W+".join(map(re.escape, words)) for words in pieces), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


# ---- punctuation said aloud ------------------------------------------------------------------------------
# A phone's voice typing writes the punctuation a worker says as words: «Сапаров Ерлан точка», «восемь тире
# семьсот один тире …», «сегіз жүз үтір …», "ten years full stop". A full stop said at the end, and a dash or
# a comma said between words, are the signs themselves.
_SAID_STOP = re.compile(r"[\s,]+(?:точка|нүкте|nukte|núkte|full\s+stop)\s*[.!]?\s*$", re.IGNORECASE)
_SAID_DASH = re.compile(r"(?<=\w)\s+(?:тире|дефис|сызықша|syzyqsha)\s+(?=\w)", re.IGNORECASE)
_SAID_COMMA = re.compile(r"(?<=\w)\s+(?:запятая|үтір|útir|utir|comma)(?=\s+\w)", re.IGNORECASE)


def as_typed(text: str) -> str:
    """A dictated answer with its punctuation said in words written as signs (see `_SAID_STOP`)."""
    return _SAID_COMMA.sub(",", _SAID_DASH.sub("-", _SAID_STOP.sub("", text)))


def without_question(text: str | None) -> str:
    """The answer without the bot's question copied before or around it (see `_QUESTIONS`), and without the
    quotes, question marks and dashes left where it stood; an answer with none of it is returned as typed,
    but for the punctuation a dictated answer says in words (see `as_typed`)."""
    value = as_typed(text or "")
    pattern = _question_parts()
    if pattern is None or not pattern.search(value):
        return value
    value = pattern.sub(" ", value)
    value = re.sub(r"[«»\"“”„]|\(\s*\)|(?<!\w)\?+", " ", value)
    return " ".join(value.split()).strip(" ,.:;!?—–-")


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


# ---- a question asked beside the answer ------------------------------------------------------------------
# «нет, а без них берут?», "no certs, what pay is there?", «жоқ, онсыз ала ма»: a question of the worker's own,
# asked after the answer; it ends with a question mark, or in Kazakh with the particle that asks («ма», «ме»,
# «ба», «бе», «па», «пе»), which voice typing writes without one.
_ASKS = re.compile(r"\?\W*$|(?<![^\W\d_])(?:ма|ме|ба|бе|па|пе|ma|me|ba|be|pa|pe)\W*$", re.IGNORECASE)


def asks_back(text: str) -> bool:
    """Whether a part of an answer is a question the worker asks (see `_ASKS`)."""
    return bool(re.search(r"[^\W\d_]", text)) and _ASKS.search(text.strip()) is not None
