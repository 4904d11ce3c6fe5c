"""A registered worker asking in words to change one field of the profile: «поменяй регион на Алматы»,
«мой новый номер 87011234567», «измени зарплату на 3000», «добавь профессию электрик», "change my region
to Almaty", «аймағымды Алматыға ауыстырыңыз».

Reading such a message is kept apart from the bot so that it can be tested on its own. A change is read
only when the message plainly asks for one (a word that changes, adds or says "new"), names exactly one
field, asks no "how" («как поменять номер?» wants the way, not a change), and its new value passes the
same check as the wizard's answer; anything less is left to the answers the bot gave before, since a
worker asked to confirm a change they never meant would lose trust in the bot.

Words are compared folded (`matching.text.fold`), so Kazakh in Cyrillic or Latin letters and Russian
transliterated meet the same stems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

import matching
from bot import validation
from matching.text import fold

Field = Literal["name", "phone", "region", "salary", "languages", "occupation"]
MAX_WORDS = 20  # a longer message is a story, not a request to change one field

def _folded(words: str) -> tuple[str, ...]:
    """Words as they are written here, folded as a message's words are."""
    return tuple(fold(word) for word in words.split())


# Words that ask for a change (the beginnings of their folded forms): «поменяй», «измени», «исправь»,
# «ауыстырыңыз», «өзгертіңіз», "change", "update"; and "new" («мой новый номер», «жаңа нөмірім»).
_CHANGE = _folded("pomen izmen smen zamen isprav obnov postav ukaj zapish ustanov auistir ozgert janart tuzet "
                  "change updat replac correct switch")
_CHANGE_WORDS = frozenset(_folded("set fix edit novi novii novaia novoe new jana jani"))
# Words that add: a trade or a language joins those held («добавь», «қосыңыз», "add").
_ADD = _folded("dobav")
_ADD_WORDS = frozenset(_folded("add kos kosu kosiniz kosingiz kosip kosin kosindar kosamin kosaiin"))
# "How", "where", "what", a no: a question about the way, or no request at all.
_NOT_A_REQUEST = frozenset(_folded("kak kakim gde kuda how where kalai kaitip kaida ne not dont don't emes "
                                   "nelzia chto what pochemu why nege"))

# Each field by the beginnings of its folded names. A surname alone («фамилия») is not the whole name the
# profile keeps, and «язык» alone is as often the bot's language (/language): neither is read.
_FIELDS: dict[Field, tuple[str, ...]] = {
    "name": _folded("imia imen fio name esim atimdi atim jonim"),
    "phone": _folded("nomer nomir telefon phone number tel"),
    "region": _folded("region oblast aimak aimag onir oblis gorod city kalam kalan kalasin kaladan"),
    "salary": _folded("zarplat oklad salar wage jalak zhalak zp"),
    "languages": _folded("iaziki iazikov iazikam languages tilder"),
    "occupation": _folded("profes spetsialnost mamandik mamandig kasip kasib trade occupation"),
}
_WHOLE_WORDS = frozenset(_folded("fio zp tel name atim"))  # short names that begin other words
_SURNAME = _folded("famil surname")
_SURNAME_WORDS = frozenset(_folded("tegi tegim tegimdi tegin tegindi"))  # not «тегін», free, a stem
_LANGUAGE_ALONE = _folded("iazik language til")
_PROFILE = _folded("profil anket")

# Words around the field and its value that are neither: «мой», «на», «пожалуйста», «деп», "my", "to".
_FILLERS = frozenset(_folded(
    "moi moia moe moiu mne menia na v vo s so ia u iz pojaluista pliz davai davaite hochu nujno nado mojno "
    "mojete bot please my me to in into the a an as for i want would like could can you is on from of "
    "menin meni maga dep otinemin kerek"
))
_TO = frozenset(_folded("na to into on"))
# Words that say the worker moved («я переехал в Актау», «Алматыға көшіп келдім», "I moved to Almaty"): the
# region they name is the new one; named two, the one after «в» or "to" («из Актау в Алматы»), never the
# one left (Kazakh «Ақтаудан», from Aktau).
_MOVED = _folded("pereha pereseli koshtim koship koshtik koshkenmin moved relocat")
MAX_MOVED_WORDS = 10  # «переехал в Актау, ищу работу сварщиком в Дохе от 2000 ...» is a search
_MOVED_TO = frozenset(_folded("v vo to into in"))
_FROM_ENDINGS = ("dan", "den", "tan", "ten", "nan", "nen")  # «с Мангистау на Алматы»: the value follows the last of them
_WORD = re.compile(r"[^\W\d_]+")
_PHONE = re.compile(r"\+?\d[\d\s()\-]{8,}\d")


@dataclass(frozen=True)
class ProfileChange:
    """What a worker asked to change, and to what: a region code, a phone in E.164, an amount in QAR,
    language codes, a name, or the words of a trade (whose occupation the worker then picks)."""

    field: Field
    value: str | Decimal | tuple[str, ...]
    adds: bool = False  # languages: added to those held rather than replacing them


# A request to delete one's data, told apart from an answer to a question of the profile wizard: a word
# that deletes («удалите», «өшіріңіз», «жойыңыз», "delete", "remove") beside what is deleted (the data,
# the profile, the account, «меня», «всё»). «Удалов Иван» or «оператор по удалению асбеста» name nothing
# to delete, so they stay a name and a trade.
_DELETE = _folded("udalit udali udalite oshir joi delet remov eras")
_DELETED = _folded("profil anket akaunt acount derek malimet akparat informats")
_DELETED_WORDS = frozenset(_folded("данные данных дату data info информацию меня мені мени всё все барлығын "
                                   "бәрін barligin me everything"))


