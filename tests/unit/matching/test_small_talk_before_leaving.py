"""Papers before leaving, money for the road, the contract's terms asked ahead, who may go, life in Qatar and short
replies: what small talk makes of them. Worded apart from the nineteenth chat set, which measures the same on messages
of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import asks_about_daily_life, small_talk


@pytest.mark.parametrize("said", [
    "на свидетельство о рождении апостиль тоже ставят?",
    "переводы у нотариуса заверять или в бюро достаточно",
    "сотталған адамды визаға жібере ме",
    "i was convicted for a fight when i was 20, is that a problem now",
    "на визу фото 3 на 4 или другой размер?",
    "what background should the passport photos have",
    "медкнижку делать надо?",
    "какие прививки требуют для Катара",
    "pasprot istekaet cherez 3 mesiatsa, menyat?",
])
def test_papers_before_leaving_get_the_documents(said):
    assert small_talk(said) == "documents"


@pytest.mark.parametrize(("said", "topic"), [
    ("апостиль и перевод за чей счёт делать?", "fees"),
    ("а визу кто оплачивает, компания?", "fees"),
    ("who pays for the visa and the flight", "rights"),  # the ticket beside it: the contract pays it
    ("аванс до первой зарплаты дают?", "question"),
    ("is it possible to get a salary advance in the first month", "question"),
    ("алдын ала аванс сұрасам бере ме", "question"),
    ("қанша ақша ала кеткен дұрыс алғашқы айға", "question"),
])
def test_money_for_the_road(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("если заболею на пару дней, из зарплаты вычтут?", "question"),
    ("if he gets the flu, will they cut his salary", "question"),
    ("аптасына бір күн демалыс бола ма", "terms"),
    ("сверурочные платят?", "terms"),
    ("рамзан кезінде жұмыс уақыты қанша", "terms"),
    ("хочу расторгнуть контракт через год, что мне положено", "rights"),
    ("can i terminate the contract myself if i don't like the job", "rights"),
    ("паспорт компания у себя держать будет или мне отдадут?", "rights"),
    ("will my employer take my passport when i arrive", "rights"),
    ("компания паспорттарды жинап ала ма", "rights"),
    ("бастық паспортымды алып қойды, қайтармайды", "complaint"),  # taken already: trouble
    ("the company took my passport last week", "complaint"),
    ("is there any bonus when the contract ends", "rights"),
])
def test_the_contract_asked_ahead(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("тәжірибем жоқ қой, бола ма", "requirements"),
    ("опыта нет совсем, это проблема?", "requirements"),
    ("i turn 19 in june, is that fine", "age"),
    ("am i too old at 58", "age"),
    ("у меня проблемы с почками, медкомиссию пройду?", "question"),
    ("are women allowed to drive there", "question"),
])
def test_who_may_go(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "телеграм в Катаре открывается?",
    "анаммен видеозвонок жасауға болады ма",
    "will i be able to video call home every day",
    "продукты в Дохе дорогие?",
    "is food expensive in doha",
    "ораза кезінде күндіз су ішуге бола ма",
    "in ramadan can non muslims eat at work",
    "жить в Лусаиле дорого?",
    "үйдегілерге қалай хабарласамын, интернет бар ма",
])
def test_life_there_is_asked_of_the_hotline_and_no_search(said):
    assert small_talk(said) == "question"
    assert asks_about_daily_life(said)


@pytest.mark.parametrize(("said", "topic"), [
    ("добрый день, есть кто-нибудь?", "greeting"),
    ("good afternoon bot", "greeting"),
    ("hi, anybody?", "greeting"),
    ("салем бауырлар", "greeting"),
    ("nah, nothing else", "ok"),
    ("ладушки", "ok"),
    ("[стикер с сердечком]", "ok"),
    ("жулики вы все", "trust"),
])
def test_short_replies(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("will that stop the alerts", "alerts"),  # the alerts themselves
    ("stop", "alerts"),
    ("does a conviction for theft stop me from going", "documents"),
    ("is work stopped at noon in july", "question"),
    ("какая справка нужна, подскажите, жарай ма орысша", "documents"),  # «жарай ма» is no heat
])
def test_stop_and_the_heat_said_of_other_things(said, topic):
    assert small_talk(said) == topic
