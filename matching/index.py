"""An index of every occupation label as folded tokens, and the phrase scorer that searches it.

A query is scored against labels by how well their tokens meet: each query token finds the label
tokens it equals, starts with (a suffix was added: "svarshikom", "жүргізушісі"), is the start of
(a word typed half-way), or is close to (a typo, through rapidfuzz). A label's score combines how much
of the label was found (weighted towards rare, telling words) with how much of the query it explains,
then the label source's trust; a code also scores for the query words its labels explain together. Only
labels sharing a token with the query are ever looked at.
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .taxonomy import LabelRow, load_taxonomy
from .text import (
    ABBREVIATION_KEYS,
    OIL_SITE_WORD_KEYS,
    AUXILIARY_KEYS,
    HELPER_KEYS,
    HEAD_KEYS,
    HOUSE_LOCATIVES,
    RANK_KEYS,
    WEAK_KEYS,
    WHEN_KEYS,
    WORK_VERB_KEYS,
    fold,
    is_employer_key,
    label_keys,
    named_place_kinds,
    place_words,
    query_tokens,
    spelled_letter_runs,
    stem,
)

# How much each source is trusted when two labels match equally well: the words workers use (written
# for this bot) first, then the official title, then the large English vocabularies.
SOURCE_TRUST = {"worker": 1.0, "isco": 0.96, "okz": 0.95, "esco": 0.94, "isco_part": 0.92, "onet": 0.92}
# When the bot's own worker labels file a phrase under some codes, the large vocabularies filing the same
# phrase elsewhere (ESCO lists "plumber" under welders too) are trusted this much less.
OVERRULED_FACTOR = 0.85
# ESCO and O*NET call some engineering technicians and draughtspersons engineers ("hvac design engineer",
# "structural engineer" among the draughtspersons and mechanical technicians); ISCO-08 files the engineer
# apart (21), and a worker who calls himself one means it. Such labels of the technician group count as
# overruled. (Ship engineers, 3151, are engineers by their ISCO-08 title and keep theirs.)
TECHNICIAN_GROUP = "311"
_ENGINEER = frozenset({"enginer", "enginers"})  # "engineer" folded

# Similarity credited to a token by the way it met a label token (1.0 = identical).
PREFIX_SIM = 0.97  # query token = label token + a suffix ("сварщиком", "zhurgizushisi")
PREFIX_STEP = 0.015  # lost per extra letter of suffix
MAX_SUFFIX = 6
# Kazakh personal and possessive endings and Russian case endings, folded: after one of these a stem of
# three letters is enough ("гидмін", "gidpin"); otherwise four, so that short words do not match anything.
KNOWN_SUFFIXES = frozenset("min pin bin mun pun bun si im iz imiz om em".split())
_SUFFIXES_LONGEST_FIRST = sorted(KNOWN_SUFFIXES, key=lambda s: (-len(s), s))
MIN_STEM_FOR_TYPO = 4  # a misspelt stem shorter than this before an ending is too little to go on
# «мейрамхананың бас аспазшысымын», «зауыттың электригімін»: "I am its cook", a possessive ending and a
# personal one after it. The word's stem is then further from its end than MAX_SUFFIX letters («аспаз» of
# «аспазшысымын»), and is looked for that much further, losing as much for each letter as any ending does.
_PERSONAL_AFTER_POSSESSIVE = ("simin", "sinin", "imin", "inin", "sipin", "ipin", "sibin", "ibin")
# A Kazakh ending that begins with a vowel voices the last consonant of a Russian trade word before it:
# «погрузчик» is «погрузчигі», «погрузчигімен» ("with my forklift"), «электригімін» (as «кітап» is
# «кітабы»): the к (қ) is г (ғ), the п б. The stem with its letter as the labels write it is the word meant,
# when it is a word of the bot's own trade labels.
_KAZAKH_VOICED_END = {"g": "k", "b": "p"}
_VOWEL_LETTERS = frozenset("aeiouy")
MIN_VOICED_STEM = 5
# Russian feminine agent nouns, stemmed and folded (-щица, -чица, -ница), and the masculine ending their
# labels are written with (-щик, -чик, -ник); and the same typed with «е» for the unstressed «и»
# («плиточнеца», «уборщеца», «сварщеца»), as workers often hear and write it.
FEMININE_ENDINGS = (
    ("shits", "shik"), ("chits", "chik"), ("nits", "nik"),
    ("shets", "shik"), ("chets", "chik"), ("nets", "nik"),
)  # fmt: skip
# The reading as Russian typed in Latin letters counts when its word is found whole, or with a Russian
# ending of up to three letters ("oficiantom", "policii"): a longer rest is another word.
RU_LATIN_MIN_SIM = PREFIX_SIM - 3 * PREFIX_STEP - 1e-9
TRUNCATED_SIM = 0.88  # query token is the beginning of a longer label token ("electr")
# Query token names the work, a label its worker: "welding" the welder, "cooking" the cook, "nursing" the
# nurse, «сварка» («сварке», «сваркой») the «сварщик», «уборка» the «уборщик».
ACTIVITY_SIM = 0.93
# Query token is a word of the highest rank, a label token a lower one (`text.RANK_WORDS`: «главный» for
# «старший»): less than a word's own short form, as the ranks are near, not the same.
RANK_SIM = 0.9
ABBREVIATION_SIM = 0.95  # query token is a short form of a label token ("tech", «инж»; `text.ABBREVIATIONS`)
# An oil site's name («на Тенгизе», "KPO operator", `text.OIL_SITE_NAMES`) is read as the word "oil", but less
# surely than the word itself: it says where the trade was done, and "welder at Qatargas LNG" is still the
# welder, not the gas plant's operator the name and "LNG" together met.
OIL_SITE_SIM = 0.8
# Query token is the Gulf's "boy" of a trade, a label token its "helper" (`text.HELPER_WORDS`): well below
# a short form, so that the boy of a trade named in full ("car washer boy") stays that trade's worker
# before another trade's helper.
HELPER_SIM = 0.7
# A query word this long or longer may be a mistyped word of speech around a trade (`text.AUXILIARY_KEYS`);
# shorter ones («жұм», "bol") are too little to go on.
MIN_AUXILIARY_TYPO = 4
# A Latin token read as Russian typed in Latin letters ("c" as ц, "x" as х, "j" as й): what the reading
# is worth against the same word spelt in the token's own letters.
RU_LATIN_FACTOR = 0.98
FUZZY_FACTOR = 0.95  # fuzzy similarity times this: a typo is never as good as the word itself
# Occupations with labels written for the bot's workers are the ones they hold; when a match is equally
# good (often a typo one letter from two words), the others give way.
UNLABELLED_PRIOR = 0.97
# Query words that meet no label at all (names, places, chatter) count as this many words in all.
UNKNOWN_WORDS_COST = 0.5
# Two labels of one code explaining a query together ("сварщик-аргонщик") are worth this share of one
# label saying it all. A label whose phrase the bot's own labels file elsewhere (`OVERRULED_FACTOR`) joins
# only the bot's own labels of the code («монтажники» with «монтажник кабельных сетей»): O*NET's "plasterer"
# among the manufacturing hands, with its "sign painter", made the "plasterer-painter" a factory hand
# before the plasterer and the painter.
CODE_JOINT_FACTOR = 0.9
JOINT_MIN_TRUST = OVERRULED_FACTOR
WEAK_WORD_WEIGHT = 0.3  # "senior", "general", "старший": what share of a word they count for in a query
HEAD_WORD_WEIGHT = 1.5  # "foreman", "бригадир": how many words they count for in a query
# "shift", «смены»: when the worker works, not what he does (`text.WHEN_WORDS`); and the words that say
# where («in villa», «в отеле»: `text.place_words`).
WHEN_WORD_WEIGHT = 0.5
MAX_CANDIDATES_PER_TOKEN = 24
SWAP_ONLY_LENGTH = 4
SWAP_BONUS = 0.02  # two letters swapped is the commonest typo: preferred to another one-edit word
# A query word found only in this many labels is also read as a possible typo of a word in COMMON_FACTOR
# times as many.
RARE_EXACT_LABELS = 3
COMMON_FACTOR = 10
# A query of several words whose best code scores below this is read again with its words in doubt: each
# may be a typo of a commoner word even when it is a word itself ("truck drier").
DOUBT_BELOW = 80.0
DOUBT_WORDS = 4  # a title of a few words; a longer message is not read twice
# A title of a few words whose best code scores below this is read again with two neighbouring words that
# labels hold as one word joined ("green house grower"). Above it, the words apart met a label of theirs
# ("assistant nurse aide", "store keeper assistant"), and joined they only met some other trade better.
JOIN_BELOW = 90.0
# An English agent ending written the other way ("operater", "waitor"): worth less than the word itself,
# more than a word with a suffix added and than a typo. "-yer" for "-yor" ("surveyer", "conveyer") is the
# third: the skeleton reads "yo" as ё, so "surveyor" is "surver" and "surveyer" "surveier", which met the
# survey ("survei" with a suffix) before the surveyor. "-ar" for "-er" is how the ear spells an
# unstressed ending ("plasterar", "paintar"). Russian hears its unstressed «-ик» as «-ек» the same way
# («мяснек», «сантехнек», «сварщек»), as the feminine «-ница» is heard «-неца» (`FEMININE_ENDINGS`).
AGENT_ENDING_SIM = 0.96
AGENT_ENDINGS = (
    ("er", "or"), ("or", "er"), ("ier", "er"), ("ar", "er"),
    ("nek", "nik"), ("shek", "shik"), ("chek", "chik"),
)  # fmt: skip
# A word heard with one consonant voiced or voiceless the other way ("welter" for "welder", "plumper" for
# "plumber"): speech recognition writes the word it knows that sounds nearest, and English says a "t"
# between vowels or after "l" and "r" much as a "d". Read as a word of the bot's own trade labels when the
# word as written is in none of them, a little above a word met only in O*NET's titles (O*NET's shoe
# "welter"), below one of ESCO's.
VOICED_SIM = 0.93
_VOICING = {"t": "d", "d": "t", "p": "b", "b": "p", "k": "g", "g": "k", "s": "z", "z": "s", "f": "v", "v": "f"}
# A word spelt as it is said in Russian (unstressed о as а, е as и, a voiced last consonant voiceless:
# «дворнег», «даярка», «афициант») meets the word spelt right when no spelling of it comes closer.
PHONETIC_SIM = 0.85
MIN_PHONETIC_LENGTH = 5
# An English trade word with its vowels spelt as they are heard ("mesan", "halpar", "plambar", "wildar",
# "crain" for "crane"): a word learnt by ear keeps its consonants and loses its vowels, two of them in a
# short word, which the typo step does not reach. A little below a Russian spelling by sound; words of the bot's English trade
# labels only.
VOWEL_SIM = 0.84
# An English trade word written in Cyrillic letters as it is heard («тайл фиксер», «крейн оператор»,
# «сейфти офицер», «лайфгард», «нёрс»): Gulf sites name their trades in English, and workers write the
# words they hear there in the letters they have. Letter for letter such a word folds to no English
# spelling ("tail" is no "tile", "krein" no "crane"): its vowels are the sound, the English word's its
# spelling, with an "e" that is not said and a "c" said as "s" or "k". Both are compared by their
# consonants (`_heard_keys`), as Russian typed in Latin letters is read as Russian, and a Cyrillic word
# that meets a word of the bot's English trade labels so is also read as it, a little below the word
# spelt in full (a word spelt as heard is less sure).
HEARD_SIM = 0.9
MIN_HEARD_KEY = 3  # "bas" is the bus, "tal" the tile; a key of two letters is too little to go on
# A word heard as an English word of two consonants («бас», «тайл», «сайт», «пайп») is as often a Russian
# or Kazakh word, misspelt or of another meaning («курьр», «чиню», «бас» the Kazakh "head"), and a word of
# the bot's own Russian and Kazakh labels («повар», «пекарь», «офицер») is that word: such a word is read
# as English only when a neighbouring word is heard as another word of one English label of the bot's own
# («бас драйвер» the bus driver, «сайт инженер», «сейфти офицер»; not «повар в кафе», the paver's café).
# Any other word heard as an English word of three consonants or more («нёрс», «крейн», «лайфгард») is
# read so alone.
MIN_HEARD_CONSONANTS = 3
_CONSONANT_SOUND_RE = re.compile("ch|sh|ts|[b-df-hj-np-tv-z]")
# Words typed apart that are one word («сан техник», "hose keeping") or together that are two
# («плотникбетонщик»): a query met poorly (below DOUBT_BELOW) is also read with two neighbouring words
# joined, when the joined word is this close to a label word, and with a word no label holds cut into two
# that labels hold, each at least MIN_PART letters long.
JOIN_MIN_SIM = 0.85
# A trade word typed with its vowels left out, as on a phone in a hurry ("wldr", «свршк», "drvr", «элктрк»):
# its letters in order are a word of the bot's own labels with two vowels or more left out. Below a word
# spelt by ear (`VOWEL_SIM`): a few consonants say less than a word with its vowels wrong.
CONSONANT_SIM = 0.8
MIN_CONSONANT_KEY = 4  # "vldr", "drvr"; three consonants («врч», "ckr") are too many words' skeleton
# A letter typed for the key beside it on the same row ("driber" for "driver" on QWERTY, «свапщик» for
# «сварщик» on ЙЦУКЕН) is the commonest slip of a thumb: preferred to another one-letter change, less
# than two letters swapped.
NEIGHBOUR_BONUS = 0.01
# The English plural of a trade in "-man" ("salesmen", "watchmen", "linemen", "sales men" typed apart): the
# trade itself, as a suffix added is.
PLURAL_MEN_SIM = PREFIX_SIM
# Kazakh in Latin letters typed without the cedilla of "ş" ("kuzetsi", "aspazsy", "tazalausy" for
# "küzetşi", "aspazşy", "tazalauşy"): a phone keyboard without Kazakh letters has no "ş", and a plain "s"
# stands for it. Read as the word with "sh" when the word as written is in no label of the bot's own and
# the word with "sh" is: a letter without its mark is hardly a typo.
CEDILLA_SIM = 0.95
MIN_PART = 4
MAX_FRAGMENT = 4  # «сан», «авто», «газо», "hose", "care": the first part of a word typed in two

QueryToken = tuple[tuple[str, str], str, tuple[str, str] | None, bool]  # see `text.query_tokens`

_SPLIT_TITLE_RE = re.compile(r"\s*(?:,|;|\(|\)|\band\b|\bи\b)\s*")


def _fuzzy_cutoff(key: str) -> float | None:
    """Minimum OSA similarity (0..1) for a typo key of this length: one typo up to 7 letters, then two."""
    n = len(key)
    if n <= 3:
        return None
    if n <= SWAP_ONLY_LENGTH:
        return 0.74  # one swap of four letters (0.75)
    if n <= 7:
        return 0.79  # one typo (0.8 at five letters, kept clear of rounding)
    return 0.74  # two typos from eight letters


# Kazakh verb endings, folded, after which the rest of the word is the verb's stem: the perfect
# («салғанмын» "I have built"), the present («саламын», «тігемін», «жөндеймін» with its й, and «-мыз» of
# "we"), the past («салдым», «жөндедім», «тіктім») and the converb («бағып», «сырлап»). Longest first.
_KAZAKH_VERB_ENDINGS = (
    *(tense + person for tense in ("gan", "gen", "kan", "ken") for person in ("min", "miz")),
    *(vowel + person for vowel in "aei" for person in ("min", "miz")),
    "dim", "tim", "dik", "tik",
    # the participle of who does it, -атын/-етін/-йтын/-йтін: «ыдыс жуатын әйел» ("a woman who washes
    # dishes"), «киім тігетін», «көлік жөндейтін» are the «ыдыс жуушы», «тігінші», «жөндеуші»
    "atin", "etin", "itin",
    # the converb -ып/-іп/-п before «жүрмін», «істедім», «жүрген»: «мал бағып жүрмін» ("I herd cattle"),
    # «үй сырлап жүрмін», «киім тігіп жүрмін» are the «мал бағушы», «сырлаушы», «тігуші»
    "ip", "p",
    # the spoken present of "I", without its -ын/-ін: «тігем», «пісірем», «бағам», «жөндейм» (folded
    # "jondeim", after a vowel below) are the «тігемін», «пісіремін», «бағамын», «жөндеймін» of writing
    "am", "em",
)  # fmt: skip
_KAZAKH_SPOKEN_I_RE = re.compile(r"(?<=[aeiou])im$")  # «жөндейм», «тазалайм»: the stem ends in its vowel
_KAZAKH_VERBAL_NOUN = "u"  # «дәнекерлеу» (welding), «тазалау» (cleaning), «салу» (building)
_KAZAKH_AGENT = "ushi"  # -ушы/-уші: «тігуші», «жөндеуші», «дәнекерлеуші», «жүргізуші»
_KAZAKH_POSSESSIVE = "si"  # -сы/-сі: «трактор жүргізушісі», «киім тігушісі»
MIN_VERB_STEM = 2  # «жу-» (wash): «ыдыс жуамын» is the «ыдыс жуушы»
# The converb's bare -п follows a stem of a syllable or more that ends in its vowel («сырла-п», «жаса-п»,
# «тазала-п»); a stem of two letters takes -ып («жуып», «сауып»), and "sap", "tap", "cap" of an English
# line ("storekeeper, SAP") are no Kazakh verb: "sap" had met the milker («саушы»).
MIN_CONVERB_STEM = 3
# Verbs workers say for another whose worker has the trade's name: «көлік айдаймын» ("I drive a car") is
# «көлік жүргіземін», and its worker the «жүргізуші».
_KAZAKH_VERB_SYNONYMS = {"aida": "jurgiz"}


# «сылақ жасадым» ("I did plaster"), «маникюр жасаймын», "beton jasadym": Kazakh says the work with a noun and
# «жасау» ("to make, to do"), and its worker is the noun with -шы/-ші («сылақшы», «маникюрші», «бетоншы»), which
# the labels hold; the verb's own worker («жасаушы», a maker) names no trade with a noun that is no product.
# A title of a few words met poorly is also read with the two words as that worker (`_regroupings`).
_KAZAKH_MAKE_VERB = "jasa"
_KAZAKH_MAKE_ENDINGS = frozenset(
    "dim dik imin imiz im imn p gan ganmin itin tin".split()
)  # «жасадым», «жасадық», «жасаймын», «жасаймыз», «жасайм», «жасап», «жасаған(мын)», «жасайтын»
_KAZAKH_NOUN_AGENT = "shi"


def _is_make_verb(surface: str) -> bool:
    """Whether a folded word is a form of «жасау» that says what the worker did (see above)."""
    return surface.startswith(_KAZAKH_MAKE_VERB) and surface[len(_KAZAKH_MAKE_VERB) :] in _KAZAKH_MAKE_ENDINGS


def _personal_ending_after_possessive(form: str) -> int:
    """How many letters the personal ending after a possessive one adds to a word's ending (see
    `_PERSONAL_AFTER_POSSESSIVE`): three («-мын» of «-сымын»), or none."""
    return 3 if form.endswith(_PERSONAL_AFTER_POSSESSIVE) else 0


def _workers_of_activity(form: str) -> tuple[str, ...]:
    """The words for the worker that may go with a word for the work (folded; most are no word at all):
    English "-ing" ("welding", "fixing", "cooking", "nursing"), the Russian "-ка" of a stem («сварк»,
    «уборк») or typed in Latin letters ("svarka"), and a Kazakh verb (`_workers_of_kazakh_verb`)."""
    return _workers_of_work_word(form) + _workers_of_kazakh_verb(form)


def _workers_of_kazakh_verb(form: str) -> tuple[str, ...]:
    """The worker of a Kazakh verb a worker names the work with («киім тігемін», «көлік жөндеймін», «үй
    салдым», «дәнекерлеу»): its stem with -ушы. Kazakh workers say what they do as often as what they
    are, and the agent noun is what the labels hold. A stem ending in к may be a г or ғ made voiceless
    before the ending («тіктім» of «тігу», «бақтым» of «бағу»)."""
    if form.endswith(_KAZAKH_VERBAL_NOUN) and len(form) > MIN_VERB_STEM + 1:
        stems = [form[: -len(_KAZAKH_VERBAL_NOUN)]]
    else:
        ending = next((e for e in _KAZAKH_VERB_ENDINGS if form.endswith(e)), "")
        if not ending and _KAZAKH_SPOKEN_I_RE.search(form):
            ending = "im"
        if not ending or len(form) - len(ending) < MIN_VERB_STEM:
            return ()
        if ending == "p" and len(form) - len(ending) < MIN_CONVERB_STEM:
            return ()
        stems = [form[: -len(ending)]]
    if stems[0].endswith("k"):
        stems.append(stems[0][:-1] + "g")
    stems = [_KAZAKH_VERB_SYNONYMS.get(s, s) for s in stems]
    # Labels name a worker of something with the possessive («трактор жүргізушісі»), one of nothing without.
    return tuple(fold(s + _KAZAKH_AGENT + ending) for s in stems for ending in ("", _KAZAKH_POSSESSIVE))


# Kazakh endings, folded, that workers put on a Russian word for the work in «-ка»: the agent -шы, alone or
# with "I am" («сваркашы», "svarkashy", «сваркашымын»: the welder) and the locative -да («сваркада
# істедім», «доставкада істеймін»: "I worked in welding, in delivery"). Either way the worker is the Russian
# word's own («сварщик», «доставщик»). Longest first.
_KAZAKH_ON_RUSSIAN_WORK_WORD = ("kashimin", "kashi", "kada")


def _without_kazakh_ending(form: str) -> str:
    """A Russian word for the work without the Kazakh ending after its «-ка» (see
    `_KAZAKH_ON_RUSSIAN_WORK_WORD`), or the form as it is."""
    for ending in _KAZAKH_ON_RUSSIAN_WORK_WORD:
        if form.endswith(ending) and len(form) >= len(ending) + 4:
            return form[: -len(ending)] + "ka"
    return form


def _workers_of_work_word(form: str) -> tuple[str, ...]:
    """The worker of an English "-ing" or a Russian "-ка" word for the work (see `_workers_of_activity`):
    -щик, -чик or -очник after the stem."""
    if form.endswith("ing") and len(form) >= 6:
        base = form[:-3]
        return (base + "er", base, base + "e")  # "cooking" folds to "coking": "cok" is "cook"
    form = _without_kazakh_ending(form)
    if form.endswith("ka") and len(form) >= 6:
        form = form[:-1]
    if form.endswith("k") and len(form) >= 5:
        base = form[:-1]
        # «отделка» is the work of the «отделочник», as «сварка» of the «сварщик» and «наладка» of the
        # «наладчик».
        return (base + "shik", base + "chik", base + "ochnik")
    return ()


def _one_letter_dropped(short: str, long: str) -> bool:
    """True when `long` is `short` with one more letter somewhere ("kure" from "kurer")."""
    if len(long) != len(short) + 1:
        return False
    i = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[i:] == long[i + 1 :]


def _one_letter_apart(a: str, b: str) -> bool:
    """True when one of the two is the other with one letter more ("kure", "kurer"; "coko" and "cook",
    which folds to "cok")."""
    return _one_letter_dropped(a, b) or _one_letter_dropped(b, a)


def _one_letter_changed(a: str, b: str) -> bool:
    """True when the two differ in one letter only, in the same place («павар», «повар»)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


