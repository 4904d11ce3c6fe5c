"""The words of a request for work typed with a slip on a phone (a letter left out, two letters swapped) are read
as the words they are; the verbs a search is asked with («покажи», "search", «көрсет») name no trade."""

from __future__ import annotations

import pytest

import matching
from handlers.search import names_an_occupation, searched_words, typed_query
from matching.job_questions import respelt, without_asking


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("рабта есть?", "работа есть?"),
        ("вакансяи электрика", "вакансия электрика"),
        ("жмыс бар ма", "жұмыс бар ма"),
        ("all vacncies", "all vacancies"),
        ("any wokr in Doha", "any work in Doha"),
        ("sohw all", "show all"),
    ],
)
def test_a_request_word_one_slip_off_is_read_as_spelt(typed, read):
    assert respelt(typed) == read


@pytest.mark.parametrize(
    "typed", ["how are you", "забота о детях", "покажу потом", "робот-сварщик", "shop assistant", "найду сам"]
)
def test_real_words_near_a_request_word_are_left_as_typed(typed):
    assert respelt(typed) == typed


@pytest.mark.parametrize("typed", ["вакансяи все", "all vacncies", "барлык вакансиялар"])
def test_every_vacancy_asked_with_a_slip_is_every_vacancy(typed):
    assert matching.asks_for_every_job(typed_query(typed))


@pytest.mark.parametrize("typed", ["рабта есть?", "any wokr?", "жмыс бар ма"])
def test_work_asked_with_a_slip_is_the_workers_own_list(typed):
    assert matching.asks_for_jobs(typed_query(typed))


@pytest.mark.parametrize(
    ("typed", "trade"), [("покажите плотника", "7115"), ("search for plumber", "7126"), ("көрсетші аспаз", "5120")]
)
def test_the_verb_a_search_is_asked_with_names_no_trade(typed, trade):
    words = searched_words(typed_query(typed))
    assert names_an_occupation(words)
    assert matching.suggest_occupations(words, limit=1)[0].code == trade


def test_a_request_of_asking_words_alone_is_kept():
    assert without_asking("покажи") == "покажи"
