"""Years of experience in a trade, in digits or words, or told as the year the work began."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from bot.number_words import spelled_numbers
from bot.validation.answer import NUMBER, InvalidInput, settled, without_question
from bot.validation.phones import PHONE_CANDIDATE, own_phone_number

MAX_YEARS = 60


# Years written in words, as often as in digits: in Russian, Kazakh and English, tried in this order
# (the first that the message holds wins: «пятнадцать» before «пять», «он бес» before «он»). A word
# ending in "-" may go on («пяти», «двух»); the others are whole words («он» is ten, «оно» is not).
_YEAR_WORDS: tuple[tuple[str, int], ...] = (
    ("полгод-", 0), ("полугод-", 0), ("пол года", 0), ("pol goda", 0), ("polgoda", 0), ("жарты жыл-", 0), ("jarty-", 0),
    ("zharty", 0), ("half a year", 0), ("less than a year", 0),
    ("полтор-", 1), ("полутор-", 1), ("poltor-", 1), ("polutor-", 1), ("one and a half", 1), ("жыл жарым-", 1), ("jyl jarym-", 1),  # «полтора года»: the whole year of it
    ("около год-", 1), ("примерно год-", 1), ("где-то год-", 1),  # «около года»: a year, give or take
    ("менее год-", 0), ("меньше год-", 0), ("нет опыт-", 0), ("без опыт-", 0), ("опыта нет", 0),
    ("тәжірибем жоқ", 0), ("тәжірибе жоқ", 0),
    ("no experience", 0), ("fresher", 0), ("fresh graduate", 0), ("beginner", 0), ("новичок", 0),
    ("жаңадан бастаушы", 0),  # a beginner, as Gulf ads and workers say it
    ("пятнадцат-", 15), ("он бес", 15), ("on bes", 15), ("fifteen", 15),
    ("пятьдесят-", 50), ("пятидесят-", 50), ("елу", 50), ("elu", 50), ("fifty", 50),
    ("сорок-", 40), ("қырық", 40), ("qyryq", 40), ("forty", 40),
    ("тридцат-", 30), ("отыз", 30), ("otyz", 30), ("thirty", 30),
    ("двадцат-", 20), ("жиырма", 20), ("zhiyrma", 20), ("jiyrma", 20), ("twenty", 20),
    ("on jyl-", 10), ("on jıl-", 10), ("on zhyl-", 10), ("a decade", 10), ("decade", 10),  # «on jyldan köp»
    ("десят-", 10), ("он", 10), ("ten", 10), ("девят-", 9), ("тоғыз", 9), ("togyz", 9), ("nine", 9),
    ("восем-", 8), ("сегіз", 8), ("сегиз", 8), ("тогыз", 9), ("segiz", 8), ("eight", 8), ("сем-", 7), ("жеті", 7), ("zheti", 7),
    ("jeti", 7), ("жети", 7), ("seven", 7), ("шест-", 6), ("алты", 6), ("alty", 6), ("six", 6),
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
    said = _dates_as_years(_YEAR_PAIR.sub(r"\1\2", spelled_numbers(without_question(text))))
    if _NOT_REMEMBERED.search(said) and not re.search(r"\d", said):
        raise InvalidInput("error-years-number", max=MAX_YEARS)  # «есімде жоқ»: not «жоқ», none
    if own_phone_number(said) is not None:
        rest = PHONE_CANDIDATE.sub(" ", said)  # «номер 8701…, опыт 7 лет»: the phone typed late, then the years
        if not _YEAR_WORD.search(rest) or not re.search(r"\d", rest):
            raise InvalidInput("error-years-number", max=MAX_YEARS)
        said = rest
    return _years_of(settled(said, _years_of))


# A whole date («12.03.1988», «с 01.06.2015»): its year when the work began then, else a birth date, no answer.
_DATE = re.compile(r"(?<![\d.,/-])\d{1,2}[./-]\d{1,2}[./-]((?:19|20)\d\d)(?![\d.,/-])")


def _dates_as_years(text: str) -> str:
    """The answer with each whole date as its year when words beside it say the work began then («с
    01.06.2015»), and left out otherwise: a date given at this step is the worker's birthday («родился
    14.02.1990», «12.03.1988»), and its day would be read as a count of years."""
    return _DATE.sub(lambda date_: date_.group(1) if _began(text, date_) else " ", text)


# Not remembered («не помню», «есімде жоқ», "can't remember"): no count, though «жоқ» alone would be none.
_NOT_REMEMBERED = re.compile(r"(?<!\w)(?:не\s+помню|не\s+вспомню|есімде\s+жоқ|есімде\s+жок|esimde\s+joq|"
                             r"(?:i\s+)?(?:don'?t|dont|do\s+not|can'?t|cannot)\s+remember)(?!\w)", re.IGNORECASE)
# "twenty eighteen" is said as two numbers: a year.
_YEAR_PAIR = re.compile(r"(?<![\d.,])(19|20) ([0-9]\d)(?![\d.,])")
# The words that make «мне 5 лет» experience rather than an age: «мне 5 лет опыта», «мне 7 лет стажа», "I am
# 6 years in welding".
_OF_WORK = (r"(?:опыт|стаж|тәжірибе|tajiribe|experience|experienced|работ|жұмыс|in\s|of\s|as\s|at\s|"
            r"в\s+(?:сварк|строй|строит|этой|данной|профес)|на\s+(?:строй|этой|данной))")
# What is not experience: an age («мне 35 лет», «30 жастамын», "28 years old"), a year of birth («1988 жылы
# туғанмын», «1979 года рождения», «1985 г.р.», "born in 1990"), a pay («2000 риалов») or a grade («6 разряда»), left out of the answer.
_NOT_EXPERIENCE = re.compile(
    rf"(?<![^\W\d_])(?:мне|ему|ей|папе|отцу|маме|матери|i\s+am|i'?m|he\s+is|he'?s|she\s+is|she'?s|жасым|жасы|"
    rf"(?:my\s+)?(?:dad|father|mother|mom|mum)\s+is)\s+\d+(?![\d\s]*(?:лет|года?|years?|yrs)?\s*{_OF_WORK})"
    r"(?:\s*-?\s*(?:лет|год\w*|years?\s+old|да|те|та|де))?"
    # the age the work began at («с 18 лет работаю», "since I was 20"): no count of years
    r"|(?<![^\W\d_])(?:с|со|since\s+(?:i|he|she)\s+was|since\s+age|from\s+age)\s+\d{1,2}"
    r"(?:\s*(?:лет|years?(?:\s+old)?))?"
    r"(?=\s+(?:лет|работ|жұмыс)|\s*$|\s*[,.;])"
    r"|\d+\s*(?:years?\s+old|-?\s*жас\w*|-?\s*jas\w*)"
    # an age told with the pronoun after it («40 лет мне», «35 ему»)
    r"|\d+\s*(?:лет|года?)?\s+(?:мне|ему|ей)(?![^\W\d_])(?!\s+(?:опыт|стаж))"
    r"|(?:19|20)\d\d\s*г\.?\s*р\.?"  # «1985 г.р.»: born in that year
    r"|[^.,;]*(?:родил|рожд|туған|туылған|туғанмын|born|birth)[^.,;]*"
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
    text = _NOT_EXPERIENCE.sub(" ", _TWO_DIGIT_YEAR.sub(_full_year, text))
    total = _TOTAL.search(text)
    if total is not None and _number_of_years(text[total.end():]) is not None:
        text = text[total.end():]
    worked = _periods(text)
    if worked is None and total is None:
        worked = _listed_years(text)
    if worked is not None:
        if worked > MAX_YEARS:
            raise InvalidInput("error-years-range", max=MAX_YEARS)
        return worked
    before_comma = _SINCE_YEAR_BEFORE_COMMA.search(text) if _SINCE_YEAR.search(text) is None else None
    if before_comma is not None:  # the comma set apart, so the year reads as one
        text = f"{text[:before_comma.end(1)]} {text[before_comma.end(1):]}"
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


# A year typed with two digits after the word that makes it one («с 09 года», "since '98", «09 жылдан»).
_TWO_DIGIT_YEAR = re.compile(
    r"(?<![^\W\d_])(с|со|since|from)\s+(?:'|’)?(\d\d)(?=\s*(?:-?го\s+)?(?:года|г\.|г(?![^\W\d_]))|(?<=['’]\d\d))"
    r"|(?<![\d.,])(0\d)(?=\s*(?:жылдан|jyldan|jıldan))",  # «09 жылдан»; «10 жылдан астам» is ten years
    re.IGNORECASE)


def _full_year(match: re.Match[str]) -> str:
    """The year of two digits written out: the last century's when it would lie in the future."""
    word, digits = (match.group(1) or "", match.group(2) or match.group(3))
    century = 2000 if 2000 + int(digits) <= date.today().year else 1900
    return f"{word} {century + int(digits)}".lstrip()