TYPO, PLAIN, SOUND = range(3)  # the kinds of key a token is compared through for typos
_BROKEN_PAIR_RE = re.compile("[sc].?h|h.?[sc]")  # an "s" or "c" and an "h" that the typo key left apart
_TYPO_SOUNDS = (("sh", "w"), ("ch", "q"))  # letters the skeleton does not use; "ia" stays: "technician"


# я, ю and ц fold to two letters too ("ia", "iu", "ts"), but so do English words ("technician"): a second key
# writes them as one letter, and a token holding them is compared through both.
_TWO_LETTER_SOUNDS = (("ia", "я"), ("iu", "ю"), ("ts", "ц"))


def _sound_key(typo_key: str) -> str:
    """The typo key with one letter for я, ю and ц as well; the typo key itself when it has none of them."""
    for src, dst in _TWO_LETTER_SOUNDS:
        if src in typo_key:
            typo_key = typo_key.replace(src, dst)
    return typo_key


_PHONETIC_VOWELS = str.maketrans("oe", "ai")
# «зч» and «сч» are said as щ («грузчик» is [грущик]), and workers spell it every way: «грусчик», «грущик»,
# «грузщик». (Folding them together for every word would lose "грзучик" as «грузчик» with two letters
# swapped.)
_PHONETIC_CLUSTERS = (("zch", "sh"), ("zsh", "sh"))
_DEVOICED = {"g": "k", "d": "t", "b": "p", "z": "s", "v": "f"}
_DOUBLE_LETTER_RE = re.compile(r"(.)\1+")


