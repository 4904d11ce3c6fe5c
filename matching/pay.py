"""The least monthly pay a search asks for: «сварщик от 2000», «водитель 2500+», «зарплата 3000 риал»,
«2 мыңнан жоғары», "welder salary 2000 and above", «от двух тысяч», «2000-2500», "2.5k monthly". Only a
number with a word of pay or of "at least" beside it counts (or a range of two such numbers): «сварщик 6
разряда», «опыт 5 лет» and "6G welder" ask for no pay at all.

Amounts are in Qatari riyals, as every vacancy's pay is; a search in tenge, dollars or dirhams, or for a pay
by the hour or the day, names no monthly amount in riyals the cards could be compared with: it is left as a
plain search, its amount dropped from the words searched for. A year's pay is asked as its twelfth."""

from __future__ import annotations

import re
from decimal import Decimal

# Qatar's minimum basic wage is QAR 1,000: a smaller number is no monthly pay («от 3 лет»); nor is a
# larger one than any vacancy offers a worker.
LEAST = Decimal(500)
MOST = Decimal(100_000)

# Thousands in words: «две тысячи», «двух с половиной тысяч», «полторы тысячи», «екі мың», «үш мыңнан»,
# "two thousand", «eki myń». The profile's salary step reads the same words (`bot.validation.salary`).
COUNTS_OF_THOUSANDS = {
    "один": 1, "одна": 1, "одну": 1, "одной": 1, "полторы": Decimal("1.5"), "полутора": Decimal("1.5"),
    "две": 2, "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "bir": 1, "eki": 2, "ush": 3, "úsh": 3, "üş": 3, "tort": 4, "tórt": 4, "tört": 4, "bes": 5, "alty": 6,
    "zheti": 7, "jeti": 7, "segiz": 8, "togyz": 9, "toǵyz": 9, "toğyz": 9,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    # Russian in Latin letters («dve tysyachi»), and «полторы» as it is heard and typed («полтары», «палтары»)
    "odna": 1, "odnu": 1, "dve": 2, "dva": 2, "dvuh": 2, "dvukh": 2, "tri": 3, "treh": 3, "trekh": 3, "chetyre": 4,
    "pyat": 5, "shest": 6, "sem": 7, "vosem": 8, "poltory": Decimal("1.5"), "polutora": Decimal("1.5"),
    "полтары": Decimal("1.5"), "палтары": Decimal("1.5"), "палторы": Decimal("1.5"),
}
# A thousand as a word («тысячи», «тыщ», «мыңнан», "myń", "thousands"), and also as the letter after a number
# («2,5к», "3k").
THOUSAND_WORD = r"(?:тыс\w*|тыщ\w*|tys\w*|tysch\w*|мың\w*|мын\w*|m[yı][nñń]\w*|ming\w*|thousand\w*)"
THOUSAND = rf"(?:к|k|{THOUSAND_WORD})"
# Half a thousand beside the thousands: «две с половиной тысячи», «екі жарым мың», «мың жарым».
HALF = r"(?:с\s+п[оа]л[оа]вин(?:ой|ою)|s\s+polovinoi|s\s+polovinoj|жарым|zharym|jarym|and\s+a\s+half)"  # «с палавиной»: as heard
_NUMBER = r"\d{1,3}(?:[\s\u00a0,.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
_AMOUNT = (
    rf"(?:(?P<amount>{_NUMBER})(?P<upto>(?:\s*[-–—]\s*|\s+(?:до|do|to|and|и|мен|men)\s+)(?:{_NUMBER}))?(?P<thousands>\s*{THOUSAND}(?!\w))?"
    rf"|(?P<count>{'|'.join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))})(?P<half>\s+{HALF})?\s+{THOUSAND}(?!\w))"
)
# Before the amount: "from", "at least", "more than", a word of pay («от», «не меньше», «зарплата», "salary",
# «жалақы», «кемінде», «айына»), with at most one word between («зарплата от», "salary of").
_BEFORE = (
    r"(?<!\w)(?:(?:от|ot)(?=\d)|(?:от|from|min|minimum|минимум|мин|не\s+менее|не\s+меньше|не\s+ниже|больше|более|выше|свыше|хотя\s+бы|"
    r"above|over|more\s+than|at\s+least|no\s+less\s+than|not\s+less\s+than|not\s+below|between|"
    r"ot|ne\s+menee|ne\s+menshe|ne\s+nizhe|ne\s+nije|zarplat\w*|zp|"
    r"кемінде|кем\s+дегенде|kem[iı]nde|kem\s+degende|"
    r"после\s+(?:всех\s+)?вычетов|after\s+(?:all\s+)?deductions|(?:ұстап|устап|ustap)\s+(?:қалғаннан|калганнан|qalgannan|kalgannan)\s+(?:кейін|кейин|keiin|kein)|"
    r"зарплат\w*|зп|з/п|оклад\w*|платят|salar\w*|pay\w*|wage\w*|жалақы\w*|айлық\w*|айына|zhalaq\w*|jalaq\w*|"
    r"ailyq\w*|aiyna|aıyna)"
    r"\s+(?:[^\W\d]+\s+)?)"  # «от2500», typed in a hurry, as «от 2500»
)
# A pay for the month or the year said beside the amount (the profile's salary step reads the same words).
PER_MONTH = (
    r"(?:в\s+месяц|за\s+месяц|в\s+мес\.?|/\s*мес\.?|ежемесячно|айына|айлық|aiyna|aıyna|ailyq|per\s+month|a\s+month|"
    r"monthly|/\s*month)"
)
PER_YEAR = r"(?:в\s+год|за\s+год|жылына|jylyna|zhylyna|per\s+(?:year|annum)|a\s+year|yearly|annual\w*)"
# Net or gross said after the amount («3000 чистыми», «2500 на руки», «1800 грязными», "3000 net", "2k after
# deductions", "2500 in hand", «таза», «қолға»): the pay asked for all the same, each card says which it is.
NET_OR_GROSS = (
    r"(?:чистыми|чистых|на\s+руки|грязными|до\s+вычета\s+налогов|после\s+(?:всех\s+)?вычетов|нетто|брутто|net|nett|gross|"
    r"after\s+(?:all\s+)?(?:deductions|tax(?:es)?)|before\s+deductions|in\s+hand|take[-\s]home|таза|қолға|колга|taza|qolga|kolga|"
    r"(?:ұстап|устап|ustap)\s+(?:қалғаннан|калганнан|qalgannan|qalǵannan|kalgannan)\s+(?:кейін|кейин|keiin|keıin|kein))"
)
# The same said before the amount: «после вычетов 2500», «ұстап қалғаннан кейін 1800-ден кем болмасын», "after
# deductions 1800". A question or a story about the deductions («сколько вычитают?») has no amount asked beside it.
_NET_FIRST = re.compile(rf"(?<!\w){NET_OR_GROSS}(?!\w)", re.IGNORECASE)
# After it: a plus, riyals, "and above" («2500+», «3000 риалов», «2000 и выше», "2000 QAR or more",
# «2 мыңнан жоғары», «2000-нан жоғары», «2000 нан астам», «2000 риалдан кем емес»): a Kazakh ending of
# "from" may be joined to the number, hyphenated or typed apart.
_AFTER = (
    r"(?:-[^\W\d]+|\s?[ндтndt][аеae][нn](?!\w))?(?:\s*\+|\s*(?:qar|qr|риал\w*|реал\w*|riyal\w*|rial\w*|и\s+выше|"
    r"и\s+больше|и\s+более|или\s+больше|and\s+(?:above|more|up)|or\s+(?:more|above|higher)|plus|жоғары|артық|"
    r"жогары|артык|"  # typed without the Kazakh letters
    r"астам|бастап|кем\s+емес|кем\s+болмасын|төмен\s+емес|төмен\s+болмасын|(?:zh|j)o[gğǵ]ary|artyq|astam|bastap|"
    r"kem\s+emes|kem\s+bolmasyn|кем\s+болмаса|kem\s+bolmasa|t[oö]men\s+emes|t[oö]men\s+bolmasyn|"
    # the range's own word after it: «2000 мен 3000 аралығында», «2000-3000 арасы»
    r"арасы\w*|аралығ\w*|аралыг\w*|arasy\w*|araly[gǵğ]\w*|"
    rf"minimum|min|минимум|мин|{PER_MONTH}|{PER_YEAR}|{NET_OR_GROSS})(?!\w))+"
)
# The amount with a word before it and any after it, or with words after it only, or a range alone
# («сварщик 2000-2500», "2-3k"), which no grade or years make.
_WITH_BEFORE = re.compile(rf"{_BEFORE}{_AMOUNT}(?:{_AFTER})?", re.IGNORECASE)
_WITH_AFTER = re.compile(rf"(?<![\d\w]){_AMOUNT}{_AFTER}", re.IGNORECASE)
_RANGE = re.compile(
    rf"(?<![\d\w])(?P<amount>\d+(?:[.,]\d+)?)(?P<upto>\s*[-–—]\s*\d+(?:[.,]\d+)?)(?P<thousands>\s*{THOUSAND}(?!\w))?"
    r"(?!\s*(?:г\.|гг|год|лет|жыл|year|[-–—]?\s*\d))",
    re.IGNORECASE,
)
_YEARLY = re.compile(PER_YEAR, re.IGNORECASE)
# What a count of thousands or a sum in thousands is not: years, hours, people, kilometres («от двух с половиной
# лет», «2 мың сағат», "5k steps").
_NOT_MONEY_AFTER = (
    r"(?!\s*(?:лет|год\w*|жыл\w*|ай\w*|месяц\w*|час\w*|сағат\w*|человек|адам\w*|км|километр\w*|шаг\w*|"
    r"let|god\w*|zhyl\w*|jyl\w*|year\w*|month\w*|hour\w*|people|persons?|km|steps?)(?!\w))"
)
_COUNTS = "|".join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))
# A range in words, the thousands said once at its end or after each: «от двух до трёх тысяч», "between two and three
# thousand", «от двух с половиной до трёх тысяч», «2 мың мен 3 мың арасы». The least is its first count.
_RANGE_IN_WORDS = re.compile(
    rf"(?<!\w)(?:(?:от|ot|from|between)\s+)?(?P<count>\d{{1,2}}|{'|'.join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))})"
    rf"(?P<half>\s+{HALF})?(?:\s+{THOUSAND_WORD})?\s+(?:до|do|to|and|и|мен|пен|men|pen|[-–—])\s+"
    rf"(?:\d{{1,2}}|{'|'.join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))})"
    rf"(?:\s+{HALF})?\s+{THOUSAND_WORD}(?!\w)(?:\s+(?:арасы|аралығы|аралыгы|arasy|aralyǵy|aralygy)\w*)?",
    re.IGNORECASE,
)
# Thousands left unsaid before the hundreds, as said aloud: «от двух пятьсот» (2,500), «зарплата три двести».
_HUNDREDS_IN_WORDS = {
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900,
}
_THOUSANDS_UNSAID = re.compile(
    rf"(?<!\w)(?:от|ot|зарплат\w*|зп|оклад\w*|не\s+меньше|не\s+менее|минимум)\s+(?:от\s+)?"
    rf"(?P<count>{'|'.join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))})\s+"
    rf"(?P<hwords>{'|'.join(_HUNDREDS_IN_WORDS)})(?!\w)",
    re.IGNORECASE,
)
# Two and a half said after a word of "at least" or of pay, the thousands left unsaid: «не меньше двух с
# половиной», «зарплата от двух с половиной», "at least two and a half".
_HALF_ALONE = re.compile(rf"{_BEFORE}(?P<count>{_COUNTS})(?P<half>\s+{HALF}){_NOT_MONEY_AFTER}(?!\s*{THOUSAND})", re.IGNORECASE)
# Thousands and hundreds said apart: «2 мың 500», «2 тысячи 500», «мың сегіз жүз», «екі мың бес жүз».
_HUNDREDS_WORD = r"(?:жүз|жуз|jüz|juz|zhuz|сот|сто|hundred)"
_THOUSANDS_AND_HUNDREDS = re.compile(
    rf"(?<![\w.,])(?:(?P<amount>\d{{1,2}})\s*|(?P<count>{_COUNTS})\s+)?(?P<thousands>{THOUSAND_WORD})\s+"
    rf"(?:(?P<hundreds>[1-9]00)(?!\d)|(?P<hcount>{_COUNTS})\s+{_HUNDREDS_WORD}\w*)(?!\w)",
    re.IGNORECASE,
)
# A sum in thousands alone beside a trade or a town («крановщик Рас-Лафанда, 4 мыңнан», "tiler 2.5k», «сылақшы 2
# мың», «eki jarym mynnan»): the thousands make it money as surely as a word of pay would.
_THOUSANDS_ALONE = re.compile(
    rf"(?<![\w.,/№#+$-])(?:(?P<amount>\d{{1,2}}(?:[.,]\d)?)\s*|(?P<count>{_COUNTS})(?P<half>\s+{HALF})?\s+)"
    rf"(?P<thousands>{THOUSAND})(?!\w){_NOT_MONEY_AFTER}",
    re.IGNORECASE,
)
# Riyals said before the sum: "QR2500", "QAR 3,000".
_RIYALS_FIRST = re.compile(
    rf"(?<!\w)(?:qar|qr)\s*(?P<amount>{_NUMBER})(?P<thousands>\s*{THOUSAND}(?!\w))?(?:{_AFTER})?", re.IGNORECASE
)
# A round sum alone beside a trade or a town («водитель Вакра 2500 с жильём», "painter Dukhan 1700", «аспаз
# Дохада 2000», «сварщик 2000»): a worker who lists what they want puts the pay among the rest, with no word
# for it. Only a whole number of hundreds from a thousand (the minimum wage) counts, never one of a year («в
# 2000 году», "in 2000", «2000 жылы»), a number or a count of something («№ 2500», «2000 часов»), nor a
# number alone (the profile's answers).
BARE_LEAST = Decimal(1000)
BARE_MOST = Decimal(30_000)
_BARE = re.compile(
    r"(?<![\w.,/№#+$-])(?P<amount>\d{1,2}\s?\d00)(?![\w/%-]|[.,]\d|\s*[-–—]\s*\d|\s+(?:г\b|гг|год|лет|жыл|year|ж\b|"
    r"час|сағат|hour|штук|дана|piece|km|км|метр|meter|шт))",
    re.IGNORECASE,
)
# A round sum with the Kazakh ending of "from" joined to it, by a hyphen or not, alone («жүргізуші, 2500-ден», «аспаз
# 1800-ден», «aspaz 2000nan»):
# the least pay, as «от 2500» is; never a year's «2019-дан бері» ("since 2019").
_FROM_ALONE = re.compile(
    r"(?<![\w.,/№#+$-])(?P<amount>\d{1,2}\s?\d00)-?(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)(?!\w)"
    r"(?!\s+(?:бері|бери|beri)(?!\w)|\s+\d)",
    re.IGNORECASE,
)
# A range of two round sums joined by a word, with no word of pay («сварщик 2500 до 3000», "electrician 2500 to
# 3000"): the least pay, as «2500-3000» is; never years («с 2000 до 2010 года»), nor a sum that runs down.
_BARE_RANGE = re.compile(
    r"(?<![\w.,/№#+$-])(?P<amount>\d{1,2}\s?\d00)(?P<upto>\s+(?:до|do|to|и|and|или|or|мен|men)\s+\d{1,2}\s?\d00)"
    r"(?![\w/%-]|[.,]\d|\s+(?:г\b|гг|год|лет|жыл|year))",
    re.IGNORECASE,
)
# The word before a year or a number that is no pay: «в 2000 году», "in 2000", "since 2000", «номер 2500».
_NOT_PAY_BEFORE = re.compile(
    r"(?:(?<!\w)(?:в|во|с|со|до|по|in|on|at|since|until|till|to|by|born|номер|id|no)|[№#])\s*$", re.IGNORECASE
)
# Amounts in another currency: tenge, dollars, dirhams, roubles, euros, «у.е.» (conventional units: dollars) (also
# refused as a profile's salary wish).
OTHER_CURRENCY = re.compile(
    r"[$₸€₽]|usd|kzt|eur|евро|долл|dollar|бакс|тенге|теңге|te[nñń]ge|\bтг\b|руб|rubl|\brub\b|дирх|dirh|\baed\b"
    r"|(?<!\w)у\.\s?е(?:\.|(?!\w))|(?<!\w)уе(?!\w)",
    re.IGNORECASE,
)
# Riyals named beside a sum: «7000 риалов», "QAR 3000", «3000 qr».
_RIYALS_SAID = re.compile(r"(?<![^\W\d_])(?:риал\w*|реал\w*|riyal\w*|rial\w*|qr|qar)(?![^\W\d_])", re.IGNORECASE)
# A pay for an hour, a day or a week: no month's pay to compare with («10 риалов в час», «күніне 100»).
PER_SHORT_TIME = re.compile(
    r"(?<![^\W\d_])(?:в\s+час|за\s+час|почасов\w*|в\s+день|за\s+день|в\s+сутки|за\s+смену|в\s+неделю|"
    r"за\s+неделю|сағатына|күніне|тәулігіне|аптасына|sagatyna|saǵatyna|kunine|kúnine|aptasyna|"
    r"per\s+(?:hour|day|week|shift)|an?\s+(?:hour|day|week)|(?:hourly|daily|weekly)(?:\s+(?:rate|wage|pay))?|day\s+rate|"
    r"(?:v|za)\s+(?:chas|den|sutki|smenu|nedeliu|nedelyu)|pochasov\w*)(?![^\W\d_])"
    r"|/\s*(?:ч|час|день|h|hr|hour|day)(?![^\W\d_])"
    # The riyals and the hour with nothing between («25 риал час», "20 qr hour")
    r"|(?<![^\W\d_])(?:риал\w*|реал\w*|riyal\w*|rial\w*|qr|qar)\s+(?:час|сағат|hour|hr|день|сутки|day)(?![^\W\d_])",
    re.IGNORECASE,
)
# The hours and the days worked, which are no pay by the hour or the day: "10 hrs/day", "6 days/week", «8 часов в
# день», «6 дней в неделю», "48 hours a week", «аптасына 6 күн».
_WORKING_TIME = re.compile(
    r"(?<!\w)\d{1,2}\s*(?:hrs?|hours?|час\w*|ч|сағат\w*|sa[gǵ]at\w*|days?|дн\w*|дней|күн\w*|kun\w*)\s*"
    r"(?:/|per|an?|в|за)\s*(?:day|week|month|день|сутки|неделю|месяц)(?!\w)"
    r"|(?<!\w)(?:аптасына|aptasyna|күніне|kunine)\s+\d{1,2}\s*(?:күн\w*|kun\w*|сағат\w*|sa[gǵ]at\w*)(?!\w)",
    re.IGNORECASE,
)
# An amount in another currency or for a short time, with its words, the time before it or after it («күніне 100
# риал», "daily rate 90 qr", «15 риалов в час»): dropped from the words searched for.
_CURRENCY_WORD = (
    r"(?:[$₸€₽]|usd|kzt|eur\w*|евро|долл\w*|dollar\w*|бакс\w*|тенге\w*|теңге\w*|te[nñń]ge\w*|тг|руб\w*|rub\w*|"
    r"дирх\w*|dirh\w*|aed|qar|qr|риал\w*|riyal\w*|rial\w*|у\.\s?е\.?|уе)"
)
# One pay said in two currencies: «2000 долларов или 7000 риалов», "$2000 / QAR 7000", «500 мың теңге (2500 риал)».
_ONE_PAY_TWICE = re.compile(
    rf"(?:\d\s*{_CURRENCY_WORD}(?!\w)|[$₸€₽]\s*\d[\d,.]*)\s*(?:или|либо|or|ili|libo|немесе|nemese|=|/|\(|,)\s*(?:{_CURRENCY_WORD}\s*)?\d",
    re.IGNORECASE,
)
_ANY_AMOUNT = re.compile(
    rf"(?:(?:{PER_SHORT_TIME.pattern})\s*)?(?:{_BEFORE})?[$₸€₽]?\s*{_AMOUNT}(?:-[^\W\d]+|\s?[ндтndt][аеae][нn](?!\w))?"
    rf"(?:\s*(?:{PER_SHORT_TIME.pattern}|{_CURRENCY_WORD}|{PER_MONTH})(?!\w))*(?:{_AFTER})?",
    re.IGNORECASE,
)


