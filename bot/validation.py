"""Checks of what a worker types. Each returns the clean value or raises `InvalidInput` with a text key,
so the handler can tell the worker exactly what is expected and keep what was saved before."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

import phonenumbers
from rapidfuzz import fuzz, process

from bot.i18n import language_named
from bot.number_words import spelled_numbers
from matching.pay import (
    COUNTS_OF_THOUSANDS, HALF, OTHER_CURRENCY, PER_MONTH, PER_SHORT_TIME, PER_YEAR, THOUSAND, THOUSAND_WORD,
)
from matching.text import skeleton

MAX_NAME_LENGTH = 100
MAX_YEARS = 60
MAX_SALARY_QAR = Decimal(100_000)
# Below this, a month's pay in riyals is a slip ("2,5" for 2,500): Qatar's minimum wage is QAR 1,000.
MIN_SALARY_QAR = Decimal(100)
MAX_FREE_TEXT = 1000
MAX_OCCUPATION_TEXT = 200

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Right after a number, a word for thousands: "2,5к", "3 тыс.", "3 мың" (not "2500 катарских риалов").
_THOUSANDS = re.compile(rf"\s*{THOUSAND}(?!\w)", re.IGNORECASE)
# Thousands in words («две тысячи», «от двух тысяч», «үш мың», "two thousand"): the word before them, then the
# thousands; the words are the search's (`matching.pay`), so both read a sum alike.
_WORD_THOUSANDS = re.compile(
    rf"(?<!\w)(?:(\w+)\s+)?({HALF}\s+)?{THOUSAND_WORD}(?!\w)(\s+{HALF})?", re.IGNORECASE
)
_RANGE = re.compile(r"\d\s*[-–—]\s*\d")  # "2000-2500": from the first


class InvalidInput(ValueError):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


# The words people put before their name («меня зовут Айдос», «менің атым Айдос», "my name is Aidos",
# «ФИО: …»), also misspelt («меня завут»): not part of it.
_NAME_INTRO = re.compile(
    r"^(?:м[еи]?ня\s+з[ао]вут|мо[её]\s+имя|имя|фио|я|менің\s+атым|менің\s+есімім|менің\s+аты-жөнім|атым|есімім|"
    r"аты-жөнім|аты-жөні|(?:men[iı][nńñ]\s+)?(?:atym|atım|esimim)|"  # the same in Kazakh Latin letters
    r"my\s+(?:full\s+)?name\s+is|my\s+name's|name|full\s+name|i\s+am|i'?m|this\s+is|call\s+me)\s*[:,—–-]?\s+",
    re.IGNORECASE,
)
# A greeting before the name («Здравствуйте, меня зовут…», «Сәлеметсіз бе, менің атым…», "Hi! I'm…"); a
# greeting alone is no name, and the question is asked again.
_GREETING = re.compile(
    r"^(?:здравствуйте|здрасьте|привет|добрый\s+(?:день|вечер)|доброе\s+утро|салам|сәлем|салем|"
    r"сәлеметсіз\s*бе|салеметсиз\s*бе|ассалаума[ғг]?алейкум|salem|salemetsiz\s*be|"
    r"hi|hello|hey|good\s+(?:morning|afternoon|evening))(?![^\W\d_])[\s,.!)]*",
    re.IGNORECASE,
)
# «Мен Ерланмын», "men Erlanmyn": "I am Erlan", the name with the ending that makes it "I am".
_I_AM_KAZAKH = re.compile(r"^(?:мен|men)\s+(.{2,}?)(?:мын|мін|пын|пін|бын|бін|myn|min|pyn|pin|byn|bin)$", re.IGNORECASE)
# A refusal to give the name («не хочу говорить», «айтпаймын», "I'd rather not"): why it is asked.
_REFUSAL = re.compile(
    r"(?<![^\W\d_])(?:не|don'?t|won'?t|not)(?![^\W\d_])|[^\W\d_]+(?:ма|ме|па|пе|ба|бе)(?:ймын|ймін)(?![^\W\d_])",
    re.IGNORECASE,
)


# The words before a name inside a longer message («…Меня зовут Бауыржан Есенов, мне 34 года»; «Сәлеметсіз
# бе, мен Шымкенттенмін, атым Нұржан»), and a surname told after it («Ерлан, фамилия Тоқтаров»).
_NAME_INTRO_WITHIN = re.compile(
    r"(?<![^\W\d_])(?:м[еи]?ня\s+з[ао]вут|мо[её]\s+имя|менің\s+атым|менің\s+есімім|атым|есімім|"
    r"men[iı][nńñ]\s+(?:atym|atım|esimim)|my\s+name\s+is)\s*[:,—–-]?\s+", re.IGNORECASE)
_SURNAME_TOLD = re.compile(r",?\s*(?:фамилия|фамилиям|тегім|surname|last\s+name)\s*[:—–-]?\s+(\S+)", re.IGNORECASE)
# Answers to other steps typed at the name's: years («5 лет», «бес жыл тәжірибем»), a town with the word
# that makes it one («из Шымкента», "I'm from Aktau", «Shymkent qalasy»).
_ANOTHER_ANSWER = re.compile(
    r"(?<![^\W\d_])(?:лет|года?|жыл|жылдан|jyl|jıl|years?|yrs|опыт\w*|стаж\w*|тәжірибе\w*|tajiribe\w*|"
    r"experience|из|from|город|қала\w*|qala\w*|облыс\w*|oblys\w*|област\w*|region|ауданы|район\w*)"
    r"(?![^\W\d_])", re.IGNORECASE)


def _another_step(value: str) -> bool:
    """Whether a would-be name is the answer to another step: a trade («сварщик», "welder"), languages
    («русский, казахский») or a town or region alone («Алматы»)."""
    words = re.findall(r"[^\W\d_]+", value.casefold())
    if all(word in ("и", "and", "және", "jane") or language_named(word) for word in words):
        return True
    key = skeleton(value)
    if any(key.startswith(skeleton(place)) and len(key) - len(skeleton(place)) <= 2
           for _, places in _REGION_WORDS for place in places if len(place) >= 5 and place[-1] not in "!?"):
        return True  # «Караганда», «Алматы»: a place, perhaps with a case ending; not «Оралбек»
    from matching.occupations import classify_title  # the trades' index loads only when a name is typed
    found = classify_title(value) if len(words) <= 3 else None
    return found is not None and found.score >= _TRADE_SCORE


_TRADE_SCORE = 95


_WHY = re.compile(r"\b(?:зачем|почему|для чего|why|неге|не үшін)\b", re.IGNORECASE)
# Signs no name holds but links, addresses and usernames do ("http://t.me/…", "@aidos", "www.…").
_NOT_IN_NAME = re.compile(r"https?:|www\.|t\.me/|@\w", re.IGNORECASE)
# Latin letters that look like Cyrillic ones, and back: «Aйгерим» typed with a Latin A is «Айгерим».
_LATIN_LOOKALIKES = str.maketrans("AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху")
_CYRILLIC_LOOKALIKES = str.maketrans("АаВСсЕеНКМОоРрТХху", "AaBCcEeHKMOoPpTXxy")


def full_name(text: str | None) -> str:
    """Two to a hundred characters, mostly letters: a name, not a sticker or a paragraph. A greeting and
    the words before it («меня зовут», "my name is") are left out, and so are emoji around it; a name
    corrected («Ержан, ой, Ерлан») is the second, and one told in a story («…Меня зовут Бауыржан Есенов, мне
    34 года…») is found in it. Years, a trade, a place or languages typed at this step are asked again."""
    if not (text or "").strip():
        raise InvalidInput("error-name-empty")
    return _name_of(settled(text or "", _name_of, _SAID_AGAIN))


def _name_of(text: str) -> str:
    """The name in one answer (see `full_name`)."""
    value = " ".join(_without_symbols(text).split())
    if not value:  # only emoji: a name is letters
        raise InvalidInput("error-name-letters")
    value = _GREETING.sub("", value, count=1)
    value = _NAME_INTRO.sub("", value, count=1) or value
    told = _NAME_INTRO_WITHIN.search(value)
    if told is not None:
        value = value[told.end():]
    value = _I_AM_KAZAKH.sub(r"\1", value)
    value = re.sub(r"^(?:мен|men)\s+(?=[^\W\d_]*[A-ZА-ЯӘҒҚҢӨҰҮҺІ])", "", value)  # «men Erbol»; "Men" capitalised may be a surname
    value = _SURNAME_TOLD.sub(lambda match: " " + match.group(1), value)
    first, _, rest = value.partition(",")
    if re.search(r"\d", rest) and first.strip():  # «Aidos Serikbayuly, 32 years old, welder»
        value = first.strip()
    if not value:
        raise InvalidInput("error-name-empty")
    if "?" in value or _WHY.search(value) or _REFUSAL.search(value):  # «а зачем вам моё имя?»: why it is asked
        raise InvalidInput("error-name-question")
    if len(value) > MAX_NAME_LENGTH:
        raise InvalidInput("error-name-too-long", max=MAX_NAME_LENGTH)
    letters = sum(1 for char in value if unicodedata.category(char).startswith("L"))
    if _NOT_IN_NAME.search(value) or letters < 2 or letters < len(value.replace(" ", "")) * 0.7:
        raise InvalidInput("error-name-letters")
    if re.search(r"\d", value) or _ANOTHER_ANSWER.search(value) or _another_step(value):
        raise InvalidInput("error-name-other-answer")
    return " ".join(_one_alphabet(word) for word in value.split())


def _without_symbols(text: str) -> str:
    """The text without emoji and other pictographs (and their joiners), which no name holds."""
    return "".join(
        " " if unicodedata.category(char) in ("So", "Sk", "Cs") else char
        for char in text
        if unicodedata.category(char) != "Cf" and not "\ufe00" <= char <= "\ufe0f"
    )


def _one_alphabet(word: str) -> str:
    """A word typed in two alphabets in the one whose lookalikes (A, E, C, o) slipped in from the other
    keyboard layout, so the name is found as it was meant; a word that cannot be one alphabet is kept."""
    if _alphabets(word) < 2:
        return word
    for lookalikes in (_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES):
        mended = word.translate(lookalikes)
        if mended != word and _alphabets(mended) == 1:
            return mended
    return word


def _alphabets(word: str) -> int:
    """How many of the Latin and Cyrillic alphabets a word's letters are in."""
    names = [unicodedata.name(char, "") for char in word if char.isalpha()]
    return any("LATIN" in name for name in names) + any("CYRILLIC" in name for name in names)


