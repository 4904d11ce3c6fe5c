"""The least monthly pay a worker will take, in Qatari riyals: in digits or words, with thousands, a
range, a year's pay, other currencies and pay by the hour told apart."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from bot.number_words import spelled_numbers
from bot.validation.answer import NUMBER, InvalidInput, settled, without_question
from bot.validation.phones import own_phone_number
from matching.pay import (
    COUNTS_OF_THOUSANDS, HALF, OTHER_CURRENCY, PER_MONTH, PER_SHORT_TIME, PER_YEAR, THOUSAND, THOUSAND_WORD,
)

MAX_SALARY_QAR = Decimal(100_000)
# Below this, a month's pay in riyals is a slip ("2,5" for 2,500): Qatar's minimum wage is QAR 1,000.
MIN_SALARY_QAR = Decimal(100)

# Right after a number, a word for thousands: "2,5к", "3 тыс.", "3 мың" (not "2500 катарских риалов").
_THOUSANDS = re.compile(rf"\s*{THOUSAND}(?!\w)", re.IGNORECASE)
# Thousands in words («две тысячи», «от двух тысяч», «үш мың», "two thousand"): the word before them, then the
# thousands; the words are the search's (`matching.pay`), so both read a sum alike.
_WORD_THOUSANDS = re.compile(
    rf"(?<!\w)(?:(\w+)\s+)?({HALF}\s+)?{THOUSAND_WORD}(?!\w)(\s+{HALF})?", re.IGNORECASE
)
_RANGE = re.compile(rf"\d\s*(?:{THOUSAND}(?!\w))?\s*[-–—]\s*\d", re.IGNORECASE)  # "2000-2500", "2к-2.5к": from the first
# The thousands said once after a range, for both of its ends: «2-3 тыс», «от 2 до 3 тысяч», "between 2 and 3
# thousand" start at 2000, as «2к-3к» does.
# A range whose upper end was said in words reads «от 2 до 3000» after `spelled_numbers`: the same.
_RANGE_IN_THOUSANDS = re.compile(
    rf"(?:\s*[-–—]\s*|\s+(?:до|to|and|и|мен|pen|ben)\s+)(?:{NUMBER.pattern}\s*{THOUSAND}(?!\w)|(?P<upto>\d+000)(?!\d))",
    re.IGNORECASE,
)


# A month named beside the amount: it wins over "a day" or "an hour" said of the work («2000 в месяц, 10 часов
# в день»); a year's pay is taken as its twelfth («36 000 в год», «жылына»). The words are the search's.
_PER_MONTH = re.compile(rf"(?<![^\W\d_]){PER_MONTH}(?![^\W\d_])", re.IGNORECASE)
_PER_YEAR = re.compile(rf"(?<![^\W\d_]){PER_YEAR}(?![^\W\d_])", re.IGNORECASE)
# Currencies a worker may name that a search need not tell apart (`matching.pay.OTHER_CURRENCY` has the usual
# ones, «у.е.» among them): the region's own, and pounds, yuan and lira.
_NOT_RIYALS = re.compile(r"дирх|dirh|\baed\b|[₽£¥]|юан|yuan|\bсом\b|\bсум\b|\bлир|\blira|фунт|pound|рупи|rupee",
                         re.IGNORECASE)


# The riyal is pegged to the dollar (3.64 since 2001), so a pay wished in dollars has one sum in riyals; the tenge
# floats, so a pay in tenge has none the bot could promise.
QAR_PER_USD = Decimal("3.64")
_DOLLARS = re.compile(r"\$|(?<![^\W\d_])(?:usd|долл\w*|dollar\w*|бакс\w*|доллар\w*)(?![^\W\d_])", re.IGNORECASE)


def in_dollars(text: str | None) -> tuple[Decimal, Decimal] | None:
    """A monthly pay said in US dollars and no other currency («700 долларов», "$1000", «900 доллар»): the
    dollars and their riyals at the fixed rate, to the whole riyal; None for any other answer (a pay by the
    hour in dollars too, which has no month's sum)."""
    if not text or not _DOLLARS.search(text):
        return None
    rest = _DOLLARS.sub(" ", text)
    if OTHER_CURRENCY.search(rest) or _NOT_RIYALS.search(rest) or _IN_RIYALS.search(rest):
        return None
    try:
        dollars = salary(rest)
    except InvalidInput:
        return None
    riyals = (dollars * QAR_PER_USD).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if riyals > MAX_SALARY_QAR:
        return None
    return dollars, riyals


def salary(text: str | None) -> Decimal:
    """A monthly amount in QAR: "2500", "2 500", "2,500", "2500 QAR", "2,5к", "3 мың", "от 2000",
    «две с половиной тысячи»; a range ("2000-2500") by its first number, the least the worker would take;
    a year's pay by its twelfth. A pay for an hour or a day is asked again as a month's. Said aloud
    («две тысячи пятьсот», "twenty five hundred") or corrected («2000, нет, 2500») as meant; within a story
    («получаю 350 тысяч тенге, хочу не меньше 2500 риалов») the amount wanted; a phone number is asked again."""
    text = _T_THOUSANDS.sub(r"\1к", _COLLOQUIAL_THOUSANDS.sub("тысячи", without_question(text)))
    said = _YEARS_TOLD.sub(" ", spelled_numbers(_as_spelled(text)))
    if own_phone_number(said) is not None:
        raise InvalidInput("error-salary-number")
    meant = settled(said, _salary_of)
    if meant != said and not _CURRENCY_NAMED.search(meant) and _CURRENCY_NAMED.search(said[:len(said) - len(meant)]):
        said = _currency_kept(said, meant)  # "800 usd, sorry 900": the sum put right, in the currency said first
        meant = said
    try:
        return _salary_of(_wanted_amount(meant))
    except InvalidInput as error:
        if error.key == "error-salary-too-low" and not re.search(r"\d", text or ""):
            raise InvalidInput("error-salary-number") from None  # «две»: a word, not an amount
        raise


# Thousands as speech says them («две тыщи», «тыщи полторы»): the written word.
_COLLOQUIAL_THOUSANDS = re.compile(r"(?<!\w)тыщ[аиу]?(?!\w)", re.IGNORECASE)
# A currency named with a sum, riyals or another: a sum put right after one keeps it («800 usd, sorry 900»).
_CURRENCY_NAMED = re.compile(r"\$|(?<![^\W\d_])(?:usd|долл\w*|dollar\w*|бакс\w*|риал\w*|rial\w*|riyal\w*|rıal\w*|qar|qr|"
                             r"тенге|теңге|tenge|kzt|руб\w*|евро|euro|дирх\w*|dirh\w*|aed)(?![^\W\d_])", re.IGNORECASE)


def _currency_kept(said: str, meant: str) -> str:
    """The sum put right (`meant`) with the currency named before the correction, when it names none itself."""
    currency = _CURRENCY_NAMED.search(said[:len(said) - len(meant)])
    return f"{meant} {currency.group()}" if currency is not None else meant


# Thousands cut to «т» as a chat writes them («2т», «2,5 т.»): the thousands of a count below a hundred.
_T_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,2}(?:[.,]\d)?)\s*т\.?(?!\w)", re.IGNORECASE)


