"""The weeks after an application: the flight prepared for (luggage, packing, the airport, money to bring), the first pay
awaited, the interview and the medical check asked about, a step thanked for when it comes, another vacancy applied for
beside the one waited on, a vacancy of the list opened by its place, pay withheld or a room unfit told, and an
application made and word of it wished for. Each gets the answer a person would give, not the applications' list
for every word of a step."""

from __future__ import annotations

import pytest

from matching.small_talk import asks_about_daily_life, has_applied, small_talk


@pytest.mark.parametrize("said", [
    "how much baggage can i check in?",
    "чемодан сколько килограмм можно?",
    "ұшаққа неше кило жүк алуға болады?",
    "what should I be packing, it's my first time abroad",
    "ұшқанда сөмкеге не алып бару керек",
    "who is meeting us when we land at the airport?",
    "в аэропорту кто встречает, компания?",
    "әуежайда бізді кім күтіп алады екен",
    "how early do i need to get to the airport",
    "какую валюту лучше взять с собой?",
])
def test_the_flight_prepared_for_is_the_hotlines_and_no_search(said):
    assert small_talk(said) == "question"
    assert asks_about_daily_life(said)


@pytest.mark.parametrize(("said", "topic"), [
    ("what documents do i take on the flight?", "documents"),  # a paper named keeps the papers
    ("прилетели в аэропорт, никто нас не встретил", "complaint"),  # landed and not met: the employer's trouble
])
def test_papers_and_a_landing_unmet_keep_their_readings(said, topic):
    assert small_talk(said) == topic


def test_a_truck_is_no_luggage():
    assert not asks_about_daily_life("жүк көлігінің жүргізушісі керек, неше тонна?")  # «жүк көлігі»: a truck, searched


@pytest.mark.parametrize("said", [
    "когда придёт моя первая зарплата?",
    "first paycheck when",
    "бірінші айлығым қашан түседі",
])
def test_the_first_pay_awaited_is_the_hotlines(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize(("said", "topic"), [
    ("какие вопросы задают на собеседовании?", "question"),
    ("does the interview go through skype or whatsapp?", "question"),
    ("сұхбатта қандай сұрақтар қояды", "question"),
    ("сұхбатта олар не сұрайды екен", "question"),
    ("когда у меня собеседование?", "application"),
    ("suhbat qashan bolady", "application"),
    ("wen is the intervew", "application"),
])
def test_how_the_interview_goes_is_the_hotlines_and_its_date_the_applications(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("медосмотр в каком городе делают, в Астане или в Алматы?", "question"),
    ("medical check which city, almaty or astana?", "question"),
    ("медтексеру ақылы ма", "fees"),
    ("medkomissiia tolemdi me endi", "fees"),
    ("what if they find something wrong at the medical?", "question"),
    ("did my medical, what now?", "application"),
    ("медкомиссиядан өттім, енді не болады", "application"),
])
def test_the_medical_check_asked_about(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "виза одобрена, спасибо вам большое",
    "билет пришёл, рахмет сіздерге!",
    "my visa is ready, thanks a lot",
])
def test_a_step_come_and_thanked_for_is_thanked(said):
    assert small_talk(said) == "thanks"


@pytest.mark.parametrize(("said", "topic"), [
    ("можно подать ещё на одну вакансию, пока жду ответа?", "application"),
    ("can I apply to another job while I wait?", "application"),
    ("тағы бір вакансияға өтінім берсем бола ма", "application"),
    ("как открыть третью вакансию в списке", "buttons"),
    ("how to open the third vacancy", "buttons"),
])
def test_another_vacancy_applied_for_or_opened_by_its_place(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "третий месяц зарплату ни разу не дали",
    "зарплату не переводят уже два месяца",
    "в общежитии тараканы, работодатель не реагирует",
    "cockroaches everywhere in the room and the employer does nothing",
])
def test_pay_withheld_or_a_room_unfit_is_a_complaint(said):
    assert small_talk(said) == "complaint"


@pytest.mark.parametrize("said", [
    "подала на повара месяц назад и тишина",
    "хотел узнать, я подавал на сварщика",
    "applied for the cook job, any news?",
])
def test_an_application_made_and_word_of_it_wished_for_is_no_search(said):
    assert has_applied(said)
    assert small_talk(said) == "application"


@pytest.mark.parametrize(("said", "topic"), [
    ("have a good day", "bye"),
    ("did they accept me?", "application"),
    ("if I refuse after signing, is there a fine or penalty?", "question"),
    ("облысымды өзгерту керек", "profile"),
    ("new vacancies out?", "jobs"),
])
def test_goodbyes_acceptance_refusal_region_and_new_vacancies(said, topic):
    assert small_talk(said) == topic
