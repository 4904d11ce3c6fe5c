"""A worker who applied and waits, flies or has landed: the trade test, the medical check's silence, the gear and the
flight's details, the landing, a death or a birth at home, the contract as it stands, the officer on the phone, a step
thanked for, and an employer who holds a worker for a debt, delays the ID card or promises pay. Worded apart from the
chat sets."""

from __future__ import annotations

import pytest

from matching import small_talk
from matching.small_talk import asks_about_daily_life


@pytest.mark.parametrize(("text", "topic"), [
    # how the qualification check or the trade test goes: the hotline's; where it stands: the application
    ("экзамен по профессии где сдают, в Астану ехать?", "question"),
    ("trade test: what do they check, do we weld in front of them", "question"),
    ("біліктілікті тексеру онлайн ба", "question"),
    ("проверка квалификации долго идёт", "application"),
    # the medical check's results not come, or nothing heard since it was done: the application's step
    ("результаты медкомиссии так и не пришли", "application"),
    ("медкомиссиядан өткеніме екі апта, ештеңе жоқ", "application"),
    # the medical check again in Qatar: the hotline's
    ("in doha will they do the medical again", "question"),
    # the gear, the flight's details, medicines flown with, a sickness before the flight: the hotline's
    ("каску и перчатки свои брать?", "question"),
    ("should i pack my own work boots", "question"),
    ("a transfer in dubai or a direct flight?", "question"),
    ("лекарства в самолёт можно взять?", "question"),
    ("если заболею перед вылетом, что будет?", "question"),
    ("мама заболела, можно перенести вылет?", "application"),  # a relative ill: the flight put off, the application's
    # where to go once landed, a taxi or the bus from the airport: the hotline's; nobody there: a complaint
    ("landed in doha, where do we go now", "question"),
    ("из аэропорта на такси ехать или автобус пришлют?", "question"),
    # a death, a funeral or a birth at home: leave out of turn, the hotline's
    ("бабушка умерла, отпустят на похороны?", "question"),
    ("my wife is due in may, can i fly home for it", "question"),
    # the contract as it stands: what it gives and that it may not be changed are the rights; days off a week its terms
    ("в договоре проживание прописано?", "rights"),
    ("is medical insurance in my contract", "rights"),
    ("могут поменять контракт после приезда?", "rights"),
    ("my employer ended my contract, what do i get", "rights"),
    ("хочу уехать домой, билет мне оплатят?", "rights"),
    ("за билет из зарплаты вычтут?", "rights"),
    # a change of mind paid for, asked: the hotline's
    ("если откажусь после визы, придётся платить за неё?", "question"),
    # going back on the application after a step, or another vacancy after a test failed: the application
    ("can i still back out, i did the medical already", "application"),
    ("не сдал экзамен, можно на другую вакансию?", "application"),
    # the officer or the ministry asked for by phone: the hotline
    ("номер телефона министерства дайте", "human"),
    ("can i phone the officer who has my file", "human"),
    # a step thanked for, thanks with a wait, an "ok" with a wait: no list of applications
    ("подписал договор, благодарю!", "thanks"),
    ("спасибо, буду ждать звонка", "thanks"),
    ("ok, waiting for your message", "ok"),
    ("ок жду ваше сообщение", "ok"),
    # a call from the ministry told to wait, how long asked: the application; money asked in its name: trust
    ("министрліктен қоңырау шалып, күтіңіз деді, қанша күтем?", "application"),
    ("a man called from the ministry and said wait and pay 100 dollars, how long?", "trust"),
    # the employer holds the worker for a debt, delays the ID card, promises pay: a complaint
    ("не выпускают из страны, говорят долг за билет отработай", "complaint"),
    ("компания тянет с QID уже два месяца", "complaint"),
    ("зарплату всё обещают, а не дают", "complaint"),
    ("hired as a driver but they make me clean toilets", "complaint"),
])
def test_a_message_after_applying_gets_its_answer(text: str, topic: str) -> None:
    assert small_talk(text) == topic


@pytest.mark.parametrize("text", [
    "свою маску сварщика брать?",  # the gear, not a welder searched
    "келісімшарттың аудармасы бола ма",  # the contract's translation, not a translator
    "without the QID can i go out of the labour camp",  # the ID card, not a camp's staff
])
def test_a_question_on_the_way_is_no_search(text: str) -> None:
    assert asks_about_daily_life(text)


def test_money_transferred_for_a_recruiter_is_no_flight() -> None:
    assert not asks_about_daily_life("recruiter wants me to transfer money for the medical")
