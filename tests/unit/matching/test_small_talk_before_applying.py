"""Short replies, late greetings, thanks and blessings, relatives' ages, strangers selling places, the worker's data,
the bot's language and the questions asked before applying: what small talk makes of them. Worded apart from the
seventeenth chat set, which measures the same on messages of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import asks_about_age, asks_about_daily_life, small_talk


@pytest.mark.parametrize("said", ["нет, всё", "жоқ, басқа ештеңе", "nope, nothing else", "no", "ok gotcha"])
def test_a_bare_no_or_a_short_yes_is_an_ok(said):
    assert small_talk(said) == "ok"


@pytest.mark.parametrize("said", ["нет связи", "жоқ па?"])  # no connection with a son; «isn't there?» asks
def test_a_no_with_other_words_is_not_an_ok(said):
    assert small_talk(said) != "ok"


@pytest.mark.parametrize("said", [
    "храни вас Бог", "құдай разы болсын", "god bless you all", "really appreciate it", "сенкью вери мач",
    "дай бог вам здоровья, очень помогли", "Аллах разы болсын, көмектескендеріңізге",
])
def test_blessings_and_other_thanks_thank(said):
    assert small_talk(said) == "thanks"


@pytest.mark.parametrize("said", [
    "добрый вечер, простите что так поздно",
    "кешіріңіз, кеш жазып жатырмын, сәлеметсіз бе",
    "hi, sorry to write this late",
    "вы не спите?",
    "are you awake?",
    "hello from Shymkent",
    "сәлем, Қарағандыдан жазып отырмын",
])
def test_a_greeting_that_excuses_the_hour_or_says_where_from_is_a_greeting(said):
    assert small_talk(said) == "greeting"


def test_a_night_wished_alone_still_says_goodbye():
    assert small_talk("спокойной ночи") == "bye"


@pytest.mark.parametrize("said", [
    "сестре 16, её возьмут?",
    "my dad is 63, is that too late?",
    "ұлым 18-де, тіркеле ала ма",
    "21-ден бастап қабылдай ма",
])
def test_a_relatives_age_or_the_youngest_age_asks_how_old_a_worker_may_be(said):
    assert small_talk(said) == "age"


def test_a_relatives_years_in_a_trade_are_no_age():
    assert small_talk("брат 5 лет работает сварщиком, возьмут?") != "age"


def test_an_age_feared_to_bar_the_worker_is_read_in_a_long_story():
    story = ("hello there so I have a question I am fifty one now and I have been driving trucks since I was young, "
             "my neighbour says they will not take me because of my age, is that right or can I still try")
    assert small_talk(story) == "age"
    assert asks_about_age(story)


@pytest.mark.parametrize("said", [
    "один мужик предлагает визу за 200 тысяч, говорит что от министерства",
    "в телеграм-канале продают вакансии в Катар по 500 долларов",
    "отдал парню 150 тысяч, а он меня заблокировал",
    "a woman asks 300 dollars for a work visa and says she works with you",
])
def test_money_wanted_by_a_stranger_or_places_sold_is_a_fraud(said):
    assert small_talk(said) == "trust"


def test_whether_to_pay_a_stranger_is_asked_of_the_fees():
    assert small_talk("a man wants 300 dollars for my visa, do I have to pay?") == "fees"


@pytest.mark.parametrize("said", [
    "кто ещё видит мой номер телефона?", "нөмірімді кімге бересіздер?", "зачем вам мой номер телефона?",
])
def test_who_sees_the_workers_data_gets_what_the_bot_keeps_and_who_sees_it(said):
    assert small_talk(said) == "data"


@pytest.mark.parametrize("said", [
    "сотрите информацию обо мне, я передумал", "please wipe my data", "деректерімді өшіріп тастаңыз, бармаймын",
])
def test_the_data_to_be_erased_asks_for_deleting_even_with_a_change_of_mind(said):
    assert small_talk(said) == "delete"


@pytest.mark.parametrize("said", [
    "можешь отвечать мне по-русски?", "sen qazaqsha jaza alasyn ba", "do you speak english?",
    "бот почему-то пишет по-английски",
])
def test_the_bot_asked_to_talk_in_a_language_changes_the_bots_language(said):
    assert small_talk(said) == "profile"


def test_a_language_spoken_at_work_is_not_the_bots():
    assert small_talk("а там на работе по-английски говорят?") != "profile"


@pytest.mark.parametrize(("said", "topic"), [
    ("английского хватит или нужен арабский?", "requirements"),  # a language enough, no alerts stopped
    ("хватит слать вакансии", "alerts"),
])
def test_enough_of_a_language_is_not_enough_of_the_alerts(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", ["так куда нажимать-то?", "а ты кто такой вообще?", "where to click?"])
def test_where_to_press_or_who_the_bot_is_gets_what_the_bot_does(said):
    assert small_talk(said) == "help"


@pytest.mark.parametrize("said", ["show me jobs that fit me", "мне подходящие вакансии покажи"])
def test_the_vacancies_that_fit_asked_for_get_the_workers_list(said):
    assert small_talk(said) == "jobs"


@pytest.mark.parametrize("said", [
    "что нельзя делать в Катаре иностранцу?",
    "ол жақтың заңдары қатал ма",
    "cooking our own meals in the camp, allowed?",
    "I'm vegan, is it hard there?",
    "есть ли казахская диаспора в Катаре?",
    "сколько берут за перевод денег домой из Дохи?",
])
def test_life_there_asked_before_going_is_the_hotlines_and_no_search(said):
    assert small_talk(said) == "question"
    assert asks_about_daily_life(said)


def test_being_fed_asked_beside_cooking_is_a_right():
    assert small_talk("do they feed us or do we cook our own food?") == "rights"


@pytest.mark.parametrize("said", ["в рамадан график меняется?", "ramazanda tunde isteimiz be", "do we work nights in ramadan"])
def test_ramadans_hours_are_the_terms(said):
    assert small_talk(said) == "terms"


@pytest.mark.parametrize(("said", "topic"), [
    ("где можно выучить арабский до поездки", "question"),
    ("ағылшын курстары бар ма", "question"),
    ("английский учить надо?", "requirements"),  # whether a vacancy needs it
    ("я выучил английский, как добавить", "profile"),  # learnt already: the profile
])
def test_a_language_to_learn_is_the_hotlines_one_needed_or_learnt_is_not(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("ты опять ничего не понял", None),
    ("түсінбейсің ғой сен", None),
    ("the bot doesn't understand me", None),
    ("я не понял", "help"),  # the worker not understanding: what the bot does
    ("I don't understand", "help"),
])
def test_the_bot_told_it_does_not_understand_is_not_understood(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("вы что, издеваетесь? никто не отвечает", "human"),  # the bot mocked: no employer's abuse
    ("начальник издевается над нами", "complaint"),
])
def test_the_bot_mocked_is_no_complaint_of_the_employer(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", ["женщине разрешают водить машину там?", "а как насчёт медстраховки?"])
def test_what_a_woman_may_do_and_medical_insurance_are_never_searched(said):
    assert asks_about_daily_life(said)


def test_a_trade_with_insurance_as_a_condition_stays_a_search():
    assert not asks_about_daily_life("медсестра со страховкой")


def test_work_set_against_what_was_agreed_is_a_complaint():
    assert small_talk("they hired me as a mason but I do cleaning all day") == "complaint"


@pytest.mark.parametrize(("said", "topic"), [
    ("справка нужна или паспорта хватит?", "documents"),  # a paper enough, no alerts stopped
    ("хватит уже, не надо больше присылать", "alerts"),
])
def test_enough_of_a_paper_is_not_enough_of_the_alerts(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", [
    "позвонил мужчина, говорит из министерства труда, правда это вы",
    "маған министрліктен деп хабарласты, бұл сіздер ме",
])
def test_a_call_in_the_ministrys_name_doubted_gets_the_answer_on_trust(said):
    assert small_talk(said) == "trust"


@pytest.mark.parametrize(("said", "topic"), [
    ("messages from the bot arrive in russian, i want english", "profile"),  # the bot's language, not the alerts
    ("уведомления больше не присылайте", "alerts"),
])
def test_the_bots_messages_named_with_a_language_change_its_language(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("liars, every one of you", "trust"),
    ("пайдасыз бот екен", None),  # anger at the bot, nothing asked of it
    ("my application status has not changed for a month", "application"),
])
def test_liars_useless_and_a_status_unchanged(said, topic):
    assert small_talk(said) == topic


def test_how_to_call_the_ministry_is_no_call_in_its_name():
    assert small_talk("как позвонить в министерство, подскажите?") != "trust"
