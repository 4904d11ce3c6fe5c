"""Phone numbers: the worker's own, typed or dictated among words, and any number an officer looks up."""

from __future__ import annotations

import re

import phonenumbers

from bot.number_words import spelled_numbers
from bot.validation.answer import FILLERS, settled, without_question


# A number within a message («мой номер 8 701 123 45 67, ватсап тот же», "+7 701 … or 8 705 …"): digits
# with the spaces, brackets and dashes people write between them, after a "+" or the "00" of a call abroad.
PHONE_CANDIDATE = re.compile(r"(?:\+|(?<!\d)00)?\d[\d\s().\-]{5,}\d")


def own_phone_number(text: str) -> str | None:
    """A number a worker types for their profile ("8 701 123 45 67", "+974 5512 3456"), alone or among
    words, in E.164; the first of several, unless the worker corrected it («…, ой, 8 701 555 12 43»); said
    aloud («плюс семь семьсот один…», "eight seven oh five…") as typed. None unless it is a number that can
    be dialled (Kazakh without a country code): the ministry will call it. A home phone with its town's code
    («8 7252 53-12-34») is one, and so is a number in a neighbouring country typed with its code
    («+996 555 123 456», «8 10 998 …»): the worker may live or work there now. A home number without its
    town's code, a neighbour's local number without the country's, or a hotline is not."""
    said = _dictated_phone(FILLERS.sub(" ", without_question(text)))  # «8 747 ээ 321 00 99»: a pause said
    return _first_phone_number(settled(said, _first_phone_number))


# A phone's dictation of a number: «плюс», "oh" for zero, "double seven", digits one by one with commas.
_PLUS = re.compile(r"(?<![^\W\d_])(?:плюс|plus|qosu)(?![^\W\d_])\s*", re.IGNORECASE)
_OH = re.compile(r"(?<![^\W\d_])oh?(?![^\W\d_])(?=\s*,?\s*(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|oh?\b))",
                 re.IGNORECASE)
_DOUBLE = re.compile(r"(?<![^\W\d_])(double|triple)\s+([^\W\d_]+|\d)", re.IGNORECASE)


def _dictated_phone(text: str) -> str:
    """A dictated number as it would have been typed: «плюс семь семьсот один» -> "+7 701"."""
    text = _DOUBLE.sub(lambda m: " ".join([m.group(2)] * (2 if m.group(1).lower() == "double" else 3)), text)
    typed = bool(re.search(r"\d", text))
    text = spelled_numbers(_OH.sub("zero", text))
    text = re.sub(r"(?<![\d])(\d)\s*,\s*(?=\d(?!\d))", r"\1 ", text)  # «8, 7, 0, 5»: one digit at a time
    if not typed:  # «сегіз жеті жүз бір, жүз жиырма үш, қырық бес…»: the groups of one number said in pauses
        text = re.sub(r"(?<=\d)\s*,\s*(?=\d)", " ", text)
    # an O typed for a zero beside other digits («87О1…», Latin or Cyrillic), slashes between groups
    text = re.sub(r"(?<=\d)[OoОо](?=[OoОо]*\d)|(?<=\d[OoОо])[OoОо](?=\d)", "0", text)
    text = re.sub(r"(?<=\d)/(?=\d)", " ", text)
    return re.sub(r"\+\s+(?=\d)", "+", _PLUS.sub("+", text))


def _first_phone_number(text: str) -> str | None:
    """The first dialable number among the words (see `own_phone_number`); a work or home phone labelled so
    yields to a mobile one told after it («тел. раб. 8 7172 …, моб. 8 701 …»): the one the worker carries."""
    numbers = []
    for match in PHONE_CANDIDATE.finditer(text):
        number = _dialable(match.group())
        if number is not None:
            numbers.append((number, text[max(0, match.start() - 12):match.start()]))
    if len(numbers) > 1 and _AT_WORK_OR_HOME.search(numbers[0][1]):
        mobile = next((number for number, label in numbers[1:] if _MOBILE.search(label)), None)
        if mobile is not None:
            return mobile
    return numbers[0][0] if numbers else None


# The labels a CV or a form puts before a work or home phone («тел. раб.», «дом.», "work", "home", «үй»), and before
# a mobile one («моб.», «сот.», "mobile", "cell", «ұялы»).
_AT_WORK_OR_HOME = re.compile(r"(?<![^\W\d_])(?:раб\w*|дом\w*|work|office|home|үй\w*|jumys|жұмыс)(?![^\W\d_])",
                              re.IGNORECASE)
_MOBILE = re.compile(r"(?<![^\W\d_])(?:моб\w*|сот\w*|mob\w*|cell\w*|ұялы|uialy|ватсап|whatsapp)(?![^\W\d_])",
                     re.IGNORECASE)


def _dialable(candidate: str) -> str | None:
    """One typed number in E.164, or None. A Kazakh number dialled with its leading 8 has eleven digits:
    with ten, a digit was lost, and the number left would be a valid Russian one nobody meant."""
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    elif not candidate.startswith("+") and digits.startswith("810") and len(digits) > 11:
        candidate = "+" + digits[3:]  # «8 10 996 …»: a call abroad dialled as from a Soviet phone
    elif not candidate.startswith("+") and digits[:1] not in "078" and len(digits) >= 11:
        candidate = "+" + digits  # «974 5512 3456», «998 93 …»: a country's code typed without its plus
    elif not candidate.startswith("+") and digits.startswith("8") and len(digits) != 11:
        return None
    try:
        parsed = phonenumbers.parse(candidate, "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.number_type(parsed) in _NOBODYS:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# Numbers no worker has as their own: free and paid service lines («8 800 …», a hotline copied from a
# poster), which would send the ministry's call to a company.
_NOBODYS = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                      phonenumbers.PhoneNumberType.SHARED_COST})


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
