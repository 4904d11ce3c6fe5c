"""Answers typed by a son or daughter for a parent, or with the question typed before them: the wizard
keeps the worker's value and leaves out who is writing, the question and what the writer calls the bot."""

from __future__ import annotations

import pytest

from bot import validation


@pytest.mark.parametrize(("typed", "name"), [
    ("пишу за маму: Ибраева Сауле", "Ибраева Сауле"),
    ("это дочка пишет, папу зовут Ермек Садыков", "Ермек Садыков"),
    ("Әкем үшін жазамын, Дәулетов Қанат", "Дәулетов Қанат"),
    ("I'm his son, my father's name is Timur Bekov", "Timur Bekov"),
    ("Ваше ФИО? Мусин Арман", "Мусин Арман"),
    ("Есіміңіз кім? Бекова Әлия", "Бекова Әлия"),
    ("Добрый день, доченька. Сапаров Жомарт", "Сапаров Жомарт"),
    ("Байжанов Ерик, 61 год", "Байжанов Ерик"),
    ("ИСАЕВ КАНАТ 1971 г.р.", "ИСАЕВ КАНАТ"),
    ("Mrs. Gulnara Ospanova", "Gulnara Ospanova"),
    ("Омаров Даурен (пишет дочь)", "Омаров Даурен"),
    ("А.Б. Нурланов", "А.Б. Нурланов"),
])
def test_the_name_is_kept_without_the_words_around_it(typed: str, name: str) -> None:
    assert validation.full_name(typed) == name


@pytest.mark.parametrize("typed", ["за маму пишу", "папа", "my father", "анам үшін", "Фамилия, имя"])
def test_whom_the_writer_writes_for_without_a_name_asks_for_the_name(typed: str) -> None:
    with pytest.raises(validation.InvalidInput) as raised:
        validation.full_name(typed)
    assert raised.value.key == "error-name-relative"


@pytest.mark.parametrize(("typed", "kept"), [
    ("2005-2011 автобаза, 2013-2019 ТОО «Строй»", 12),  # the periods of a list of jobs, added
    ("2016–2021 и 2019–2023", 7),  # a year worked at two jobs is counted once
    ("с 2012 по 2020 год", 8),
    ("4 года в Шымкенте, 3 года в Москве", 7),
    ("Алматыда 5 жыл, Астанада 2 жыл", 7),
    ("12 лет, из них 4 года в Катаре", 12),  # a part among the rest is not added
    ("ей 49, стаж 20 лет", 20),
    ("his mother is 55, cooking for 30 years", 30),
    ("42 ai", 3),
])
def test_years_are_read_from_a_list_of_jobs_an_age_or_months(typed: str, kept: int) -> None:
    assert validation.years(typed) == kept


@pytest.mark.parametrize(("typed", "began"), [("с 07 года", 2007), ("since '03", 2003), ("from 2011 till now", 2011)])
def test_years_from_a_start_written_short_or_up_to_now(typed: str, began: int) -> None:
    from bot.kz_time import kazakhstan_today

    assert validation.years(typed) == kazakhstan_today().year - began


@pytest.mark.parametrize("typed", ["маме 47 лет", "с 16 лет работает", "since he was 18"])
def test_an_age_alone_is_no_years_of_work(typed: str) -> None:
    with pytest.raises(validation.InvalidInput):
        validation.years(typed)


@pytest.mark.parametrize(("typed", "said"), [
    ("скорее да", True), ("пожалуй нет", False), ("likely not", False), ("да, сынок", True), ("ıä", True),
    ("ues", True), ("ytn", False), ("может и да может и нет", None), ("hmm not sure", None),
])
def test_a_hedged_or_mistyped_yes_or_no_leans_as_said(typed: str, said: bool | None) -> None:
    assert validation.yes_or_no(typed) is said


@pytest.mark.parametrize("typed", ["да", "иә, бар", "ок, есть"])
def test_a_bare_yes_at_the_certificates_step_asks_which(typed: str) -> None:
    with pytest.raises(validation.InvalidInput) as raised:
        validation.qualifications(typed)
    assert raised.value.key == "error-qualifications-which"


@pytest.mark.parametrize("typed", ["у мамы никаких документов нет", "жоқ, айналайын", "no, studying on courses now"])
def test_no_certificates_said_for_a_parent_or_while_studying_skips_the_step(typed: str) -> None:
    assert validation.skips(typed)


@pytest.mark.parametrize(("typed", "kept"), [
    ("8 10 998 71 123 45 67", "+998711234567"),  # a call abroad dialled from a Soviet-era phone
    ("996 700 111 222", "+996700111222"),  # Kyrgyzstan's code without its plus
    ("раб. 8 (7142) 50-60-70", "+77142506070"),  # a Kostanay office line with its town's code
])
def test_a_neighbours_number_with_its_code_and_a_landline_with_its_towns_are_taken(typed: str, kept: str) -> None:
    assert validation.own_phone_number(typed) == kept


@pytest.mark.parametrize("typed", ["8 800 070 1234", "0777 12 34 56", "50-60-70"])
def test_a_hotline_or_a_number_without_its_code_is_asked_again(typed: str) -> None:
    assert validation.own_phone_number(typed) is None


@pytest.mark.parametrize(("typed", "kept"), [
    ("Акмолинск, там и живём", "astana"), ("город Акмола", "astana"), ("Акмолинская область", "akmola"),
    ("Акмола", "akmola"), ("Алма-Атинская обл., Талгар", "almaty_region"), ("Alma-Ata oblast", "almaty_region"),
    ("Алма-Ата", "almaty"),
])
def test_the_capitals_and_almaty_regions_old_names_are_read_apart_from_the_regions(typed: str, kept: str) -> None:
    assert validation.region(typed) == kept


@pytest.mark.parametrize("typed", ["зарплата: договорная", "My salary is negotiable", "jalaqy kelisimdi"])
def test_a_pay_said_to_be_negotiable_after_its_name_is_no_minimum(typed: str) -> None:
    assert validation.skips(typed)


@pytest.mark.parametrize(("typed", "codes"), [
    ("казахский, русский; турецкого нет", ["kk", "ru"]), ("орысша, қазақша, араб тілі жоқ", ["ru", "kk"]),
])
def test_a_language_said_to_be_missing_is_left_out(typed: str, codes: list[str]) -> None:
    assert validation.spoken_languages(typed) == codes
