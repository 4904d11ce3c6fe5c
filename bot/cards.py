"""Vacancy cards: the short one in lists and alerts, the full one with the standard-contract check.

Pure rendering: plain values in, Telegram HTML out, every word from the locale files (`jobs.ftl`).
Titles, employers and requirements come from officers' files, so they are escaped like anything a user
typed (the Translator escapes string arguments; the few fragments built here escape themselves). A card
never exceeds Telegram's 4,096 characters: long texts are cut with "…" until it fits.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import matching
from bot.i18n import Html, Translator
from bot.services.vacancies import vacancy_from_row
from matching import RankedVacancy, Reason
from matching.contract import MET, NOT_MET

__all__ = [
    "MAX_MESSAGE",
    "details_card",
    "fee_warning",
    "money",
    "portal_line",
    "reasons_lines",
    "short_card",
    "vacancy_from_row",
]

MAX_MESSAGE = 4096
TITLE_MAX = 200
SHORT_REASONS = 2
# Budgets for the free texts of the details card, largest first; the first that fits is used.
TEXT_BUDGETS = ((1200, 600), (600, 0), (200, 0), (0, 0))
CHECK_ICONS = {MET: "✅", NOT_MET: "❌"}
NOT_STATED_ICON = "❔"
GROUP_SEPARATOR = {"en": ","}  # kk and ru group thousands with a no-break space
DECIMAL_POINT = {"en": "."}  # kk and ru write a decimal comma
NBSP = "\u00a0"


# ---- small pieces ------------------------------------------------------------------------------------


def money(amount: Decimal | float | None, currency: str, lang: str) -> str:
    """"1 800 QAR" in Kazakh and Russian, "1,800 QAR" in English; no-break spaces keep it on one line."""
    if amount is None:
        return "—"
    return f"{number(amount, lang)}{NBSP}{currency}".strip()


def number(amount: Decimal | float, lang: str) -> str:
    """An amount grouped the way the worker's language writes it: "1 800", "1 800,50", "1,800.50"."""
    value = Decimal(str(amount))
    whole = int(value.copy_abs())
    cents = (value.copy_abs() - whole).quantize(Decimal("0.01"))
    grouped = f"{whole:,}".replace(",", GROUP_SEPARATOR.get(lang, NBSP))
    if cents:
        grouped += DECIMAL_POINT.get(lang, ",") + f"{cents:.2f}"[2:]
    return ("-" if value < 0 else "") + grouped


PROVIDED_ITEMS = ("accommodation", "food", "transport", "medical", "airfare")


def provided_list(t: Translator, vacancy: Any) -> str:
    """What the employer provides in kind ("housing, medical care"), from a plain or stored vacancy;
    empty when the vacancy says nothing is."""
    return ", ".join(t(f"provided-{name}") for name in PROVIDED_ITEMS if getattr(vacancy, f"{name}_provided"))


def fee_warning(t: Translator) -> str:
    return t("fee-warning")


def portal_line(t: Translator, url: str) -> str:
    """A link to the official portal; an address that is not http(s) is shown as text, never linked."""
    parts = urlsplit(url or "")
    label = parts.netloc or url or ""
    if parts.scheme in ("http", "https") and parts.netloc:
        link = f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'
    else:
        link = html.escape(label)
    return t("portal-line", link=Html(link))


def reasons_lines(t: Translator, reasons: Sequence[Reason]) -> str:
    """One short line per reason, in the order the ranking gave them."""
    return "\n".join(line for reason in reasons if (line := _reason(t, reason)))


