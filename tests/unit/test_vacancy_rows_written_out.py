"""Vacancy rows written out as people write them: pay in words and thousands, places with their unit,
the years of experience asked, and headers cut short the way Gulf agencies and Kazakh offices cut them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.tabular import header_key
from bot.vacancy_rows import HEADER_ALIASES, RowError, parse_vacancy_row

BASE = {"external_id": "T-1", "title": "Mason", "employer": "Al Khor Builders"}


def pay(cell: str) -> tuple[Decimal | None, Decimal | None]:
    row = parse_vacancy_row({**BASE, "salary": cell}, 3)
    return row.salary_min, row.salary_max


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [
        ("от 1,2 до 1,6 тыс. риалов", 1200, 1600),
        ("3-3.5k", 3000, 3500),
        ("2,8 тыс.", 2800, 2800),
        ("три тысячи риалов", 3000, 3000),
        ("полутора тысяч", 1500, 1500),
        ("Fourteen hundred QAR", 1400, 1400),
        ("between 2,000 and 2,400 riyals", 2000, 2400),
        ("1800-ден 2400-ге дейін", 1800, 2400),
        ("бір жарым мың риал", 1500, 1500),
        ("2 600 QAR (gross)", 2600, 2600),
        ("4000 риал/ай", 4000, 4000),
        ("QR 1.9K", 1900, 1900),
        ("2 300 QAR net", 2300, 2300),
    ],
)
def test_pay_written_in_words_and_thousands(cell: str, low: int, high: int) -> None:
    assert pay(cell) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(("cell", "low"), [("2100 и выше", 2100), ("от 3-х тысяч", 3000), ("2400+", 2400)])
def test_pay_from_a_figure_up(cell: str, low: int) -> None:
    assert pay(cell) == (Decimal(low), None)


@pytest.mark.parametrize("cell", ["по договорённости", "TBA", "3 тысячи тенге", "2k USD"])
def test_pay_that_names_no_riyals_is_still_refused(cell: str) -> None:
    with pytest.raises(RowError):
        pay(cell)


@pytest.mark.parametrize(("cell", "count"), [("4 вакансии", 4), ("1 вакансия", 1), ("9 бос орын", 9),
                                              ("2 штатные единицы", 2)])
def test_places_with_their_unit(cell: str, count: int) -> None:
    assert parse_vacancy_row({**BASE, "positions": cell}, 3).positions == count


@pytest.mark.parametrize(
    ("cell", "years"),
    [("4", 4), ("не менее 3-х лет", 3), ("2+ yrs", 2), ("5 жыл", 5), ("без опыта", 0), ("at least 1 year", 1),
     ("опыт желателен", None), ("", None)],
)
def test_years_of_experience(cell: str, years: int | None) -> None:
    assert parse_vacancy_row({**BASE, "min_experience_years": cell}, 3).min_experience_years == years


@pytest.mark.parametrize(
    ("header", "column"),
    [("Desig.", "title"), ("Pos.", "title"), ("Co.", "employer"), ("Loc.", "city"),
     ("Accom.", "accommodation_provided"), ("Trans.", "transport_provided"), ("Exp. (yrs)", "min_experience_years"),
     ("Опыт работы, лет", "min_experience_years"),
     ("Жұмыс тәжірибесі", "min_experience_years"), ("Cont. (months)", "contract_months"),
     ("Бос орынның атауы", "title"), ("No. of places", "positions"), ("No. of pos.", "positions"),
     ("Необходимый стаж", "min_experience_years"), ("Қажетті тәжірибе", "min_experience_years"),
     ("Expiry date", "deadline"), ("Орналасқан жері", "city")],
)
def test_headers_cut_short_or_in_kazakh(header: str, column: str) -> None:
    assert HEADER_ALIASES.get(header_key(header)) == column


def test_a_title_too_long_for_a_card_is_refused_with_its_own_reason() -> None:
    title = "Монтажник металлоконструкций " * 8
    with pytest.raises(RowError) as caught:
        parse_vacancy_row({**BASE, "title": title}, 6)
    assert (caught.value.field, caught.value.code) == ("title", "long_title")
    kept = parse_vacancy_row({**BASE, "title": "Монтажник\nметаллоконструкций " * 6}, 6).title
    assert "\n" not in kept and len(kept) <= 200


def test_a_range_in_words_with_one_thousand_after_it() -> None:
    assert pay("от двух до трёх тысяч риалов") == (Decimal(2000), Decimal(3000))


def test_a_slash_is_a_range_under_a_header_that_says_from_and_to() -> None:
    row = parse_vacancy_row({**BASE, "salary": "1 700 / 2 100"}, 3, labels={"salary": "Оклад: min / max"})
    assert (row.salary_min, row.salary_max) == (Decimal(1700), Decimal(2100))
    with pytest.raises(RowError):
        parse_vacancy_row({**BASE, "salary": "1 700 / 2 100"}, 3, labels={"salary": "Оклад"})


@pytest.mark.parametrize(("cell", "count"), [("3 (три) чел.", 3), ("x12", 12), ("× 2", 2)])
def test_places_written_beside_words_or_after_a_cross(cell: str, count: int) -> None:
    assert parse_vacancy_row({**BASE, "positions": cell}, 3).positions == count


@pytest.mark.parametrize(
    ("header", "column"),
    [("Sal. Range", "salary"), ("Basic Sal. (QR)", "salary"), ("Acco.", "accommodation_provided"),
     ("Med. Ins.", "medical_provided"), ("Air Tkt", "airfare_provided"), ("Annual Lv.", "annual_leave_days"),
     ("Жыл сайынғы демалыс", "annual_leave_days"), ("Contr. Period", "contract_months"), ("No. Req.", "positions"),
     ("Бос жұмыс орны", "title")],
)
def test_more_headers_cut_short(header: str, column: str) -> None:
    assert HEADER_ALIASES.get(header_key(header)) == column


@pytest.mark.parametrize(("cell", "days"), [("28", 28), ("30 calendar days", 30), ("24 дня", 24), ("21 күн", 21),
                                             ("as per the labour law", None)])
def test_annual_leave_as_written(cell: str, days: int | None) -> None:
    assert parse_vacancy_row({**BASE, "annual_leave_days": cell}, 3).annual_leave_days == days


def test_yes_and_no_in_kazakh_words_and_with_a_remark() -> None:
    from bot.tabular import parse_flag

    assert parse_flag("Бар") is True and parse_flag("Қарастырылмаған") is False
    assert parse_flag("Yes (4 per room)") is True and parse_flag("Нет (за свой счёт)") is False