# Half a thousand said after the thousands («2 мың жарым», «екі мың жарым», "two thousand and a half"), as
# Kazakh often says it: read as said before them («екі жарым мың»), or for digits as the sum itself.
_HALF_AFTER_THOUSANDS = re.compile(
    rf"(?<![\w.,])(?:(?P<amount>\d{{1,2}})|(?P<count>{_COUNTS}))\s*(?P<thousands>{THOUSAND_WORD})\s+(?P<half>{HALF})(?!\w)",
    re.IGNORECASE,
)


# A thousand and a half with no count before it («мың жарым», «тысяча с половиной»): fifteen hundred.
_A_THOUSAND_AND_A_HALF = re.compile(
    rf"(?<![\w.,])(?:мың\w*|m[yı][nñń]\w*|тысяч[аиу]?|a\s+thousand)\s+{HALF}(?!\w)", re.IGNORECASE
)


def _half_said_first(match: re.Match[str]) -> str:
    """The half said before the thousands («екі жарым мың»), or for digits within them («2.5 мың»), as the
    readings below know it."""
    if match["amount"]:
        return f"{match['amount']}.5 {match['thousands']}"
    return f"{match['count']} {match['half']} {match['thousands']}"


def asked_pay(text: str) -> tuple[Decimal | None, str]:
    """(the least monthly pay in riyals the text asks for, the text without it); (None, the text) when
    it asks for none; (None, the text without its amount) when the amount is in another currency or for
    an hour or a day («сварщик от 300000 тенге» searches for welders)."""
    if not text:
        return None, text
    said = _A_THOUSAND_AND_A_HALF.sub("1.5 мың", _HALF_AFTER_THOUSANDS.sub(_half_said_first, text))
    amount, rest = _pay_asked(said)
    if amount is None and said != text and rest in (said, " ".join(said.split())):
        return _pay_asked(text)  # nothing read: the text's words as typed, not respelt
    return amount, rest


