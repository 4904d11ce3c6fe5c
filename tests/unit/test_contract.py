"""The standard-contract check tells a worker which promised terms a vacancy keeps, breaks or omits."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from matching.contract import check_contract, rules_for
from matching.models import Vacancy

# A vacancy that keeps every term of Qatar's standard contract.
GOOD = Vacancy(
    id=1,
    title="MIG Welder",
    employer="Doha Metal Industries",
    salary_min=Decimal(1800),
    salary_max=Decimal(2300),
    food_allowance=Decimal(300),
    accommodation_provided=True,
    food_provided=False,
    transport_provided=True,
    medical_provided=True,
    airfare_provided=True,
    annual_leave_days=24,
)


def item(vacancy: Vacancy, code: str):
    check = check_contract(vacancy)
    assert check is not None
    return next(i for i in check.items if i.code == code)


def test_good_vacancy_meets_every_qatar_item_in_order():
    check = check_contract(GOOD)
    assert check is not None and check.country == "QA"
    assert [i.code for i in check.items] == [
        "airfare", "accommodation", "transport", "medical", "annual_leave", "minimum_wage",
    ]
    assert check.all_met
    assert check.not_met == ()


@pytest.mark.parametrize("field,code", [("airfare_provided", "airfare"), ("medical_provided", "medical")])
@pytest.mark.parametrize("flag,status", [(True, "met"), (False, "not_met"), (None, "not_stated")])
def test_flag_items_have_three_states(field, code, flag, status):
    assert item(replace(GOOD, **{field: flag}), code).status == status


@pytest.mark.parametrize(
    "provided_field,allowance_field,code",
    [
        ("accommodation_provided", "housing_allowance", "accommodation"),
        ("transport_provided", "transport_allowance", "transport"),
    ],
)
@pytest.mark.parametrize(
    "provided,allowance,status",
    [
        (True, None, "met"),
        (False, Decimal(500), "met"),  # an allowance instead of the thing itself
        (None, Decimal(200), "met"),
        (False, None, "not_met"),
        (False, Decimal(0), "not_met"),
        (None, None, "not_stated"),
        (None, Decimal(0), "not_stated"),
    ],
)
def test_in_kind_or_allowance_items(provided_field, allowance_field, code, provided, allowance, status):
    vacancy = replace(GOOD, **{provided_field: provided, allowance_field: allowance})
    assert item(vacancy, code).status == status


def test_allowance_value_is_reported_as_plain_number():
    vacancy = replace(GOOD, transport_provided=False, transport_allowance=Decimal("150.00"))
    assert item(vacancy, "transport").values == {"allowance": 150, "currency": "QAR"}


@pytest.mark.parametrize("days,status", [(24, "met"), (30, "met"), (23, "not_met"), (21, "not_met")])
def test_annual_leave_boundary_is_24_days(days, status):
    leave = item(replace(GOOD, annual_leave_days=days), "annual_leave")
    assert leave.status == status
    assert leave.values == {"days": days, "required": 24}


def test_annual_leave_unknown_is_not_stated():
    leave = item(replace(GOOD, annual_leave_days=None), "annual_leave")
    assert leave.status == "not_stated"
    assert leave.values == {"required": 24}


@pytest.mark.parametrize(
    "salary_min,salary_max,status",
    [
        (Decimal(1000), Decimal(1200), "met"),
        (Decimal("999.99"), Decimal(1200), "not_met"),
        (Decimal(900), None, "not_met"),
        (None, Decimal(1000), "met"),  # only a maximum given: it is the basic wage
        (None, Decimal(950), "not_met"),
        (None, None, "not_stated"),
    ],
)
def test_minimum_basic_wage_boundary_is_1000_qar(salary_min, salary_max, status):
    wage = item(replace(GOOD, salary_min=salary_min, salary_max=salary_max), "minimum_wage")
    assert wage.status == status


def test_low_basic_wage_values_say_what_is_paid_and_required():
    wage = item(replace(GOOD, salary_min=Decimal(900), salary_max=None), "minimum_wage")
    assert wage.values["basic"] == 900
    assert wage.values["required"] == 1000
    assert wage.values["currency"] == "QAR"
    assert wage.values["basic_state"] == "short"
    assert isinstance(wage.values["basic"], int)


@pytest.mark.parametrize(
    "food_provided,food_allowance,status,state",
    [
        (True, None, "met", "ok"),
        (False, Decimal(300), "met", "ok"),
        (False, Decimal(299), "not_met", "short"),
        (False, None, "not_met", "short"),  # not fed and nothing paid instead
        (None, None, "not_stated", "unknown"),
        (None, Decimal(200), "not_met", "short"),  # an allowance means food is not given in kind
    ],
)
def test_food_allowance_is_owed_on_top_of_basic(food_provided, food_allowance, status, state):
    vacancy = replace(GOOD, food_provided=food_provided, food_allowance=food_allowance)
    wage = item(vacancy, "minimum_wage")
    assert wage.status == status
    assert wage.values["food_state"] == state
    assert wage.values["food_required"] == 300


def test_high_basic_wage_does_not_excuse_missing_food_allowance():
    vacancy = replace(GOOD, salary_min=Decimal(5000), food_provided=False, food_allowance=None)
    wage = item(vacancy, "minimum_wage")
    assert wage.status == "not_met"
    assert wage.values["food_allowance"] == 0


@pytest.mark.parametrize(
    "provided,allowance,status",
    [(False, Decimal(500), "met"), (False, Decimal(400), "not_met"), (False, None, "not_met")],
)
def test_housing_allowance_owed_when_not_housed(provided, allowance, status):
    vacancy = replace(GOOD, accommodation_provided=provided, housing_allowance=allowance)
    wage = item(vacancy, "minimum_wage")
    assert wage.status == status
    assert wage.values["housing_required"] == 500


def test_other_currency_never_gets_a_wage_verdict():
    vacancy = replace(GOOD, currency="USD", salary_min=Decimal(300), salary_max=Decimal(400))
    wage = item(vacancy, "minimum_wage")
    assert wage.status == "not_stated"
    assert wage.values["vacancy_currency"] == "USD"


def test_not_met_lists_only_broken_items():
    vacancy = replace(GOOD, airfare_provided=False, annual_leave_days=21, medical_provided=None)
    check = check_contract(vacancy)
    assert not check.all_met
    assert [i.code for i in check.not_met] == ["airfare", "annual_leave"]


def test_unknown_items_are_not_all_met():
    check = check_contract(replace(GOOD, medical_provided=None))
    assert not check.all_met and check.not_met == ()


def test_country_without_rules_file_has_no_check():
    assert check_contract(replace(GOOD, country="ZZ")) is None
    assert rules_for("../QA") is None
    assert rules_for("qa").currency == "QAR"


def test_rules_come_from_data_files(tmp_path):
    """The next corridor is a JSON file: a made-up Korea file changes the verdicts without code."""
    (tmp_path / "KR.json").write_text(
        json.dumps(
            {
                "country": "KR",
                "currency": "KRW",
                "items": ["annual_leave", "minimum_wage"],
                "annual_leave_min_days": 15,
                "minimum_wage": {"basic": 2000000},
            }
        ),
        encoding="utf-8",
    )
    korean = replace(
        GOOD, country="KR", currency="KRW", salary_min=Decimal(2100000), annual_leave_days=15
    )
    check = check_contract(korean, rules_dir=tmp_path)
    assert check.country == "KR"
    assert [i.code for i in check.items] == ["annual_leave", "minimum_wage"]
    assert check.all_met
    poor = check_contract(replace(korean, salary_min=Decimal(1900000), salary_max=None), rules_dir=tmp_path)
    assert [i.code for i in poor.not_met] == ["minimum_wage"]
    # Qatar is unknown in that directory.
    assert check_contract(GOOD, rules_dir=tmp_path) is None


def test_broken_rules_file_fails_loudly(tmp_path):
    (tmp_path / "SA.json").write_text(
        json.dumps({"country": "SA", "currency": "SAR", "items": ["airfare", "pension"]}),
        encoding="utf-8",
    )
    with pytest.raises(ValueError):
        rules_for("SA", tmp_path)