def _phonetic_key(skeleton_token: str) -> str:
    """The skeleton as Russian says it: unstressed «о» and «а» alike, «е» and «и» alike, the last
    consonant voiceless, «зч» as щ («дворнег» and «дворник» are both "dvarnik", «грусчик» and «грузчик»
    "grushik"). Russian spelling mistakes follow the sound, so a word two letters off may still be one
    the worker meant."""
    key = skeleton_token
    for src, dst in _PHONETIC_CLUSTERS:
        key = key.replace(src, dst)
    key = key.translate(_PHONETIC_VOWELS)
    if key and key[-1] in _DEVOICED:
        key = key[:-1] + _DEVOICED[key[-1]]
    return _DOUBLE_LETTER_RE.sub(r"\1", key)


_VOWELS_RE = re.compile("[aeiou]+")
# The "e" that is not said at the end of a word ("crane", "plate", "stone"): a word learnt by ear is
# spelt without it, its long vowel written as it sounds ("crain", "plait", "stoan"), and the words are
# also looked up by their key without it.
_SILENT_END_E_RE = re.compile(r"(?<=[aeiou][b-df-hj-np-tv-z])e$")


def _vowel_key(skeleton_token: str) -> str:
    """The skeleton with each run of vowels as one "a": "mesan" and "mason" are both "masan", "halpar" and
    "helper" "halpar" (see `VOWEL_SIM`)."""
    return _VOWELS_RE.sub("a", skeleton_token)