def _pay_asked(text: str) -> tuple[Decimal | None, str]:
    """`asked_pay` read on one spelling of the text."""
    if OTHER_CURRENCY.search(text) or PER_SHORT_TIME.search(_WORKING_TIME.sub(" ", text)):
        rest = _without_money(text)
        if rest != " ".join(text.split()) and _RIYALS_SAID.search(rest) and not (
            OTHER_CURRENCY.search(rest) or PER_SHORT_TIME.search(_WORKING_TIME.sub(" ", rest))
        ):  # «2000 долларов или 7000 риалов»: the riyals a month, said beside the sum in dollars
            return _pay_asked(rest)
        return None, rest
    matches = sorted(
        (*_WITH_BEFORE.finditer(text), *_WITH_AFTER.finditer(text), *_RANGE.finditer(text), *_RIYALS_FIRST.finditer(text),
         *_HALF_ALONE.finditer(text), *_THOUSANDS_AND_HUNDREDS.finditer(text), *_THOUSANDS_ALONE.finditer(text),
         *_FROM_ALONE.finditer(text), *_RANGE_IN_WORDS.finditer(text), *_THOUSANDS_UNSAID.finditer(text),
         *(match for match in _BARE_RANGE.finditer(text) if not _NOT_PAY_BEFORE.search(text[: match.start()]))),
        key=lambda match: (match.start(), -match.end()),  # of two read from one place, the one read further
    )
    for match in matches:
        amount = _amount(match)
        if amount is not None and LEAST <= amount <= MOST:
            rest = f"{text[: match.start()]} {text[match.end():]}"
            return amount, " ".join(rest.split())
    return _bare_pay(text)


