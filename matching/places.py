"""Qatar's towns as workers write them: «работа в Дохе», «Лусаилда жұмыс бар ма», "jobs in Al Wakrah",
«Эль-Вакре». A town named in a search keeps the vacancies there; a town with none open gets "none there
now, but here", not "not understood". Officers' files name the same towns ("Doha", "Lusail City"), so both
sides are read by the same table.

Words are compared as `skeleton` writes them (Cyrillic and Latin meet, doubled letters are one). The
Russian and Kazakh case endings are generated for each name («Дохе», «Доху», «Дохада», «Дохадағы»,
«Лусаилге»), which keeps words that merely begin like a town («дохода», "income") out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from .text import skeleton

# The Arabic article as workers write it before a town («Эль-Вакра», «Аль-Райян», «Эр-Райян», "Al Khor").
_ARTICLES = frozenset("al el ar er ad ed ash esh as es".split())
# Case endings of a Russian noun in -а («Доха»: Дохи, Дохе, Доху, Дохой) and of a noun ending in a consonant
# («Лусаил»: Лусаила, Лусаиле, Лусаилу, Лусаилом; «Шамаль»: Шамаля, Шамалю, Шамалем).
_RU_A_ENDINGS = ("a", "i", "e", "u", "oi", "oiu")
_RU_CONSONANT_ENDINGS = ("a", "e", "u", "om", "ia", "iu", "em")
# Kazakh case endings, both vowel harmonies and their voiced and voiceless forms: locative (-да, -дағы),
# dative (-ға, -на), ablative (-дан, -нан), genitive (-ның), accusative (-ны).
_KK_ENDINGS = (
    "da de ta te dagi degi tagi tegi ga ge ka ke na ne dan den tan ten nan nen nin din tin ni di ti"
    # the ones there, kept or shown: «Дохадағылар», «Дохадағыларын», «Лусаилдегілерді»
    " dagilar dagilarin dagilardi degiler degilerin degilerdi tagilar tagilarin tegiler tegilerin"
).split()


# The endings typed after a town's name with its last «а» dropped («Дохда», «Дохдан», «Вакрдағы»).
_KK_CLIPPED = ("da", "dagi", "dan", "ga")


@dataclass(frozen=True, eq=False)  # one object per town (TOWNS): compared and hashed as itself
class Town:
    """A town of Qatar: its key, its name in each language of the bot, and the forms that name it."""

    key: str
    names: Mapping[str, str]
    spellings: tuple[str, ...]  # as `skeleton` writes them, last word uninflected
    needs_article: bool = False  # «хор» alone is a choir; «Эль-Хор», "Al Khor" is the town

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


def _town(key: str, en: str, ru: str, kk: str, *spellings: str, needs_article: bool = False) -> Town:
    return Town(key, {"en": en, "ru": ru, "kk": kk}, spellings, needs_article)


# Districts and areas of Doha that workers and officers name instead of the town: the Industrial Area, where
# most workshops, warehouses and labour camps are («Индастриал», «Индустриальная зона», «Индустриалды аймақ»,
# "Doha Industrial Area"), West Bay («Вест-Бэй») and The Pearl («Перл-Катар»). A search there is a search in
# Doha. "Industrial" alone is left out: "industrial electrician" names a trade, not a place.
_DOHA_AREAS = (
    "industrial area", "indastrial area", "indastrial eria", "industrial eria", "indastrial", "industrialka", "industrialnaia zona",
    "industrialnoi zona", "industrialnuiu zona", "industrialdi aimak", "vest bei", "vest bai", "vestbei",
    "vestbai", "vest be", "pearl", "perl", "perl katar", "pearl katar", "industrial aria", "indastrial aria",
    # The Industrial Area as workers also call it: «промзона», and its Arabic name, Sanaiya («Санайя»).
    "promzona", "sanaia", "sanaiia",
)

TOWNS: tuple[Town, ...] = (
    _town("doha", "Doha", "Доха", "Доха", "doha", "doksa", *_DOHA_AREAS),  # "Doxa": the Kazakh Latin x for h
    _town("lusail", "Lusail", "Лусаил", "Лусаил", "lusail citi", "lusail", "luseil", "losail", "loseil", "lusel", "lusael"),
    _town("al-wakrah", "Al Wakrah", "Эль-Вакра", "Эль-Вакра", "vakra", "vakrah", "uakra"),
    _town("al-rayyan", "Al Rayyan", "Эр-Райян", "Эр-Райян", "raian"),
    _town("al-khor", "Al Khor", "Эль-Хор", "Эль-Хор", "hor", needs_article=True),
    _town("mesaieed", "Mesaieed", "Месаид", "Месаид", "mesaied", "mesaid", "misaid", "mesaed", "mesaiid", "um said",
          "mesaied industrial citi", "mesaid industrial citi"),
    _town("ras-laffan", "Ras Laffan", "Рас-Лаффан", "Рас-Лаффан", "ras lafan", "raslafan", "ras lafan industrial citi"),
    _town("dukhan", "Dukhan", "Духан", "Духан", "duhan", "dukan"),
    _town("umm-salal", "Umm Salal", "Умм-Салаль", "Умм-Салаль", "um salal", "um slal"),
    _town("al-daayen", "Al Daayen", "Эд-Даайен", "Эд-Даайен", "daien"),
    _town("al-shamal", "Al Shamal", "Эш-Шамаль", "Эш-Шамаль", "madinat ash shamal", "shamal",
          needs_article=True),
    _town("al-shahaniya", "Al Shahaniya", "Эш-Шахания", "Эш-Шахания", "shahania"),
)


# Districts and areas of the towns that the portal, agencies and workers give instead of the town ("Education
# City", «Аль-Азизия», "Fox Hills"): each is found as its town, by a search as by a vacancy's place. A district
# whose one word is an ordinary word or a name too («сад», «Нажма», a football club) is found only with its
# article ("Al Sadd"), or is left out. Compared as `skeleton` writes them.
_DISTRICTS: dict[str, tuple[str, ...]] = {
    "doha": ("al sadd", "msheireb", "musheireb", "bin mahmoud", "old airport", "al mansoura", "fereej bin omran",
             "ras abu aboud", "al dafna", "onaiza", "al markhiya", "madinat khalifa", "al muntazah",
             "fereej abdul aziz", "al bidda", "souq waqif", "abu hamour", "al thumama", "al maamoura", "c ring",
             "d ring", "corniche", "korniche"),
    "al-rayyan": ("education city", "al gharrafa", "gharrafa", "al aziziya", "aziziya", "al luqta", "muaither",
                  "al baaya"),
    "al-wakrah": ("al wukair", "wukair", "al mashaf", "ras abu fontas"),
    "lusail": ("fox hills", "al erkyah", "qetaifan"),
    "al-khor": ("al thakhira", "thakhira"),
    "al-shamal": ("ar ruwais", "al ruwais", "ruwais"),
}  # fmt: skip
# The same districts as workers type them in Cyrillic, Russian or Kazakh («Абу-Хамур», «Әбу Хамурда», «Сук Вакиф»),
# where `skeleton` writes them apart from the Latin spellings above ("abu hamour" is "abu hamour", «Абу Хамур» is
# "abu hamur"); those it writes alike («Аль-Садд», «Мушейреб», «Фокс Хиллс») need no line here.
_DISTRICTS_CYRILLIC: dict[str, tuple[str, ...]] = {
    "doha": ("абу хамур", "бин махмуд", "аль мансура", "фериж бин омран", "фередж бин омран", "рас абу абуд",
             "фериж абдул азиз", "фериж абдель азиз", "аль мунтаза", "сук вакиф", "аль тумама", "ас сумама",
             "аль маамура", "мушейриб", "старый аэропорт", "олд эйрпорт", "корниш"),
    "al-rayyan": ("муайтер", "муайзер", "эдьюкейшн сити", "аль баая"),
    "lusail": ("аль эркия",),
    "al-khor": ("аль тахира", "эт тахира"),
}  # fmt: skip


def split_town(text: str) -> tuple[Town | None, str]:
    """(the town a message names, the message without it); (None, the message) when it names none.

    The rest keeps the message's own words («сварщик в Дохе» → «сварщик в»), so a search goes on with
    them as typed, without any other town named. A district of a town («в Education City», «Аль-Азизия») names
    its town."""
    words = (text or "").split()
    town, start, size = _find(words, _forms(), mistyped=True)
    if town is None:
        return None, text
    start, size = _with_place_words(words, start, size)
    rest = words[:start] + words[start + size :]
    # Another town named beside it («сварщик Доха или Лусаил») is searched no more than the first is: left out,
    # it is read as no trade («Вакра» met a profession's label).
    while (other := _find(rest, _forms(), mistyped=True))[0] is not None:
        rest = rest[: other[1]] + rest[other[1] + other[2] :]
    return town, " ".join(rest)


# Words that tell where in a town, typed beside its name or its district's: "Industrial Area street 24", "West Bay
# towers", «Лусаил Марина», «в районе Корниш». They go with the place, not with the trade searched
# («street» met a street vendor's label, «Марина» a sailor's). A street's number after it goes too.
_PLACE_AFTER = re.compile(
    r"(?:street|st|str|road|rd|avenue|ave|towers?|marina|district|zone|area|улиц[аеы]|ул|стрит|марин[аеы]|"
    r"роуд|тауэр\w*|район\w*|көше\w*|koshe\w*|аудан\w*|audan\w*)[.,;:]?",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(r"(?:в\s+)?район[еа]?|(?:the\s+)?area\s+of|ауданы(?:нда)?", re.IGNORECASE)


def _with_place_words(words: list[str], start: int, size: int) -> tuple[int, int]:
    """Where the place a message names starts and how many words it takes, with the words that tell where in it
    (`_PLACE_AFTER`, `_PLACE_BEFORE`)."""
    end = start + size
    while end < len(words) and _PLACE_AFTER.fullmatch(words[end]) is not None:
        end += 1
        if end < len(words) and re.fullmatch(r"\d{1,3}[.,;:]?", words[end]) is not None:
            end += 1
    for before in (2, 1):
        if start >= before and _PLACE_BEFORE.fullmatch(" ".join(words[start - before : start])) is not None:
            start -= before
            break
    return start, end - start


def names_two_towns(text: str) -> bool:
    """True when a message names two towns or more («в Дохе или в Лусаиле?»)."""
    words = (text or "").split()
    _, start, size = _find(words, _forms(), mistyped=True)
    return size > 0 and _find(words[:start] + words[start + size :], _forms(), mistyped=True)[0] is not None


def district_town(text: str) -> Town | None:
    """The town whose district a place names ("Education City" → Al Rayyan), when it names no town itself
    ("Lusail Marina" names Lusail); None otherwise."""
    words = (text or "").split()
    if _find(words, _town_forms(), mistyped=False)[0] is not None:
        return None
    return _find(words, _district_forms(), mistyped=False)[0]


def _find(words: list[str], forms: Mapping[str, Town], mistyped: bool) -> tuple[Town | None, int, int]:
    """The first town the words name through `forms`, the longest phrase where it starts («Умм-Саид» before
    «Саид»), with where it starts and how many words it takes."""
    keys = [skeleton(word) for word in words]
    # The first town named wins («сварщик Доха или Лусаил», "driver al khor / ras laffan": the one the worker put
    # first), the longest phrase where it starts.
    for start in range(len(keys)):
        for size in (4, 3, 2, 1):
            if start + size > len(keys):
                continue
            # A small word before the town goes with it («в Дохе»), but never a number, nor anything after
            # its last word: «в Дохе от 2000» keeps the pay it asks for, "Ras Laffan 5000+" too, and «от 2000, Doha»
            # its «от», which is the pay's and no "from Doha".
            if not keys[start + size - 1] or any(char.isdigit() for word in words[start : start + size] for char in word):
                continue
            if size > 1 and not keys[start] and not _before_town(words, start):
                continue
            phrase = " ".join(key for key in keys[start : start + size] if key)
            town = forms.get(phrase) or (_mistyped(phrase) if mistyped and (" " not in phrase or size == 2) else None)
            if town is not None:
                return town, start, size
    return None, 0, 0


# A word for a driving licence, whose letter after it is its category («водитель категории С в Дохе», «права С,
# Доха»), not the preposition «с» of a town.
_LICENCE_WORD = re.compile(r"(?:kateg|kat$|sanat|categ|cat$|class|prav|licen)")


def _before_town(words: list[str], start: int) -> bool:
    """Whether the small word at `start` may go with the town after it («в Дохе»): not when a comma parts them
    («категории С, Рас Лаффан») nor when it is the letter of a licence category («категории С в Дохе»)."""
    bare = words[start].rstrip(",;:.!?")
    if bare and bare != words[start]:
        return False
    return start == 0 or _LICENCE_WORD.match(skeleton(words[start - 1])) is None


def _mistyped(key: str) -> Town | None:
    """A town's name with two neighbouring letters swapped ("dhoa", «Лусиал», "al kohr": the article before it
    typed right), or with its article joined to it ("Alkhor", «Эльвакра»); None for any other word."""
    forms = _forms()
    article, _, word = key.rpartition(" ")
    if article and article not in _ARTICLES:
        return None
    if len(word) >= 4:
        for i in range(len(word) - 1):
            swapped = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2:]}"
            # the letters put back may spell a sound `skeleton` writes shorter ("kohr" → "khor", written "hor"), but
            # never a letter doubled by the swap ("baby" is no "bbay", written "bai")
            doubled = any(a == b for a, b in zip(swapped, swapped[1:]))
            for form in dict.fromkeys((swapped,) if doubled else (swapped, skeleton(swapped))):
                town = forms.get(f"{article} {form}" if article else form)
                if town is not None:
                    return town
    return None if article else _joined_articles().get(key)


def misspelt_town(place: str) -> Town | None:
    """The one town whose name or usual spelling a vacancy's place is one letter off ("Musaieed"; six letters
    at least, the Arabic article aside); None when none is, or several are."""
    words = [word for word in skeleton(place).split() if word not in ("al", "el", "ar", "er", "ad", "ed", "ash", "esh")]
    text = " ".join(words)
    if len(text) < 6:
        return None
    found = {town for town in TOWNS for form in (*town.spellings, *(skeleton(name) for name in town.names.values()))
             if Levenshtein.distance(form, text) == 1}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)  # a search asks it for every open vacancy; they name a few places
def town_of(city: str) -> Town | None:
    """The town a vacancy's place names ("Doha", "Lusail City", "Doha, Qatar"); None for any other place."""
    return split_town(city)[0]


