"""The transition rules of an application, checked pair by pair against a table written out by hand."""

from __future__ import annotations

import itertools

import pytest

from bot.services.statuses import allowed_next, can_withdraw, check_transition
from bot.status_rows import STATUS_CODES

# What each status may move to, spelled out rather than computed, so a change of the rules shows here.
ALLOWED: dict[str, set[str]] = {
    "applied": {"qualification_check", "employer_review", "interview", "offer", "contract_signed",
                "visa_issued", "departed", "rejected", "withdrawn"},
    "qualification_check": {"employer_review", "interview", "offer", "contract_signed", "visa_issued",
                            "departed", "rejected", "withdrawn"},
    "employer_review": {"interview", "offer", "contract_signed", "visa_issued", "departed", "rejected",
                        "withdrawn"},
    "interview": {"offer", "contract_signed", "visa_issued", "departed", "rejected", "withdrawn"},
    "offer": {"contract_signed", "visa_issued", "departed", "rejected", "withdrawn"},
    "contract_signed": {"visa_issued", "departed", "rejected", "withdrawn"},
    "visa_issued": {"departed", "rejected", "withdrawn"},
    "departed": {"employed", "terminated_early"},
    "employed": {"terminated_early"},
    "rejected": set(),
    "withdrawn": set(),
    "terminated_early": set(),
}


def test_the_table_covers_every_status():
    assert set(ALLOWED) == set(STATUS_CODES)


@pytest.mark.parametrize(("current", "new"), list(itertools.product(STATUS_CODES, STATUS_CODES)))
def test_every_pair_follows_the_table(current, new):
    reason = check_transition(current, new)
    if new in ALLOWED[current]:
        assert reason is None
    else:
        assert reason is not None


@pytest.mark.parametrize(
    ("current", "new", "reason"),
    [
        ("interview", "interview", "same_status"),
        ("rejected", "rejected", "same_status"),
        ("interview", "applied", "backward"),
        ("visa_issued", "offer", "backward"),
        ("employed", "departed", "backward"),
        ("rejected", "interview", "closed"),
        ("withdrawn", "applied", "closed"),
        ("terminated_early", "employed", "closed"),
        ("withdrawn", "rejected", "closed"),
        ("applied", "employed", "not_departed"),
        ("visa_issued", "employed", "not_departed"),
        ("offer", "terminated_early", "not_departed"),
        ("departed", "withdrawn", "after_departure"),
        ("employed", "rejected", "after_departure"),
        ("applied", "hired", "unknown_status"),
        ("hired", "applied", "unknown_status"),
    ],
)
def test_refusals_say_why(current, new, reason):
    assert check_transition(current, new) == reason


@pytest.mark.parametrize(
    ("current", "new"),
    [("applied", "offer"), ("applied", "departed"), ("interview", "contract_signed"),
     ("departed", "employed"), ("departed", "terminated_early"), ("employed", "terminated_early")],
)
def test_forward_moves_may_skip_steps(current, new):
    assert check_transition(current, new) is None


@pytest.mark.parametrize("status", STATUS_CODES)
def test_a_worker_can_withdraw_only_before_departure(status):
    before_departure = STATUS_CODES.index(status) < STATUS_CODES.index("departed")
    assert can_withdraw(status) is before_departure


@pytest.mark.parametrize("status", STATUS_CODES)
def test_allowed_next_lists_the_table_in_process_order(status):
    offered = allowed_next(status)
    assert set(offered) == ALLOWED[status]
    assert offered == sorted(offered, key=STATUS_CODES.index)
