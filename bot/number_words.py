"""Numbers said in words, written in digits: a phone's dictation writes «плюс семь семьсот один…», «екі мың
бес жүз», "twenty five hundred", and an officer dictates «триста сорок пятая заявка». The profile's answers
(`bot.validation`) and the officers' lookups (`bot.officer_commands`) read them through this one reader."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from matching.pay import HALF, THOUSAND_WORD

# A phone's dictation writes numbers in words («плюс семь семьсот один…», «сегіз жеті жүз бір…», "seven
# zero one…", «две тысячи пятьсот», "twenty five hundred"): they are read as digits before the answer is
# checked, so a dictated number is taken like a typed one. Each word's value and kind: a unit (0-9), a teen
# (10-19), a ten (20-90), a hundred (100-900, one word: «семьсот»), or a multiplier ("hundred", «жүз»,
# "thousand", «мың»). Ordinals count as their number («пятнадцатого», «жетінші»), as a year is said.
_UNITS = {
    0: "ноль нуль нөл нол zero nol nöl nól",
    1: "один одна одну одного одной первого бір бірінші bir birinshi one first",
    2: "два две двух второго екі екінші eki ekinshi two second",
    3: "три трех трёх третьего үш үшінші ush üsh üş uš úsh úshinshi three third",
    4: "четыре четырех четырёх четвертого төрт төртінші tort tört tórt four fourth",
    5: "пять пяти пятого бес бесінші bes five fifth",
    6: "шесть шести шестого алты алтыншы alty altı six sixth",
    7: "семь семи седьмого жеті жетінші jeti zheti seven seventh",
    8: "восемь восьми восьмого сегіз сегізінші segiz eight eighth",
    9: "девять девяти девятого тоғыз тоғызыншы togyz toğız toǵyz nine ninth",
}
_TEENS = {
    10: "десять десяти десятого ten tenth", 11: "одиннадцать одиннадцати одиннадцатого eleven",
    12: "двенадцать двенадцати двенадцатого twelve", 13: "тринадцать тринадцати тринадцатого thirteen",
    14: "четырнадцать четырнадцати четырнадцатого fourteen", 15: "пятнадцать пятнадцати пятнадцатого fifteen",
    16: "шестнадцать шестнадцати шестнадцатого sixteen", 17: "семнадцать семнадцати семнадцатого seventeen",
    18: "восемнадцать восемнадцати восемнадцатого eighteen", 19: "девятнадцать девятнадцати девятнадцатого nineteen",
}
_TENS = {
    10: "он оныншы on", 20: "двадцать двадцати двадцатого жиырма жиырмасыншы jiyrma zhiyrma jıyrma twenty",
    30: "тридцать тридцати тридцатого отыз otyz otız thirty", 40: "сорок сорокового қырық qyryq qırıq forty",
    50: "пятьдесят пятидесяти елу elu fifty", 60: "шестьдесят шестидесяти алпыс alpys alpıs sixty",
    70: "семьдесят семидесяти жетпіс jetpis zhetpis seventy", 80: "восемьдесят восьмидесяти сексен seksen eighty",
    90: "девяносто девяноста тоқсан toqsan ninety",
}
# The hundreds also in the case a sum takes after «не меньше», «от», «до» («двух тысяч пятисот»).
_HUNDREDS = {
    100: "сто ста", 200: "двести двухсот", 300: "триста трехсот трёхсот", 400: "четыреста четырехсот четырёхсот",
    500: "пятьсот пятисот", 600: "шестьсот шестисот", 700: "семьсот семисот", 800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
}
# Kazakh in the 2018 Latin alphabet writes «жүз» and «мың» with its acute letters: «júz», «myń».
_MULTIPLIERS = {100: "жүз juz jüz júz zhuz hundred", 1000: "тысяча тысячи тысяч мың myn mıñ myñ myń thousand"}
_SPOKEN_NUMBER: dict[str, tuple[str, int]] = {
    word: (kind, value)
    for kind, table in (("unit", _UNITS), ("teen", _TEENS), ("ten", _TENS), ("hundreds", _HUNDREDS),
                        ("times", _MULTIPLIERS))
    for value, words in table.items()
    for word in words.split()
}
# «Он» is also Russian for "he" and "on" English: ten only beside another number word or a unit of years.
_AMBIGUOUS_TEN = frozenset({"он", "on"})
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_HALF_AFTER = re.compile(rf"\s+{HALF}(\s+{THOUSAND_WORD})?", re.IGNORECASE)



# A number word in a form the lists above do not spell, as officers dictate ordinals and cases («триста
# сорок пятая», «двадцать первой», «он төртінші»): one of these stems and one of these endings. The plain
# forms are spelt above, so an ending of the nominative («Сорока», «Пятак») never makes a surname a number.
_NUMBER_STEMS: dict[str, int] = {
    # Russian
    "ноль": 0, "нол": 0, "одн": 1, "один": 1, "перв": 1, "два": 2, "две": 2, "втор": 2, "три": 3, "трет": 3,
    "четыр": 4, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "сем": 7, "седьм": 7, "восем": 8,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
    "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
    "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сорок": 40, "пятьдесят": 50, "пятидесят": 50,
    "шестьдесят": 60, "шестидесят": 60, "семьдесят": 70, "семидесят": 70, "восемьдесят": 80,
    "восьмидесят": 80, "девяност": 90, "сто": 100, "сот": 100, "двест": 200, "двухсот": 200, "трист": 300,
    "трехсот": 300, "трёхсот": 300, "четырест": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500,
    "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800,
    "девятьсот": 900, "девятисот": 900, "тысяч": 1000,
    # Kazakh, in both alphabets
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    "жүз": 100, "мың": 1000, "bir": 1, "eki": 2, "ush": 3, "üş": 3, "tort": 4, "tört": 4, "bes": 5,
    "alty": 6, "jeti": 7, "segiz": 8, "togyz": 9, "toğyz": 9, "jiyrma": 20, "jyirma": 20,
    "otyz": 30, "qyryq": 40, "elu": 50, "alpys": 60, "jetpis": 70, "seksen": 80, "toqsan": 90, "jüz": 100,
    "juz": 100, "myn": 1000, "myñ": 1000,
    # English
    "zero": 0, "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
    "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8,
    "nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11, "twelve": 12, "twelfth": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
_INFLECTED_ENDINGS = (
    "ая", "ый", "ий", "ой", "ое", "ую", "ого", "ому", "ом", "ые", "ых", "ью", "ти", "ыншы", "інші", "ншы", "нші",
    "ynshy", "inshi", "nshy", "nshi", "th",
)
# The English stems an ordinal's "th" goes after ("sixth", "hundredth"), and no Kazakh one.
_ENGLISH_STEMS = frozenset("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                           "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                           "eighty ninety hundred thousand".split())
# «Третья», «третьей» take a soft sign no other number does: after «сем» it would make «семья» (a family) 7.
_THIRD_ENDINGS = ("ья", "ье", "ьей", "ьего", "ьим")
_JOINING_AND = frozenset({"и", "and"})  # "nine hundred and six": a hundred goes on after "and"

def _half_of_thousands(text: str, group: list[tuple[re.Match[str], tuple[str, int]]]) -> bool:
    """Whether a half follows a number of thousands («бір мың жарым», «екі жарым мың»): the words for
    thousands read those (see `_amount_in_words`); «двенадцать с половиной» is left to be read as 12."""
    half = _HALF_AFTER.match(text, group[-1][0].end())
    return half is not None and (half.group(1) is not None or any(word == ("times", 1000) for _, word in group))


def spelled_numbers(text: str, *, lone_units: bool = True) -> str:
    """The text with each run of number words as digits: «сто двадцать три» -> "123", «екі мың бес жүз» ->
    "2500", "twenty eighteen" -> "20 18"; a word that cannot go on in the same number starts another
    («восемь семьсот один» -> "8 701"). Digits typed among the words join them («семьсот 47» -> "747").
    Without `lone_units`, a unit said alone stays a word («одна заявка», "second thought")."""
    tokens = [(match, _number_word(match.group().casefold())) for match in _TOKEN.finditer(text)]
    mistyped = {index: _mistyped_number_word(match.group().casefold()) for index, (match, word) in enumerate(tokens)
                if word is None}
    tokens = [(match, mistyped[index])
              if mistyped.get(index) and _beside_a_number(tokens, index, _UNITS_AFTER) else (match, word)
              for index, (match, word) in enumerate(tokens)]
    groups: list[list[tuple[re.Match[str], tuple[str, int]]]] = []
    for index, (match, word) in enumerate(tokens):
        if word is not None and match.group().casefold() in _AMBIGUOUS_TEN and not _beside_a_number(tokens, index):
            word = None
        if word is None:
            if match.group().casefold() in _JOINING_AND and groups and groups[-1] and _ends_a_hundred(groups[-1]):
                continue  # "nine hundred and six": the number goes on after "and"
            groups.append([])
            continue
        group = groups[-1] if groups else []
        between = text[group[-1][0].end():match.start()] if group else ""
        joined = not between.strip(" -") or (between.strip().casefold() in _JOINING_AND and _ends_a_hundred(group))
        if group and joined and _goes_on([word for _, word in group], word):
            group.append((match, word))
        else:
            groups.append([(match, word)])
    pieces, last = [], 0
    for group in groups:
        if (not group or all(kind == "digits" for _, (kind, _) in group) or [k for _, (k, _) in group] == ["times"]
                or _half_of_thousands(text, group) or (not lone_units and [k for _, (k, _) in group] == ["unit"])):
            continue  # digits as typed; «мың» alone and «бір мың жарым» are left to the words for thousands
        if group[0][1][0] == "digits" and re.search(r"\d[.,]$", text[:group[0][0].start()]):
            continue  # «1,5 мың», "2.5 thousand": the digits after a decimal point are a fraction, left as typed
        pieces += [text[last:group[0][0].start()], str(_value(word for _, word in group))]
        last = group[-1][0].end()
    return "".join(pieces) + text[last:]


def _ends_a_hundred(group: list[tuple[re.Match[str], tuple[str, int]]]) -> bool:
    return group[-1][1][0] in ("hundreds", "times")


# English number words (cardinals of five letters or more), which a phone's keyboard often types a letter off
# ("twelv", "thousnd", "fourty", "eigth"): read as the number when the word is that near to one number only.
# Not the English words as near to one: «so forth», "there", "thirsty".
_ENGLISH_NUMBER_WORDS = tuple(
    "seven eight eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred thousand".split())
_NOT_NUMBER_WORDS = frozenset("forth forte there these thirsty sever".split())
# The Russian and Kazakh number words of five letters or more, typed a letter off as often («двацати», «питнадцать»,
# «семсот», «жирма», «тогыз», «токсан»): read as the number they are nearest to, when it is one number only and
# the word stands beside another number word or before a unit («больше двацати лет», «двацать пять», «жирма бес
# жыл»), since many words are a letter from one («довести», «туриста», «қызық», «егінші» a farmer). A shorter word
# is left, as one letter makes another word of it («пять» and «путь», «семь» and «семья»), and so are the words
# one letter from a number word («шерсть», «сорока», a bird and a surname).
_CYRILLIC_NUMBER_WORDS = tuple(word for word in _SPOKEN_NUMBER if len(word) >= 5 and not word.isascii())
_NOT_CYRILLIC_NUMBER_WORDS = frozenset("шерсть сорока сороки сороку семена семени довести туриста туристы қызық "
                                       "егінші".split())
_UNITS_AFTER = ("лет", "год", "жыл", "jyl", "мың", "тыс", "риал", "доллар", "теңге", "тенге")


def _number_word(word: str) -> tuple[str, int] | None:
    """A token's kind and value: typed digits, or a number word; None for any other word."""
    if word.isdecimal():
        return ("digits", int(word))
    found = _SPOKEN_NUMBER.get(word) or _inflected(word)
    if found is None and len(word) >= 5 and word.isascii() and word.isalpha() and word not in _NOT_NUMBER_WORDS:
        found = _nearest_number(word, _ENGLISH_NUMBER_WORDS)  # "eigth": eight or eighth, both 8
    return found