# Years written in words, as often as in digits: in Russian, Kazakh and English, tried in this order
# (the first that the message holds wins: «пятнадцать» before «пять», «он бес» before «он»). A word
# ending in "-" may go on («пяти», «двух»); the others are whole words («он» is ten, «оно» is not).
_YEAR_WORDS: tuple[tuple[str, int], ...] = (
    ("полгод-", 0), ("пол года", 0), ("pol goda", 0), ("polgoda", 0), ("жарты жыл", 0), ("jarty", 0),
    ("zharty", 0), ("half a year", 0), ("less than a year", 0),
    ("полтор-", 1), ("poltor-", 1), ("one and a half", 1),  # «полтора года»: the whole year of it
    ("менее год-", 0), ("меньше год-", 0), ("нет опыт-", 0), ("без опыт-", 0), ("опыта нет", 0),
    ("тәжірибем жоқ", 0), ("тәжірибе жоқ", 0),
    ("no experience", 0),
    ("пятнадцат-", 15), ("он бес", 15), ("on bes", 15), ("fifteen", 15),
    ("пятьдесят-", 50), ("пятидесят-", 50), ("елу", 50), ("elu", 50), ("fifty", 50),
    ("сорок-", 40), ("қырық", 40), ("qyryq", 40), ("forty", 40),
    ("тридцат-", 30), ("отыз", 30), ("otyz", 30), ("thirty", 30),
    ("двадцат-", 20), ("жиырма", 20), ("zhiyrma", 20), ("jiyrma", 20), ("twenty", 20),
    ("on jyl", 10), ("on zhyl", 10),
    ("десят-", 10), ("он", 10), ("ten", 10), ("девят-", 9), ("тоғыз", 9), ("togyz", 9), ("nine", 9),
    ("восем-", 8), ("сегіз", 8), ("segiz", 8), ("eight", 8), ("сем-", 7), ("жеті", 7), ("zheti", 7),
    ("jeti", 7), ("seven", 7), ("шест-", 6), ("алты", 6), ("alty", 6), ("six", 6),
    ("пят-", 5), ("бес-", 5), ("bes", 5), ("five", 5), ("четыр-", 4), ("төрт", 4), ("tort", 4), ("tört", 4),
    ("four", 4), ("три", 3), ("трех", 3), ("үш", 3), ("ush", 3), ("üsh", 3), ("three", 3),
    ("два", 2), ("двух", 2), ("пару", 2), ("екі", 2), ("eki", 2), ("two", 2),
    ("один", 1), ("одного", 1), ("бір", 1), ("bir", 1), ("one", 1), ("год", 1), ("a year", 1),
    # A no with no number at all: none («нет», «жоқ», "joq" — «тәжірибе жоқ» typed in Latin letters).
    ("нет", 0), ("нету", 0), ("жоқ", 0), ("жок", 0), ("joq", 0), ("jok", 0), ("zhoq", 0), ("none", 0),
)
_YEAR_PATTERNS = tuple(
    (re.compile(r"(?<!\w)" + re.escape(word.rstrip("-")) + ("" if word.endswith("-") else r"(?!\w)")), value)
    for word, value in _YEAR_WORDS
)


