"""Checks a vacancy against its destination country's standard employment contract.

Workers are promised a contract the employer may not alter; a vacancy that offers less (no airfare, short
leave, a basic wage under the legal minimum) should be flagged before anyone applies. The figures live in
`matching/data/contracts/<CC>.json`, one file per corridor, so a new country is data, not code. The check
never guesses: when the vacancy does not say, or pays in another currency, the item is `not_stated`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from matching.models import Vacancy

RULES_DIR = Path(__file__).parent / "data" / "contracts"

ITEM_CODES: tuple[str, ...] = (
    "airfare",
    "accommodation",
    "transport",
    "medical",
    "annual_leave",
    "minimum_wage",
)

MET = "met"
NOT_MET = "not_met"
NOT_STATED = "not_stated"


@dataclass(frozen=True)
class ContractRules:
    """One country's standard-contract figures, as read from its rules file."""

    country: str
    currency: str
    items: tuple[str, ...]
    annual_leave_min_days: int | None = None
    minimum_basic: Decimal | None = None
    housing_if_not_provided: Decimal = Decimal(0)
    food_if_not_provided: Decimal = Decimal(0)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContractItem:
    """One contract term and whether the vacancy meets it; `values` fill the sentence shown to users."""

    code: str
    status: str
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ContractCheck:
    country: str
    items: tuple[ContractItem, ...]

    @property
    def all_met(self) -> bool:
        return all(item.status == MET for item in self.items)

    @property
    def not_met(self) -> tuple[ContractItem, ...]:
        return tuple(item for item in self.items if item.status == NOT_MET)