@cache
def _forms() -> dict[str, Town]:
    """Every written form of every town and of its districts (the towns' own first)."""
    return {**_district_forms(), **_town_forms()}


@cache
def _town_forms() -> dict[str, Town]:
    """Every written form of every town, with the article and without (unless a town needs it)."""
    forms: dict[str, Town] = {}
    for town in TOWNS:
        for spelling in town.spellings:
            _add_forms(forms, spelling, town, bare=not town.needs_article or " " in spelling)
    return forms


@cache
def _district_forms() -> dict[str, Town]:
    """Every written form of every district, as its town."""
    forms: dict[str, Town] = {}
    by_key = {town.key: town for town in TOWNS}
    for spellings in (_DISTRICTS, _DISTRICTS_CYRILLIC):
        for key, districts in spellings.items():
            for district in districts:
                for form in _with_each_article(skeleton(district)):
                    _add_forms(forms, form, by_key[key], bare=True)
    return forms


def _with_each_article(district: str) -> list[str]:
    """The district as written, and, when it starts with the Arabic article, with the article's other spellings
    too («Эль-Садд» and «Аль-Садд» are one place; "al sadd" gives "el sadd"); never without it, since «Садд» alone
    is the Russian "garden"."""
    article, _, rest = district.partition(" ")
    if article not in _ARTICLES or not rest:
        return [district]
    return [district, *(f"{other} {rest}" for other in sorted(_ARTICLES) if other != article)]