def _reason(t: Translator, reason: Reason) -> str:
    values = reason.values
    code = reason.code
    if code == "occupation":
        level = values.get("level") or "title"
        occupation = values.get("code") or ""
        title = matching.occupation_title(occupation, t.lang) if occupation else ""
        if not title or level == "title":
            return t("reason-occupation-title")
        return t(f"reason-occupation-{level}", title=title)
    if code in ("experience_ok", "experience_short"):
        return t(f"reason-{code}", have=int(values.get("have", 0)), need=int(values.get("need", 0)))
    if code in ("language_ok", "language_missing"):
        return t(f"reason-{code}", langs=_languages(t, values.get("langs", ())))
    if code in ("salary_ok", "salary_below"):
        currency = str(values.get("currency", "QAR"))
        return t(
            f"reason-{code}",
            offered=money(values.get("offered"), currency, t.lang),
            wanted=money(values.get("wanted"), currency, t.lang),
        )
    if code == "city":
        return t("reason-city", city=str(values.get("city") or ""))
    return ""


def _languages(t: Translator, codes: Sequence[str]) -> str:
    return ", ".join(t(f"spoken-{code}") if t.has(f"spoken-{code}") else code for code in codes)


def _clip(text: str | None, limit: int) -> str:
    """At most `limit` characters, ending in "…" when cut; short fields (titles, names) on one line."""
    text = " ".join((text or "").split()) if limit <= TITLE_MAX else (text or "").strip()
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def _place(t: Translator, vacancy: matching.Vacancy) -> str:
    key = f"country-{vacancy.country.upper()}"
    country = t(key) if t.has(key) else vacancy.country.upper()
    if vacancy.city:
        return t("card-place-city", city=_clip(vacancy.city, 100), country=country)
    return t("card-place", country=country)


def _salary(t: Translator, vacancy: matching.Vacancy) -> str:
    low, high, currency = vacancy.salary_min, vacancy.salary_max, vacancy.currency
    if low is not None and high is not None and low != high:
        return t("salary-range", low=money(low, "", t.lang).strip(NBSP), high=money(high, currency, t.lang))
    if low is not None or high is not None:
        amount = money(low if low is not None else high, currency, t.lang)
        return t("salary-exact" if low is not None and high is not None else
                 "salary-from" if low is not None else "salary-upto", amount=amount)
    return t("salary-not-stated")


def _date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


# ---- cards -----------------------------------------------------------------------------------------------


def short_card(t: Translator, ranked: RankedVacancy) -> str:
    """Title, employer, place, pay and the strongest reasons: what decides whether to open the details."""
    vacancy = ranked.vacancy
    card = t(
        "card-short",
        title=_clip(vacancy.title, TITLE_MAX),
        employer=_clip(vacancy.employer, TITLE_MAX) or t("card-employer-unknown"),
        place=Html(_place(t, vacancy)),
        salary=Html(_salary(t, vacancy)),
    )
    reasons = reasons_lines(t, ranked.reasons[:SHORT_REASONS])
    return f"{card}\n{reasons}" if reasons else card


def details_card(
    t: Translator, vacancy: matching.Vacancy, portal_url: str, reasons: Sequence[Reason] = ()
) -> str:
    """Everything a worker should know before applying, with the contract check, portal and fee warning."""
    for requirements, description in TEXT_BUDGETS:
        text = _details(t, vacancy, portal_url, reasons, requirements, description)
        if len(text) <= MAX_MESSAGE:
            return text
    return text[: MAX_MESSAGE - 1] + "…"  # unreachable with bounded titles; never send an oversize message