# Thousands said before their count, as Russian speech rounds an amount («тысячи две» is about two thousand),
# and the Kazakh case endings a hundred takes («екі мың сегіз жүзге өзгертіңіз»): put as the
# number words are read, so the count is not added to a thousand («тысячи две» had been 1002).
_UNITS = r"(?:полторы|две|двух|три|трех|трёх|четыре|пять|шесть|семь|восемь|девять)"
_THOUSANDS_FIRST = re.compile(rf"(?<!\w)(тысяч[иа]?)\s+({_UNITS}(?:\s*[-–]\s*{_UNITS})?)(?!\w)", re.IGNORECASE)
_CASE_OF_HUNDREDS = re.compile(r"(?<!\w)(жүз|jüz|juz)(?:ге|ден|ga|ge|den)(?!\w)",
                               re.IGNORECASE)


# Years told beside the pay («опыт 5 лет, зарплата от 2000»: the last step's answer typed late): no amount.
_YEARS_TOLD = re.compile(r"(?<![\d.,])\d{1,2}\s*(?:лет|года?|жыл\w*|jyl\w*|years?|yrs?)(?![^\W\d_])", re.IGNORECASE)


def _as_spelled(text: str) -> str:
    """The answer with its number words in the order and form `spelled_numbers` reads (see above)."""
    text = _THOUSANDS_FIRST.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    return _CASE_OF_HUNDREDS.sub(r"\1", text)