def years(text: str | None) -> int:
    """Whole years of experience, 0 to 60; "5", "5 лет", "5 years", "5 жыл", «пять лет», «бес жыл» and
    "five years" all read as 5; a year the work began («с 2015 года», "since 2015", «2015 жылдан бері») as the
    years since. Said aloud («одиннадцать лет», "since twenty eighteen") or corrected («4 года, нет, 5») as
    meant; a phone number, an age, a year of birth or a pay typed at this step is asked again."""
    said = _YEAR_PAIR.sub(r"\1\2", spelled_numbers(text or ""))
    if own_phone_number(said) is not None:
        raise InvalidInput("error-years-number", max=MAX_YEARS)
    return _years_of(settled(said, _years_of))


# "twenty eighteen" is said as two numbers: a year.
_YEAR_PAIR = re.compile(r"(?<![\d.,])(19|20) ([0-9]\d)(?![\d.,])")
# What is not experience: an age («мне 35 лет», «30 жастамын», "28 years old"), a year of birth («1988 жылы
# туғанмын», "born in 1990"), a pay («2000 риалов») or a grade («6 разряда»), left out of the answer.
_NOT_EXPERIENCE = re.compile(
    r"(?<![^\W\d_])(?:мне|i\s+am|i'?m|жасым)\s+\d+(?:\s*-?\s*(?:лет|год\w*|years?\s+old|да|те|та|де))?"
    r"|\d+\s*(?:years?\s+old|-?\s*жас\w*|-?\s*jas\w*)"
    r"|[^.,;]*(?:родил|туған|туылған|туғанмын|born)[^.,;]*"
    r"|\d+\s*(?:риал\w*|rial\w*|riyal\w*|qar|qr|тенге|теңге|tenge|доллар\w*|\$|usd|разряд\w*|категор\w*|санат\w*|grade)",
    re.IGNORECASE,
)
# «всего 7 лет», «барлығы 7 жыл», "11 years in total": the total wins over the parts told before it.
_TOTAL = re.compile(r"(?<![^\W\d_])(?:всего|итого|в\s+сумме|барлығы|жалпы|barlygy|total|in\s+all|overall)(?![^\W\d_])",
                    re.IGNORECASE)
# Words beside a year that make it the one the work began: «с 2015», «2015 жылдан бері», "since", "from".
_SINCE_BEFORE = re.compile(r"(?<![^\W\d_])(?:с|со|since|from|from\s+\w+)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"^\s*-?\s*(?:жылдан|ж\.?\s*бері|jyldan|jıldan|zhyldan|дан|ден|тан|тен|бері|beri|бастап)",
                          re.IGNORECASE)


def _began(text: str, year: re.Match[str]) -> bool:
    """Whether the words right beside a year say the work began then («с 2015», «2015 жылдан»)."""
    return bool(_SINCE_BEFORE.search(text[max(0, year.start() - 16):year.start()])
                or _SINCE_AFTER.match(text[year.end():]))


def _years_of(text: str) -> int:
    """The years in an answer already in digits (see `years`)."""
    text = _NOT_EXPERIENCE.sub(" ", text)
    total = _TOTAL.search(text)
    if total is not None and _number_of_years(text[total.end():]) is not None:
        text = text[total.end():]
    since = _SINCE_YEAR.search(text)
    counted = _number_of_years(_SINCE_YEAR.sub(" ", text))
    if since is not None and int(since.group()) <= date.today().year and (
            _began(text, since) or counted is None):
        return date.today().year - int(since.group())
    number = _number_of_years(_SINCE_YEAR.sub(" ", text)) if since is not None else _number_of_years(text)
    if number is None:
        in_words = _years_in_words(text)
        if in_words is None or not re.search(r"[^\W\d_]", text):
            raise InvalidInput("error-years-number", max=MAX_YEARS)
        return in_words
    if number > MAX_YEARS:
        raise InvalidInput("error-years-range", max=MAX_YEARS)
    return int(number)


_SINCE_YEAR = re.compile(r"(?<!\d)(?:19[6-9]\d|20[0-9]\d)(?![\d,.])")
# The words a number of years may carry, joined to it or not («5лет», «3г», "10yrs"), and those of months
# («6 мес», «8 ай», "18 months": whole years of them).
_YEAR_UNITS = ("лет", "год", "жыл", "year", "yr")
_MONTH_UNITS = ("мес", "month", "ай")


