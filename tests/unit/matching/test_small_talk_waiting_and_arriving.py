"""A worker who has applied, or flown, and the family: the first pay's day, a passport lost in Qatar, nobody at
the airport, a relative out of reach. Worded apart from the chat sets."""

from __future__ import annotations

import pytest

from matching import small_talk


@pytest.mark.parametrize(("text", "topic"), [
    # a passport lost or stolen: the hotline and the embassy, not the papers a vacancy asks for
    ("паспорт потерялся в метро, как быть", "question"),
    ("кошелёк с паспортом украли на рынке", "question"),
    ("төлқұжатымды жоғалтып алдым, көмектесіңіз", "question"),
    ("pasportym urlandy kechequrym", "question"),
    ("someone stole my passport at the souq", "question"),
    ("работодатель отобрал паспорт", "complaint"),  # kept by the employer: trouble with the employer
    # the first pay's day, asked with «қай кезде» or "paid for the first time"
    ("бірінші жалақы қай кезде беріледі", "question"),
    ("when will i be paid the first time", "question"),
    ("my wife is in qatar, when does her first pay come", "question"),
    # nobody at the airport, said with "no one ... meet"
    ("we landed and no one came to meet us", "complaint"),
    # a relative out of reach: the hotline and the embassy
    ("my son hasnt called us since he left", "human"),
    # how many share a room: the hotline's, no person asked for
    ("сколько человек в одной комнате будет жить", "question"),
    ("жатақханада бір бөлмеде неше кісі", "question"),
    # met in Doha, the way from the airport, how early before the flight
    ("кто в Дохе нас заберёт", "question"),
    ("who is going to meet me in doha", "question"),
    ("аэропорттан жатақханаға қалай жетеміз", "question"),
    ("за сколько часов до вылета надо быть в аэропорту", "question"),
    # what to bring to the interview or the check: the papers
    ("медосмотрға не алып барамын", "documents"),
    ("what do i take to the medical", "documents"),
    # the check's results waited for: the application's step; where they go: the papers
    ("заключение медкомиссии готово? когда узнаю", "application"),
    ("medical results when", "application"),
    ("медкомиссия результаттарын қайда жіберемін", "documents"),
    # the video call's app: how the interview goes
    ("what program for the video call with the employer", "question"),
    # a sum asked of the worker, asked whether it is normal or right: the fees (nothing is paid)
    ("посредник хочет 150 тысяч за ускорение визы, это нормально", "fees"),
    ("бір кісі құжатқа 100 мың сұрап тұр, қалыпты ма", "fees"),
    ("my agent asks 300 dollars to put me first, is this right?", "fees"),
    # paid already, or the ministry's name borrowed: trust
    ("я уже заплатил агенту 200 тысяч, это нормально?", "trust"),
    ("a man from the ministry asks 300 dollars, is that normal", "trust"),
    # a greeting or a goodbye with a word that goes with it; thanks mistyped
    ("добрый вечер ещё раз", "greeting"),
    ("сәлеметсіз бе баршаңызға", "greeting"),
    ("hi again", "greeting"),
    ("ok take care bye", "bye"),
    ("rahmat", "thanks"),
    ("ещё раз", None),  # alone, no greeting
    # how long the wait is, or when the answer comes: the application's steps
    ("долго ещё ждать ответа", "application"),
    ("how long does it take to review", "application"),
    ("жауап қашан болады екен", "application"),
    # the visa late: a step of the application, no employer's abuse; pay held back stays a complaint
    ("визу задерживают уже два месяца", "application"),
    ("визам кешіктіріліп жатыр", "application"),
    ("зарплату задерживают третий месяц", "complaint"),
    # a relative gone to Qatar asked after: the hotline's
    ("дочь улетела в Доху, как она там, как узнать", "question"),
    ("қызым Катарға кетті, жағдайын қалай білсем болады", "question"),
    ("my husband left for doha, how can i check on him", "question"),
    # pay gone for months, told in Kazakh: a complaint; pay transferred is no translation
    ("үш ай болды айлық жоқ", "complaint"),
    # held back for a debt the employer claims: the employer's trouble; a penalty asked about beforehand is a right
    ("нас не отпускают, говорят должны неустойку за контракт", "complaint"),
    ("the company wont let me go home, they say i owe them for the visa", "complaint"),
    ("если уеду раньше, неустойку платить?", "rights"),
])
def test_a_message_after_applying_gets_its_topic(text: str, topic: str | None) -> None:
    assert small_talk(text) == topic


@pytest.mark.parametrize("text", [
    "after the visa is there a job for cooks",
    "после визы работа сварщиком есть?",
    "визадан кейін аспазға жұмыс бар ма",
])
def test_work_sought_after_the_visa_is_no_application_step(text: str) -> None:
    """The visa names only when the work is wanted: the message goes on to the search."""
    assert small_talk(text) != "application"


def test_pay_transferred_is_no_translation() -> None:
    assert small_talk("жене зарплату когда переводить будут") != "documents"


@pytest.mark.parametrize("text", [
    "паспорт потеряла в Дохе, что теперь",
    "i lost my passport in lusail",
    "жатақханада бір бөлмеде неше адам тұрады",
])
def test_life_in_qatar_asked_with_a_place_is_no_search(text: str) -> None:
    """A town named beside a lost passport or a room's share is where it happened, not where work is sought."""
    from matching.small_talk import asks_about_daily_life

    assert asks_about_daily_life(text)