# English spelling against the sound a Cyrillic word writes (see `HEARD_SIM`): "c" is "s" before "e" and
# "i" ("service", "receptionist"), else "k" ("crane", "cleaner"; "ch" stays); "g" before them may be said
# as "j" ("engineer", «инженер»); an "e" after a consonant at the end ("tile", "crane", "nurse") or
# between a vowel's consonant and another ("safety", "lifeguard", "salesman", "housemaid") is not said.
_SOFT_C_RE = re.compile(r"c(?=[eiy])")
_HARD_C_RE = re.compile(r"c(?!h)")
_SOFT_G_RE = re.compile(r"g(?=[eiy])")
_CONSONANT = "[b-df-hj-np-tv-z]"
_SILENT_E_RE = re.compile(rf"(?<={_CONSONANT})e$|(?<=[aeiou]{_CONSONANT})e(?={_CONSONANT})")


def _heard_keys(english: str) -> set[str]:
    """The keys an English word of the labels (its skeleton) may be heard as: "tile" is "tal", "crane"
    "kran", "safety" "safta", "engineer" "anganar" and "anjanar" (see `HEARD_SIM`)."""
    spelt = _HARD_C_RE.sub("k", _SOFT_C_RE.sub("s", english))
    forms = {spelt, _SILENT_E_RE.sub("", spelt)}
    forms |= {_SOFT_G_RE.sub("j", form) for form in forms}
    return {_vowel_key(form.replace("ts", "s")) for form in forms}


def _heard_key(cyrillic_skeleton: str) -> str:
    """The key of a Cyrillic word's skeleton, to meet `_heard_keys` («тайл» "tal", «крейн» "kran"; «дж»
    is the English "j", and «ц» its "c" said as "s": «офицер» is "officer")."""
    return _vowel_key(cyrillic_skeleton.replace("dj", "j").replace("ts", "s"))


def _typo_key(skeleton_token: str) -> str:
    """The skeleton with one letter for ш and ч, which fold to two ("sh", "ch")."""
    for src, dst in _TYPO_SOUNDS:
        if src in skeleton_token:
            skeleton_token = skeleton_token.replace(src, dst)
    return skeleton_token


_VOWEL_LETTERS_RE = re.compile("[aeiou]")


def _consonant_key(word: str) -> str:
    """A folded word without its vowels ("velder" is "vldr", "svarshik" "svrshk"; see `CONSONANT_SIM`)."""
    return _VOWEL_LETTERS_RE.sub("", word)


def _vowels_left_out(short: str, word: str) -> bool:
    """True when `short` is `word` with some of its vowels left out ("elktrk" of "elektrik")."""
    letters = iter(word)
    return all(letter in letters for letter in short)


def _row_neighbours(rows: Iterable[str]) -> frozenset[frozenset[str]]:
    """Pairs of folded letters whose keys are beside each other in a row of a keyboard (letters that fold
    to two letters or none are left out; "w" is ш in the typo key, and English "w" folds to "v")."""
    pairs = set()
    for row in rows:
        for a, b in zip(row, row[1:]):
            fa, fb = _typo_key(fold(a)), _typo_key(fold(b))
            if len(fa) == 1 and len(fb) == 1 and fa != fb and "w" not in (a, b):
                pairs.add(frozenset((fa, fb)))
    return frozenset(pairs)


_NEIGHBOUR_KEYS = _row_neighbours(
    ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
)


def _neighbour_slip(key: str, other: str) -> bool:
    """True when the two keys differ in one letter only, typed for its neighbour on a keyboard's row."""
    if len(key) != len(other):
        return False
    diff = [(a, b) for a, b in zip(key, other, strict=True) if a != b]
    return len(diff) == 1 and frozenset(diff[0]) in _NEIGHBOUR_KEYS


