"""Checks of what a worker types at each step of the profile, one module a step. Each returns the clean
value or raises `InvalidInput` with a text key, so the handler can tell the worker exactly what is expected
and keep what was saved before."""

from bot.validation.answer import InvalidInput, asks_back, passes, settled
from bot.validation.experience import MAX_YEARS, years
from bot.validation.free_text import MAX_FREE_TEXT, MAX_OCCUPATION_TEXT, free_text, qualifications
from bot.validation.languages import languages_named, spoken_languages
from bot.validation.names import MAX_NAME_LENGTH, full_name
from bot.validation.phones import own_phone_number, phone_number
from bot.validation.regions import region, region_named
from bot.validation.replies import pay_after_none, skips, yes_or_no
from bot.validation.salary import MAX_SALARY_QAR, MIN_SALARY_QAR, QAR_PER_USD, in_dollars, salary

__all__ = [
    "MAX_FREE_TEXT", "MAX_NAME_LENGTH", "MAX_OCCUPATION_TEXT", "MAX_SALARY_QAR", "MAX_YEARS", "MIN_SALARY_QAR",
    "QAR_PER_USD", "InvalidInput", "asks_back", "free_text", "full_name", "in_dollars", "languages_named", "own_phone_number", "passes", "pay_after_none", "phone_number",
    "qualifications",
    "region", "region_named", "salary", "settled", "skips", "spoken_languages", "yes_or_no", "years",
]
