"""Daily life in Qatar, the money around the pay, women and families, hurried and one-word replies: what small talk
makes of them. Worded apart from the tenth chat set, which measures the same on messages of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import asks_about_daily_life, asks_how_much_is_paid, asks_in_our_money, small_talk


@pytest.mark.parametrize(("said", "topic"), [
    # Faith and custom: the hotline's, not the rights' housing or the fees' «бесплатно»
    ("а в пятницу в мечеть отпускают?", "question"),
    ("халал мясо в столовой дают?", "question"),
    ("can I wear a headscarf at work, is hijab allowed", "question"),
    ("пиво там продают?", "question"),
    ("ораза ұстауға бола ма жұмыс кезінде", "question"),
    # The heat and the midday ban asked about; made to work in it is a complaint
    ("в августе какая температура в Дохе?", "question"),
    ("тал түсте жазда жұмыс тоқтай ма?", "question"),
    ("летом бригадир заставляет работать в полдень без перерыва", "complaint"),
    # Women asked about
    ("девушек на работу в Катар отправляют?", "question"),
    ("әйел адамға жалғыз баруға бола ма?", "question"),
    # The money around the pay
    ("как родителям деньги переводить оттуда?", "question"),
    ("через Золотую Корону можно отправить деньги домой?", "question"),
    ("сколько наличных денег с собой взять в дорогу?", "question"),
    ("айлық банк картасына түседі ме?", "question"),
    ("what day of the month is the salary paid", "question"),
    ("nalog platit v Kazakhstane nado s etih deneg?", "question"),
    ("income tax is taken from the wage there?", "pay"),
    ("бригадир вычитает 150 риалов каждый месяц за транспорт", "complaint"),
    ("мне недоплачивают за сверхурочные", "complaint"),
    ("what will I take home after deductions?", "pay"),
    # A visa for a spouse; a husband awaiting his own visa is the application's
    ("дадут ли визу муже моей, если я поеду первой? а муж поедет", "family"),
    ("муж визу ждёт третью неделю", "application"),
    # Replies to the bot's own words
    ("иә иә", "ok"),
    ("yep", "ok"),
    ("что это значит", "help"),
    ("what does it mean", "help"),
    ("тіркелдім бірақ әрі қарай не істеу керегін білмеймін", "help"),
    ("i signed up, now what to do?", "help"),
    ("ладно, подожду тогда", "ok"),
    ("sen ministrlikten bolasyn ba", "trust"),
])
def test_daily_life_and_hurried_messages_get_their_topic(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", ["да", "Да!", "k", "ия"])
def test_a_bare_yes_is_an_ok(said):
    assert small_talk(said) == "ok"


@pytest.mark.parametrize("said", [
    "в рамадан днём перекусить можно, если я не пощусь?", "is there AC in the rooms?", "how to send money back home from doha",
])
def test_daily_life_is_no_search(said):
    assert asks_about_daily_life(said)


@pytest.mark.parametrize("said", ["бригадир не даёт воду на жаре, 45 градусов", "сварщик в Доху"])
def test_trouble_and_searches_are_not_daily_life(said):
    assert not asks_about_daily_life(said)


@pytest.mark.parametrize(("said", "asks"), [
    ("сколько получают повара?", True), ("how much does a plumber earn?", True),
    ("электриктің айлығы қанша?", True), ("какая зарплата у сантехника?", True),
    ("повар с зарплатой от 2000?", False), ("электрик", False),
])
def test_how_much_a_trade_is_paid_is_told_from_a_search(said, asks):
    assert asks_how_much_is_paid(said) is asks


@pytest.mark.parametrize(("said", "asks"), [
    ("2200 риал на наши деньги сколько выйдет?", True), ("3000 QAR in tenge?", True), ("сколько в тенге?", False),
])
def test_a_sum_asked_in_tenge(said, asks):
    assert asks_in_our_money(said) is asks