def _details(
    t: Translator, vacancy: matching.Vacancy, portal_url: str, reasons: Sequence[Reason],
    requirements_max: int, description_max: int,
) -> str:
    lines = [
        t("details-title", title=_clip(vacancy.title, TITLE_MAX)),
        t("details-employer", employer=_clip(vacancy.employer, TITLE_MAX) or t("card-employer-unknown")),
        t("details-place", place=Html(_place(t, vacancy))),
    ]
    if vacancy.positions:
        lines.append(t("details-positions", count=vacancy.positions))
    lines.append(t("details-salary", salary=Html(_salary(t, vacancy))))
    allowances = [
        t(f"allowance-{name}", amount=money(amount, vacancy.currency, t.lang))
        for name, amount in (
            ("food", vacancy.food_allowance),
            ("housing", vacancy.housing_allowance),
            ("transport", vacancy.transport_allowance),
        )
        if amount
    ]
    if allowances:
        lines.append(t("details-allowances", list=Html(", ".join(allowances))))
    if vacancy.contract_months:
        lines.append(t("details-contract", months=vacancy.contract_months))
    if vacancy.hours_per_week:
        lines.append(t("details-hours", hours=vacancy.hours_per_week))
    if vacancy.annual_leave_days:
        lines.append(t("details-leave", days=vacancy.annual_leave_days))
    provided = provided_list(t, vacancy)
    if provided:
        lines.append(t("details-provided", list=Html(provided)))
    if vacancy.min_experience_years:
        lines.append(t("details-experience", years=vacancy.min_experience_years))
    if vacancy.languages:
        lines.append(t("details-languages", langs=Html(_languages(t, sorted(vacancy.languages)))))
    if vacancy.requirements.strip() and requirements_max:
        lines.append(t("details-requirements", text=_clip(vacancy.requirements, requirements_max)))
    if vacancy.description.strip() and description_max:
        lines.append(t("details-description", text=_clip(vacancy.description, description_max)))
    if vacancy.deadline:
        lines.append(t("details-deadline", date=_date(vacancy.deadline)))
    blocks = ["\n".join(lines)]
    check = contract_lines(t, vacancy)
    if check:
        blocks.append(check)
    why = reasons_lines(t, reasons)
    if why:
        blocks.append(t("reasons-heading") + "\n" + why)
    url = vacancy.url if vacancy.url and urlsplit(vacancy.url).scheme in ("http", "https") else portal_url
    blocks.append(portal_line(t, url) + "\n" + fee_warning(t))
    return "\n\n".join(blocks)


# ---- the standard-contract check -------------------------------------------------------------------------


def contract_lines(t: Translator, vacancy: matching.Vacancy) -> str:
    """The heading and one line per contract item; empty when the country has no standard contract."""
    check = matching.check_contract(vacancy)
    if check is None or not check.items:
        return ""
    lines = [t("contract-heading")]
    for item in check.items:
        icon = CHECK_ICONS.get(item.status, NOT_STATED_ICON)
        lines.append(f"{icon} {_contract_sentence(t, item, vacancy.currency)}")
    return "\n".join(lines)


def _contract_sentence(t: Translator, item: matching.ContractItem, currency: str) -> str:
    values: dict[str, Any] = dict(item.values)
    code, status = item.code, item.status
    if code == "minimum_wage":
        return _minimum_wage(t, status, values)
    if code in ("accommodation", "transport") and status == MET and "allowance" in values:
        amount = money(values["allowance"], str(values.get("currency") or currency), t.lang)
        return t(f"contract-{code}-allowance", amount=amount)
    if code == "annual_leave":
        return t(
            f"contract-annual_leave-{status}",
            days=int(values.get("days") or 0),
            required=int(values.get("required") or 0),
        )
    return t(f"contract-{code}-{status}")


def _minimum_wage(t: Translator, status: str, values: dict[str, Any]) -> str:
    rules_currency = str(values.get("currency") or "")
    required = money(values.get("required"), rules_currency, t.lang)
    if "vacancy_currency" in values:
        return t("contract-wage-other-currency", currency=str(values["vacancy_currency"]), required=required)
    if "basic" not in values:
        return t("contract-wage-not-stated", required=required)
    basic = money(values["basic"], rules_currency, t.lang)
    parts = [t("contract-wage-basic-ok" if values.get("basic_state") == "ok" else "contract-wage-basic-short",
               basic=basic, required=required)]
    for name in ("housing", "food"):
        state = values.get(f"{name}_state")
        owed = money(values.get(f"{name}_required"), rules_currency, t.lang)
        if state == "short":
            paid = values.get(f"{name}_allowance") or 0
            parts.append(t(f"contract-wage-{name}-short", paid=money(paid, rules_currency, t.lang), required=owed))
        elif state == "unknown":
            parts.append(t(f"contract-wage-{name}-unknown", required=owed))
    return "; ".join(parts)