def asks_to_delete(text: str | None) -> bool:
    """True when a message plainly asks to delete the worker's data: it is answered with /delete's
    confirmation wherever it is written, a wizard's question included, and deletes nothing by itself."""
    words = [fold(word) for word in _WORD.findall((text or "").lower())]
    if not words or len(words) > MAX_WORDS or not any(word.startswith(_DELETE) for word in words):
        return False
    return any(word.startswith(_DELETED) or word in _DELETED_WORDS for word in words)


def read_change(text: str | None) -> ProfileChange | None:
    """The change a message asks for, or None when it asks none plainly or its value is not valid."""
    words = [fold(word) for word in _WORD.findall((text or "").lower())]
    if not words or len(words) > MAX_WORDS or not _NOT_A_REQUEST.isdisjoint(words):
        return None
    if any(word.startswith(_MOVED) for word in words):  # a move told, not asked about or told in passing
        short = len(words) <= MAX_MOVED_WORDS and "?" not in (text or "")
        return _checked("region", _moved_to(text or ""), adds=False) if short else None
    adds = any(word.startswith(_ADD) or word in _ADD_WORDS for word in words)
    if not adds and not any(word.startswith(_CHANGE) or word in _CHANGE_WORDS for word in words):
        return None
    field = _field(words)
    if field is None:
        return None
    value = _value(text or "", field)
    if field == "occupation":
        return ProfileChange("occupation", value) if adds and _names_a_trade(value) else None
    if adds and field != "languages":  # «добавь номер …»: no field but trades and languages is added to
        return None
    return _checked(field, value, adds)


def _moved_to(text: str) -> str:
    """The words that name where the worker moved: those after the last «в» or "to" that a region follows
    («из Актау в Алматы», "to Astana in spring"), without a place left («Ақтаудан»)."""
    starts = [match.end() for match in _WORD.finditer(text) if fold(match.group().lower()) in _MOVED_TO]
    for begins in [*reversed(starts), 0]:
        words = " ".join(word for word in text[begins:].split() if not _left_from(word))
        if validation.passes(validation.region, words):
            return words
    return ""


def _left_from(word: str) -> bool:
    folded = fold(word.lower().strip(",.!"))
    return len(folded) > 5 and folded.endswith(_FROM_ENDINGS)


def _field(words: list[str]) -> Field | None:
    """The one field the words name; None for none, for two, or for a name that is not the profile's."""
    joined = " ".join(words)
    if any(word.startswith(_SURNAME) or word in _SURNAME_WORDS for word in words) or "last name" in joined:
        return None
    named = [field for field, stems in _FIELDS.items() if any(_names(word, stems) for word in words)]
    if not named and any(word.startswith(_PROFILE) for word in words):
        named = ["occupation"]  # «добавь сварщика в профиль»: only a trade is added to a profile so
    if named == ["occupation"] and any(_names(word, _FIELDS["salary"]) for word in words):
        return None
    if not named and any(word.startswith(_LANGUAGE_ALONE) for word in words):
        return None
    return named[0] if len(named) == 1 else None


def _names(word: str, stems: tuple[str, ...]) -> bool:
    return any(word == stem if stem in _WHOLE_WORDS else word.startswith(stem) for stem in stems)


def _value(text: str, field: Field) -> str:
    """The message without its request, field and filler words: what is left is the new value. After «на»
    or "to" only what follows counts («с Мангистау на Алматы»)."""
    stems = _CHANGE + _ADD + _PROFILE + tuple(s for stems in _FIELDS.values() for s in stems)
    kept: list[tuple[int, int]] = []
    last_to = 0
    for match in _WORD.finditer(text):
        folded = fold(match.group().lower())
        if folded in _TO:
            last_to = match.end()
        drop = (folded in _FILLERS or folded in _CHANGE_WORDS or folded in _ADD_WORDS
                or _names(folded, stems))
        if drop:
            kept.append((match.start(), match.end()))
    value = "".join(" " if any(a <= i < b for a, b in kept) else char for i, char in enumerate(text))
    after = _clean(value[last_to:])
    return after if field != "name" and last_to and after else _clean(value)


def _clean(value: str) -> str:
    """Dashes, colons and commas left between the words taken out («аты-жөнім», «номер: …») go too."""
    return " ".join(re.sub(r"(?<!\w)[-–—:,.!](?!\d)", " ", value).split())


def _names_a_trade(words: str) -> bool:
    return any(char.isalpha() for char in words) and bool(matching.suggest_occupations(words, limit=1))


def _checked(field: Field, value: str, adds: bool) -> ProfileChange | None:
    """The value as the wizard would keep it, or None when the wizard would ask again."""
    try:
        if field == "phone":
            found = _PHONE.search(value)
            phone = validation.own_phone_number(found.group()) if found else None
            return ProfileChange("phone", phone) if phone else None
        if field == "region":
            return ProfileChange("region", validation.region(value))
        if field == "salary":
            return ProfileChange("salary", validation.salary(value))
        if field == "languages":
            return ProfileChange("languages", tuple(validation.spoken_languages(value)), adds=adds)
        return ProfileChange("name", validation.full_name(value))
    except validation.InvalidInput:
        return None