def _number_of_years(text: str) -> Decimal | None:
    """The first number that counts years or months in the text, in years; None when there is none. A
    number within a code is none: «НАКС 6G», "4G welder", «категория A5»."""
    for match in _NUMBER.finditer(text):
        if text[: match.start()][-1:].isalpha():
            continue
        after = text[match.end():]
        unit = re.match(r"\s*([^\W\d_]+)", after)
        word = unit.group(1).casefold() if unit else ""
        number = Decimal(match.group().replace(",", "."))
        if word.startswith(_MONTH_UNITS):
            return Decimal(int(number) // 12)
        if after[:1].isalpha() and not (word.startswith(_YEAR_UNITS) or word == "г"):
            continue
        return number
    return None


def _years_in_words(text: str) -> int | None:
    """The years a message writes in words; tens take the unit that follows them («тридцать пять», «отыз
    бес», "twenty five", «он екі»), as a worker says a number past twenty."""
    text = text.casefold().replace("ё", "е")
    for pattern, value in _YEAR_PATTERNS:
        match = pattern.search(text)
        if match is not None:
            return value + _unit_after(text, match.end()) if value >= 10 and value % 10 == 0 else value
    return None


def _unit_after(text: str, end: int) -> int:
    """1 to 9 for the word after a number's tens («пять» of «тридцать пять»), 0 for any other word."""
    following = re.match(r"\w*[\s-]+(\w+)", text[end:])
    if following is None:
        return 0
    word = following.group(1)
    return next((value for pattern, value in _YEAR_PATTERNS if 1 <= value <= 9 and pattern.match(word)
                 and word not in ("год", "пару")), 0)


# The spoken languages beyond the bot's own three, by the beginnings of their names; then the languages
# of the region and of work abroad that the profile keeps as "other" (tried first: «туркменский» is not
# «турецкий»).
_OTHER_SPOKEN = {
    "other": ("узбек", "өзбек", "uzbek", "кыргыз", "қырғыз", "киргиз", "kyrgyz", "таджик", "тәжік", "tajik",
              "туркмен", "түрікмен", "turkmen", "уйгур", "ұйғыр", "uyghur", "татар", "tatar", "азербайдж",
              "azerbaij", "китай", "қытай", "chinese", "немец", "неміс", "german", "француз", "french",
              "корей", "корейс", "korean", "испан", "spanish", "итальян", "italian", "япон", "japanese",
              "хинди", "hindi", "урду", "urdu", "персид", "парси", "farsi", "persian"),
    "ar": ("араб", "arab"),
    "tr": ("турец", "түрік", "турк", "turk", "türk", "turik"),
}
# Whole names of the languages, for a name misspelt on a phone («анлийский», "inglish"): the nearest
# one, when it is near enough that no other word could be meant.
_SPOKEN_NAMES = {
    "английский": "en", "english": "en", "ағылшын": "en", "ағылшынша": "en",
    "казахский": "kk", "kazakh": "kk", "қазақша": "kk", "qazaqsha": "kk",
    "русский": "ru", "russian": "ru", "орысша": "ru", "orysha": "ru",
    "арабский": "ar", "arabic": "ar", "турецкий": "tr", "turkish": "tr",
}
_MISSPELT_SCORE = 80


def spoken_languages(text: str | None) -> list[str]:
    """The codes of the languages a message names, in the order named: «русский и казахский»,
    "English, Arabic", «қазақша, орысша», «узбекский» as "other"; a language the worker says they do not
    speak («английский не знаю, только русский») is left out. Raises when it names none."""
    found: list[str] = []
    for clause in _CLAUSE.split((text or "").casefold()):
        if _DENIED.search(clause):  # also a language taken back: «русский, английский — ой, английский не знаю»
            for word in re.findall(r"[^\W\d_]+", clause):
                if (code := _spoken_language(word)) in found:
                    found.remove(code)
            continue
        for word in re.findall(r"[^\W\d_]+", clause):
            code = _spoken_language(word)
            if code is not None and code not in found:
                found.append(code)
    if not found:
        raise InvalidInput("expect-languages")
    return found


# The parts of a message that each say one thing («английский не знаю, только русский»): split at
# punctuation and at "but" and "only".
_CLAUSE = re.compile(r"[,;.!()\n]|(?<![^\W\d_])(?:но|а|только|зато|but|only|тек|бірақ|ал)(?![^\W\d_])")
# A part that says a language is not spoken: «не знаю», «не владею», «білмеймін», "don't speak".
_DENIED = re.compile(
    r"(?<![^\W\d_])(?:не\s+(?:знаю|владею|говорю|понимаю|разговариваю)|білмеймін|сөйлемеймін|түсінбеймін|"
    r"bilmeimin|bilmeymin|soilemeimin|don'?t\s+(?:speak|know)|do\s+not\s+(?:speak|know)|can'?t\s+speak|"
    r"cannot\s+speak|no)(?![^\W\d_])"  # "Russian, Kazakh, no English"
)


# A region typed instead of pressed: the beginnings of its names, of its towns, districts and larger
# villages, in Kazakh, Russian and English, compared through `matching.text.skeleton` (so «Ақтау», «Актау»
# and "Aktau" are one). Tried in this order: the Almaty region before the city of Almaty, whose name it
# holds. A name ending in "!" is a whole word ("СКО", not the beginning of «скоро»). A name ending in "?"
# is shared by places in several regions (Aksu is a town of Pavlodar and villages elsewhere; Abai and
# Zhambyl name regions and districts of others): it counts only when the message names nothing else
# («Сайрам ауданы, Ақсу ауылы» is in Turkistan, «Шымкент, Абайский район» in Shymkent). Older names
# are still typed: «Кустанай», «Кзыл-Орда», «Джамбул», «Гурьев», «Лениногорск», «Шевченко», and «ЮКО» for
# South Kazakhstan, since 2018 the Turkistan region without Shymkent. A district is named by the
# beginning of its name («Сайрамский район», «Сайрам ауданы», "Sairam district").
_REGION_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("almaty_region", ("алматы обл", "almaty region", "almaty oblys", "алматинск", "конаев", "капчагай",
                       "капшагай", "талгар", "каскелен", "есик", "иссык", "илийск", "іле!", "карасай",
                       "енбекшиказах", "еңбекшіқазақ", "райымбек", "кеген", "уйгурск", "ұйғыр аудан",
                       "узынагаш", "шелек", "чунджа", "шонжы", "отеген батыр", "нарынкол")),
    ("abai", ("абай?", "abai?", "семей", "семипалат", "аягоз", "бескарагай", "бородулих", "жарма", "кокпект",
              "урджар", "үржар", "маканчи", "аксуат", "курчатов", "шар!", "чарск")),
    ("akmola", ("акмол", "akmol", "кокшетау", "kokshetau", "степногорск", "щучинск", "бурабай", "боровое",
                "акколь", "аршалы", "астраханк", "атбасар", "буланды", "макинск", "егиндыколь", "биржан сал",
                "ерейментау", "державинск", "зеренд", "коргалжын", "сандыктау", "целиноградск", "шортанд",
                "косшы!", "степняк")),
    ("aktobe", ("актоб", "актюб", "aktob", "кандыагаш", "хромтау", "айтекебийск", "алгинск", "алга!",
                "байганин", "иргиз", "ырғыз", "каргалин", "мартук", "мугалжар", "мұғалжар", "темирск",
                "темир!", "уил!", "ойыл", "хобд", "шалкар", "эмба")),
    ("atyrau", ("атырау", "atyrau", "кульсары", "құлсары", "гурьев", "жылыой", "индер", "исатай", "курмангаз",
                "құрманғаз", "кызылкога", "қызылқоға", "макат", "махамбет", "аккистау", "ганюшкин", "доссор")),
    ("east", ("восточно", "шығыс", "east kaz", "вко!", "усть камен", "өскемен", "oskemen", "риддер",
              "лениногорск", "зырянов", "глубок", "зайсан", "катон", "курчум", "күршім", "самарск", "тарбагат",
              "уланск", "шемонаих", "серебрянск")),
    ("zhambyl", ("жамбыл?", "zhambyl?", "джамбул", "жамбул", "dzhambul", "тараз", "taraz", "каратау", "байзак",
                 "жуалы", "кордай", "рыскулов", "меркен", "мерке!", "меркі!", "merki!", "мойынкум", "сарысу", "таласск",
                 "талас аудан", "шуск", "шу!", "жанатас", "сарыкемер", "аулие ата", "әулиеата")),
    ("zhetisu", ("жетісу", "жетысу", "zhetisu", "талдыкорган", "taldykorgan", "талдыкурган", "талды курган",
                 "текели", "жаркент", "алаколь", "алакөл", "ескельд", "каратал", "кербулак", "коксу",
                 "панфилов", "саркан", "уштобе", "үштөбе", "ушарал", "лепсы", "балпык")),
    ("karaganda", ("караганд", "қарағанды", "karagand", "темиртау", "балхаш", "балқаш", "шахтинск", "сарань",
                   "приозерск", "бухар жырау", "каркаралин", "қарқаралы", "нура!", "нуринск", "осакаров",
                   "шетск", "шет аудан")),
    ("kostanay", ("костана", "kostana", "кустана", "рудный", "лисаковск", "аркалык", "алтынсарин", "амангельд",
                  "аулиеколь", "әулиекөл", "денисов", "джангельд", "жангельд", "житикар", "камыст", "карабалык",
                  "карасуск", "мендыкар", "наурзум", "сарыколь", "сарыкөл", "майлин", "узунколь", "федоров",
                  "тобыл", "затобольск")),
    ("kyzylorda", ("кызылорд", "kyzylord", "кзыл орд", "кзылорд", "кызыл орд", "байконур", "байқоңыр", "аральск",
                   "арал аудан", "арал!", "жалагаш", "жанакорган", "казалинск", "қазалы", "кармакш",
                   "сырдарьинск", "шиели", "айтеке би")),
    ("mangystau", ("мангист", "мангыст", "mangyst", "mangist", "мангышлак", "актау", "aktau", "жанаозен",
                   "бейнеу", "форт шевченко", "шевченко!", "каракия", "мунайл", "тупкараган", "түпқараған",
                   "шетпе", "курык", "құрық", "жетыбай", "бекет ата")),
    ("pavlodar", ("павлодар", "pavlodar", "экибастуз", "екібастұз", "ekibastuz", "аксу?", "ермак", "баянаул",
                  "железин", "иртышск", "ертіс аудан", "щербакт", "аккулы", "лебяжь")),
    ("north", ("северо", "солтүстік", "north kaz", "ско!", "петропавл", "petropavl", "айыртау", "акжар",
               "аккайын", "мамлют", "булаево", "магжан", "сергеевк", "шал акын", "тайынш", "тимирязев",
               "уалихан", "кызылжар", "қызылжар", "явленк", "пресновк")),
    ("turkistan", ("туркестан", "түркістан", "turkestan", "turkistan", "кентау", "сарыагаш", "жетысай",
                   "шардара", "ленгер", "южно казах", "оңтүстік қазақстан", "south kaz", "юко!", "сайрам",
                   "аксукент", "байдибек", "казыгурт", "қазығұрт", "мактаарал", "мақтаарал", "ордабас",
                   "отырар", "отрар", "созак", "шолаккорган", "толеби", "төле!", "тюлькубас", "түлкібас", "келес",
                   "арысь", "арыс!", "шаульдер", "шәуілдір")),
    ("ulytau", ("ұлытау", "улытау", "ulytau", "жезказган", "джезказган", "zhezkazgan", "сатпаев", "сәтбаев",
                "satpai", "жанаарк", "жаңаарқа", "каражал", "жезды")),
    ("west", ("западно", "батыс", "west kaz", "зко!", "уральск", "орал", "oral", "uralsk", "аксай", "акжаик",
              "ақжайық", "бокейорд", "бөкей орда", "бурлин", "бөрлі", "жангала", "жанибек", "зеленов",
              "казталов", "каратоб", "сырым", "таскала", "теректин", "чингирлау", "шыңғырлау", "чапаев")),
    ("astana", ("астан", "astana", "нур султан", "nur sultan", "целиноград")),
    ("almaty", ("алматы", "almaty", "алма ата", "alma ata")),
    ("shymkent", ("шымкент", "чимкент", "shymkent")),
)