# A period of work between two years («2010-2015», «с 2015 по 2023», "from 2010 to 2018", "2019-present»):
# the periods of a list of jobs are added, a year worked at two jobs counted once.
_PERIOD = re.compile(
    r"(?<!\d)(19[5-9]\d|20\d\d)\s*(?:г\.?|гг\.?|года?|жыл\w*|jyl\w*)?\s*(?:-|–|—|по|до|to|till|until|through|po|do)\s*"
    r"(19[5-9]\d|20\d\d(?!\d)|present|now|today|наст\w*\s+врем\w*|сей\s+день|н\.\s*в\.?|қазір\w*|qazir\w*|бүгін\w*)",
    re.IGNORECASE)


# The same period said in Kazakh: from a year to a year, each with its case («2012 жылдан 2024 жылға дейін»,
# «2010-нан 2020-ға шейін», "2010 jyldan 2023 jylga deiin"); the first year alone had been read as a start.
_PERIOD_KAZAKH = re.compile(
    r"(?<!\d)(19[5-9]\d|20\d\d)\s*-?\s*(?:жылдан|jyldan|jıldan|zhyldan|дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)"
    r"\s+(?:бастап\s+|bastap\s+)?(19[5-9]\d|20\d\d)\s*-?\s*(?:жылға|жылы|jylga|jylǵa|zhylga|ға|ге|қа|ке|ga|ge|qa|ke)?"
    r"\s*(?:дейін|шейін|deiin|deyin|deiın|sheiin|sheyin)(?!\w)",
    re.IGNORECASE)