def rules_for(country: str, rules_dir: Path | str | None = None) -> ContractRules | None:
    """The rules for `country` (ISO alpha-2, any case), or None when that corridor has no rules file."""
    code = (country or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        return None
    return _load_rules(code, str(rules_dir or RULES_DIR))


def check_contract(vacancy: Vacancy, rules_dir: Path | str | None = None) -> ContractCheck | None:
    """Judge every item the vacancy's country lists; None when the country has no rules."""
    rules = rules_for(vacancy.country, rules_dir)
    if rules is None:
        return None
    items = tuple(_CHECKS[code](vacancy, rules) for code in rules.items)
    return ContractCheck(country=rules.country, items=items)


@lru_cache(maxsize=64)
def _load_rules(code: str, rules_dir: str) -> ContractRules | None:
    path = Path(rules_dir) / f"{code}.json"
    if not path.is_file():
        return None
    return parse_rules(json.loads(path.read_text(encoding="utf-8")), expected_country=code)


def parse_rules(data: Mapping[str, Any], expected_country: str | None = None) -> ContractRules:
    """Validate a rules document; a mistake in a rules file should fail loudly, not pass vacancies."""
    country = str(data["country"]).upper()
    if expected_country is not None and country != expected_country:
        raise ValueError(f"rules file for {expected_country} says country {country}")
    items = tuple(data["items"])
    unknown = [code for code in items if code not in ITEM_CODES]
    if unknown:
        raise ValueError(f"unknown contract items in {country} rules: {unknown}")
    wage = data.get("minimum_wage") or {}
    rules = ContractRules(
        country=country,
        currency=str(data["currency"]).upper(),
        items=items,
        annual_leave_min_days=_opt_int(data.get("annual_leave_min_days")),
        minimum_basic=_opt_decimal(wage.get("basic")),
        housing_if_not_provided=_opt_decimal(wage.get("housing_if_not_provided")) or Decimal(0),
        food_if_not_provided=_opt_decimal(wage.get("food_if_not_provided")) or Decimal(0),
        sources=tuple(data.get("sources", ())),
    )
    if "annual_leave" in items and rules.annual_leave_min_days is None:
        raise ValueError(f"{country} rules list annual_leave without annual_leave_min_days")
    if "minimum_wage" in items and rules.minimum_basic is None:
        raise ValueError(f"{country} rules list minimum_wage without minimum_wage.basic")
    return rules


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _plain(amount: Decimal) -> int | float:
    """Sentence values are plain JSON numbers: 1000, not Decimal('1000.00')."""
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _flag_item(code: str, flag: bool | None) -> ContractItem:
    status = NOT_STATED if flag is None else (MET if flag else NOT_MET)
    return ContractItem(code, status, {})


def _in_kind_or_allowance(
    code: str, provided: bool | None, allowance: Decimal | None, currency: str
) -> ContractItem:
    """Housing and transport may be given in kind or paid as an allowance; either meets the contract."""
    if provided:
        return ContractItem(code, MET, {})
    if allowance is not None and allowance > 0:
        return ContractItem(code, MET, {"allowance": _plain(allowance), "currency": currency})
    if provided is False:
        return ContractItem(code, NOT_MET, {})
    return ContractItem(code, NOT_STATED, {})


def _check_airfare(vacancy: Vacancy, rules: ContractRules) -> ContractItem:
    return _flag_item("airfare", vacancy.airfare_provided)


def _check_medical(vacancy: Vacancy, rules: ContractRules) -> ContractItem:
    return _flag_item("medical", vacancy.medical_provided)


def _check_accommodation(vacancy: Vacancy, rules: ContractRules) -> ContractItem:
    return _in_kind_or_allowance(
        "accommodation", vacancy.accommodation_provided, vacancy.housing_allowance, vacancy.currency
    )


def _check_transport(vacancy: Vacancy, rules: ContractRules) -> ContractItem:
    return _in_kind_or_allowance(
        "transport", vacancy.transport_provided, vacancy.transport_allowance, vacancy.currency
    )


def _check_annual_leave(vacancy: Vacancy, rules: ContractRules) -> ContractItem:
    required = rules.annual_leave_min_days
    days = vacancy.annual_leave_days
    if days is None:
        return ContractItem("annual_leave", NOT_STATED, {"required": required})
    status = MET if days >= required else NOT_MET
    return ContractItem("annual_leave", status, {"days": days, "required": required})


def _allowance_state(provided: bool | None, allowance: Decimal | None, owed: Decimal) -> str:
    """"ok", "short" or "unknown" for one allowance owed on top of the basic wage when not given in kind.

    Paying any allowance shows the thing is not provided in kind, so a small allowance is "short" even
    when the provided flag is blank.
    """
    if owed <= 0 or provided:
        return "ok"
    paid = allowance if allowance is not None and allowance > 0 else None
    if paid is not None:
        return "ok" if paid >= owed else "short"
    return "short" if provided is False else "unknown"


def _check_minimum_wage(vacancy: Vacancy, rules: ContractRules) -> ContractItem:
    required = rules.minimum_basic
    values: dict[str, Any] = {"required": _plain(required), "currency": rules.currency}
    if vacancy.currency.upper() != rules.currency:
        values["vacancy_currency"] = vacancy.currency
        return ContractItem("minimum_wage", NOT_STATED, values)
    basic = vacancy.salary_min if vacancy.salary_min is not None else vacancy.salary_max
    if basic is None:
        return ContractItem("minimum_wage", NOT_STATED, values)
    values["basic"] = _plain(basic)
    values["basic_state"] = "ok" if basic >= required else "short"
    states = [values["basic_state"]]
    parts = (
        ("housing", vacancy.accommodation_provided, vacancy.housing_allowance, rules.housing_if_not_provided),
        ("food", vacancy.food_provided, vacancy.food_allowance, rules.food_if_not_provided),
    )
    for name, provided, allowance, owed in parts:
        state = _allowance_state(provided, allowance, owed)
        values[f"{name}_state"] = state
        values[f"{name}_allowance"] = _plain(allowance) if allowance is not None else 0
        values[f"{name}_required"] = _plain(owed)
        states.append(state)
    if "short" in states:
        status = NOT_MET
    elif "unknown" in states:
        status = NOT_STATED
    else:
        status = MET
    return ContractItem("minimum_wage", status, values)


_CHECKS = {
    "airfare": _check_airfare,
    "accommodation": _check_accommodation,
    "transport": _check_transport,
    "medical": _check_medical,
    "annual_leave": _check_annual_leave,
    "minimum_wage": _check_minimum_wage,
}
