"""A new officer's first week in a busy regional office, as the bot reads it: a request's own verb never taken for
another request's verb typed a letter off, several requests in one message, commands asked as questions,
announcements to workers whose profile is unfinished, and corrections of what was just asked."""

from __future__ import annotations

import pytest

from bot.broadcast_audience import broadcast_for, is_command_verb, read_audience
from bot.officer_commands import applications_listed, officer_lookup, officer_tool_named


@pytest.mark.parametrize("message", [
    "QA-5140 жабыңыз: адам жиналды",
    "QA-6141 жабыныз: адам толды",  # on Russian keys
    "QA-6150 jabynyz: adam jinaldy",
])
def test_closing_a_vacancy_is_never_read_as_writing_to_its_applicants(message: str) -> None:
    assert broadcast_for(message) is None
    assert officer_tool_named(message) == "files"


@pytest.mark.parametrize("word", ["жабыңыз", "жабыныз", "jabynyz", "закройте", "поставьте", "close", "жазыңыз"])
def test_a_request_s_own_verb_is_known_as_typed(word: str) -> None:
    assert is_command_verb(word)


def test_a_verb_typed_a_letter_off_that_is_no_other_request_s_verb_is_still_read() -> None:
    request = broadcast_for("Атырау дәнекерлеушілеріне жіберіңз: сұхбат 4 желтоқсанда")
    assert request is not None
    assert request.text_follows


@pytest.mark.parametrize("message", [
    "напомните тем кто не заполнил профиль заполнить его до пятницы",
    "напиши всем с незаполненным профилем",
    "профилін толтырмағандарға жұмаға дейін толтырыңыз деп ескертіңіз",
    "профилин толтырмагандарга ескертиниз",
    "profilin toltyrmagandarga eskertiniz",
    "remind everyone who hasn't finished their profile to do it by Friday",
    "ask people with incomplete profiles to complete them",
])
def test_an_announcement_to_unfinished_profiles_asks_whom_to_send_to(message: str) -> None:
    request = broadcast_for(message)
    assert request is not None  # the announcement begins; no segment holds them, so its audience is asked
    assert not read_audience(request.audience, {}).understood
    assert not request.said and not request.text_follows


@pytest.mark.parametrize("message", [
    "сколько человек не заполнили профиль",
    "у Асхата профиль не заполнен, позвоню ему",
])
def test_unfinished_profiles_spoken_of_ask_for_no_announcement(message: str) -> None:
    assert broadcast_for(message) is None


@pytest.mark.parametrize(("message", "audience", "said"), [
    ("закрой QA-6110 и напиши всем сварщикам что набор окончен", "всем сварщикам", "набор окончен"),
    ("закройте QA-6111, и разошлите откликнувшимся на неё что набор завершён", "откликнувшимся QA-6111",
     "набор завершён"),
    ("посчитай сколько поваров в Шымкенте и разошли им что медосмотр в среду", "поваров шымкенте",
     "медосмотр в среду"),
    ("QA-6143-ті жабыңыз да, Атырау дәнекерлеушілеріне іріктеу аяқталды деп жазыңыз", "Атырау дәнекерлеушілеріне",
     "іріктеу аяқталды"),
    ("extend QA-6163 to 15 December and let its applicants know that applications are open until then",
     "applicants QA-6163", "applications are open until then"),
])
def test_an_announcement_asked_after_another_request_is_read_with_its_text(
    message: str, audience: str, said: str
) -> None:
    request = broadcast_for(message)
    assert request is not None
    assert (request.audience, request.said) == (audience, said)
    assert request.before  # the other request is kept, to be answered too


def test_a_time_to_send_before_the_audience_is_no_other_request() -> None:
    assert broadcast_for("schedule this for 9am tomorrow, everyone with a visa: meet at the airport at 5:30") is None


@pytest.mark.parametrize(("message", "said"), [
    ("а можно разослать всем поварам что собеседование перенесли на 4 декабря?", "собеседование перенесли на 4 декабря"),
    ("можно написать всем с оффером что договоры подписываем в пятницу в 11:00?",
     "договоры подписываем в пятницу в 11:00"),
    ("could you tell all cooks that the interview moved to 4 December?", "the interview moved to 4 December"),
])
def test_an_announcement_asked_as_a_question_goes_without_the_request_s_question_mark(message: str, said: str) -> None:
    request = broadcast_for(message)
    assert request is not None
    assert request.said == said


