"""A change told with a search or a question after it is read as the change; a pay wished for a search (beside a
town of Qatar, a trade, a job or a word that asks for something) changes nothing; a wrong earlier answer put right
is read as the right value (a birth year or an age is no field); two changes at once, a supposition and a question
of how change nothing; Kazakh in the 2018 Latin letters is read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.profile_words import asked_beside, asks_to_delete, read_change


@pytest.mark.parametrize(("message", "field", "value"), [
    ("I moved to Almaty, any welding jobs there?", "region", "almaty"),
    ("переехал в Актобе, есть там вакансии?", "region", "aktobe"),
    ("Шымкентке көштім, ол жақта жұмыс бар ма?", "region", "shymkent"),
    ("Atyraýǵa kóship keldim, jumys bar ma?", "region", "atyrau"),
    ("смените регион на Атырау и покажите что там есть", "region", "atyrau"),
    ("новый номер 8 701 222 33 44, когда позвонят с собеседования?", "phone", "+77012223344"),
    ("тәжірибем енді 6 жыл, жалақы қанша болады?", "years", 6),
])
def test_a_change_with_a_search_or_a_question_after_it_is_the_change(message: str, field: str, value: object) -> None:
    change = read_change(message)
    assert change is not None and change.field == field and change.value == value
    assert asked_beside(message)


def test_a_certificate_got_with_a_search_after_it_is_added() -> None:
    change = read_change("теперь у меня категория С, есть работа водителем?")
    assert change is not None and change.field == "qualifications" and "С" in str(change.value)


def test_a_change_alone_is_not_asked_beside_a_search() -> None:
    assert not asked_beside("переехал в Актобе")


@pytest.mark.parametrize("message", [
    "минимум 2 тысячи риалов в месяц, Лусаил", "2000 riyals minimum, Doha", "2500 риалдан кем болмасын, Дохада",
    "at least 1800 QAR please", "2000-нан кем емес жұмыс бар ма", "keminde 1800 rıal, Lýsaıl",
    "не меньше 2000 риалов, Эль-Вакра, пожалуйста",
    "the salary in my contract was changed to 1200, is it legal?",
])
def test_a_pay_asked_of_the_vacancies_changes_nothing(message: str) -> None:
    assert read_change(message) is None


@pytest.mark.parametrize(("message", "riyals"), [
    ("минимальную зарплату поменяйте на 2000", 2000), ("jalaqymdy 2500 rıalǵa ózgertińiz", 2500),
    ("теперь меньше 2000 не рассматриваю, поменяйте в анкете", 2000),
    ("no less than 3000 riyals please, update it", 3000),
])
def test_a_pay_wished_for_the_profile_is_still_offered(message: str, riyals: int) -> None:
    change = read_change(message)
    assert change is not None and change.field == "salary" and change.value == Decimal(riyals)


@pytest.mark.parametrize(("message", "field", "value"), [
    ("по ошибке написал опыт 3 года, на самом деле 8", "years", 8),
    ("опыт по ошибке указал 20 лет, там 2 года", "years", 2),
    ("I typed 15 years by mistake, it's 5", "years", 5),
    ("I put 3000 by mistake, I meant 2000 riyals", "salary", Decimal(2000)),
    ("sorry I wrote Aktau, I live in Aktobe", "region", "aktobe"),
    ("по ошибке указал Атырау, я из Актобе", "region", "aktobe"),
])
def test_a_wrong_answer_put_right_is_the_right_value(message: str, field: str, value: object) -> None:
    change = read_change(message)
    assert change is not None and change.field == field and change.value == value


@pytest.mark.parametrize("message", [
    "I wrote 1990 by mistake, I was born 1992", "ошибся в дате рождения, я 1988 года",
    "туған жылымды қате жаздым, 1991 жылы туғанмын",
    "права категории С получил, и опыт теперь 4 года",
    "got my forklift licence and learnt some Arabic, please update",
    "переехал бы в Астану, если там есть работа",
])
def test_a_birth_year_two_changes_or_a_supposition_change_nothing(message: str) -> None:
    assert read_change(message) is None


def test_a_deletion_refused_before_a_change_keeps_the_change() -> None:
    change = read_change("не удаляйте меня, просто обновите регион: Актау")
    assert change is not None and change.field == "region" and change.value == "mangystau"


def test_asking_how_to_delete_is_answered_with_the_confirmation() -> None:
    assert asks_to_delete("how do I delete my profile?")  # the confirmation shows how, and deletes nothing itself
    assert asks_to_delete("delete my profile, I got a job in Qatar")