class OccupationIndex:
    """Which labels hold each token, each label's codes and weight, and the ways a query token can reach
    a label token.

    It lives as long as the bot, so it is kept compact (9 MB of objects, against 25 MB as tuples and
    lists): a label is its number in two columns, its codes (most of 52,000 labels share one of a few
    thousand code tuples) and its weight; posting lists are arrays of ints; a variant with one meaning is
    kept as that meaning alone, not a tuple of one. Scoring reads nothing else, so the labels' own tokens
    are not kept. The tables typos are looked up in take 0.6 MB of the 9.
    """

    def __init__(self, rows: Iterable[LabelRow]) -> None:
        by_key: dict[tuple[str, ...], dict[str, float]] = {}
        pairs: set[tuple[str, str]] = set()
        joined_words: set[str] = set()
        worker_codes: set[str] = set()
        english_words: set[str] = set()
        own_words: set[str] = set()
        for code, source, lang, toks in _tokenized_phrases(rows, worker_codes):
            if not toks:
                continue
            pairs.update(toks)
            if source == "worker":
                own_words.update(surface for _, surface in toks)
            if source == "worker" and lang == "en":
                english_words.update(surface for _, surface in toks)
            key = tuple(dict.fromkeys(canon for canon, _ in toks)) if len(toks) > 1 else (toks[0][0],)
            codes = by_key.setdefault(key, {})
            trust = SOURCE_TRUST[source]
            if code.startswith(TECHNICIAN_GROUP) and source in ("esco", "onet") and _ENGINEER.intersection(
                surface for _, surface in toks
            ):
                trust *= OVERRULED_FACTOR
            if trust > codes.get(code, 0.0):
                codes[code] = trust
            if source == "worker" and 2 <= len(toks) <= 3:  # "электр монтері" typed "электрмонтер"
                joined = "".join(s for _, s in toks)
                joined_words.add(joined)
                jcodes = by_key.setdefault((joined,), {})
                if trust * 0.98 > jcodes.get(code, 0.0):
                    jcodes[code] = trust * 0.98
        for codes in by_key.values():
            if len(codes) > 1 and max(codes.values()) >= SOURCE_TRUST["worker"]:
                for code, trust in codes.items():
                    if trust < SOURCE_TRUST["worker"]:
                        codes[code] = trust * OVERRULED_FACTOR
        self._index_labels(by_key)
        self.worker_codes = frozenset(worker_codes)
        words = {form for pair in pairs for form in pair}
        # Labels typed as one word and nowhere a word of their own ("агашебер" of «аға шебер»): a query word
        # is never read as the beginning of one («ағаш» is wood, not half of a foreman).
        self._joined_only = frozenset(joined_words - words)
        pairs.update((joined, joined) for joined in joined_words)
        self._index_variants(pairs)
        # The English words of the bot's trade labels by their `_vowel_key`, looked up whole when nothing
        # closer is found.
        by_vowels: dict[str, list[str]] = defaultdict(list)
        for word in sorted(english_words):
            if len(word) >= MIN_PHONETIC_LENGTH:
                for key in dict.fromkeys((_vowel_key(word), _vowel_key(_SILENT_END_E_RE.sub("", word)))):
                    by_vowels[key].append(word)
        self._vowel_variants = {
            key: words[0] if len(words) == 1 else tuple(words) for key, words in by_vowels.items()
        }
        # The words of the bot's own labels by their consonants (`CONSONANT_SIM`).
        by_consonants: dict[str, list[str]] = defaultdict(list)
        for word in sorted(own_words):
            if len(key := _consonant_key(word)) >= MIN_CONSONANT_KEY and key != word:
                by_consonants[key].append(word)
        self._consonant_variants = {
            key: words[0] if len(words) == 1 else tuple(words) for key, words in by_consonants.items()
        }
        # The same words by the keys they may be heard as and written in Cyrillic letters (`HEARD_SIM`).
        by_sound: dict[str, list[str]] = defaultdict(list)
        for word in sorted(english_words):
            for key in sorted(_heard_keys(word)):
                if len(key) >= MIN_HEARD_KEY:
                    by_sound[key].append(word)
        self._heard_variants = {
            key: words[0] if len(words) == 1 else tuple(words) for key, words in by_sound.items()
        }

    def _index_labels(self, by_key: dict[tuple[str, ...], dict[str, float]]) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        for lid, key in enumerate(by_key):
            for tok in key:
                postings[tok].append(lid)
        n = len(by_key) + 1
        # Rare words tell more ("welder") than common ones ("worker", "operator").
        self.idf = {tok: 1.0 + math.log(n / (1 + len(lids))) for tok, lids in postings.items()}
        # token -> ids of the labels holding it
        self.postings: dict[str, array[int]] = {tok: array("i", lids) for tok, lids in postings.items()}
        idf = self.idf.__getitem__
        shared: dict[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]] = {}
        # A label's unit groups with the trust of the best source naming each, and its tokens' total weight.
        self.label_codes: list[tuple[tuple[str, float], ...]] = []
        self.label_weight = array("d")
        for key, codes in by_key.items():
            coded = tuple((sys.intern(code), trust) for code, trust in codes.items())
            self.label_codes.append(shared.setdefault(coded, coded))
            self.label_weight.append(sum(map(idf, key)))

    def _index_variants(self, pairs: set[tuple[str, str]]) -> None:
        variants: dict[str, set[str]] = defaultdict(set)
        for canon, surface in pairs:
            variants[canon].add(canon)
            variants[surface].add(canon)
        # A variant usually means one canonical token: kept as that string, a tuple only when several.
        self.variants: dict[str, str | tuple[str, ...]] = {
            v: next(iter(c)) if len(c) == 1 else tuple(sorted(c)) for v, c in variants.items()
        }
        self.sorted_variants = sorted(self.variants)
        # Words more than two letters longer or shorter cannot be within the typo cutoff: skip them.
        # Typos are measured on a key with one letter for ш and ч (see `_typo_key`), so that "сатшуы" is one
        # swap from "сатушы" as it is in Cyrillic. Keys are listed by length: one much longer or shorter than
        # the query's cannot be within the cutoff.
        typo_variants: dict[str, list[str]] = defaultdict(list)
        for variant in self.sorted_variants:
            typo_variants[_typo_key(variant)].append(variant)
        self._typo_variants = {key: tuple(variants) for key, variants in typo_variants.items()}
        self._typo_by_length: dict[int, list[str]] = defaultdict(list)
        for key in self._typo_variants:
            self._typo_by_length[len(key)].append(key)
        self._plain_by_length: dict[int, list[str]] = defaultdict(list)
        for variant in self.sorted_variants:
            self._plain_by_length[len(variant)].append(variant)
        # The words with я, ю or ц (about one in eight), by their key with one letter for each.
        sound_variants: dict[str, list[str]] = defaultdict(list)
        for key, variants in self._typo_variants.items():
            if (sound := _sound_key(key)) != key:
                sound_variants[sound].extend(variants)
        self._sound_variants = {key: tuple(variants) for key, variants in sound_variants.items()}
        # The words by their `_phonetic_key`, looked up whole (not for typos) when nothing closer is found.
        phonetic: dict[str, list[str]] = defaultdict(list)
        for variant in self.sorted_variants:
            if len(variant) >= MIN_PHONETIC_LENGTH:
                phonetic[_phonetic_key(variant)].append(variant)
        self._phonetic_variants = {
            key: variants[0] if len(variants) == 1 else tuple(variants) for key, variants in phonetic.items()
        }
        self._sound_by_length: dict[int, list[str]] = defaultdict(list)
        for key in self._sound_variants:
            self._sound_by_length[len(key)].append(key)
        # For each kind of typo key: the keys by length, and the label words a key stands for.
        self._tables: dict[int, tuple[dict[int, list[str]], Callable[[str], Iterable[str]]]] = {
            TYPO: (self._typo_by_length, self._typo_variants.__getitem__),
            PLAIN: (self._plain_by_length, _itself),
            SOUND: (self._sound_by_length, self._sound_variants.__getitem__),
        }

    # ---- token level -------------------------------------------------------------------------------
    def token_matches(
        self,
        canon: str,
        surface: str,
        *,
        doubt: bool = False,
        letters: str = "",
        reading: tuple[str, str] | None = None,
        heard: bool = False,
        typos: bool = True,
    ) -> dict[str, float]:
        """Label tokens (canonical) this query token may stand for, with a similarity in 0..1.

        With `doubt`, a word found as it is spelt is also read as a typo of a word in `COMMON_FACTOR` times
        as many labels (see `score_codes`). `letters` is the token's skeleton before doubled letters were
        made one (`text.fold_letters`), also compared for typos (unless `typos` is false). `reading` is
        the token read as Russian typed in Latin letters (`text.ru_latin_reading`: "oficiant" as
        «официант»), looked up as it is spelt, not for typos, unless the token as it is is a word of the
        bot's own labels, or one with a short ending ("officers", "taxi", "welder"). With `heard`, the token
        was typed in Cyrillic letters and is also read as the English trade word it may spell as heard
        (see `HEARD_SIM`)."""
        found: dict[str, float] = {}

        def add(variant: str, sim: float) -> None:
            canons = self.variants.get(variant, ())
            for c in (canons,) if isinstance(canons, str) else canons:
                if sim > found.get(c, 0.0):
                    found[c] = sim

        forms = dict.fromkeys((canon, surface))
        for form in forms:
            add(form, 1.0)
            for full in ABBREVIATION_KEYS.get(form, ()):
                add(full, ABBREVIATION_SIM)
            for oil in OIL_SITE_WORD_KEYS.get(form, ()):
                add(oil, OIL_SITE_SIM)
            for helper in HELPER_KEYS.get(form, ()):
                add(helper, HELPER_SIM)
            for rank in RANK_KEYS.get(form, ()):
                add(rank, RANK_SIM)
            for worker in WORK_VERB_KEYS.get(form, ()):
                add(worker, ACTIVITY_SIM)
            if form not in WORK_VERB_KEYS and form not in self.variants:
                for worker in _misspelt_work_verb(form):
                    add(worker, ACTIVITY_SIM * FUZZY_FACTOR)
            for worker in _workers_of_activity(form):
                # Only the trades of the bot's own labels: "rating" is no "rater" of plywood.
                self._add_worker_word(add, worker, ACTIVITY_SIM)
            # "tailer" is a word of O*NET's (a miner's), and the tailor typed with "-er" far more often:
            # a word no label of the bot's own holds may still be its trade with the other ending.
            if not self._worker_variant(form):
                for written, meant in AGENT_ENDINGS:
                    if form.endswith(written) and len(form) >= 6:
                        meant_form = _DOUBLE_LETTER_RE.sub(r"\1", form[: -len(written)] + meant)
                        self._add_worker_word(add, meant_form, AGENT_ENDING_SIM)
                if len(form) >= MIN_PHONETIC_LENGTH:
                    for i, letter in enumerate(form):
                        if (other := _VOICING.get(letter)) is not None:
                            self._add_worker_word(add, f"{form[:i]}{other}{form[i + 1 :]}", VOICED_SIM)
                        if letter == "s" and form[i + 1 : i + 2] != "h":
                            self._add_worker_word(add, f"{form[:i]}sh{form[i + 1 :]}", CEDILLA_SIM)
                if form.endswith("men") and len(form) >= 6:
                    self._add_worker_word(add, form[:-3] + "man", PLURAL_MEN_SIM)
            # «сборщица», «плиточница», «охранница»: the feminine of a trade is its label's masculine.
            for feminine, masculine in FEMININE_ENDINGS:
                if form.endswith(feminine) and len(form) > len(feminine) + 2:
                    add(form[: -len(feminine)] + masculine, PREFIX_SIM)
                    break
        if letters and letters not in forms:
            # «күттім», «саттым», "küttım": a stem's last consonant doubled by the ending's (-тім after «күт-»)
            # is one letter in the skeleton, which leaves «күтім» ("care") and no verb; the letters as typed
            # still end in the verb's ending.
            for worker in _workers_of_kazakh_verb(letters):
                self._add_worker_word(add, worker, ACTIVITY_SIM)
        for form in forms:
            if (house := HOUSE_LOCATIVES.get(form)) is not None:  # «үйде», "üide": «үй» and its ending
                add(house, PREFIX_SIM - PREFIX_STEP * (len(form) - len(house)))
            longest = MAX_SUFFIX + _personal_ending_after_possessive(form)
            for cut in range(len(form) - 1, max(2, len(form) - longest - 1), -1):
                if form[:cut] in self.variants and (cut >= 4 or form[cut:] in KNOWN_SUFFIXES):
                    add(form[:cut], PREFIX_SIM - PREFIX_STEP * (len(form) - cut))
                elif (
                    cut >= MIN_VOICED_STEM
                    and (voiceless := _KAZAKH_VOICED_END.get(form[cut - 1])) is not None
                    and form[cut] in _VOWEL_LETTERS
                ):
                    self._add_worker_word(
                        add, form[: cut - 1] + voiceless, PREFIX_SIM - PREFIX_STEP * (len(form) - cut + 1)
                    )
        for form in forms:
            if len(form) < 5:
                continue
            i = bisect.bisect_left(self.sorted_variants, form)
            for variant in self.sorted_variants[i : i + 12]:
                if not variant.startswith(form):
                    break
                if variant in self._joined_only:
                    continue
                extra = len(variant) - len(form)
                if 0 < extra <= MAX_SUFFIX:
                    add(variant, TRUNCATED_SIM - 0.02 * extra)
        spelt_in_worker_label = reading is not None and any(
            sim >= RU_LATIN_MIN_SIM and self._in_worker_label(c) for c, sim in found.items()
        )
        near_own_word = False  # the word is one of the bot's own labels with one letter off or two swapped
        exact = [c for c, sim in found.items() if sim >= 0.99]
        if exact and self._stem_by_accident(canon, surface):
            exact = []
        rare = max((len(self.postings.get(c, ())) for c in exact), default=0)
        if typos and (
            not exact or doubt or (rare <= RARE_EXACT_LABELS and not any(map(self._in_worker_label, exact)))
        ):
            # A word found in no label, or only in a few (RARE_EXACT_LABELS) of the large vocabularies, may
            # be a typo of a common word: those vocabularies have typos of their own ("mecanic", "operatr").
            # Then only a word in far more labels is taken as what was meant.
            least = rare * COMMON_FACTOR
            typo_forms = (*forms, letters) if letters and letters not in forms else forms
            for (key, mode), loss in self._typo_keys(typo_forms).items():
                cutoff = _fuzzy_cutoff(key)
                if cutoff is None:
                    continue
                # OSA edit distance: a missing, extra, wrong or swapped ("wleder") letter is one typo.
                spread = 1 if len(key) <= 7 else 2  # as many letters more or fewer as typos allowed
                by_length, variants_of = self._tables[mode]
                choices = [
                    other
                    for length in range(len(key) - spread, len(key) + spread + 1)
                    for other in by_length.get(length, ())
                ]
                for other, sim, _ in process.extract(
                    key, choices, scorer=OSA.normalized_similarity, limit=8, score_cutoff=cutoff
                ):
                    swapped = sorted(key) == sorted(other)
                    one_letter = _one_letter_apart(key, other)
                    if len(key) <= SWAP_ONLY_LENGTH and not (swapped or one_letter):
                        continue  # four letters: a swap or a dropped letter; any other change is a new word
                    # "rdiver" is "driver" rather than "diver"; "driber" is "driver" rather than "drier"
                    if swapped:
                        bonus = SWAP_BONUS
                    else:
                        bonus = NEIGHBOUR_BONUS if _neighbour_slip(key, other) else 0.0
                    # a letter left out of a word of five letters or more, one too many, one changed
                    # («павар», «повор»: «повар» before the English "paver" heard), or two swapped in it
                    one_off = len(other) >= MIN_PHONETIC_LENGTH and (
                        swapped or _one_letter_apart(key, other) or _one_letter_changed(key, other)
                    )
                    for variant in variants_of(other):
                        if least and self._labels_of_variant(variant) < least:
                            continue
                        add(variant, (sim + bonus) * FUZZY_FACTOR - loss)
                        if one_off and not loss and self._worker_variant(variant):
                            near_own_word = True
        if typos and max(found.values(), default=0.0) < PHONETIC_SIM:
            for form in forms:
                if len(form) >= MIN_PHONETIC_LENGTH:
                    meant = self._phonetic_variants.get(_phonetic_key(form), ())
                    for variant in (meant,) if isinstance(meant, str) else meant:
                        add(variant, PHONETIC_SIM)
                    meant = self._vowel_variants.get(_vowel_key(form), ())
                    for variant in (meant,) if isinstance(meant, str) else meant:
                        add(variant, VOWEL_SIM)
                if len(key := _consonant_key(form)) >= MIN_CONSONANT_KEY:
                    for variant in _variants_of(self._consonant_variants.get(key, ())):
                        if len(variant) - len(form) >= 2 and _vowels_left_out(form, variant):
                            add(variant, CONSONANT_SIM)
        if reading and not spelt_in_worker_label:
            # "oficiant" is spelt like the English "officiant" (a priest), "policii" like "policy": the
            # Russian reading is as good, less the little that a letter read two ways is in doubt.
            for c, sim in self.token_matches(reading[0], reading[0], typos=False).items():
                if sim < RU_LATIN_MIN_SIM:
                    continue  # "portselain" is no «портье» with six letters more
                sim *= RU_LATIN_FACTOR
                if sim > found.get(c, 0.0):
                    found[c] = sim
        # «пекрь» is «пекарь» with a letter left out before it is the "packer" heard: a word of the bot's own
        # labels with one letter left out, added or changed, or two swapped, is what a Cyrillic word misspells.
        if heard and not near_own_word:
            for form in forms:
                for variant in _variants_of(self._heard_variants.get(_heard_key(form), ())):
                    add(variant, HEARD_SIM)
        if is_employer_key(surface):
            # "company" is no companion begun, «компаниясы» no «компаньон» (see `text.is_employer_key`).
            found = {c: sim for c, sim in found.items() if is_employer_key(c)}
        if len(found) > MAX_CANDIDATES_PER_TOKEN:
            best = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES_PER_TOKEN]
            found = dict(best)
        return found

    @staticmethod
    def _typo_keys(forms: Iterable[str]) -> dict[tuple[str, int], float]:
        """The keys a query token is compared with for typos, each with what it loses for being read so.

        The token itself, and, when it ends with a Kazakh personal or possessive ending or a Russian case
        ending (`KNOWN_SUFFIXES`), the stem before it: "сатшымын" is a typo of "сатушы" plus "мын", which
        neither the whole word (no label says "сатушымын") nor the ending alone (the stem is misspelt)
        would find. The stem loses what a correctly spelt stem with that ending loses."""
        keys = {(_typo_key(form), TYPO): 0.0 for form in forms}
        for form in forms:
            for suffix in _SUFFIXES_LONGEST_FIRST:
                if form.endswith(suffix) and len(form) - len(suffix) >= MIN_STEM_FOR_TYPO:
                    stem_key = _typo_key(form[: -len(suffix)])
                    keys.setdefault((stem_key, TYPO), 1.0 - PREFIX_SIM + PREFIX_STEP * len(suffix))
                    break
        for form in forms:
            # "csahier", "hcef", "butcehr": a typo typed in Latin letters that splits or turns round the
            # "sh" or "ch" of a word is one typo there, but two once the word's "sh" is one letter in the
            # typo key: such a token is also compared with the words as they are spelt.
            if _BROKEN_PAIR_RE.search(_typo_key(form)):
                keys.setdefault((form, PLAIN), 0.0)
        for (key, mode), loss in list(keys.items()):
            # «столря», «маялр», «дяорка»: a letter swapped with я, ю or ц is one typo in Cyrillic.
            if mode == TYPO and (sound := _sound_key(key)) != key:
                keys.setdefault((sound, SOUND), loss)
        return keys

    def _add_worker_word(self, add: Callable[[str, float], None], variant: str, sim: float) -> None:
        """Adds a spelling only when it is a word of the bot's own trade labels: a rule of spelling
        ("waitor" is "waiter") must not lead to a rare word of the large vocabularies ("talior" is
        "tailor" typed with two letters swapped, not "talier")."""
        if self._worker_variant(variant):
            add(variant, sim)

    def _worker_variant(self, variant: str) -> bool:
        """Whether a spelling stands for a word of the bot's own trade labels."""
        canons = self.variants.get(variant, ())
        return any(map(self._in_worker_label, (canons,) if isinstance(canons, str) else canons))

    def _stem_by_accident(self, canon: str, surface: str) -> bool:
        """Whether a Russian word is found only through its stem, and the stem is a word of the large
        vocabularies alone: the stem of «программсит» (a typo of «программист») is "programs", an English
        word, which must not keep the word from being read as the typo it is."""
        return canon != surface and surface not in self.variants and not self._in_worker_label(canon)

    def _in_worker_label(self, canon: str) -> bool:
        """Whether a label written for the bot's workers holds this token (then it is spelt right)."""
        worker = SOURCE_TRUST["worker"]
        return any(
            trust >= worker for lid in self.postings.get(canon, ()) for _, trust in self.label_codes[lid]
        )

    def _labels_of_variant(self, variant: str) -> int:
        """In how many labels the most used token this spelling stands for appears."""
        canons = self.variants.get(variant, ())
        tokens = (canons,) if isinstance(canons, str) else canons
        return max((len(self.postings.get(c, ())) for c in tokens), default=0)

    # ---- phrase level ------------------------------------------------------------------------------
    def score_codes(
        self, text: str, *, reread: bool = True, places: frozenset[str] = frozenset()
    ) -> dict[str, float]:
        """Unit group -> score in 0..100 for a free-text query; empty when no label is met.

        `reread=False` leaves out the second reading of a poorly met title (vacancy titles are written by
        employers and officers, and classified the same way however often they are imported). `places` are
        more words that say where (`text.place_words`): those the message a part of it was cut from says."""
        if " " in text:
            text = self._letters_joined(text)
        text = self._work_word_joined(text)
        qtoks = self._without_mistyped_auxiliaries(query_tokens(text))
        if not qtoks:
            return {}
        if any(cyrillic for _, _, _, cyrillic in qtoks):
            qtoks = self._heard_in_context(qtoks)
        places = place_words(text) | places
        if places:
            places |= self._named_place_kinds(text, qtoks, places)
        scores = self._score(qtoks, doubt=False, places=places)
        if 1 < len(qtoks) <= DOUBT_WORDS and max(scores.values(), default=0.0) < JOIN_BELOW:
            self._add_joined_words(qtoks, scores, places)
        if not reread or len(qtoks) > DOUBT_WORDS or max(scores.values(), default=0.0) >= DOUBT_BELOW:
            return scores
        readings: list[tuple[list[QueryToken], bool]] = [(qtoks, True)] if len(qtoks) > 1 else []
        # "truck drier", "heavy diver": no label says the words together, so a word spelt like another
        # word may be a typo of a commoner one after all. Then the words may be split or joined wrongly.
        readings.extend((regrouped, False) for regrouped in self._regroupings(qtoks))
        for tokens, doubt in readings:
            # All readings are kept, each code at its best.
            for code, score in self._score(tokens, doubt=doubt, places=places).items():
                if score > scores.get(code, 0.0):
                    scores[code] = score
        return scores

    def _named_place_kinds(self, text: str, qtoks: list[QueryToken], places: frozenset[str]) -> frozenset[str]:
        """The words that say what kind of place an employer named after "in" or "at" is ("hospital" of "at
        Hamad hospital", `text.named_place_kinds`): only after a name no label holds as it is spelt (a name
        may be a typo of some word: "Hamad" of "hamam"), since after a word of the labels ("at construction
        site", "at hotel kitchen") the next word may be what the worker did."""
        unknown = {
            surface for (canon, surface), _, _, _ in qtoks if not self.token_matches(canon, surface, typos=False)
        }
        return frozenset(kind for name, kind in named_place_kinds(text) if name in places and name in unknown)

    def _without_mistyped_auxiliaries(self, qtoks: list[QueryToken]) -> list[QueryToken]:
        """The query without its words that are one letter off a word a worker says his trade with
        (`text.AUXILIARY_KEYS`: «болп», «иследим», «жумс», «роботаю»), when no label holds them as spelt and
        a word long enough to name a trade is left: in "sen ne isteisin" ("what do you do?") the verb is
        another person's, and «сен» ("you") alone met the "SEN teacher"."""
        kept = [
            tok
            for tok in qtoks
            if not (
                len(tok[0][1]) >= MIN_AUXILIARY_TYPO
                and tok[0][0] not in self.variants
                and tok[0][1] not in self.variants
                and _one_letter_off_auxiliary(tok[0][1])
            )
        ]
        if len(kept) == len(qtoks) or not any(len(tok[0][1]) >= MIN_AUXILIARY_TYPO for tok in kept):
            return qtoks
        return kept

    def _add_joined_words(self, qtoks: list[QueryToken], scores: dict[str, float], places: frozenset[str]) -> None:
        """"green house grower", "ware house keeper", "gold smith": two words typed apart that labels hold
        written as one word are read as that word too, each code at its best of the two readings. (The
        doubting reread joins words as well, but only when the words apart met nothing well: "green house"
        met the greenhouse's labourers well enough, and the grower was never looked for.)"""
        for i in range(len(qtoks) - 1):
            if min(len(qtoks[i][0][1]), len(qtoks[i + 1][0][1])) < MIN_PART:
                continue
            joined = _joined(qtoks[i], qtoks[i + 1])
            canon, surface = joined[0]
            if canon not in self.variants and surface not in self.variants:
                continue
            for code, score in self._score([*qtoks[:i], joined, *qtoks[i + 2 :]], doubt=False, places=places).items():
                if score > scores.get(code, 0.0):
                    scores[code] = score

    def _work_word_joined(self, text: str) -> str:
        """The text with "work" and "working" written apart from the word before joined to it when the labels
        hold the two as one word ("wood working machine operator" is the "woodworking" one, "metal work" the
        "metalwork"): apart, "working" is a word the worker says his trade with, and was dropped, which left
        "wood" to meet the wood trades of every kind."""
        if "work" not in text.lower():
            return text

        def joined(match: re.Match[str]) -> str:
            word = match.group(1) + match.group(2)
            keys = query_tokens(word)
            return word if len(keys) == 1 and keys[0][0][0] in self.variants else match.group(0)

        return _WORK_APART_RE.sub(joined, text)

    def _letters_joined(self, text: str) -> str:
        """The text with the letters of an abbreviation dictated one by one written together, when the labels
        hold them so ("a c technician" is the "ac technician", "h v a c" the "hvac"); a first "a" or "i" may
        be the article or "I" ("a c n c operator" is "a cnc operator"). Single letters alone met labels that
        hold them by chance ("C technician" of the electronics technicians)."""
        lowered, runs = spelled_letter_runs(text)
        if not runs:
            return text
        for start, end, letters in reversed(runs):
            for kept, joined in (("", letters), (letters[0], letters[1:])):
                if len(joined) >= 2 and kept in ("", "a", "i") and fold(joined) in self.variants:
                    lowered = f"{lowered[:start]}{kept} {joined}{lowered[end:]}"
                    break
        return lowered

    def _heard_in_context(self, qtoks: list[QueryToken]) -> list[QueryToken]:
        """The query with its Cyrillic words read as English words heard only where they may be (see
        `MIN_HEARD_CONSONANTS`)."""
        heard = [self._heard_words(key) if cyrillic else None for key, _, _, cyrillic in qtoks]
        out = []
        for i, (key, letters, reading, _) in enumerate(qtoks):
            if (words := heard[i]) is not None and not words[0]:
                beside = (heard[j] for j in (i - 1, i + 1) if 0 <= j < len(heard))
                if not any(other is not None and self._one_label(words[1], other[1]) for other in beside):
                    words = None
            out.append((key, letters, reading, words is not None))
        return out

    def _heard_words(self, key: tuple[str, str]) -> tuple[bool, tuple[str, ...]] | None:
        """Whether a Cyrillic token may be read alone as the English label words it is heard as (see
        `MIN_HEARD_CONSONANTS`), and those words; None when it is heard as none."""
        keys = [k for k in dict.fromkeys(map(_heard_key, key)) if k in self._heard_variants]
        if not keys:
            return None
        words = tuple(
            canon
            for k in keys
            for variant in _variants_of(self._heard_variants[k])
            for canon in _variants_of(self.variants[variant])
        )
        consonants = max(len(_CONSONANT_SOUND_RE.findall(k)) for k in keys)
        alone = consonants >= MIN_HEARD_CONSONANTS and not any(map(self._worker_variant, key))
        return alone, words

    def _one_label(self, words: tuple[str, ...], others: tuple[str, ...]) -> bool:
        """Whether a label of the bot's own holds one of the words and another word of the others."""
        worker = SOURCE_TRUST["worker"]
        for other in others:
            labels = frozenset(self.postings.get(other, ()))
            for word in words:
                if word != other and any(
                    lid in labels and any(trust >= worker for _, trust in self.label_codes[lid])
                    for lid in self.postings.get(word, ())
                ):
                    return True
        return False

    def _regroupings(self, qtoks: list[QueryToken]) -> Iterator[list[QueryToken]]:
        """The query with two neighbouring words joined into one a label holds (or nearly: «сан техник»,
        "hose keeping"), and with a word no label holds cut into two that labels hold («плотникбетонщик»)."""
        for i in range(len(qtoks) - 1):
            joined = _joined(qtoks[i], qtoks[i + 1])
            (canon, surface), letters, _, heard = joined
            first = qtoks[i][0][1]
            # A word met by the first alone with the second as its "suffix" ("master" in "masteremont")
            # is no joined word: the one met must reach well into the second.
            # Typos in a joined word are looked for only after a fragment ("san", "avto", "hose"): fuzzy
            # search is the dear part, and two whole words joined rarely make a third misspelt.
            typos = len(first) <= MAX_FRAGMENT
            found = self.token_matches(canon, surface, letters=letters, heard=heard, typos=typos)
            if any(sim >= JOIN_MIN_SIM and len(c) >= len(first) + MIN_PART - 1 for c, sim in found.items()):
                yield [*qtoks[:i], joined, *qtoks[i + 2 :]]
        for i, ((canon, surface), _, _, _) in enumerate(qtoks):
            if canon in self.variants or surface in self.variants:
                continue
            if parts := self._split_in_two(canon, surface):
                yield [*qtoks[:i], *parts, *qtoks[i + 1 :]]
        for i in range(1, len(qtoks)):
            if _is_make_verb(qtoks[i][0][1]):
                (_, made), letters, _, _ = qtoks[i - 1]
                agent = made + _KAZAKH_NOUN_AGENT
                yield [*qtoks[: i - 1], ((agent, agent), letters + _KAZAKH_NOUN_AGENT, None, False), *qtoks[i + 1 :]]

    def _split_in_two(self, canon: str, surface: str) -> tuple[QueryToken, QueryToken] | None:
        """Two label words that written together make this word, the longer first part when several do
        ("plotnikbetonshik": "plotnik" and "betonshik"); None when none do. The second part keeps the
        word's stem ending, as the word was stemmed whole."""
        for cut in range(len(surface) - MIN_PART, MIN_PART - 1, -1):
            head, tail = surface[:cut], surface[cut:]
            tail_canon = canon[cut:] if canon.startswith(head) and len(canon) - cut >= MIN_PART else tail
            if head in self.variants and (tail in self.variants or tail_canon in self.variants):
                return ((head, head), head, None, False), ((tail_canon, tail), tail, None, False)
        return None

    def _score(
        self, qtoks: list[QueryToken], *, doubt: bool, places: frozenset[str] = frozenset()
    ) -> dict[str, float]:
        matches = [
            (m, _query_word_weight(canon, surface, places), canon)
            for (canon, surface), letters, reading, heard in qtoks
            if (
                m := self.token_matches(
                    canon, surface, doubt=doubt, letters=letters, reading=reading, heard=heard
                )
            )
        ]
        if not matches:
            return {}
        cover: dict[int, float] = defaultdict(float)  # weighted share of each label found
        # "pharmacist in a pharmacy": two words of the query may meet one word of a label ("pharmacy" of
        # "pharmacy assistant" met by both), which is found once then, at the better of the two; else the
        # label would be found whole in half its words. A word the worker says twice («ет комбинатында ет
        # бөлуші») is said twice about the job, and counts each time.
        met: dict[int, dict[str, tuple[float, str]]] = {}
        explained: dict[int, float] = defaultdict(float)  # query words each label explains
        code_explained: dict[str, float] = defaultdict(float)  # query words any label of a code explains
        own_explained: dict[str, float] = defaultdict(float)  # the same, by the bot's own labels alone
        worker = SOURCE_TRUST["worker"]
        for found, qweight, qcanon in matches:
            per_label: dict[int, tuple[float, float, str]] = {}
            for tok, sim in found.items():
                sw = sim * self.idf[tok]
                for lid in self.postings.get(tok, ()):
                    if sw > per_label.get(lid, (0.0, 0.0, ""))[0]:
                        per_label[lid] = (sw, sim * qweight, tok)
            per_code: dict[str, float] = {}
            per_own_code: dict[str, float] = {}
            for lid, (sw, sim, tok) in per_label.items():
                words = met.get(lid)
                if words is None:
                    met[lid] = {tok: (sw, qcanon)}
                elif (before := words.get(tok)) is None or before[1] == qcanon:
                    words[tok] = (sw, qcanon)
                else:
                    words[tok] = (max(sw, before[0]), before[1])
                    sw = max(0.0, sw - before[0])
                cover[lid] += sw
                explained[lid] += sim
                for code, trust in self.label_codes[lid]:
                    if sim > per_code.get(code, 0.0):
                        per_code[code] = sim
                    if trust >= worker and sim > per_own_code.get(code, 0.0):
                        per_own_code[code] = sim
            for code, sim in per_code.items():
                code_explained[code] += sim
            for code, sim in per_own_code.items():
                own_explained[code] += sim
        scores: dict[str, float] = {}
        # Words that meet no label at all (names, places, chatter) cost a fixed half word, however many they
        # are: a long message still finds its occupation, a title with an unknown key word is less sure.
        nq = sum(w for _, w, _ in matches) + (UNKNOWN_WORDS_COST if len(matches) < len(qtoks) else 0.0)
        for lid, got in cover.items():
            recall = min(1.0, got / self.label_weight[lid])
            f = _f1(recall, min(1.0, explained[lid] / nq))
            for code, trust in self.label_codes[lid]:
                # "сварщик-аргонщик": two labels of one code explain the query together, a little less
                # surely than one label saying it all.
                together = code_explained[code]
                if trust <= JOINT_MIN_TRUST:
                    together = min(together, explained[lid] + own_explained[code])
                joint = CODE_JOINT_FACTOR * _f1(recall, min(1.0, together / nq))
                prior = 1.0 if code in self.worker_codes else UNLABELLED_PRIOR
                s = 100.0 * max(f, joint) * trust * prior
                if s > scores.get(code, 0.0):
                    scores[code] = s
        return scores


