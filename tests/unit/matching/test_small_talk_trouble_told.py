"""A worker in Qatar telling trouble in words of their own (ill and told to work, the treatment left to them, pay cut or
fined, food, water or a break not given, long days with no day off asked whether it is normal, what is due at the end
refused), and the questions beside it that keep their own answers (who pays when hurt, going home before the end, the
summer midday ban, Ramadan's hours, money sent home); employers and foreigners who are not the bot's workers; a
vacancy of another trade sent; the bot scolded; a relative's age told beside a trade and work asked for him."""

from __future__ import annotations

import pytest

from matching import small_talk
from tests.search_chat import reads_as_chat


@pytest.mark.parametrize(("said", "topic"), [
    # ill or hurt, and told to work all the same, or left to pay the treatment
    ("у меня температура 39, а мастер говорит иди на работу", "complaint"),
    ("қатты ауырып жатырмын, прораб жұмысқа шық деді", "complaint"),
    ("i'm sick since monday and the supervisor says come to work", "complaint"),
    ("сломал палец на объекте, а фирма сказала лечение за свой счёт", "complaint"),
    ("hurt my back lifting, the company says the treatment is on my own pocket", "complaint"),
    # hurt, and who pays asked: the medical care the contract gives
    ("если травму получу на стройке, кто оплатит больницу?", "rights"),
    ("what if i get injured on the job, who covers it", "rights"),
    ("жұмыста жарақат алсам, емделуге кім төлейді", "rights"),
    # pay cut, fined or less every time
    ("оштрафовали на 100 риалов за то что опоздал", "complaint"),
    ("this month they cut 150 riyals from my salary for nothing", "complaint"),
    ("платят каждый месяц всё меньше и меньше", "complaint"),
    ("do they cut the salary if i am sick?", "question"),
    # food, water, a break, the air conditioning
    ("кормят только макаронами каждый день", "complaint"),
    ("на объекте не дают воды в жару", "complaint"),
    ("the food in the camp is bad", "complaint"),
    ("our camp is very bad, dirty toilets", "complaint"),  # the camp is where the workers live
    ("везут на объект в автобусе без кондиционера", "complaint"),
    # long days with no day off, told of one's own work, even asked whether it is normal
    ("работаем по 14 часов без выходных, так можно?", "complaint"),
    ("we work 11 hours and no day off, is that ok?", "complaint"),
    ("работа без выходных?", "terms"),
    # what is due at the end, refused, or asked
    ("ухожу после 4 лет, а фирма говорит выплат не будет", "complaint"),
    ("the company refuses to pay my end of service", "complaint"),
    ("после контракта в конце какие-то деньги положены?", "rights"),
    # the passport asked back in vain
    ("паспорт у прораба, просил вернуть — говорит потом", "complaint"),
    ("паспорт лежит в столе у бригадира, просил отдать, а он потом говорит", "complaint"),  # «в столе» is no theft
    # going home before the end
    ("можно уехать домой до конца контракта?", "rights"),
    ("can i quit before one year and fly home", "rights"),
    # the summer midday ban, Ramadan's hours, sick days, money sent home, amenities
    ("шілдеде түсте далада жұмыс істетуге тыйым бар ма", "question"),
    ("is there a midday break in summer for outdoor work", "question"),
    ("в пост сколько часов работа длится?", "terms"),
    ("рамазанда жұмыс азырақ па", "terms"),
    ("сколько дней болезни оплачивают в год", "question"),
    ("как отправить деньги маме в Казахстан", "question"),
    ("в общаге холодильник есть?", "question"),
    # employers and people of other countries
    ("наша компания в Дохе хочет нанять водителей из Казахстана", "question"),
    ("we are looking to hire 20 electricians, how does it work", "question"),
    ("я гражданка Таджикистана, можно через вас?", "question"),
    ("i'm kyrgyz, can i apply", "question"),
    # a vacancy of another trade sent
    ("зачем шлёте вакансии уборщика, я же электрик", "alerts"),
    ("you keep sending me driver jobs, i'm a cook", "alerts"),
    # the bot scolded: nothing asked
    ("бот мусор, одни ссылки на горячую линию", None),
    # a greeting that asks how the bot is
    ("здорово бот, как ты", "greeting"),
    # a sum an agent asks through a messenger, whether to pay it; money taken and the taker gone
    ("агент в телеграме просит 200 тысяч за визу, платить?", "fees"),
    ("мужик взял 300 долларов за вакансию и заблокировал меня", "trust"),
    # the bot asked whether it truly is the ministry's
    ("этот бот действительно от министерства?", "trust"),
    # a relative's age beside a trade and work asked for him: his trade, not the age
    ("сыну 28 лет, он повар, есть для него что-нибудь?", "jobs"),
    ("отцу 60, он сварщик, возьмут его?", "age"),
    ("my daughter is 27 and a nurse, what should she do to go to qatar", "application"),  # "is 27" asks nothing alone
    # the pay a trade gets, asked in Kazakh
    ("дәнекерлеушілер қанша алады", "pay"),
])
def test_trouble_told_and_the_questions_beside_it(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "we are a hotel in Doha and need 40 cleaners from Kazakhstan",  # an employer hiring: no search for cleaners
    "how do i switch to another company here, is an NOC needed",  # another employer: no search for movers
    "с меня срезали 200 риалов за форму",  # a pay cut told: no search at that pay
    "агент алдын ала 300 доллар сұрап тұр, төлейін бе",  # the agent who asks a fee is no agent's job searched
])
def test_no_search_is_made_of_them(said):
    assert reads_as_chat(said)


@pytest.mark.parametrize("said", [
    "my brother is 33, he is a plumber, can he go to qatar",
    "інім 28 де, электрик, Катарға бара ма",
])
def test_a_relatives_age_in_the_working_years_beside_a_trade_is_searched(said):
    assert small_talk(said) != "age" and not reads_as_chat(said)