def _region_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the given names as `skeleton` spells them; None when there are none."""
    if not words:
        return None
    return re.compile(r"(?<![a-z])(?:" + "|".join(
        re.escape(skeleton(word.rstrip("!"))) + (r"(?![a-z])" if word.endswith("!") else "") for word in words
    ) + ")")


_REGION_PATTERNS = tuple(
    (code, _region_pattern(tuple(word for word in words if not word.endswith("?")))) for code, words in _REGION_WORDS
)
_SHARED_REGION_PATTERNS = tuple(
    (code, _region_pattern(tuple(word.rstrip("?") for word in words if word.endswith("?"))))
    for code, words in _REGION_WORDS
)


def _spoken_language(word: str) -> str | None:
    """The code of the language one word names, by its name, its beginning or a near spelling of it;
    Kazakh Latin letters with marks («aǵylshynsha», «ağylşynşa», «túrikshe») are also read without them."""
    code = _language_of(word)
    spelt = word.replace("ş", "sh").replace("ç", "ch").replace("ı", "y")  # «orısşa»: the 2021 alphabet
    plain = "".join(char for char in unicodedata.normalize("NFKD", spelt) if not unicodedata.combining(char))
    return code if code is not None or plain == word else _language_of(plain)


def _language_of(word: str) -> str | None:
    code = next((code for code, beginnings in _OTHER_SPOKEN.items() if word.startswith(beginnings)), None)
    code = code or language_named(word)
    if code is None and len(word) >= 5:
        near = process.extractOne(word, _SPOKEN_NAMES.keys(), scorer=fuzz.ratio, score_cutoff=_MISSPELT_SCORE)
        code = _SPOKEN_NAMES[near[0]] if near else None
    return code


def region(text: str | None) -> str:
    """The region a message names (a region or one of its towns): «Мангистау», «живу в Актау»,
    «Шымкентте», "Almaty"; the one the worker lives in when the birthplace is told too («родился в Таразе,
    живу в Алматы»); the second when corrected («Алматы, ой, Талдыкорган»). Raises when it names none."""
    return _region_of(_lived_in(settled(text or "", _region_of)))


# Where the worker was born, told beside where they live: «родился в Таразе», «тумысым Сарыағаштан», "born in".
_BORN = re.compile(r"родил|родом|тумыс|туған|туылған|born", re.IGNORECASE)
_CLAUSES = re.compile(r"[,;.]|(?<![^\W\d_])(?:но|а|бірақ|but|and)(?![^\W\d_])", re.IGNORECASE)


def _lived_in(text: str) -> str:
    """The answer without the parts about the birthplace, when the rest still names a place."""
    kept = " , ".join(clause for clause in _CLAUSES.split(text) if not _BORN.search(clause))
    return kept if passes(_region_of, kept) else text


def _region_of(text: str) -> str:
    """The region one answer names (see `region`)."""
    key = skeleton(text or "")
    for patterns in (_REGION_PATTERNS, _SHARED_REGION_PATTERNS):
        found = next((code for code, pattern in patterns if pattern is not None and pattern.search(key)), None)
        if found is not None:
            return found
    raise InvalidInput("expect-region")


# A month named beside the amount: it wins over "a day" or "an hour" said of the work («2000 в месяц, 10 часов
# в день»); a year's pay is taken as its twelfth («36 000 в год», «жылына»). The words are the search's.
_PER_MONTH = re.compile(rf"(?<![^\W\d_]){PER_MONTH}(?![^\W\d_])", re.IGNORECASE)
_PER_YEAR = re.compile(rf"(?<![^\W\d_]){PER_YEAR}(?![^\W\d_])", re.IGNORECASE)
# Currencies a worker may name that a search need not tell apart (`matching.pay.OTHER_CURRENCY` has the usual
# ones): the region's own, and pounds, yuan and lira.
_NOT_RIYALS = re.compile(r"дирх|dirh|\baed\b|[₽£¥]|юан|yuan|\bсом\b|\bсум\b|\bлир|\blira|фунт|pound|рупи|rupee",
                         re.IGNORECASE)


def salary(text: str | None) -> Decimal:
    """A monthly amount in QAR: "2500", "2 500", "2,500", "2500 QAR", "2,5к", "3 мың", "от 2000",
    «две с половиной тысячи»; a range ("2000-2500") by its first number, the least the worker would take;
    a year's pay by its twelfth. A pay for an hour or a day is asked again as a month's. Said aloud
    («две тысячи пятьсот», "twenty five hundred") or corrected («2000, нет, 2500») as meant; within a story
    («получаю 350 тысяч тенге, хочу не меньше 2500 риалов») the amount wanted; a phone number is asked again."""
    said = spelled_numbers(text or "")
    if own_phone_number(said) is not None:
        raise InvalidInput("error-salary-number")
    try:
        return _salary_of(_wanted_amount(settled(said, _salary_of)))
    except InvalidInput as error:
        if error.key == "error-salary-too-low" and not re.search(r"\d", text or ""):
            raise InvalidInput("error-salary-number") from None  # «две»: a word, not an amount
        raise


# The words before the least amount a worker will take («не меньше», «кемінде», "at least"), and those that
# name riyals; «или», "or", «бірақ» between two amounts offer both, so the lesser is the least.
_AT_LEAST = re.compile(
    r"(?<![^\W\d_])(?:не\s+меньше|не\s+менее|меньше|минимум|хотя\s+бы|кемінде|кем\s+дегенде|keminde|kemınde|"
    r"at\s+least|no\s+less\s+than|minimum)(?![^\W\d_])", re.IGNORECASE)
_IN_RIYALS = re.compile(rf"\d[\d\s.,]*(?:\s*{THOUSAND}(?!\w))?\s*(?:катарск\w+\s+)?(?:риал|rial|riyal|qar\b|qr\b)",
                        re.IGNORECASE)
_OR = re.compile(r"(?<![^\W\d_])(?:или|либо|немесе|әлде|бірақ|but|or)(?![^\W\d_])", re.IGNORECASE)


def _wanted_amount(text: str) -> str:
    """The part of a salary answer that says the pay wanted, when it tells other amounts too: after «не
    меньше» or "at least", the one in riyals beside tenge, the lesser of two offered; else the answer."""
    if len(_NUMBER.findall(text)) < 2:
        return text
    least = _AT_LEAST.search(text)
    if least is not None and _NUMBER.search(text, least.end()):
        return text[least.start():]
    in_riyals = _IN_RIYALS.search(text)
    if in_riyals is not None and (OTHER_CURRENCY.search(text) or _NOT_RIYALS.search(text)):
        return in_riyals.group()
    parts = [part for part in _OR.split(text) if _NUMBER.search(part)]
    amounts = []
    for part in parts if len(parts) > 1 else []:
        try:
            amounts.append((_salary_of(part), part))
        except InvalidInput:
            return text
    return min(amounts)[1] if amounts else text


def _salary_of(text: str) -> Decimal:
    """The monthly amount an answer already in digits says (see `salary`)."""
    compact = re.sub(r"(?<=\d)[\s\u00a0,](?=\d{3}\b)", "", text or "")
    if OTHER_CURRENCY.search(compact) or _NOT_RIYALS.search(compact):
        raise InvalidInput("error-salary-currency")
    monthly = _PER_MONTH.search(compact) is not None
    if PER_SHORT_TIME.search(compact) and not monthly:
        raise InvalidInput("error-salary-per-month")
    amount = _amount_in_digits(compact)
    if amount is None:
        amount = _amount_in_words(compact)
    if amount is None:
        raise InvalidInput("error-salary-number")
    if _PER_YEAR.search(compact) and not monthly:
        amount /= 12
    if amount > MAX_SALARY_QAR:
        raise InvalidInput("error-salary-range", max=int(MAX_SALARY_QAR))
    if amount < MIN_SALARY_QAR:
        raise InvalidInput("error-salary-too-low")
    return amount.quantize(Decimal("0.01"))


def _amount_in_digits(text: str) -> Decimal | None:
    """The first number, times a thousand when a word for thousands follows it («2 с половиной тысячи»
    with the half); None when there is no number, or a lone minus makes it unclear."""
    match = _NUMBER.search(text)
    if match is None or (re.search(r"-\s*\d", text) and not _RANGE.search(text)):
        return None
    try:
        amount = Decimal(match.group().replace(",", "."))
    except InvalidOperation:
        return None
    half = re.match(rf"\s+{HALF}", text[match.end():], re.IGNORECASE)
    end = match.end() + (half.end() if half else 0)
    if not _THOUSANDS.match(text, end):
        return amount
    return (amount + (Decimal("0.5") if half else 0)) * 1000


def _amount_in_words(text: str) -> Decimal | None:
    """Thousands written in words, as a worker says the amount («две тысячи», «үш мың», "two thousand"),
    with a half before or after them («екі жарым мың», «мың жарым»: one and a half)."""
    for match in _WORD_THOUSANDS.finditer(text):
        count_word, half_before, half_after = match.groups()
        count = COUNTS_OF_THOUSANDS.get((count_word or "").casefold())
        if count is None and half_after and not half_before:
            count = 1  # «мың жарым», «тысяча с половиной»
        if count is not None:
            return (Decimal(count) + (Decimal("0.5") if half_before or half_after else 0)) * 1000
    return None


def free_text(text: str | None, limit: int = MAX_FREE_TEXT) -> str:
    """Words an officer will read (an occupation kept as typed, qualifications): a message of only
    invisible characters, dots or emoji would be saved as an empty-looking answer, so it is asked again."""
    value = (text or "").strip()
    if not any(char.isalnum() for char in value):
        raise InvalidInput("error-text-empty")
    if len(value) > limit:
        raise InvalidInput("error-text-too-long", max=limit)
    return value


def qualifications(text: str | None) -> str:
    """Certificates and qualifications as typed (see `free_text`); a phone number alone, typed at this step
    instead of the phone's, is asked again rather than kept as a certificate."""
    value = free_text(text)
    if own_phone_number(value) is not None and not re.search(r"[^\W\d_]", _PHONE_CANDIDATE.sub(" ", value)):
        raise InvalidInput("expect-qualifications")
    return value