# «ремантирую телефоны», «охроняю склад», «штукатурю»: a verb of work typed on a phone one letter off (changed,
# left out, one too many or two swapped, its first letter kept, as `_one_letter_off_auxiliary` reads the
# words of speech) is still the verb, a little below the verb as it is spelt; mistyped, «ремонтирую» met
# nothing, and the words after it named the phone operators. Only a form this long: a shorter one is one
# letter from too many other words («мою», «точу», «стираю»).
MIN_MISSPELT_VERB = 7
# "clened villas", "wahsed cars", "weldd pipes": an English past in "-ed" is read one letter off from six letters,
# its ending being sure: three or four letters of stem are a verb still, as «точу» is not.
MIN_MISSPELT_PAST = 6
_ENGLISH_PAST = "ed"
_WORK_VERBS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _form in sorted(WORK_VERB_KEYS):
    _WORK_VERBS_BY_FIRST[_form[0]] = (*_WORK_VERBS_BY_FIRST.get(_form[0], ()), _form)


@lru_cache(maxsize=8192)
def _misspelt_work_verb(form: str) -> tuple[str, ...]:
    """The words of the work verb a query word is one letter off (see `MIN_MISSPELT_VERB`); () if none."""
    if len(form) < MIN_MISSPELT_VERB and not (len(form) >= MIN_MISSPELT_PAST and form.endswith(_ENGLISH_PAST)):
        return ()
    return tuple(
        dict.fromkeys(
            word
            for verb in _WORK_VERBS_BY_FIRST.get(form[0], ())
            if abs(len(verb) - len(form)) <= 1 and OSA.distance(form, verb) <= 1
            for word in WORK_VERB_KEYS[verb]
        )
    )


