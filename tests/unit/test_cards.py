"""Vacancy cards as a worker reads them, in every language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import matching
from bot.cards import (
    MAX_MESSAGE,
    details_card,
    fee_warning,
    money,
    portal_line,
    reasons_lines,
    short_card,
)
from bot.i18n import I18n
from tests.texts import plain

LANGS = ("kk", "ru", "en")
PORTAL = "https://migration.enbek.kz"


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def vacancy(**fields) -> matching.Vacancy:
    values = {
        "id": 1, "title": "MIG Welder", "employer": "Doha Steel", "isco_code": "7212", "city": "Doha",
        "salary_min": Decimal(1800), "salary_max": Decimal(2200), "deadline": date(2030, 5, 1),
    }
    values.update(fields)
    return matching.Vacancy(**values)


def test_money_groups_by_language():
    assert money(Decimal(1800), "QAR", "ru") == "1\u00a0800\u00a0QAR"
    assert money(Decimal(1800), "QAR", "kk") == "1\u00a0800\u00a0QAR"
    assert money(Decimal(1800), "QAR", "en") == "1,800\u00a0QAR"
    assert money(Decimal("1234567.5"), "QAR", "en") == "1,234,567.50\u00a0QAR"
    assert money(Decimal("99.5"), "KZT", "ru") == "99,50\u00a0KZT"


@pytest.mark.parametrize("lang", LANGS)
def test_short_card(i18n, lang):
    t = i18n.translator(lang)
    ranked = matching.RankedVacancy(
        vacancy(), 90.0,
        (matching.Reason("occupation", {"code": "7212", "level": "unit"}),
         matching.Reason("salary_below", {"offered": 2200, "wanted": 2500, "currency": "QAR"})),
    )
    card = plain(short_card(t, ranked))
    assert "MIG Welder" in card and "Doha Steel" in card and "Doha" in card
    assert money(1800, "", lang) in card and money(2200, "QAR", lang) in card
    assert matching.occupation_title("7212", lang) in card
    assert money(2500, "QAR", lang) in card


@pytest.mark.parametrize("lang", LANGS)
def test_details_card_has_everything(i18n, lang):
    t = i18n.translator(lang)
    v = vacancy(
        positions=4, food_allowance=Decimal(300), contract_months=24, hours_per_week=48,
        annual_leave_days=30, medical_provided=True, requirements="Valid 6G certificate",
        url="https://migration.enbek.kz/v/1",
    )
    card = plain(details_card(t, v, PORTAL, [matching.Reason("occupation", {"code": "7212", "level": "unit"})]))
    for expected in ("MIG Welder", "Doha Steel", "Valid 6G certificate", "01.05.2030", "migration.enbek.kz",
                     money(300, "QAR", lang), plain(t("country-QA"))):
        assert expected in card
    assert plain(fee_warning(t)) in card
    assert plain(t("contract-heading")) in card
    assert plain(t("reasons-heading")) in card
    assert 'href="https://migration.enbek.kz/v/1"' in details_card(t, v, PORTAL)


@pytest.mark.parametrize("lang", LANGS)
def test_contract_check_met_not_met_not_stated(i18n, lang):
    t = i18n.translator(lang)
    v = vacancy(
        airfare_provided=True,  # met
        medical_provided=False,  # not met
        transport_provided=None,  # not stated
        annual_leave_days=14,  # not met, with the figures
        accommodation_provided=False, housing_allowance=Decimal(600),  # met by allowance
        food_provided=True,
    )
    card = plain(details_card(t, v, PORTAL))
    assert "✅ " + plain(t("contract-airfare-met")) in card
    assert "❌ " + plain(t("contract-medical-not_met")) in card
    assert "❔ " + plain(t("contract-transport-not_stated")) in card
    assert "❌ " + plain(t("contract-annual_leave-not_met", days=14, required=24)) in card
    assert "✅ " + plain(t("contract-accommodation-allowance", amount=money(600, "QAR", lang))) in card
    basic_ok = plain(t("contract-wage-basic-ok", basic=money(1800, "QAR", lang), required=money(1000, "QAR", lang)))
    assert "✅ " + basic_ok in card


@pytest.mark.parametrize("lang", LANGS)
def test_wage_below_minimum_and_other_currency(i18n, lang):
    t = i18n.translator(lang)
    low = plain(details_card(t, vacancy(salary_min=Decimal(900), salary_max=None), PORTAL))
    assert "❌ " + plain(t("contract-wage-basic-short", basic=money(900, "QAR", lang),
                              required=money(1000, "QAR", lang))) in low
    other = plain(details_card(t, vacancy(currency="USD"), PORTAL))
    assert "❔ " + plain(t("contract-wage-other-currency", currency="USD", required=money(1000, "QAR", lang))) in other


@pytest.mark.parametrize("lang", LANGS)
def test_country_without_rules_shows_no_check(i18n, lang):
    t = i18n.translator(lang)
    card = details_card(t, vacancy(country="SK", currency="EUR", airfare_provided=True), PORTAL)
    assert plain(t("contract-heading")) not in plain(card)
    assert "✅" not in card and "❔" not in card
    assert plain(fee_warning(t)) in plain(card)


def test_user_values_are_escaped(i18n):
    t = i18n.translator("en")
    v = vacancy(title="Welder <b>VIP</b>", employer="A&B <Co>", city="<Doha>", requirements="x < y")
    text = details_card(t, v, PORTAL) + short_card(t, matching.RankedVacancy(v, 50.0, ()))
    assert "<b>VIP</b>" not in text and "&lt;b&gt;VIP&lt;/b&gt;" in text
    assert "A&amp;B &lt;Co&gt;" in text and "&lt;Doha&gt;" in text and "x &lt; y" in text


def test_portal_link_only_for_web_addresses(i18n):
    t = i18n.translator("en")
    assert '<a href="https://migration.enbek.kz">migration.enbek.kz</a>' in portal_line(t, PORTAL)
    assert "<a" not in portal_line(t, "javascript:alert(1)")
    card = details_card(t, vacancy(url="javascript:alert(1)"), PORTAL)
    assert "javascript" not in card and 'href="https://migration.enbek.kz"' in card


@pytest.mark.parametrize("lang", LANGS)
def test_long_texts_are_cut_to_fit_one_message(i18n, lang):
    t = i18n.translator(lang)
    v = vacancy(title="W" * 500, employer="E" * 500, requirements="<" * 5000, description="d " * 3000)
    card = details_card(t, v, PORTAL, [matching.Reason("occupation", {"code": "7212", "level": "unit"})])
    assert len(card) <= MAX_MESSAGE
    assert "…" in card
    assert plain(fee_warning(t)) in plain(card)  # the warning is never the part that is cut


def test_every_reason_has_a_sentence(i18n):
    reasons = [
        matching.Reason("occupation", {"code": "7212", "level": level})
        for level in ("unit", "minor", "submajor", "major", "title")
    ] + [
        matching.Reason("experience_ok", {"have": 5, "need": 3}),
        matching.Reason("experience_short", {"have": 1, "need": 3}),
        matching.Reason("language_ok", {"langs": ["en"]}),
        matching.Reason("language_missing", {"langs": ["ar"]}),
        matching.Reason("salary_ok", {"offered": 3000, "wanted": 2000, "currency": "QAR"}),
        matching.Reason("salary_below", {"offered": 1500, "wanted": 2000, "currency": "QAR"}),
        matching.Reason("city", {"city": "Doha"}),
    ]
    for lang in LANGS:
        t = i18n.translator(lang)
        lines = reasons_lines(t, reasons).split("\n")
        assert len(lines) == len(reasons)
        assert all(line and "reason-" not in line for line in lines)


def test_locales_define_the_same_job_texts(i18n):
    keys = {lang: i18n.keys(lang, "jobs") for lang in LANGS}
    assert keys["kk"] == keys["ru"] == keys["en"]