def _add_forms(forms: dict[str, Town], spelling: str, town: Town, bare: bool) -> None:
    for form in _inflected(spelling):
        if bare:
            forms.setdefault(form, town)
        for article in _ARTICLES:
            forms.setdefault(f"{article} {form}", town)


@cache
def _joined_articles() -> dict[str, Town]:
    """Each town's forms with its article typed as one word with it ("alkhor", «Эльвакре»)."""
    joined: dict[str, Town] = {}
    for town in TOWNS:
        for spelling in town.spellings:
            if " " in spelling:
                continue
            for form in _inflected(spelling):
                for article in _ARTICLES:
                    joined.setdefault(skeleton(f"{article}{form}"), town)
    return joined


def _inflected(spelling: str) -> set[str]:
    """The spelling with its last word in each Russian and Kazakh case ("doha" → "dohe", "dohadagi")."""
    *head, last = spelling.split()
    endings = [f"{last[:-1]}{e}" for e in _RU_A_ENDINGS] if last.endswith("a") else [
        f"{last}{e}" for e in _RU_CONSONANT_ENDINGS
    ]
    lasts = {last, *endings, *(f"{last}{e}" for e in _KK_ENDINGS)}
    if last.endswith("a") and len(last) >= 4:  # «Дохда», «Вакрда»: the stem's «а» dropped before the ending
        lasts |= {f"{last[:-1]}{e}" for e in _KK_CLIPPED}
    # «Рас-Лаффаннан»: the ending's first letter doubles the stem's last, which `skeleton` writes once
    lasts |= {re.sub(r"(.)\1", r"\1", word) for word in lasts}
    return {" ".join([*head, word]) for word in lasts}