def _bare_pay(text: str) -> tuple[Decimal | None, str]:
    """(a round sum written alone beside other words, the text without it): the pay a worker listing their
    wishes means («сварщик Доха 2000 с жильём»); (None, the text) when there is none, or only the number."""
    found = [
        match for match in _BARE.finditer(text)
        if BARE_LEAST <= _number(match["amount"]) <= BARE_MOST and not _NOT_PAY_BEFORE.search(text[: match.start()])
    ]
    if len(found) != 1 or not any(char.isalpha() for char in text):
        return None, text  # two bare sums are a story («обещали 2500, платят 1800»), not one pay asked for
    match = found[0]
    rest = f"{text[: match.start()]} {text[match.end():]}"
    return _number(match["amount"]), " ".join(rest.split())


def names_no_riyals(text: str) -> bool:
    """True when a text gives a sum in another currency or for an hour or a day («сварщик от 300000 тенге»,
    "cook 20 riyals per hour"): its search lists the trade unfiltered, and the worker is told why."""
    if not text or not (OTHER_CURRENCY.search(text) or PER_SHORT_TIME.search(text)):
        return False
    return _without_money(text) != " ".join(text.split())


def _without_money(text: str) -> str:
    """The text without the amounts that carry a currency or a time («от 1000 долларов», "$800 per month",
    «15 риалов в час»); a bare number is left as typed."""
    def drop(match: re.Match[str]) -> str:
        said = match.group()
        return " " if OTHER_CURRENCY.search(said) or PER_SHORT_TIME.search(said) else said

    return " ".join(_ANY_AMOUNT.sub(drop, text).split())


