"""Answers that carry a question of the worker's own or the next step's answer («нет сертификатов, зарплата
2000», "no certs, what pay is there?", «Шымкент, а работа есть?»), answers cut short («2т», «Шым», «+») and
long answers with the name inside are taken as the worker means them; a question alone is asked again."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import validation


@pytest.mark.parametrize("answer", [
    "нет сертификатов зарплата 2000", "сертификатов нет, зарплату хочу 2500", "жоқ, айлық 2500",
    "no certificates, salary 2000", "none, 1800 QAR", "sertifikat joq, jalaqy 2000",
])
def test_no_certificates_with_the_pay_after_is_nothing_to_keep(answer: str) -> None:
    assert validation.skips(answer, unknown=True, pay_next=True)


@pytest.mark.parametrize("answer", ["нет сертификатов, зарплата 2000", "no certs, 1800"])
def test_at_the_pay_step_the_pay_after_a_no_is_the_answer(answer: str) -> None:
    assert not validation.skips(answer, unknown=True)
    assert validation.salary(answer) in (Decimal(2000), Decimal(1800))


@pytest.mark.parametrize("answer", [
    "нет корочек, а сколько платят?", "нет, а без них берут?", "куәлігім жоқ, қанша төлейді?",
    "жоқ, онсыз ала ма", "no certs, what pay is there?", "nope, do I need one?",
])
def test_a_no_with_a_question_after_is_nothing_to_keep(answer: str) -> None:
    assert validation.skips(answer, unknown=True)


@pytest.mark.parametrize("answer", ["NAKS, а он подходит?", "права категории С, зарплата от 2000"])
def test_a_certificate_named_beside_a_question_or_the_pay_is_kept(answer: str) -> None:
    assert not validation.skips(answer, unknown=True, pay_next=True)
    assert validation.qualifications(answer)


@pytest.mark.parametrize("answer", ["а какие нужны?", "which ones?", "қандай керек?"])
def test_a_question_back_at_the_certificates_step_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.qualifications(answer)


@pytest.mark.parametrize(("answer", "said"), [
    ("нет, а когда будут вакансии?", False), ("да, а сколько можно добавить?", True),
    ("joq, jumys bar ma?", False), ("yes, how many can I add?", True), ("+", True), ("-", False),
])
def test_a_yes_or_a_no_with_a_question_after_or_as_a_sign(answer: str, said: bool) -> None:
    assert validation.yes_or_no(answer) is said


@pytest.mark.parametrize(("answer", "codes"), [
    ("русский, казахский, английский нужен?", ["ru", "kk"]),
    ("только русский, а арабский надо?", ["ru"]),
    ("қазақша, орысша, ағылшын керек пе?", ["kk", "ru"]),
    ("kazakh and russian, do I need english?", ["kk", "ru"]),
    ("русский, казахский?", ["ru", "kk"]),
])
def test_a_language_asked_about_is_not_one_spoken(answer: str, codes: list[str]) -> None:
    assert validation.spoken_languages(answer) == codes


@pytest.mark.parametrize(("answer", "name"), [
    ("Серикбаев Ержан, а зачем вам моё имя?", "Серикбаев Ержан"),
    ("Сәрсенов Ерболат, жұмыс бар ма?", "Сәрсенов Ерболат"),
    ("Askar Nurlanov, is there welder work?", "Askar Nurlanov"),
    ("аты-жөнім Бейсенов Талғат, Атыраудан", "Бейсенов Талғат"),
    ("Здравствуйте! Меня зовут Бекмуханбетов Асхат Серикович, я из Шымкента, работаю сварщиком 12 лет, хочу "
     "поехать в Катар", "Бекмуханбетов Асхат Серикович"),
    ("Hello, my name is Timur Abenov, I am from Aktobe and I have been working as a driver for ten years",
     "Timur Abenov"),
])
def test_a_name_with_a_question_or_a_story_after_it(answer: str, name: str) -> None:
    assert validation.full_name(answer) == name


@pytest.mark.parametrize("answer", ["а зачем?", "неге керек?", "why do you need my name?"])
def test_a_question_alone_at_the_name_step_is_asked_again(answer: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.full_name(answer)


def test_short_forms_of_a_pay_and_of_towns() -> None:
    assert validation.salary("2т") == Decimal(2000)
    assert validation.salary("2,5 т.") == Decimal(2500)
    assert validation.region("Шым") == "shymkent"
    assert validation.region("Крг") == "karaganda"
    assert validation.skips("joq, kein beremin")