# Words that ask about a town itself, not for work there: its weather, the way there and how far, the cost
# of living, where it is («в Дохе жарко?», «как добраться до Лусаила», «Дохада ауа райы қандай», "is it hot in Doha?",
# «Лусаил қай жерде?»).
_ABOUT_THE_TOWN = re.compile(
    r"(?<!\w)(?:жар[аек]\w*|погод\w*|климат\w*|температур\w*|градус\w*|добрат\w*|доехать|доеду|ехать|езды|"
    r"далеко|расстояни\w*|километр\w*|км|такси|метро|дорог[оа]я?|цены|ыстық|суық|ауа\s+райы|жету\w*|жетем\w*|"
    r"алыс|қашық\w*|қымбат\w*|ystyq|aua\s+raiy|alys|hot|weather|climate|temperature|far|distance|how\s+to\s+get|"
    r"get\s+to|taxi|metro|expensive|cost\s+of\s+living|"
    # Where it is and what it is: «Доха это столица?», «Лусаил где находится?», «Лусаил қай жерде?», "where is Lusail?"
    r"столиц\w*|находится|где\s+это|это\s+где|елорда\w*|қай\s+жерде|кай\s+жерде|qai\s+jerde|kai\s+jerde|"
    r"qaı\s+jerde|qai\s+zherde|kai\s+zherde|capital|where\s+is|where's)(?!\w)",
    re.IGNORECASE,
)