def _amount(match: re.Match[str]) -> Decimal | None:
    """The least amount a match names, a month's: the first of a range, thousands multiplied, a year's
    pay divided by twelve; None for two numbers alone that run down («3000-2000»), which are no range of pay."""
    groups = match.groupdict()
    if groups.get("hwords"):  # «от двух пятьсот»
        return Decimal(COUNTS_OF_THOUSANDS[groups["count"].casefold()]) * 1000 + _HUNDREDS_IN_WORDS[groups["hwords"].casefold()]
    if groups.get("hundreds") or groups.get("hcount"):  # «2 мың 500», «мың сегіз жүз»
        thousands = _number(groups["amount"]) if groups.get("amount") else Decimal(
            COUNTS_OF_THOUSANDS[groups["count"].casefold()] if groups.get("count") else 1
        )
        hundreds = _number(groups["hundreds"]) if groups.get("hundreds") else Decimal(
            COUNTS_OF_THOUSANDS[groups["hcount"].casefold()]
        ) * 100
        amount = thousands * 1000 + hundreds
    elif groups.get("count"):
        count = groups["count"].casefold()
        amount = (Decimal(COUNTS_OF_THOUSANDS[count] if count in COUNTS_OF_THOUSANDS else count)
                  + (Decimal("0.5") if groups.get("half") else 0)) * 1000
    else:
        amount = _number(groups["amount"])
        if groups.get("upto"):
            upto = _number(re.sub(r"^\D+", "", groups["upto"]))
            if upto <= amount and match.re in (_RANGE, _BARE_RANGE):  # «8-7», «3000-2000» alone: no range of pay
                return None
        if groups.get("thousands"):
            amount *= 1000
    if _YEARLY.search(match.group()):
        amount /= 12
    return amount