# Work going on from the end of a period to this day («…, а с тех пор в Атырау», "since then in Almaty",
# «содан бері»): the period lasts until now.
_SINCE_THEN = re.compile(r"(?<![^\W\d_])(?:с\s+тех\s+пор|с\s+того\s+времени|since\s+then|ever\s+since|"
                         r"содан\s+бері|сол\s+уақыттан\s+бері|sodan\s+beri)(?![^\W\d_])", re.IGNORECASE)


def _periods(text: str) -> int | None:
    """The years of the periods of work a message lists, added; None when it lists none. A period followed
    by «с тех пор» or "since then" runs to this year: the work went on."""
    this_year = date.today().year
    spans = []
    for match in [*_PERIOD.finditer(text), *_PERIOD_KAZAKH.finditer(text)]:
        start, end = int(match.group(1)), match.group(2)
        finish = int(end) if end.isdigit() else this_year
        if _SINCE_THEN.search(text, match.end()):
            finish = this_year
        if start <= finish <= this_year:
            spans.append((start, finish))
    if not spans:
        return None
    covered, reach = 0, 0
    for start, finish in sorted(spans):
        start = max(start, reach)
        if finish > start:
            covered += finish - start
        reach = max(reach, finish)
    return covered


# The years of each job in a list («3 года в Актау, 2 года в России», "2 years in Dubai, 3 in Saudi"),
# added when each part counts its own years; not when a part is among the rest («10 лет, из них 3 в ОАЭ»).
_LIST_PART = re.compile(r"[,;]|\s[+&]\s|\s(?:и|а\s+также|плюс|ещё|еще|and|plus|then|және|сосын|содан\s+кейін)\s", re.IGNORECASE)
_YEAR_WORD = re.compile(r"(?<![^\W\d])(?:\d+\s*)?(?:лет|года?|год|жыл\w*|jyl\w*|jıl\w*|years?|yrs?)(?![^\W\d_])",
                        re.IGNORECASE)
