"""Workers still deciding whether to go, and their families; the bot's own buttons asked about in words; questions
out of the bot's scope: what small talk makes of them. Worded apart from the fifteenth chat set, which measures the
same on messages of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import asks_about_daily_life, small_talk


@pytest.mark.parametrize("said", [
    "what will the weather be in Doha this weekend... today I mean",
    "завтра в Лусаиле погода какая, дождь будет?",
    "бүгін Дохада ауа райы қалай",
    "кто вчера выиграл, барселона или реал?",
    "футбол любишь?",
    "did you watch the world cup final",
    "какой курс рубля на сегодня",
    "euro rate now?",
    "спой песню",
    "бір өлең айтып берші",
    "tell me something funny, a joke maybe",
])
def test_what_is_out_of_scope_gets_what_the_bot_does(said):
    assert small_talk(said) == "help"


@pytest.mark.parametrize(("said", "topic"), [
    ("какая там погода в январе?", "question"),  # the climate: life in Qatar, the hotline's
    ("what is the weather like in qatar in winter", "question"),
    ("1 риал это сколько тенге сегодня?", "pay"),  # the riyal's rate: the pay's
    ("ответ будет когда? это не шутка, я месяц жду", "application"),  # «шутка» is no joke asked for
])
def test_the_climate_and_the_riyal_stay_where_they_were(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "трудовой договор на английском будет или на казахском?",
    "контракт можно на казахском языке получить?",
    "келісім шарт орысша болады ма",
    "which language will my contract be written in",
    "the interview, in what language is it?",
    "сұхбат қай тілде өтеді",
])
def test_the_contracts_language_is_the_hotlines(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize(("said", "topic"), [
    ("для контракта нужен английский?", "requirements"),  # what a vacancy requires
    ("контракт в Казахстане подписывают?", "application"),  # Kazakhstan is no language
])
def test_a_language_needed_or_a_country_named_is_not_the_contracts_language(said, topic):
    assert small_talk(said) != "question" and small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "вы от государства или частная контора?",
    "is this bot from the government",
    "бұл бот мемлекеттік пе әлде агенттік пе",
    "вы агентство?",
    "bul bot enbektiki me",
])
def test_whose_bot_it_is_doubted_gets_the_answer_on_trust(said):
    assert small_talk(said) == "trust"


@pytest.mark.parametrize("said", [
    "мне в телеграме написали, что за 100 тысяч сделают визу без очереди",
    "какой-то человек позвонил, сказал скинуть 30 тыс за анкету",
    "инстаграмда жарнама бар, 200 мың төлесең Катарға жібереміз дейді, рас па",
    "got a call from a man who wants 300 usd to put me on the list",
    "somebody on facebook says send 150 dollars and the job is mine, is it real",
])
def test_money_asked_by_a_stranger_is_a_fraud(said):
    assert small_talk(said) == "trust"


@pytest.mark.parametrize("said", [
    "мама очень боится, там безопасно для девушек?",
    "там опасно сейчас? по новостям что-то про войну",
    "is doha dangerous at night",
    "әкем қорқады, ол жақ қауіпсіз бе",
    "слышал там рабство какое-то, правда или нет",
    "ол жақта жағдай қалай, адамдар разы ма",
])
def test_whether_it_is_safe_is_the_hotlines(said):
    assert small_talk(said) == "question"


@pytest.mark.parametrize(("said", "topic"), [
    ("мои данные у вас не утекут? безопасно?", "data"),  # the bot's own data: what it keeps, who sees it
    ("у нас на объекте опасно, нет касок, бригадир заставляет лезть на крышу", "complaint"),
])
def test_data_kept_safe_and_danger_at_work_keep_their_answers(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "знакомые говорят в июле там +48, на улице работают или нет",
    "в такое пекло вообще работают на улице?",
    "свинину в столовой дают?",
    "шошқа етінен бас тартсам бола ма",
    "is the meat in the camp halal or not",
    "адал ас бола ма асханада",
    "молиться на работе разрешают?",
    "говорят, женщинам там нельзя ходить одной",
])
def test_the_heat_food_faith_and_women_are_the_hotlines(said):
    assert small_talk(said) == "question"


def test_fasting_beside_the_hours_asks_the_terms():
    assert small_talk("сколько часов работаем, если пощусь в рамадан?") == "terms"
    assert small_talk("в рамадан поститься обязательно?") == "question"


@pytest.mark.parametrize("said", ["свинину в столовой дают?", "молиться на работе разрешают?"])
def test_food_and_prayer_are_no_search(said):
    assert asks_about_daily_life(said)


@pytest.mark.parametrize(("said", "topic"), [
    ("где кнопка чтобы стереть анкету", "delete"),
    ("передумала, удалите мой аккаунт", "delete"),
    ("что означает кнопка со звёздочкой", "buttons"),
    ("what does the apply button do", "buttons"),
    ("не вижу кнопку откликнуться", "buttons"),
    ("как переключить язык на английский", "profile"),
    ("ботты орыс тіліне ауыстырып қойшы", "profile"),
    ("switch the bot language to kazakh", "profile"),
    ("где посмотреть все вакансии?", "jobs"),
    ("вакансияларды қалай көремін", "jobs"),
    ("show me my matches please", "jobs"),
    ("вы с зарплаты процент забираете?", "fees"),
    ("за трудоустройство потом из зарплаты вычитают?", "fees"),
    ("ответит мне кто-нибудь или нет", "human"),
    ("рахмет, көп көмектестіңіз", "thanks"),
    ("thank you, that helped", "thanks"),
    ("енді түсінікті, жарайды", "ok"),
    ("💐", "thanks"),
])
def test_the_bots_own_buttons_and_replies_asked_in_words(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("жена боится, что там паспорт заберут", "rights"),  # feared before going: the passport stays with the worker
    ("боюсь, у меня забрали паспорт и не отдают", "complaint"),  # taken already: trouble with the employer
])
def test_a_passport_feared_for_or_taken(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "снег в Дохе бывает? завтра обещают?",
    "ертең жаңбыр бола ма Дохада",
    "скинь хороший сериал",
    "пошути что-нибудь смешное",
    "мне скучно",
    "роналду там играет?",
])
def test_more_of_what_is_out_of_scope(said):
    assert small_talk(said) == "help"


@pytest.mark.parametrize("said", [
    "әйелім кейін барса бола ма", "есть новости по моей заявке?", "у меня температура сегодня, что делать",
    "сериал смотреть некогда, работаем по 12 часов", "сегодня дождь был, работали под дождём без перерыва",
])
def test_words_that_look_out_of_scope_but_are_not(said):
    assert small_talk(said) != "help"


@pytest.mark.parametrize("said", ["you're dumb", "вы идиоты что ли?"])
def test_an_insult_is_no_question_for_the_hotline(said):
    assert small_talk(said) != "question"


@pytest.mark.parametrize(("said", "topic"), [
    ("бабушка говорит, там опасно для наших", "question"),
    ("қызым Катарға барғысы келеді, біз қорқамыз", "question"),
    ("в вотсап группе объявление: работа в Катаре, взнос 250$, это вы?", "trust"),
    ("харам ет бере ме асханада", "question"),
])
def test_more_of_deciding_and_its_fears(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "добрый день я дочь пишу за маму ей сорок пять лет она хочет поехать работать в катар но мы всей семьёй "
    "переживаем говорят там опасно одной женщине без мужа и родственников скажите как там на самом деле",
    "сәлеметсіз бе мен ұлым үшін жазып отырмын ол Катарға барғысы келеді бірақ біз қорқамыз ол жақта соғыс "
    "бар деп естідік жұмыс кезінде намаз оқуға рұқсат бере ме соны да білгіміз келеді рахмет",
])
def test_a_family_deciding_at_length_gets_the_hotline(said):
    assert len(said.split()) > 30
    assert small_talk(said) == "question"


@pytest.mark.parametrize(("said", "topic"), [
    ("можно сделать чтобы бот отвечал на русском", "profile"),
    ("профилімді жоямын, қалай", "delete"),
    ("эта кнопка для чего?", "buttons"),
    ("в телеграме попросили 15 тысяч за место в списке", "trust"),
    ("who's behind this bot?", "trust"),
    ("are there jobs for girls", "question"),
])
def test_more_of_the_bots_own_commands_and_of_fraud(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("посоветуйте хорошее кафе в Лусаиле", "help"),
    ("can you recommend a restaurant near the corniche", "help"),
])
def test_a_place_to_eat_recommended_is_out_of_scope(said, topic):
    assert small_talk(said) == topic


def test_advice_on_a_vacancy_is_not_out_of_scope():
    assert small_talk("посоветуйте, какую вакансию выбрать?") != "help"


@pytest.mark.parametrize(("said", "topic"), [
    ("Katar qauipti el me", "question"),  # the particle typed in Latin letters asks
    ("bul batyrma ne ushin kerek", "buttons"),
    ("jauap bersenizshi bireu", "human"),
])
def test_kazakh_in_latin_letters_asks_as_in_cyrillic(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("[Стикер]", "ok"),  # a sticker forwarded as words is a sticker
    ("🙏 Sticker", "thanks"),
    ("сен роботсың ба? атың кім", "help"),
    ("are you a bot", "help"),
    ("where can I see the vacancies", "jobs"),
    ("a man called, said he's from the portal and wants a deposit", "trust"),
    ("my mother says women can't go there alone", "question"),
])
def test_stickers_in_words_the_bot_asked_who_it_is_and_more(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("switch to russian please", "profile"),
    ("ну и кто вы такие", "help"),
    ("бұл қандай бот", "help"),
    ("не верю я вам, обманете", "trust"),
    ("сізге сенбеймін", "trust"),
])
def test_the_bot_asked_what_it_is_or_distrusted(said, topic):
    assert small_talk(said) == topic


def test_a_worry_about_the_application_is_the_applications():
    assert small_talk("переживаю за визу в Катар, когда уже будет?") == "application"
