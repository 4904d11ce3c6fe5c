"""Signs sent alone, waiting after applying, the family left at home, named employers and agencies, health and faith,
the bot's commands asked in words and long dictated messages: what small talk makes of them. Worded apart from the
eighteenth chat set, which measures the same on messages of its own."""

from __future__ import annotations

import pytest

from matching.small_talk import small_talk


@pytest.mark.parametrize(("signs", "topic"), [
    ("🫡", "ok"), ("🫡👍", "ok"),  # a salute: "yes sir"
    ("🤲🏽", "thanks"), ("🫶", "thanks"), ("😍😍", "thanks"), ("🌷🌷🌷", "thanks"),  # hands in prayer, love, flowers
    ("👋🙂", "greeting"), ("🙏😊", "thanks"),  # a smile beside a sign changes nothing
    ("😀", "ok"), ("👍🙂", "ok"),
])
def test_signs_alone_say_what_a_person_would_read_in_them(signs, topic):
    assert small_talk(signs) == topic


@pytest.mark.parametrize("said", [
    "агентство в Караганде взяло у меня 300 тысяч и больше не отвечает на звонки",
    "Astana Job Service агенттігі 150 мың алды, енді телефон көтермейді",
    "the agency took 500$ from my brother and doesnt answer anymore",
    "фирма пишет что они ваши представители и берут 50 тысяч за оформление",
    "a guy texted me on telegram that i must pay 300 thousand for the visa, i dont believe him",
])
def test_money_taken_by_an_agency_gone_silent_or_in_the_bots_name_is_a_fraud(said):
    assert small_talk(said) == "trust"


def test_an_agencys_fee_asked_about_alone_is_not_called_a_fraud():
    assert small_talk("агентство берёт комиссию?") == "fees"


@pytest.mark.parametrize("said", [
    "прораб забрал у нас телефоны и не отдаёт",
    "бригадир телефонымды алып қойды",
    "the supervisor took our phones away",
    "зарплату платят только половину от договора",
    "жалақының жартысын ғана төлеп жатыр",
])
def test_phones_taken_or_half_the_pay_paid_is_trouble_with_the_employer(said):
    assert small_talk(said) == "complaint"


@pytest.mark.parametrize("said", ["какой телефон с собой взять?", "зарплата половина на карту половина наличкой?"])
def test_a_phone_or_a_half_named_otherwise_is_no_complaint(said):
    assert small_talk(said) != "complaint"


@pytest.mark.parametrize(("said", "topic"), [
    ("добрый день меня зовут Асель я из Талдыкоргана подала заявку на повара почти месяц назад и до сих пор тишина "
     "ничего не пришло скажите пожалуйста когда будет ответ потому что я жду и больше никуда не устраиваюсь", "application"),
    ("hello there my name is daulet from taraz i applied to the welder vacancy about a month ago and no answer so far "
     "i keep checking my phone every day please tell me when they will call", "application"),
    ("сәлеметсіз бе мен Маңғыстаудан Бекзатпын өтінім бергеніме бір ай болды әлі ешқандай хабар жоқ күтіп жүрмін "
     "жұмыстан да шығып кеттім енді не болады білмеймін айтыңызшы маған қашан жауап береді екен рақмет алдын ала", "application"),
    ("so the thing is my wife is against it because our twins are only two and she does not want to stay alone "
     "for years so i want to ask if i can bring my wife and the kids to qatar later on", "family"),
    ("здравствуйте я жена рабочего он уехал в Катар весной по этой программе у нас двое детей и он говорит что "
     "в отпуск его отпустят только через два года а я слышала что каждый год положено это так?", "rights"),
])
def test_a_long_dictated_message_is_read_for_its_point(said, topic):
    assert len(said.split()) > 30
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("дочери 4 года, жену с ней потом можно будет забрать?", "family"),
    ("папу можно будет потом пригласить к себе?", "family"),
    ("can i invite my mother to doha later?", "family"),
    ("как часто можно летать домой, раз в год?", "rights"),
    ("ұлым жылына неше рет елге келеді", "rights"),
    ("how often can i fly home", "rights"),
])
def test_a_child_a_parent_or_the_way_home_asked_after(said, topic):
    assert small_talk(said) == topic


def test_a_childs_age_alone_is_still_an_age():
    assert small_talk("сыну 17, его возьмут?") == "age"