# The words before the least amount a worker will take («не меньше», «кемінде», "at least"), and those that
# name riyals; «или», "or", «бірақ» between two amounts offer both, so the lesser is the least.
_AT_LEAST = re.compile(
    r"(?<![^\W\d_])(?:не\s+меньше|не\s+менее|меньше|минимум|хотя\s+бы|кемінде|кем\s+дегенде|keminde|kemınde|"
    r"at\s+least|no\s+less\s+than|minimum)(?![^\W\d_])", re.IGNORECASE)
_IN_RIYALS = re.compile(rf"\d[\d\s.,]*(?:\s*{THOUSAND}(?!\w))?\s*(?:катарск\w+\s+)?(?:риал|rial|riyal|qar\b|qr\b)",
                        re.IGNORECASE)
# Riyals named before the amount («в риалах где-то 3500», «риалмен 2000», "in riyals about 2500").
_RIYALS_FIRST = re.compile(rf"(?:в\s+риалах|риалмен|rialmen|in\s+(?:riyals|rials|qar))[\s:,—–-]*"
                           rf"(?:где-?то|примерно|около|шамамен|about|around|approx\w*)?\s*"
                           rf"(?P<amount>\d[\d\s.,]*(?:\s*{THOUSAND}(?!\w))?)", re.IGNORECASE)
_OR = re.compile(r"(?<![^\W\d_])(?:или|либо|немесе|әлде|бірақ|but|or)(?![^\W\d_])", re.IGNORECASE)


def _wanted_amount(text: str) -> str:
    """The part of a salary answer that says the pay wanted, when it tells other amounts too: after «не
    меньше» or "at least", the one in riyals beside tenge, the lesser of two offered; else the answer."""
    if len(NUMBER.findall(text)) < 2:
        return text
    least = _AT_LEAST.search(text)
    if least is not None and NUMBER.search(text, least.end()):
        return text[least.start():]
    riyals_first = _RIYALS_FIRST.search(text)
    if riyals_first is not None and (OTHER_CURRENCY.search(text) or _NOT_RIYALS.search(text)):
        return riyals_first.group("amount")  # «в тенге 500 тыс, в риалах где-то 3500»
    in_riyals = _IN_RIYALS.search(text)
    if in_riyals is not None and (OTHER_CURRENCY.search(text) or _NOT_RIYALS.search(text)):
        return in_riyals.group()
    parts = [part for part in _OR.split(text) if NUMBER.search(part)]
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
    compact = re.sub(r"(?<![\d.,])(\d{1,3})\.(?=\d{3}(?![\d.,]))", r"\1", compact)  # «2.000 QAR»: a dot between thousands
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
    match = NUMBER.search(text)
    if match is None or (re.search(r"-\s*\d", text) and not _RANGE.search(text)):
        return None
    try:
        amount = Decimal(match.group().replace(",", "."))
    except InvalidOperation:
        return None
    half = re.match(rf"\s+{HALF}", text[match.end():], re.IGNORECASE)
    end = match.end() + (half.end() if half else 0)
    if not _THOUSANDS.match(text, end):
        upper = _RANGE_IN_THOUSANDS.match(text, end) if not half and amount < 100 else None
        if upper is not None and (upper.group("upto") is None or amount * 1000 <= int(upper.group("upto"))):
            return amount * 1000
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