# Work near the metro, a condition of the job rather than a question about the town: «рядом с метро», «возле
# метро», «недалеко от станции метро», «метроға жақын», «metroga jaqyn», "near the metro", "close to a metro
# station", «ryadom s metro».
NEAR_METRO = re.compile(
    r"(?<!\w)(?:(?:рядом\s+с|недалеко\s+от|близко\s+(?:к|от)|поблизости\s+от|возле|около|ryadom\s+s|riadom\s+s|"
    r"vozle|okolo|near(?:by)?|close\s+to|next\s+to|walking\s+distance\s+(?:to|from))\s+(?:(?:the|a|an)\s+)?"
    r"(?:станци\w*\s+)?(?:метро|metro)(?:\s+(?:станци\w*|stations?))?"
    r"|(?:метро|metro)\w*\s+(?:жақын|жакын|jaqyn|jakyn|zhaqyn|zhakyn|жанында|janynda|zhanynda)"
    r"|(?:near|close\s+to)\s+(?:the\s+)?(?:metro|subway)\s+stations?)(?!\w)",
    re.IGNORECASE,
)


def asks_about_a_town(text: str) -> bool:
    """True when a message names a town of Qatar only to ask about the town (its weather, the way there,
    prices): chat, not a search for the vacancies there. Work near the metro is a condition of the job
    («уборщица в Дохе недалеко от метро»), not a question about the way there."""
    return split_town(text)[0] is not None and _ABOUT_THE_TOWN.search(NEAR_METRO.sub(" ", text or "")) is not None
