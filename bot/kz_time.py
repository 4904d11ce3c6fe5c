"""Kazakhstan's one time zone, UTC+5 since March 2024 (no daylight saving): deadlines, quiet hours and
digest hours are all in it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

KAZAKHSTAN_TZ = timezone(timedelta(hours=5), "UTC+5")


def kazakhstan_today(now: datetime | None = None) -> date:
    """Today's date in Kazakhstan; `now` must be aware (defaults to the current time)."""
    return (now or datetime.now(timezone.utc)).astimezone(KAZAKHSTAN_TZ).date()
