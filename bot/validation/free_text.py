"""Words kept as typed for an officer to read: an occupation's own words and the qualifications."""

from __future__ import annotations

import re

from bot.number_words import spelled_numbers
from bot.validation.answer import InvalidInput, asks_back, without_question
from bot.validation.phones import PHONE_CANDIDATE, own_phone_number
from bot.validation.replies import yes_or_no

MAX_FREE_TEXT = 1000
MAX_OCCUPATION_TEXT = 200


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
    instead of the phone's, is asked again rather than kept as a certificate, and so is a bare yes, which
    names none of them."""
    value = free_text(without_question(text))
    if yes_or_no(value) is True:  # «есть», «бар», "yes": there are some, but which is not said
        raise InvalidInput("error-qualifications-which")
    if asks_back(value) and _ASKS_WHICH.match(value):  # «а какие нужны?», "which ones?": a question back, none named
        raise InvalidInput("expect-qualifications")
    if own_phone_number(value) is not None and not re.search(r"[^\W\d_]", PHONE_CANDIDATE.sub(" ", value)):
        raise InvalidInput("expect-qualifications")
    if _PAY_ALONE.fullmatch(value):  # «2000 риал»: the next question's answer, no certificate in it
        raise InvalidInput("expect-qualifications")
    if _YEARS_ALONE.fullmatch(spelled_numbers(value)):  # «5 лет», «бес жыл»: the years' answer typed late
        raise InvalidInput("expect-qualifications")
    if _AGE_ALONE.fullmatch(spelled_numbers(value)):  # «мне 35», "born 1990": the worker's age, no certificate
        raise InvalidInput("expect-qualifications")
    return value


# A question back about the certificates wanted, with no certificate named («а какие нужны?», «какие надо?», "which
# ones?", "what do you need?", «қандай керек?»).
_ASKS_WHICH = re.compile(
    r"\s*(?:а\s+|and\s+|ал\s+)?(?:какие|какой|какая|что\s+за|which|what|қандай|qandai|qandaı)(?:\s+(?:именно|ones?|one|do\s+you|"
    r"you|нужны|нужен|нужна|надо|need(?:ed)?|are\s+needed|керек|kerek|is\s+needed|require[ds]?))*\s*\??\s*$", re.IGNORECASE)


# A count of years alone, with its word («5 лет», «бес жыл», "five years", «3-4 года опыта»).
_YEARS_ALONE = re.compile(
    r"\s*(?:(?:опыт\w*|стаж\w*|тәжірибе\w*|tajiribe\w*|tájiribe\w*|experience)\s*[:—–-]?\s*)?"  # «опыт 10 лет»
    r"(?:\d{1,2}\s*[-–]\s*)?\d{1,2}\s*(?:лет|года?|год|жыл\w*|jyl\w*|years?|yrs?)"
    r"(?:\s+(?:опыта|стажа|тәжірибе\w*|tajiribe\w*|experience|of\s+experience))?\s*[.!]?\s*",
    re.IGNORECASE)
# An age or a birth year alone («мне 35», «35 жастамын», "I'm 35", «1990 г.р.», "born 1990", «1991 жылы туғанмын»).
_AGE_ALONE = re.compile(
    r"\s*(?:(?:мне|ему|ей|жасым|i'?m|i\s+am|he\s+is|age)\s+\d{1,2}(?:\s*(?:лет|года?|years?(?:\s+old)?|жас\w*))?"
    r"|\d{1,2}\s*(?:жас\w*|jas\w*|years?\s+old)"
    r"|(?:born(?:\s+in)?|родил\w*|(?:мен\s+)?)\s*(?:19|20)\d\d\s*(?:г\.?\s*р\.?|года?\s+рождения|жылы\s+туған\w*)?)"
    r"\s*[.!]?\s*",
    re.IGNORECASE)
# An amount of money alone, with its currency or none («2000», «2 500 риал», "QAR 1800", "$800").
_PAY_ALONE = re.compile(
    r"\s*(?:(?:qar|qr|\$|usd)\s*)?\d[\d\s.,]*(?:k|к|тыс\w*|мың)?\s*(?:риал\w*|rial\w*|riyal\w*|qar|qr|тенге|теңге|"
    r"tenge|\$|usd|доллар\w*|dollar\w*)?\s*[.!]?\s*",
    re.IGNORECASE)
