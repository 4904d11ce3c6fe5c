"""Messages built from several texts: the profile card."""

from __future__ import annotations

import matching
from bot.cards import money
from bot.i18n import Translator
from db.models import Profile


def profile_card(t: Translator, profile: Profile) -> str:
    missing = t("profile-not-set")
    occupations = [
        t(
            "profile-occupation-line",
            title=matching.occupation_title(o.isco_code, t.lang) if o.isco_code else o.raw_text,
            years=o.years if o.years is not None else -1,
        )
        for o in profile.occupations
    ]
    languages = ", ".join(t(f"spoken-{code}") for code in profile.languages or [])
    return t(
        "profile-card",
        name=profile.full_name or missing,
        phone=profile.phone or missing,
        region=t(f"region-{profile.region}") if profile.region else missing,
        occupations="\n".join(occupations) if occupations else missing,
        languages=languages or missing,
        qualifications=(profile.qualifications or missing)[:500],
        certificates=len(profile.certificates),
        salary=money(profile.min_salary, "QAR", t.lang) if profile.min_salary is not None else missing,
    )