def test_a_question_in_the_announcement_after_a_colon_keeps_its_mark() -> None:
    request = broadcast_for("можете разослать всем поварам: кто придёт на собеседование?")
    assert request is not None
    assert request.text_follows and not request.said  # the text after the colon is sent as typed


@pytest.mark.parametrize("message", ["QA-6145 жабасыз ба?", "QA-6153 jabasyz ba?", "QA-6142 мерзімін ұзарта аласыз ба"])
def test_a_vacancy_change_asked_as_a_kazakh_question_gets_the_vacancy_file(message: str) -> None:
    assert officer_tool_named(message) == "files"


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("исправь: не всем, а только с визой", "status", "visa_issued"),
    ("not Atyrau, Mangystau", "region", "mangystau"),
    ("sorry, I meant those with a signed contract", "status", "contract_signed"),
    ("actually make it everyone in Shymkent", "region", "shymkent"),
    ("barlygyna emes, tek vizasy barlarga", "status", "visa_issued"),
])
def test_an_audience_put_right_at_the_audience_step_is_the_one_named_instead(typed: str, kind: str, value: str) -> None:
    reading = read_audience(typed, {})
    assert (reading.kind, reading.value) == (kind, value)


def test_a_negation_and_another_kind_of_trait_is_no_correction() -> None:
    assert not read_audience("не из Атырау, сварщикам", {}).understood  # welders, but not from Atyrau: asked again


@pytest.mark.parametrize(("message", "listed"), [
    ("поставь 6020 визу и 6021 тоже", ["6020", "6021"]),
    ("set 6080 to visa issued and 6081 too", ["6080", "6081"]),
])
def test_one_more_application_given_the_same_step_is_listed_after_the_first(message: str, listed: list[str]) -> None:
    assert applications_listed(message) == listed
    assert officer_lookup(message) == listed[0]


@pytest.mark.parametrize(("message", "number"), [
    ("6052 вылетел 2 декабря", "6052"),
    ("6093 departed on 2 December", "6093"),
    ("поставь 6020 визу", "6020"),
])
def test_an_application_given_a_step_by_its_bare_number_opens(message: str, number: str) -> None:
    assert officer_lookup(message) == number


@pytest.mark.parametrize("message", ["150 вылетели", "сварщиков 1500 вылетело"])
def test_a_headcount_with_a_step_opens_no_application(message: str) -> None:
    assert officer_lookup(message) is None


@pytest.mark.parametrize(("message", "audience", "said"), [
    ("напеши всем с визой что вылет 10 декабря", "всем с визой", "вылет 10 декабря"),
    ("sned to all cooks taht the interview is on Thursday", "all cooks", "the interview is on Thursday"),
    ("tell electricans in Karaganda taht the test moved to Friday", "electricans in Karaganda", "the test moved to Friday"),
])
def test_a_short_verb_of_sending_typed_a_letter_off_still_opens_the_announcement(
    message: str, audience: str, said: str
) -> None:
    request = broadcast_for(message)
    assert request is not None
    assert (request.audience, request.said) == (audience, said)


@pytest.mark.parametrize("message", [
    "напишу всем с визой что вылет перенесли",  # what the officer will do
    "sent to all welders yesterday: meeting at 9",  # done, not asked
])
def test_a_verb_near_one_of_sending_that_tells_of_the_officer_asks_nothing(message: str) -> None:
    assert broadcast_for(message) is None


@pytest.mark.parametrize(("question", "tool"), [
    ("how do I send a message only to welders in Atyrau?", "broadcast"),
    ("habarlamany tek aspazdarga qalai jiberemn", "broadcast"),
    ("как отправить файл вакансий", "files"),
    ("first week on the job, what commands are there", "help"),
    ("how to add a colegue", "officers"),
    ("как добавит колегу", "officers"),
])
def test_a_newcomer_s_how_to_question_names_its_tool(question: str, tool: str) -> None:
    assert officer_tool_named(question) == tool