def _number(digits: str) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:[\s\u00a0,.]\d{3})+", digits):  # «2 500», "2,500"
        digits = re.sub(r"[\s\u00a0,.]", "", digits)
    return Decimal(digits.replace(",", "."))


# Words that tell of a pay had or promised («у меня зарплата 2000», «обещали 2500», «уәде етті», «жалақым»), and
# words that ask whether a sum is right («1500 это законно?», "is 1500 legal?"), said only of a sum had.
_PAY_HAD = re.compile(
    r"(?<!\w)(?:у\s+меня\s+(?:зарплат|зп|оклад)\w*|мо[яей]\s+(?:зарплат|зп)\w*|мне\s+платят|получаю|обещал\w*|"
    r"my\s+(?:salary|pay|wage)|i\s+(?:get|earn|receive)|promis\w*|жалақым\w*|айлығым\w*|уәде\w*|uade\w*|"
    # the sum the contract holds: «в договоре написано 2000», «келісімшартта 1800 деп жазылған», "my contract says 2000"
    r"в\s+(?:договоре|контракте)|v\s+(?:dogovore|kontrakte)|келісімшартта|келисимшартта|kelisimshartta|contract\s+says)(?!\w)",
    re.IGNORECASE,
)
_PAY_JUDGED = re.compile(
    r"(?<!\w)(?:законно|нормально|норм|справедливо|legal|normal|fair|enough|заңды|заңсыз|zañdy|zandy|"
    r"хорошо|хорошая|хороший|мало|маловато|достаточно|good|ok|okay|жақсы|жаксы|jaqsy|jaksy|жетеді|жетеди|jetedi)(?!\w)",
    re.IGNORECASE,
)