@lru_cache(maxsize=8192)
def _one_letter_off_auxiliary(surface: str) -> bool:
    """Whether a query word is one letter off (changed, left out, one too many or two swapped) a word of
    `text.AUXILIARY_KEYS`, its first letter kept: a slip rarely hits the first letter, and other words of
    speech that begin otherwise («жолы», «жүмыс») are left to the labels."""
    return any(
        key[0] == surface[0] and abs(len(key) - len(surface)) <= 1 and OSA.distance(surface, key) <= 1
        for key in AUXILIARY_KEYS
    )


def _query_word_weight(canon: str, surface: str, places: frozenset[str]) -> float:
    """How many words a query word counts for (`WEAK_WORD_WEIGHT`, `HEAD_WORD_WEIGHT`, `WHEN_WORD_WEIGHT`)."""
    if surface in WEAK_KEYS:
        return WEAK_WORD_WEIGHT
    if surface in WHEN_KEYS or surface in places:
        return WHEN_WORD_WEIGHT
    return HEAD_WORD_WEIGHT if canon in HEAD_KEYS else 1.0


_WORK_APART_RE = re.compile(r"(?<![^\W\d_])([a-z]{3,})[ \t-]+(work(?:ing|s)?)(?![^\W\d_])", re.IGNORECASE)


