"""Applications, phones and vacancies as an office pastes them: several applications given one step at once
(the first is opened, the others follow one at a time), a note in brackets after the number, a phone number
with a few words asking about its worker, a vacancy asked with a date or with who stands at a step, and a
Kazakh ordinal that is no vacancy's number."""

from __future__ import annotations

import pytest

from bot.officer_commands import officer_lookup, portal_number


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("3301 и 3302 — отказ", "3301"),
        ("заявки 3310 и 3311 перевести на оффер", "3310"),
        ("set 3320 & 3321 to visa issued", "3320"),
        ("өтінім 3330 мен 3331 — сұхбатқа", "3330"),
        ("заявка 3340 (ЦЗН Тараза)", "3340"),
        ("өтінім №3341 (01.08.2026)", "3341"),
    ],
)
def test_applications_listed_or_noted_open_the_first(typed: str, number: str) -> None:
    assert officer_lookup(typed) == number


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("8 (701) 555-90-11 (Ерлан) глянь", "87015559011"),
        ("+7 747 555 0022 қай аудан", "77475550022"),
        ("8 777 555 3030 is he registered", "87775553030"),
    ],
)
def test_a_phone_with_a_few_words_about_its_worker_is_looked_up(typed: str, digits: str) -> None:
    found = officer_lookup(typed)
    assert found is not None and "".join(ch for ch in found if ch.isdigit()).endswith(digits[1:]), typed


@pytest.mark.parametrize(
    "typed",
    [
        "3 и 4 сварщика",  # counts of people, no step
        "позвони 87015559011 и 87015559022 и договорись о встрече в ЦЗН",  # two phones, a task
        "2000 и 3000 тенге",
    ],
)
def test_numbers_that_are_no_applications_open_nothing(typed: str) -> None:
    assert officer_lookup(typed) is None


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("кандидаты по вакансии QA-5005 от 02.08", "QA-5005"),
        ("QA-5006 кто на оффере", "QA-5006"),
        ("QA 5007 бойынша визасы барлар кім", "QA-5007"),
    ],
)
def test_a_vacancy_asked_with_a_date_or_a_step(typed: str, reference: str) -> None:
    assert portal_number(typed) == reference


def test_a_step_without_a_question_narrows_an_audience_instead() -> None:
    assert portal_number("откликнувшимся на QA-5008 с оффером") is None
    assert portal_number("5-кезеңдегілерге") is None
