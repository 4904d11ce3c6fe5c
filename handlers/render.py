"""Messages built from several texts: the profile card, the heading of the own trades searched elsewhere."""

from __future__ import annotations

import matching
from bot.cards import money
from bot.i18n import Translator
from db.models import Profile, ProfileOccupation
from matching.job_questions import named_workplace


def occupation_title(t: Translator, occupation: ProfileOccupation) -> str:
    """The classified occupation's name in the worker's language, or the worker's own words."""
    return matching.occupation_title(occupation.isco_code, t.lang) if occupation.isco_code else occupation.raw_text


def occupation_lines(t: Translator, profile: Profile) -> list[str]:
    return [
        t("profile-occupation-line", title=occupation_title(t, o), years=o.years if o.years is not None else -1)
        for o in profile.occupations
    ]


def profile_card(t: Translator, profile: Profile, header: str | None = None) -> str:
    """The profile as the worker sees it, or, under another `header`, as an officer judging an
    application sees it."""
    missing = t("profile-not-set")
    occupations = occupation_lines(t, profile)
    languages = ", ".join(t(f"spoken-{code}") for code in profile.languages or [])
    return t(
        "profile-card",
        header=header or t("profile-header-own"),
        name=profile.full_name or missing,
        phone=profile.phone or missing,
        region=t(f"region-{profile.region}") if profile.region else missing,
        occupations="\n".join(occupations) if occupations else missing,
        languages=languages or missing,
        qualifications=(profile.qualifications or missing)[:500],
        certificates=len(profile.certificates),
        salary=money(profile.min_salary, "QAR", t.lang) if profile.min_salary is not None else missing,
    )


def own_trades_where(t: Translator, words: str) -> str:
    """Where the worker asked for their own trades («как в моём профиле, только в Лусаиле в гостинице от 2000»),
    as a heading names it: the town, the kind of workplace and the pay floor, each in a form that needs no
    case ("Lusail, hotel, from 2,000 QAR"); the words themselves, quoted, when they name none of them."""
    town, rest = matching.split_town(words)
    pay, rest = matching.asked_pay(rest)
    place = named_workplace(rest)
    parts = [town.name(t.lang)] if town is not None else []
    if place is not None:
        parts.append(t("jobs-own-place", place=place))
    if pay is not None:
        parts.append(t("jobs-own-pay", pay=money(pay, "QAR", t.lang)))
    return ", ".join(parts) if parts else t("jobs-own-words", query=words)
