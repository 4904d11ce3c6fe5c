"""People who are not the worker or not sure of the bot: a relative asking work for someone whose trade is told, a
Kazakh trade asked in the dative, an agent or a firm checked, what the bot keeps and who sees what is written here,
the worker erased with a change of mind, someone lost among the screens, and the bot called out to after a silence."""

from __future__ import annotations

import pytest

from matching import small_talk
from matching.small_talk import trades_told


@pytest.mark.parametrize(("said", "topic"), [
    # the worker's data: who sees or reads it, sold, kept, needed
    ("а работодатель увидит мои сообщения?", "data"),
    ("кто будет читать мою переписку с ботом", "data"),
    ("министрлік менің анкетамды көре ме", "data"),
    ("will the agency see my profile?", "data"),
    ("вы продаёте номера телефонов?", "data"),
    ("what do you store about me", "data"),
    ("зачем вам мой номер", "data"),
    ("работодатель вправе хранить паспорт?", "rights"),  # the passport kept by an employer is no data of the bot's
    # the worker erased, with or without a change of mind
    ("сотрите меня, я уже не поеду", "delete"),
    ("мені өшіріңізші", "delete"),
    ("remove me please, changed my mind", "delete"),
    # applying for someone without Telegram
    ("у мужа нет телеграма, можно я вместо него подам заявку?", "question"),
    ("can i apply for her, she has no telegram", "question"),
    # what going through the bot costs; whether to pay a sum asked
    ("сколько стоит оформиться через вас", "fees"),
    ("how much does it cost to go thru you", "fees"),
    ("посредник просит 100 тысяч, платить или нет", "fees"),
    # an agent or a firm checked
    ("как понять что агент настоящий", "trust"),
    ("эта компания ваши партнёры?", "trust"),
    # the bot called out to after a silence; a live person asked for is not
    ("эй, бот, ты жив?", "greeting"),
    ("сіздер әлі жұмыс істейсіздер ме?", "greeting"),
    ("are you guys still working?", "greeting"),
    ("есть кто живой?", "human"),
    # back after a long while, or the vacancies asked to be shown
    ("долго не заходил, новые вакансии есть?", "jobs"),
    ("it's been a while, any new jobs now?", "jobs"),
    ("набор в Катар ещё продолжается?", "jobs"),
    ("вакансии покажите", "jobs"),
    # lost among the screens
    ("куда тут нажать, не пойму", "help"),
    ("кнопки пропали, что делать", "help"),
    ("я нажала что-то не то", "help"),
    ("мен қартпын, қарапайым түсіндіріп беріңізші", "help"),
    ("my granddaughter set up telegram for me, i don't know what next", "help"),
    ("как зарегистрировать маму, она сама не сможет", "help"),
    ("не вижу где кнопка откликнуться", "buttons"),
    ("где смотреть мои заявки, куда нажимать", "application"),
    # where the application stands, asked at the end of a story
    ("подал заявку, звонили, спрашивали про стаж, потом тишина. что с моей заявкой?", "application"),
    # what to do to go; a spouse joining
    ("брату 30, он плотник, что ему нужно сделать чтобы поехать?", "application"),
    ("можно ли потом жене приехать к мужу?", "family"),
    # work asked for a relative whose trade is told, or in the Kazakh dative
    ("папа сварщик, есть для него работа?", "jobs"),
    ("ағам жүргізуші, оған жұмыс бар ма", "jobs"),
    ("my husband is a cook, any jobs for him?", "jobs"),
    ("аспазға бос орын бар ма", "jobs"),
])
def test_what_people_who_are_not_the_worker_or_unsure_of_the_bot_ask(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "age"), [
    ("здравствуйте, мне 47, всю жизнь водителем, завод закрылся, дети учатся, кредит. скажите, в моём возрасте берут?",
     "age"),
    ("hi, I'm from Taraz, 15 years a mason, then a guard, now nothing for a year, two kids, a loan. Tell me honestly, "
     "is it free or do I pay somebody?", "fees"),
])
def test_a_long_story_is_answered_by_the_question_that_closes_it(said, age):
    assert small_talk(said) == age


@pytest.mark.parametrize(("said", "trade"), [
    ("я мама, сын сварщик 6 лет стажа, есть для него работа?", "сварщик"),
    ("күйеуім үшін жазып отырмын, ол аспаз, бос орын бар ма", "аспаз"),
    ("my brother is a truck driver, any vacancies for him", "truck"),
    ("электрикке бос орын бар ма", "электрик"),
    ("svarshikterge qazir oryn bar ma", "svarshik"),
])
def test_the_trade_told_of_a_relative_or_in_the_dative_comes_first(said, trade):
    assert trades_told(said)[0] == trade
