"""A change of the profile told the way workers tell it (a mistake corrected, a move, a lost phone, a trade
given up) is read; a question, a supposition, a relative's data or a vacancy is never read as one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.profile_words import ProfileChange, asks_to_delete, read_change


@pytest.mark.parametrize(("text", "change"), [
    # a mistake made at registration, with the value denied before the right one, or the right one marked
    ("при регистрации указал не тот город: не Кокшетау, а Костанай", ProfileChange("region", "kostanay")),
    ("wrong region in my form, it is Kostanay not Kokshetau", ProfileChange("region", "kostanay")),
    ("қате жаздым, аймағым Павлодар емес, Қарағанды", ProfileChange("region", "karaganda")),
    ("зарплату указал неверно, правильно 1800", ProfileChange("salary", Decimal("1800.00"))),
    ("номер с ошибкой, нужно 87051112233", ProfileChange("phone", "+77051112233")),
    # where the worker lives now, and a move told in a longer message that asks for the change too
    ("теперь живём в Таразе", ProfileChange("region", "zhambyl")),
    ("now I live in Pavlodar", ProfileChange("region", "pavlodar")),
    ("I'm based in Taraz now", ProfileChange("region", "zhambyl")),
    ("мы всей семьёй переехали из Шымкента в Кызылорду ещё в марте, поменяйте область пожалуйста",
     ProfileChange("region", "kyzylorda")),
    # a phone told anew: now, where to call, the old one marked
    ("номер теперь другой: 87014445566", ProfileChange("phone", "+77014445566")),
    ("телефон сломался, звоните на номер 87014445566", ProfileChange("phone", "+77014445566")),
    ("поменяйте номер: новый 87014445566, старый 87011112233", ProfileChange("phone", "+77014445566")),
    ("Добрый день, уважаемые сотрудники, прошу поменять в анкете номер телефона на 87014445566, так как старым "
     "больше не пользуюсь", ProfileChange("phone", "+77014445566")),
    # a salary raised or lowered, or the wished one told anew
    ("повысьте желаемую зарплату до 2800", ProfileChange("salary", Decimal("2800.00"))),
    ("lower my salary to 1300", ProfileChange("salary", Decimal("1300.00"))),
    ("ожидаемая зарплата теперь 2200", ProfileChange("salary", Decimal("2200.00"))),
    ("айлығымды 2500ге көтеріңіз", ProfileChange("salary", Decimal("2500.00"))),
    # a word of the request typed a letter wrong
    ("поминять регион на Атырау", ProfileChange("region", "atyrau")),
    ("поменяйте регоин на Костанай", ProfileChange("region", "kostanay")),
    ("updte my phone to 87014445566", ProfileChange("phone", "+77014445566")),
    # asked politely as a question
    ("можете сменить регион на Павлодар?", ProfileChange("region", "pavlodar")),
    ("could you update my phone to 87015550000?", ProfileChange("phone", "+77015550000")),
    # a language or a trade added without naming the field
    ("добавьте ещё арабский", ProfileChange("languages", ("ar",), adds=True)),
    ("түрік тілін қосып қойыңыз", ProfileChange("languages", ("tr",), adds=True)),
    ("я ещё сварщик, добавьте", ProfileChange("occupation", "сварщик")),
    ("мен енді аспазшымын, қосыңыз", ProfileChange("occupation", "аспазшымын")),
    # a name corrected with its right form given
    ("имя написано с ошибкой, правильно Жанна Омарова", ProfileChange("name", "Жанна Омарова")),
    ("Аты-жөнімді Серік Болатұлы деп өзгертіңізші", ProfileChange("name", "Серік Болатұлы")),
])
def test_a_change_told_plainly_is_read(text, change):
    assert read_change(text) == change


@pytest.mark.parametrize(("text", "trade"), [
    ("уберите из профиля профессию повар", "повар"),
    ("я уже не работаю поваром", "поваром"),
    ("take electrician off my profile", "electrician"),
    ("аспазшы мамандығын өшіріңіз", "аспазшы"),
])
def test_a_trade_given_up_is_read_as_one_to_take_off(text, trade):
    assert read_change(text) == ProfileChange("occupation", trade, removes=True)
    assert not asks_to_delete(text)


@pytest.mark.parametrize("text", [
    # a question, not a request
    "зарплату в вакансии поменяли на 1500?", "нөмірді қалай ауыстыруға болады?",
    "the region was changed to Atyrau?",
    # a supposition
    "если поменяю номер на 87015550000, надо писать вам", "мүмкін Атырауға көшемін",
    "maybe I'll change my salary to 3000",
    # someone else's data
    "у сына новый номер 87025556677", "ағамның нөмірі өзгерді: 87025556677", "my husband moved to Astana",
    # a change refused
    "не надо менять зарплату на 1500", "аймағымды Алматыға өзгертпеңіз",
    # a vacancy, an application or the alerts
    "поменяйте вакансию на сварщика в Атырау", "удалите заявку на повара", "remove the alerts about drivers",
    # two things at once, a mistake told without the right value
    "переехал в Уральск, номер тоже новый 87012223344", "атымды қате жазып қойыппын",
    # a trade's words that only look like a request
    "водитель большегруза", "uber driver", "carpenter joiner", "я больше не хочу получать рассылку",
    # put through to a person, not a trade added
    "операторға қосыңыз",
    # a move that is not the worker's: lived there once
    "I used to live in Aktobe",
])
def test_what_is_no_plain_request_is_not_read(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", ["I moved back home to Turkestan", "переехали обратно в Туркестан"])
def test_a_town_whose_name_ends_like_a_place_left_is_the_new_region(text):
    assert read_change(text) == ProfileChange("region", "turkistan")


def test_a_move_to_a_relative_is_the_workers_own():
    assert read_change("переехали к сестре в Атырау, поменяйте регион") == ProfileChange("region", "atyrau")


@pytest.mark.parametrize("text", [
    "сотрите всю мою информацию", "уберите меня из базы", "akkauntymdy joiynyz",
])
def test_wiping_words_ask_to_delete(text):
    assert asks_to_delete(text)


@pytest.mark.parametrize("text", [
    "не удаляйте мой аккаунт", "аккаунтымды жоймаңыз", "do not delete my data", "my son will join me",
    "remove welder from my profile", "если удалю анкету, заявки пропадут", "сотрудник охраны",
])
def test_a_deletion_refused_supposed_or_of_one_trade_deletes_nothing(text):
    assert not asks_to_delete(text)


def test_a_number_given_to_be_called_on_is_no_change():
    assert read_change("позвоните мне по номеру 87014445566") is None
    assert read_change("tel 8 702 333 44 55, call after six") is None


@pytest.mark.parametrize("text", [
    "my new salary in Qatar is 1500", "новая зарплата 1800 на новом месте", "жаңа жалақым 1700",
])
def test_a_new_pay_told_is_not_the_salary_wished_for(text):
    assert read_change(text) is None


def test_a_new_salary_wished_for_is_read():
    assert read_change("новая желаемая зарплата 2600") == ProfileChange("salary", Decimal("2600.00"))


@pytest.mark.parametrize("text", ["хочу переехать в Алматы", "офис переехал в Астану", "the company moved to Aktau"])
def test_a_move_wished_for_or_not_the_workers_is_no_change(text):
    assert read_change(text) is None