def _nearest_number(word: str, number_words: tuple[str, ...]) -> tuple[str, int] | None:
    """What the number words a letter off `word` (and starting as it does) say, when they all say one number."""
    values = {_SPOKEN_NUMBER.get(known) for known in number_words
              if known[0] == word[0] and OSA.distance(known, word, score_cutoff=1) <= 1}
    return values.pop() if len(values) == 1 else None


def _mistyped_number_word(word: str) -> tuple[str, int] | None:
    """The number a Russian or Kazakh number word typed a letter off says (see `_CYRILLIC_NUMBER_WORDS`)."""
    if len(word) < 5 or not word.isalpha() or word.isascii() or word in _NOT_CYRILLIC_NUMBER_WORDS:
        return None
    return _nearest_number(word, _CYRILLIC_NUMBER_WORDS)  # «десяти», «десятого»: both 10


def _inflected(word: str) -> tuple[str, int] | None:
    """An ordinal or a case of a number word («пятая», «сорок пятой», «төртінші»), with its kind."""
    for cut in range(len(word) - 1, 1, -1):
        stem, ending = word[:cut], word[cut:]
        value = _NUMBER_STEMS.get(stem)
        if ending == "th" and stem not in _ENGLISH_STEMS:
            continue  # "birth" is no «bir» (one) with an English ordinal's ending
        if value is not None and (ending in _INFLECTED_ENDINGS or (stem == "трет" and ending in _THIRD_ENDINGS)):
            return (_kind(stem, value), value)
    return None