def _joined(first: QueryToken, second: QueryToken) -> QueryToken:
    """One token of two typed apart ("san" and "tehnik"): the first word whole, the second stemmed, as the
    word would have been stemmed whole."""
    (_, surface_a), letters_a, _, heard_a = first
    (canon_b, surface_b), letters_b, _, heard_b = second
    canon = _DOUBLE_LETTER_RE.sub(r"\1", surface_a + canon_b)
    surface = _DOUBLE_LETTER_RE.sub(r"\1", surface_a + surface_b)
    return (canon, surface), letters_a + letters_b, None, heard_a and heard_b


def _itself(variant: str) -> tuple[str]:
    return (variant,)


def _variants_of(meant: str | tuple[str, ...]) -> tuple[str, ...]:
    """The words a table entry stands for: one kept as itself, several as a tuple."""
    return (meant,) if isinstance(meant, str) else meant


def _f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def _tokenized_phrases(
    rows: Iterable[LabelRow], worker_codes: set[str], chunk: int = 5000
) -> Iterator[tuple[str, str, str, list[tuple[str, str]]]]:
    """(code, source, language, key tokens) of every phrase of the rows, tokenized a few thousand at a time
    (fast like all at once, without holding the tokens of 60,000 phrases together while the index is built).
    Collects the codes that have the bot's own worker labels on the way."""
    phrases: list[tuple[str, str, str, str]] = []
    words: dict[str, tuple[str, str] | None] = {}  # each word's key, worked out once for the whole build
    for row in rows:
        if row.source == "worker":
            worker_codes.add(row.code)
        phrases.extend((row.code, text, source, row.lang) for text, source in _label_phrases(row))
        if len(phrases) >= chunk:
            yield from _tokenize(phrases, words)
            phrases = []
    yield from _tokenize(phrases, words)


def _tokenize(
    phrases: list[tuple[str, str, str, str]], words: dict[str, tuple[str, str] | None]
) -> Iterator[tuple[str, str, str, list[tuple[str, str]]]]:
    toks = label_keys([text for _, text, _, _ in phrases], words)
    for (code, _, source, lang), tokens in zip(phrases, toks, strict=True):
        yield code, source, lang, tokens


def _label_phrases(row: LabelRow) -> list[tuple[str, str]]:
    """The phrases a label row contributes: itself, and for long official titles their parts."""
    out = [(row.label, row.source)]
    if row.source in ("isco", "okz"):
        parts = [p for p in _SPLIT_TITLE_RE.split(row.label) if p and p.strip()]
        if len(parts) > 1:
            out.extend((p, "isco_part") for p in parts)
    return out


@cache
def get_index() -> OccupationIndex:
    """The index over all shipped labels, built once per process."""
    index = OccupationIndex(load_taxonomy().label_rows())
    # The build stemmed and folded 27,000 label words through these caches; they are for queries.
    stem.cache_clear()
    fold.cache_clear()
    return index
