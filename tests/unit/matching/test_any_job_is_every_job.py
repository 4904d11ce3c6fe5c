"""Any job asked for is every vacancy in every language: "any job except guards", "anything apart from kitchen
work" and «кез келген жұмыс, жедел» list every open vacancy (minus the trades refused), not only the worker's own
trades; "is there any work for me?" still only asks whether there is work."""

from __future__ import annotations

import pytest

from handlers.search import is_chat, search_topic, _names_a_trade, typed_query
from matching import asks_for_every_job, asks_for_jobs, small_talk
from matching.job_questions import refused_trades


@pytest.mark.parametrize(
    "said",
    ["any job except guard work", "anything apart from kitchen work", "anything, just not building sites",
     "any work with a room provided", "any job from June", "any work, no night shift",
     "что угодно, только не охранником", "любую работу давайте, но не уборку", "кез келген жұмыс, күзет емес",
     "жұмыс керек, кез келгені болады"],
)
def test_any_job_with_a_refusal_or_a_condition_is_every_vacancy(said):
    assert asks_for_every_job(said)
    assert not asks_for_jobs(said)


@pytest.mark.parametrize(
    "said",
    ["is there any work for a driver's wife?", "any jobs?", "do you have any job for me?", "any work?", "hi, any job",
     "anything for us?", "anything like the second one?", "any job for me"],
)
def test_asking_whether_there_is_work_stays_the_workers_own_list(said):
    assert not asks_for_every_job(said)


def test_english_any_job_refuses_the_trade_it_names():
    assert "5414" in refused_trades("any job except security guard")


@pytest.mark.parametrize("said", ["I just need any job, urgent", "need work, any work, urgently"])
def test_any_job_said_in_a_hurry_is_searched_not_chatted_about(said):
    query = typed_query(said)
    topic = small_talk(query)
    names = _names_a_trade(query, topic)
    assert asks_for_every_job(query)
    assert not is_chat(query, search_topic(query, topic, names), names, None)


@pytest.mark.parametrize(
    "said",
    ["any work, it doesn't matter, only not guarding", "любая работа, мне без разницы", "кез келген жұмыс, маған бәрібір"],
)
def test_any_job_said_not_to_matter_is_every_vacancy(said):
    assert asks_for_every_job(said)


def test_any_job_the_worker_says_they_are_looking_for_is_every_vacancy():
    assert asks_for_every_job("I'm looking for any work with food included")
    assert asks_for_jobs("I'm looking for work")  # work in general, with no "any": the worker's own list