def tells_of_pay(text: str) -> bool:
    """True when a text tells of a pay rather than asks for one: two sums that are no range («обещали
    2500, а платят 1800»), or a sum beside words of a pay had, promised or judged («у меня зарплата
    2000», «1500 риалов это законно?»). Such a text is a complaint or a question about pay, no search. One pay said
    in two currencies («2000 долларов или 7000 риалов») is one sum."""
    if _ONE_PAY_TWICE.search(text or ""):
        text = _without_money(text)
    amounts = [
        match for match in (*_WITH_BEFORE.finditer(text or ""), *_WITH_AFTER.finditer(text or ""), *_RANGE.finditer(text or ""),
                            *_BARE_RANGE.finditer(text or ""),
                            *re.finditer(r"(?<![\d\w.,])(?P<amount>\d{3,6})(?![\d\w])", text or ""))
        if (_amount(match) or 0) >= LEAST
    ]
    if not amounts:
        return False
    spans = {(match.start(), match.end()) for match in amounts}
    separate = [span for span in spans if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)]
    judged = "?" in text and _PAY_JUDGED.search(text) is not None
    return len(separate) > 1 or judged or _PAY_HAD.search(text) is not None


def without_net(text: str) -> str:
    """The text without the words saying the pay asked is net or gross («после вычетов», «на руки», "after
    deductions", «ұстап қалғаннан кейін»), when it asks a pay: they tell which pay is meant, not a complaint about the
    deductions; the text itself otherwise («сколько вычитают после вычетов налогов?»)."""
    if asked_pay(text)[0] is None:
        return text
    return " ".join(_NET_FIRST.sub(" ", text or "").split())

