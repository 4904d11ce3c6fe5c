"""Workers already in the process or already in Qatar, and what they ask of the bot that it cannot do: what small
talk makes of them. Worded apart from the sixteenth chat set, which measures the same on messages of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import small_talk


@pytest.mark.parametrize("said", [
    "медкомиссию я не прошёл, сердце, что мне теперь",
    "врач на медкомиссии сказал не годен, можно ещё раз",
    "медкомиссиядан құладым, қайта тапсырсам бола ма",
    "the medical found a problem with my liver, is it over?",
    "medical failed, blood pressure, any second chance",
])
def test_a_medical_failed_gets_the_hotline(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize("said", [
    "медкомиссию прошёл вчера, когда виза",
    "medical done what is the next step",
])
def test_a_medical_passed_still_asks_the_step(said):
    assert small_talk(said) == "application"


@pytest.mark.parametrize("said", [
    "позвоните мне завтра утром",
    "перезвоните пожалуйста",
    "маған кешке қоңырау шалыңыздаршы",
    "pls call me tomorrow",
])
def test_a_call_asked_of_the_bot_gets_the_hotline_people(said):
    assert small_talk(said) == "human"


@pytest.mark.parametrize(("said", "topic"), [
    ("когда мне позвонят по заявке", "application"),  # a step waited for
    ("bireu qońyrau shalyp aqsha audar dedi, bul sender me", "trust"),  # a stranger called
    ("passed interview, when will they call me", "application"),
])
def test_a_call_waited_for_or_told_of_is_no_call_asked(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "сами отправьте резюме в эту фирму",
    "резюмемді жіберіп жіберіңізші",
    "send my resume to the company for me",
    "передайте мою анкету работодателю",
])
def test_a_cv_to_pass_on_gets_the_steps_of_an_application(said):
    assert small_talk(said) == "application"


@pytest.mark.parametrize("said", [
    "одолжите 10 тысяч до получки",
    "можно в долг взять у вас",
    "ақша қарызға бересіз бе",
    "could you lend me 100 dollars",
    "переведите мне денег на карту пожалуйста",
])
def test_money_asked_of_the_bot_gets_what_it_does(said):
    assert small_talk(said) == "help"


@pytest.mark.parametrize("said", [
    "помогите, в долгах, нужна любая работа",  # work asked for in need
    "просят перевести деньги за визу это нормально",  # money asked of the worker
])
def test_money_asked_of_the_worker_or_work_in_debt_is_no_loan(said):
    assert small_talk(said) != "help"


@pytest.mark.parametrize("said", ["купи мне билет в Доху на пятницу", "ұшаққа билет алып беріңізші", "book a ticket for me"])
def test_a_ticket_asked_to_be_bought_gets_the_rights(said):
    assert small_talk(said) == "rights"


@pytest.mark.parametrize("said", [
    "вчера уволили, даже зарплату не отдали",
    "бригадир мені жұмыстан қуып жіберді",
    "got sacked today, what do i do",
    "перевели меня в уборщики, а по договору я электрик",
    "they moved me to another job, not the one i signed for",
    "компания не даёт жильё хотя в контракте есть",
    "работодатель удерживает из зарплаты за форму",
    "our passports are locked in the boss's safe",
])
def test_trouble_with_the_employer_gets_the_complaint(said):
    assert small_talk(said) == "complaint"


@pytest.mark.parametrize(("said", "topic"), [
    ("если уволят раньше срока, что мне положено", "rights"),  # what is due, asked
    ("как поменять профессию в анкете", "profile"),
    ("а за жильё из зарплаты вычитают или нет?", "pay"),  # asked: the pay and its allowances
])
def test_what_is_asked_keeps_its_answer(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("хочу уволиться и уехать домой, как правильно", "rights"),
    ("осы жерде басқа жұмысқа ауысуға бола ма", "question"),
    ("can i change jobs here in qatar?", "question"),
    ("ыстық желіге қалай хабарласамын", "human"),
    ("на линию звоню, трубку не берут", "human"),
    ("is it the ministry or a private agency?", "trust"),
    ("am i paid when im sick", "question"),
    ("бот ты хоть что-то умеешь?", "help"),
    ("спасибо за ответ, всё понятно", "thanks"),
    ("ясненько", "ok"),
    ("hmm ok", "ok"),
    ("здорова бот", "greeting"),
    ("сонда?", "help"),
])
def test_short_and_side_questions_get_their_answers(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "подписал договор полтора месяца назад, визы всё ещё нет",
    "визам әлі келмеді, екі ай болды",
    "still no visa and the contract is signed since june",
    "все бумаги отправил ещё в мае, когда будет виза?",
    "submitted all my papers long ago, when is my flight",
])
def test_a_step_waited_for_gets_the_application(said):
    assert small_talk(said) == "application"


@pytest.mark.parametrize(("said", "topic"), [
    ("какие документы нужны для визы", "documents"),  # papers asked for, not handed in
    ("жду визу, а какие документы взять с собой в самолёт?", "documents"),
])
def test_papers_asked_for_stay_the_papers(said, topic):
    assert small_talk(said) == topic