# A number within a message («мой номер 8 701 123 45 67, ватсап тот же», "+7 701 … or 8 705 …"): digits
# with the spaces, brackets and dashes people write between them, after a "+" or the "00" of a call abroad.
_PHONE_CANDIDATE = re.compile(r"(?:\+|(?<!\d)00)?\d[\d\s().\-]{5,}\d")


def own_phone_number(text: str) -> str | None:
    """A number a worker types for their profile ("8 701 123 45 67", "+974 5512 3456"), alone or among
    words, in E.164; the first of several, unless the worker corrected it («…, ой, 8 701 555 12 43»); said
    aloud («плюс семь семьсот один…», "eight seven oh five…") as typed. None unless it is a number that can
    be dialled (Kazakh without a country code): the ministry will call it."""
    said = _dictated_phone(text)
    return _first_phone_number(settled(said, _first_phone_number))


# A phone's dictation of a number: «плюс», "oh" for zero, "double seven", digits one by one with commas.
_PLUS = re.compile(r"(?<![^\W\d_])(?:плюс|plus|qosu)(?![^\W\d_])\s*", re.IGNORECASE)
_OH = re.compile(r"(?<![^\W\d_])oh?(?![^\W\d_])(?=\s*,?\s*(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|oh?\b))",
                 re.IGNORECASE)
