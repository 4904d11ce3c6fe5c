"""Quiet hours and the digest moment: the time arithmetic on Kazakhstan's clock (UTC+5, no summer time)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from bot.services.alerts import KZ, digest_due, digest_moment, kz_today, quiet_until

UTC = timezone.utc


def kz(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=KZ).astimezone(UTC)


@pytest.mark.parametrize(
    ("now", "until"),
    [
        (kz(10, 23, 30), kz(11, 8)),  # late evening: the morning after
        (kz(10, 22, 0), kz(11, 8)),  # the first minute of quiet
        (kz(11, 3, 15), kz(11, 8)),  # after midnight: the same morning
        (kz(11, 7, 59), kz(11, 8)),
        (kz(11, 8, 0), None),  # quiet is over
        (kz(10, 14, 0), None),
        (kz(10, 21, 59), None),
    ],
)
def test_default_quiet_hours_run_over_midnight(now, until):
    assert quiet_until(now, 22, 8) == until


def test_quiet_end_is_in_utc():
    assert quiet_until(kz(10, 23, 30), 22, 8) == datetime(2026, 3, 11, 3, 0, tzinfo=UTC)


def test_quiet_hours_within_one_day():
    assert quiet_until(kz(10, 13, 30), 13, 15) == kz(10, 15)
    assert quiet_until(kz(10, 15, 0), 13, 15) is None
    assert quiet_until(kz(10, 12, 59), 13, 15) is None


@pytest.mark.parametrize(("start", "end"), [(None, None), (None, 8), (22, None), (8, 8)])
def test_no_quiet_hours(start, end):
    assert quiet_until(kz(10, 23, 30), start, end) is None


def test_kazakhstan_day_starts_five_hours_before_utc():
    assert kz_today(datetime(2026, 3, 10, 19, 0, tzinfo=UTC)) == date(2026, 3, 11)
    assert kz_today(datetime(2026, 3, 10, 18, 59, tzinfo=UTC)) == date(2026, 3, 10)


def test_digest_is_due_from_its_hour_on():
    assert digest_moment(date(2026, 3, 10), 9) == datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
    assert digest_due(kz(10, 8, 59), 9) is None
    assert digest_due(kz(10, 9, 0), 9) == kz(10, 9)
    assert digest_due(kz(10, 23, 0), 9) == kz(10, 9)
    assert digest_due(kz(11, 0, 30), 9) is None  # a new day in Kazakhstan, before its hour