@pytest.mark.parametrize("said", [
    "что проверяют на медосмотре?",
    "медкомиссияда не тексереді",
    "what does the medical check, blood only?",
    "у меня гепатит C, медосмотр пройду?",
])
def test_what_the_medical_check_tests_or_a_disease_before_it_is_the_hotlines(said):
    assert small_talk(said) == "question"


def test_a_paper_of_the_medical_check_is_still_the_documents():
    assert small_talk("справку после медосмотра куда сдавать?") == "documents"


@pytest.mark.parametrize(("said", "topic"), [
    ("какие команды понимает бот", "help"),
    ("list of commands pls", "help"),
    ("где мне прочитать свои права", "rights"),
    ("where do i find my rights", "rights"),
    ("покажи остальные вакансии", "more"),
    ("how can i see the rest?", "more"),
    ("вакансияларды қайта ашып көрсетші", "jobs"),
    ("как снова открыть вакансии", "jobs"),
    ("how do i apply for the cook vacancy you sent", "buttons"),
])
def test_the_bots_commands_asked_in_words(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("ок, жду ответа", "ok"),
    ("okay i'll wait for the reply", "ok"),
    ("меня выбрали или нет?", "application"),
    ("am i selected?", "application"),
    ("өтінімді тоқтатқым келеді", "application"),
    ("передумала, не шлите больше ничего", "alerts"),
    ("если откажусь после визы, будет штраф?", "question"),
    ("кому писать если долго нет ответа", "human"),
    ("who do i contact about it", "human"),
])
def test_waiting_after_applying_and_changing_ones_mind(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize(("said", "topic"), [
    ("i'm a christian, any trouble with religion there?", "question"),
    ("hi, how's it going?", "greeting"),
])
def test_faith_and_small_talk(said, topic):
    assert small_talk(said) == topic


@pytest.mark.parametrize("said", ["әкем ауырып жатыр, елге қайтуға рұқсат бере ме", "my mother got sick, can i fly home?"])
def test_home_asked_for_a_relatives_illness_is_the_hotlines(said):
    assert small_talk(said) == "question"


def test_the_workers_own_illness_is_still_medical_care():
    assert small_talk("ауырып қалдым, дәрігерге кім апарады") == "rights"


@pytest.mark.parametrize("said", [
    "по анкете есть новости?", "any news on my visa?", "any updates?", "жаңалық жоқ па?", "ну что нового по мне?",
    "больше не хочу ехать", "мен енді барғым келмейді", "i'm not going anymore",
])
def test_news_asked_or_going_no_more_is_about_the_application(said):
    assert small_talk(said) == "application"


def test_a_profile_field_updated_is_still_the_profile():
    assert small_talk("update my expected salary please") == "profile"


def test_going_no_more_shows_how_to_withdraw():
    from matching.small_talk import changes_mind

    assert changes_mind("не хочу уже ехать, передумала")
    assert changes_mind("i dont want to go anymore")


@pytest.mark.parametrize(("said", "topic"), [("привет брат, как оно", "greeting"), ("hi there, how are things", "greeting")])
def test_a_greeting_asking_how_things_are(said, topic):
    assert small_talk(said) == topic


def test_a_trade_applied_for_in_a_story_of_waiting_is_the_application_not_a_search():
    from matching.small_talk import has_applied

    assert has_applied("applied for the welder job three weeks ago and still nothing, waiting so long")
    assert not has_applied("Position applied for: steel fixer")


@pytest.mark.parametrize("said", [
    "the foreman shouts at us all day", "бригадир айқайлап балағаттайды", "на объекте нам не дают воду",
])
def test_shouting_insults_or_water_withheld_is_trouble_with_the_employer(said):
    assert small_talk(said) == "complaint"


@pytest.mark.parametrize("said", ["how can i see more jobs?", "как посмотреть следующие вакансии?"])
def test_the_next_vacancies_asked_how_to_see(said):
    assert small_talk(said) == "more"


@pytest.mark.parametrize(("said", "topic"), [
    ("сколько платят, кормят ли, и самое главное надо ли что-то платить за оформление", "fees"),
    ("what's the pay, is there housing, and most importantly can my wife come with me", "family"),
    ("жалақы қанша, жатақхана бар ма, ең бастысы визаға ақша төлеу керек пе", "fees"),
])
def test_the_question_marked_as_the_main_one_is_answered(said, topic):
    assert small_talk(said) == topic


def test_a_main_thing_that_asks_nothing_of_its_own_leaves_the_message_as_it_was():
    assert small_talk("главное чтобы жильё дали") == small_talk("чтобы жильё дали")
