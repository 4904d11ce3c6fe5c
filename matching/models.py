"""Plain data that flows into and out of the matching engine.

These types are the contract between `matching/` and the rest of the bot: the database layer converts
its rows into them, handlers render the results. They are frozen dataclasses so they can be cached,
hashed and shared across threads without surprises.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

LANGS: tuple[str, ...] = ("kk", "ru", "en")


@dataclass(frozen=True)
class ProfileOccupation:
    """One occupation a worker holds: the ISCO-08 unit group (if chosen) and the words they typed."""

    code: str | None
    raw_text: str = ""
    years: int | None = None


@dataclass(frozen=True)
class WorkerProfile:
    """What the ranking needs to know about a worker; nothing personal beyond that."""

    occupations: tuple[ProfileOccupation, ...] = ()
    languages: frozenset[str] = frozenset()  # ISO 639-1 codes: kk, ru, en, ar, tr
    min_salary: Decimal | None = None  # desired monthly minimum, in QAR
    region: str | None = None


@dataclass(frozen=True)
class Vacancy:
    """A vacancy as imported from the portal (the import schema), in plain values.

    Money is monthly, in `currency`. Booleans are `None` when the file did not say.
    """

    id: int
    title: str
    employer: str = ""
    isco_code: str | None = None
    country: str = "QA"
    currency: str = "QAR"
    city: str | None = None
    positions: int | None = None
    salary_min: Decimal | None = None
    salary_max: Decimal | None = None
    food_allowance: Decimal | None = None
    housing_allowance: Decimal | None = None
    transport_allowance: Decimal | None = None
    accommodation_provided: bool | None = None
    food_provided: bool | None = None
    transport_provided: bool | None = None
    medical_provided: bool | None = None
    airfare_provided: bool | None = None
    annual_leave_days: int | None = None
    contract_months: int | None = None
    hours_per_week: int | None = None
    min_experience_years: int | None = None
    languages: frozenset[str] = frozenset()
    requirements: str = ""
    description: str = ""
    deadline: date | None = None
    url: str | None = None
    status: str = "open"  # "open" or "closed"


@dataclass(frozen=True)
class Reason:
    """One machine-readable reason behind a score; handlers turn `code` into a localized sentence.

    `values` holds plain JSON-friendly values (numbers, strings, lists) for the sentence's variables.
    """

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
