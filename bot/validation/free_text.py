"""Words kept as typed for an officer to read: an occupation's own words and the qualifications."""

from __future__ import annotations

import re

from bot.validation.answer import InvalidInput
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
    value = free_text(text)
    if yes_or_no(value) is True:  # «есть», «бар», "yes": there are some, but which is not said
        raise InvalidInput("error-qualifications-which")
    if own_phone_number(value) is not None and not re.search(r"[^\W\d_]", PHONE_CANDIDATE.sub(" ", value)):
        raise InvalidInput("expect-qualifications")
    return value