_DOUBLE = re.compile(r"(?<![^\W\d_])(double|triple)\s+([^\W\d_]+|\d)", re.IGNORECASE)


def _dictated_phone(text: str) -> str:
    """A dictated number as it would have been typed: «плюс семь семьсот один» -> "+7 701"."""
    text = _DOUBLE.sub(lambda m: " ".join([m.group(2)] * (2 if m.group(1).lower() == "double" else 3)), text)
    text = spelled_numbers(_OH.sub("zero", text))
    text = re.sub(r"(?<![\d])(\d)\s*,\s*(?=\d(?!\d))", r"\1 ", text)  # «8, 7, 0, 5»: one digit at a time
    return re.sub(r"\+\s+(?=\d)", "+", _PLUS.sub("+", text))


def _first_phone_number(text: str) -> str | None:
    """The first dialable number among the words (see `own_phone_number`)."""
    for match in _PHONE_CANDIDATE.finditer(text):
        number = _dialable(match.group())
        if number is not None:
            return number
    return None


def _dialable(candidate: str) -> str | None:
    """One typed number in E.164, or None. A Kazakh number dialled with its leading 8 has eleven digits:
    with ten, a digit was lost, and the number left would be a valid Russian one nobody meant."""
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    elif not candidate.startswith("+") and digits.startswith("8") and len(digits) != 11:
        return None
    try:
        parsed = phonenumbers.parse(candidate, "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_number(text: str | None) -> str | None:
    """A phone number as people write it ("+7 701 123 45 67", "8 (701) 123-45-67", "87011234567") in
    the E.164 form profiles keep, so an officer can find a worker who calls with only their number;
    None when it cannot be a number. Without a country code, a Kazakh number is meant."""
    try:
        parsed = phonenumbers.parse(text or "", "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# A yes or a no typed instead of pressed («да», «ещё», «иә», "yes"; «нет», «дальше», «жоқ», "no"), for a
# question whose buttons say "add one more" and "go on".
# Kazakh is also typed without its letters («иа», «жок») and in Latin letters ("ia", "iá", "joq").
_YES = frozenset("да ага угу конечно ещё еще есть добавить добавлю добавь давай ок окей хорошо иә ия иа бар тағы "
                 "қосу қосамын қосайын әрине жарайды ia iá iä iya arine ariine ok okay yes yeah yep sure add qosamyn "
                 "qosu добавим давайте "
                 "another more".split())
_NO = frozenset("нет неа не дальше далее хватит всё все нету больше жоқ жок болды келесі әрі қарай "
                "joq jok zhoq zhok next no nope nah done skip enough достаточно".split())
_THANKS = frozenset("спасибо большое рахмет raqmet rakhmet rahmet thanks".split())  # «нет, спасибо»
# Words around a yes or a no that change nothing («ну наверное да, давайте», "yes please"), and those of a
# worker correcting the answer («нет, то есть да», «да… хотя нет», "no wait, yes"): the last one then holds.
_AROUND = frozenset("ну наверное думаю пожалуйста please хотя ой wait sorry этого".split())
_CORRECTED = re.compile(r"(?<!\w)(?:то\s+есть|хотя|wait|sorry|ой)(?!\w)")
_ONE = frozenset("одна одну one бір".split())  # «да, ещё одна»
# Phrases that are a yes or a no as a whole («не надо», «это всё», «керек емес», "that's all", "of course").
_YES_PHRASE = re.compile(r"(?<!\w)(?:of\s+course|why\s+not|go\s+on)(?!\w)")
_NO_PHRASE = re.compile(
    r"(?<!\w)(?:не\s+надо|не\s+нужно|не\s+хочу|это\s+вс[её]|вот\s+и\s+вс[её]|на\s+этом\s+вс[её]|керек\s+емес|"
    r"қажет\s+емес|kerek\s+emes|qajet\s+emes|бәрі\s+осы|that'?s\s+(?:all|it)|that\s+is\s+all|no\s+need|"
    r"i'?m\s+done|not\s+now)(?!\w)"
)


def yes_or_no(text: str | None) -> bool | None:
    """True for a typed yes, False for a no, None for anything else («да, ещё одна» is a yes). A letter
    held down («даа», «нетт», "yesss») is read once. Corrected in the same message («нет, то есть да»,
    «иә, жоқ, керек емес»), the last answer holds."""
    value = _NO_PHRASE.sub(" no ", _YES_PHRASE.sub(" yes ", (text or "").lower()))
    corrected = _CORRECTED.search(value) is not None
    value = re.sub(r"(?<!\w)то\s+есть(?!\w)", " , ", value)
    clauses = [{_one_of_each(word) for word in re.findall(r"\w+", clause)} for clause in re.split(r"[,;.!?]+", value)]
    words = set().union(*clauses)
    if not words - _AROUND or not words <= _YES | _NO | _THANKS | _ONE | _AROUND:
        return None
    yes, no = bool(words & (_YES | _ONE)), bool(words & _NO)
    if yes != no:
        return yes
    if not yes:
        return False  # «спасибо», «рахмет» alone: nothing more to add
    said = [bool(clause & (_YES | _ONE)) for clause in clauses
            if bool(clause & (_YES | _ONE)) != bool(clause & _NO)]
    return said[-1] if said and (corrected or len(said) > 1) else None


def _one_of_each(word: str) -> str:
    """The word itself when it is a yes or a no, else the word with its repeated letters typed once."""
    if word in _YES or word in _NO or word in _AROUND:
        return word
    return re.sub(r"(\w)\1+", r"\1", word)


# Nothing to give, typed where a step can be skipped or finished («нет», «пропустить», «готово», «жоқ»,
# "skip", "none", "-"): at the qualifications step «нет» had been saved as the worker's qualifications.
_SKIP = _NO | _THANKS | frozenset(
    "готово пропустить пропущу пропуск ничего никаких никакого никакой нечего имею дайын өткізу өткізіп "
    "жіберу ештеңе ешқандай ешбір otkizu otkizip jiberu zhiberu "
    "none nothing skip done na у меня менде i have a do don dont t not any "  # «у меня нет», "I don't have any"
    "пока әзірге әлі yet".split()  # «пока нет», «әзірге жоқ», "not yet"
    + "eshqandai eşqandai eshteñe eşteñe".split()  # the same in Kazakh Latin letters
    + "только тек only опыт опыта experience тәжірибе тәжірибем tajiribe".split()  # «нет, только опыт»
)


# What the skippable steps ask for, named beside the no («нет телефона», «сертификатов нет», «сертификат
# жоқ», "no phone"): the beginnings of the words.
_ASKED_FOR = ("телефон", "номер", "нөмір", "phone", "number", "nomer", "nomir", "сертификат", "certificate",
              "sertifikat", "удостоверен", "куәлі")
# A whole message that says any will do: for a salary, no least amount («не важно», «любая», «бәрібір»).
_ANY_WILL_DO = re.compile(
    r"(?:не\s*важно|любая|любой|любую|без\s+разницы|вс[её]\s+равно|маңызды\s+емес|бәрібір|барибир|baribir|"
    r"договорн\w*|по\s+договор\w*|как\s+договоримся|келісім\s+бойынша|келісімді|kelisim\s+boiynsha|negotiable|"
    r"any|anything|whatever|no\s+matter|doesn'?t\s+matter|does\s+not\s+matter)",
    re.IGNORECASE,
)


def skips(text: str | None) -> bool:
    """True for a message that only says there is nothing to give, that the step is done or that any
    answer will do."""
    value = (text or "").strip().lower()
    if value and set(value) <= set("-–—_.!? "):
        return True  # «-», «—»: nothing
    if _ANY_WILL_DO.fullmatch(value.rstrip(" .!")):
        return True
    words = set(re.findall(r"\w+", value))
    said = {word for word in words if not word.startswith(_ASKED_FOR)}
    return bool(said) and said <= _SKIP


# ---- an answer corrected in the same message -------------------------------------------------------------
# «5 лет, нет, 6», «Алматы, ой, Талдыкорган», «87011234567 қате, дұрысы 87011234568», "1800 sorry 2000": the
# worker's own correction; the value after it is the one meant. A no («нет», «жоқ», «емес», "no") corrects a
# figure or a place, not a name, which it may be part of.
_CORRECTION = (r"ой|вернее|точнее|то\s+есть|не\s+так|ошибся|ошиблась|извините|простите|қате|дұрысы|durysy|"
               r"sorry|i\s+mean|no\s+wait|wait|rather")
_SAID_AGAIN = re.compile(rf"(?<![^\W\d_])(?:{_CORRECTION})(?![^\W\d_])", re.IGNORECASE)
_SAID_AGAIN_OR_NO = re.compile(rf"(?<![^\W\d_])(?:{_CORRECTION}|нет|жоқ|joq|no|емес|emes)(?![^\W\d_])",
                               re.IGNORECASE)


def passes(check: Callable[[str], object], text: str) -> bool:
    """Whether an answer is one a step's `check` takes (a region, a number of years): asked of an answer
    given to another step, which is then not kept as this one's."""
    try:
        check(text)
    except InvalidInput:
        return False
    return True


def settled(text: str, read: Callable[[str], object], markers: re.Pattern[str] = _SAID_AGAIN_OR_NO) -> str:
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
