"""What a worker and the family ask before applying, in words the earlier readings missed: realness asked with its
opposite or a particle, a fee as a charge or a cost, housing said as a place to live, a passport feared to be taken,
a past sentence, an age spelt out or "N year old", the languages one has asked to be enough, the contract's length
mistyped, Ramadan's shorter day, keeping the fast, unpaid wages feared, the embassy in Kazakh's forms, pay sent home,
the steps asked for, English questions asked by their word order and the bot mocked."""

from __future__ import annotations

import pytest

from matching import is_question, small_talk


@pytest.mark.parametrize(("said", "topic"), [
    # realness doubted
    ("это всё реально или обман какой-то", "trust"),
    ("осы жұмыстар шын ба", "trust"),
    ("real or fake?", "trust"),
    ("you are all frauds", "trust"),
    ("бәрі өтірік шығар", "trust"),
    # a fee as a charge or a cost
    ("any charges for registering?", "fees"),
    ("will it cost me anything to go", "fees"),
    # housing said in words
    ("do they give a place to stay for free", "rights"),
    ("где жить будем, это бесплатно?", "rights"),
    # the passport feared to be taken
    ("говорят паспорта там отбирают, это так?", "rights"),
    # a past sentence
    ("отсидел три года по молодости, пустят?", "documents"),
    ("у мужа была условка, это помешает?", "documents"),
    # an age spelt out, or "N year old"
    ("қырық сегіз жастамын, бола ма", "age"),
    ("is a 19 year old too young to apply", "age"),
    # the languages one has, asked to be enough
    ("тек орысша сөйлеймін, жеткілікті ме", "requirements"),
    ("only russian, is that enough for them?", "requirements"),
    # the contract's length, mistyped
    ("контрак на скока лет", "terms"),
    ("the contrakt is for how many years", "terms"),
    ("contract is 2 years or more?", "terms"),
    # Ramadan's shorter day; keeping the fast
    ("в рамадан день сокращают?", "terms"),
    ("can i keep my fast on a building site", "question"),
    # unpaid wages feared
    ("айлықты бермей қойса кімге барамын", "complaint"),
    ("а если работодатель обманет с зарплатой, что тогда", "complaint"),
    # the embassy in Kazakh's forms
    ("Қатардағы елшілігіне қалай жетемін", "rights"),
    # pay sent home
    ("how do i send my wages to my wife", "question"),
    ("ақшаны үйге салу қиын ба", "question"),
    ("как деньги домой кинуть оттуда", "question"),
    # the steps of going
    ("what steps do i follow to go to qatar", "application"),
    # the medical check: where it is done, and where its paper goes
    ("где делают медосмотр", "question"),
    ("medical check where do i go for it", "question"),
    ("справку с медкомиссии куда нести", "documents"),
])
def test_a_worry_before_applying_gets_its_topic(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "do i need to open a bank account",
    "am i allowed to change jobs there",
    "will they meet me at the airport",
    "should we bring warm clothes",
])
def test_an_english_question_is_told_by_its_word_order(said):
    assert is_question(said)


@pytest.mark.parametrize("said", ["I am a welder", "i do welding and cutting", "we will wait"])
def test_a_statement_is_no_question(said):
    assert not is_question(said)


@pytest.mark.parametrize("said", ["ты нормальный вообще?", "are you crazy?", "сен жындысың ба?"])
def test_the_bot_mocked_is_no_question_for_the_hotline(said):
    assert small_talk(said) is None


def test_a_relative_off_telegram_is_no_question_about_calling_home():
    assert small_talk("пишу за маму, она в вотсапе не сидит. ей 51 год, берут?") == "age"


def test_age_told_beside_a_trade_and_work_asked_is_no_age_question():
    assert small_talk("40 жастамын, жүргізушімін, жұмыс бар ма") != "age"