def _kind(stem: str, value: int) -> str:
    if value < 10:
        return "unit"
    if value < 20:
        return "teen" if value > 10 or stem.startswith("десят") else "ten"
    if value < 100:
        return "ten"
    return "times" if value == 1000 or stem in ("жүз", "juz", "jüz") else "hundreds"


def _beside_a_number(
    tokens: list[tuple[re.Match[str], tuple[str, int] | None]], index: int, units: tuple[str, ...] = ()
) -> bool:
    """Whether a number word stands right before or after the token, or one of `units` after it (by default a
    unit of years: «он жыл», "on jyl", ten years)."""
    beside = (tokens[i][1] for i in (index - 1, index + 1) if 0 <= i < len(tokens))
    if any(word is not None and word[0] != "digits" for word in beside):
        return True
    after = tokens[index + 1][0].group().casefold() if index + 1 < len(tokens) else ""
    return after.startswith(units or _YEARS_UNIT)


_YEARS_UNIT = ("жыл", "jyl", "jıl")  # Kazakh only: Russian «он лет пять» is "he … five years"


def _goes_on(group: list[tuple[str, int]], word: tuple[str, int]) -> bool:
    """Whether a number said so far takes the next word as its lower part or its multiplier: «жеті жүз бір»
    is 701, but «бір жүз» after it starts another number, as a hundred is said once in a number below 1000."""
    kind, value = word
    last_kind, last_value = group[-1]
    said_since_thousand = group[max((i for i, w in enumerate(group) if w == ("times", 1000)), default=-1) + 1:]
    if kind == "times":
        hundred_said = any(said[0] == "hundreds" or said == ("times", 100) for said in said_since_thousand)
        return (last_kind != "times" or value > last_value) and not (value == 100 and hundred_said)
    if last_kind in ("unit", "teen", "digits") or (kind, value) == ("unit", 0):
        return False  # «двадцать ноль пять» is 20 0 5: a zero is said as a digit of its own, never a number's lower part
    if last_kind == "ten":
        return kind == "unit" or (kind == "digits" and value < 10)
    below = 1000 if (last_kind, last_value) == ("times", 1000) else 100
    return kind in ("unit", "teen", "ten") or (kind == "hundreds" and below == 1000) or (
        kind == "digits" and value < below)


def _value(words: Iterable[tuple[str, int]]) -> int:
    """The number a run of words says: hundreds and thousands multiply what came before them."""
    total = current = 0
    for kind, value in words:
        if kind != "times":
            current += value
        elif value == 100:
            current = (current or 1) * 100
        else:
            total, current = total + (current or 1) * value, 0
    return total + current


def spoken_numbers(words: list[str]) -> list[str]:
    """`words` with each run of number words written in digits, a unit said alone left a word: what an
    officer's message names («заявка триста сорок пять» → «заявка 345»; «одна просьба» stays)."""
    return spelled_numbers(" ".join(words), lone_units=False).split()