_AMONG = re.compile(r"(?<![^\W\d_])(?:из\s+них|в\s+том\s+числе|включая|of\s+(?:which|them)|including|"
                    r"оның\s+ішінде|соның\s+ішінде)(?![^\W\d_])", re.IGNORECASE)


def _listed_years(text: str) -> int | None:
    """The years of a list of jobs, added; None unless two parts or more count years."""
    if _AMONG.search(text) or re.search(r"\d\s*(?:-|–|—|до|to)\s*\d", text):
        return None
    counts = []
    placed = False
    for part in _LIST_PART.split(text):
        if not _YEAR_WORD.search(part):
            # "2 yrs in Aktau and 3 in Dubai": a number of the same list, its years left unsaid, where the
            # part before told its place too (not «5 лет, 3 в ОАЭ», three of the five)
            elided = re.match(r"\s*(\d{1,2})\s+(?:in|at|в|во|на)\s", part, re.IGNORECASE)
            if counts and elided and placed:
                counts.append(int(elided.group(1)))
            continue
        placed = bool(re.search(r"\d\s*[^\W\d_]+\s+(?:in|at|в|во|на)\s", part, re.IGNORECASE))
        number = _number_of_years(part)
        counted = int(number) if number is not None else _years_in_words(part)
        if counted is not None and counted <= MAX_YEARS:  # not «2010 жылы»: a year, not a count
            counts.append(counted)
    return sum(counts) if len(counts) >= 2 else None


_SINCE_YEAR = re.compile(r"(?<!\d)(?:19[6-9]\d|20[0-9]\d)(?![\d,.])")
# A start year said before a comma or a full stop («с 2009, с перерывами», "since 2017, welding"): the
# sentence's comma, not a number's, when «с» or "since" comes before it.
_SINCE_YEAR_BEFORE_COMMA = re.compile(
    r"(?<![^\W\d_])(?:с|со|since|from)\s+(?:\w+\s+)?((?:19[6-9]\d|20[0-9]\d)(?=[,.](?!\d)))", re.IGNORECASE)
# The words a number of years may carry, joined to it or not («5лет», «3г», "10yrs"), and those of months
# («6 мес», «8 ай», "18 months": whole years of them).
_YEAR_UNITS = ("лет", "год", "жыл", "year", "yr")
_MONTH_UNITS = ("мес", "month", "ай", "ai", "ay")
_CASE_ENDINGS = ("х", "x", "ти", "ух", "ех", "ми")


def _number_of_years(text: str) -> Decimal | None:
    """The first number that counts years or months in the text, in years; None when there is none. A
    number within a code is none: «НАКС 6G», "4G welder", «категория A5»."""
    for match in NUMBER.finditer(text):
        if text[: match.start()][-1:].isalpha():
            continue
        after = text[match.end():]
        unit = re.match(r"\s*([^\W\d_]+)", after)
        word = unit.group(1).casefold() if unit else ""
        number = Decimal(match.group().replace(",", "."))
        if word.startswith(_MONTH_UNITS):
            return Decimal(int(number) // 12)
        if word in _CASE_ENDINGS:  # «3х лет», «5-ти лет»: a case ending typed after the digits
            unit = re.match(r"\s*-?\s*[^\W\d_]+\s*([^\W\d_]+)", after)
            word = unit.group(1).casefold() if unit else ""
            after = " " + word
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
