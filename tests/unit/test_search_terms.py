"""Searches that set the job's terms or tell of the worker beside the trade: when the work starts, overtime, the
visa, the worker's age, experience and languages, an allowance beside the pay, work for men or women; searches
written as to a friend, well-known employers of Qatar named instead of a trade, and pay ranges in words. None of
these words is a trade, and none of their numbers is the pay."""

from __future__ import annotations

from decimal import Decimal

import pytest

import matching
from handlers.search import _names_a_trade, is_chat, search_topic, searched_words, typed_query
from matching.job_questions import asks_for_every_job, asks_for_jobs, without_conditions


def searched(message: str) -> tuple[str, str | None, Decimal | None]:
    """The words a search goes on with, beside its town's key and its pay."""
    town, rest = matching.split_town(searched_words(typed_query(message)))
    pay, rest = matching.asked_pay(rest)
    return " ".join(rest.split()), town.key if town else None, pay


def first_trade(words: str) -> str | None:
    found = matching.suggest_occupations(words, limit=1)
    return found[0].code if found else None


def chat(message: str) -> bool:
    query = typed_query(message)
    topic = matching.small_talk(query)
    names = _names_a_trade(query, topic)
    return is_chat(query, search_topic(query, topic, names), names, matching.asked_pay(query)[0])


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("каменщик со 2 апреля", "каменщик"),
        ("сантехник, вылет в мае", "сантехник,"),
        ("маляр со следующей недели", "маляр"),
        ("тігінші ақпаннан бастап", "тігінші"),
        ("satushy mamyrdan bastap", "satushy"),
        ("baker available from the 5th of June", "baker"),
        ("tiler, can start next week", "tiler,"),
        ("fitter starting in 10 days", "fitter"),
    ],
)
def test_when_the_work_starts_is_a_term_not_a_trade(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("плотник, сверхурочные оплачиваются", "плотник,"),
        ("кровельщик с переработками", "кровельщик"),
        ("слесарь, қосымша сағат төленетін", "слесарь,"),
        ("mechanic overtime available", "mechanic"),
        ("бетонщик с трудовой визой", "бетонщик"),
        ("тас қалаушы жұмыс визасымен", "тас қалаушы"),
        ("rigger on a residence visa", "rigger"),
        ("маляр, доплата на проезд", "маляр,"),
        ("baker + meal allowance", "baker"),
        ("cashier full time", "cashier"),
    ],
)
def test_overtime_the_visa_an_allowance_and_the_hours_are_terms(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("штукатур, мне 51 год", "штукатур,"),
        ("сиделка старше 30 лет", "сиделка"),
        ("аспаз, жасым 39-да", "аспаз,"),
        ("бала күтуші 30 жастан асқан", "бала күтуші"),
        ("driver aged 30 to 45", "driver"),
        ("I'm 41 years old, mason", ", mason"),
        ("стропальщик, стаж 6 лет", "стропальщик,"),
        ("тігінші, 4 жыл тәжірибесі бар", "тігінші,"),
        ("rigger 7+ yrs experience", "rigger"),
        ("кондитер со знанием арабского", "кондитер"),
        ("даяшы, орыс тілін білетін", "даяшы,"),
        ("barber, basic English", "barber,"),
        ("security, Arabic speaking", "security,"),
    ],
)
def test_the_workers_age_experience_and_languages_are_no_words_of_a_trade(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize(
    ("message", "pay"),
    [
        ("штукатур, мне 51 год, от 1900", Decimal(1900)),
        ("сиделка до 45 лет", None),
        ("driver aged 30-45", None),
        ("mason, 15 yrs exp, 2200", Decimal(2200)),
        ("плотник с 3 мая", None),
    ],
)
def test_an_age_a_date_or_years_of_work_are_not_the_pay(message, pay):
    assert searched(message)[2] == pay


@pytest.mark.parametrize(
    "said",
    ["работа с 10 числа", "нужна работа со следующего месяца", "work from april", "жұмыс, келесі айдан бастап",
     "работа с переработками", "jobs with a work visa", "job for men aged 30-45", "работа для парней до 30 лет",
     "ерлерге жұмыс керек", "work for Arabic speakers"],
)
def test_terms_or_whom_the_work_is_for_asked_alone_bring_the_workers_own_list(said):
    assert asks_for_jobs(said)


@pytest.mark.parametrize(
    "said",
    ["мне 29 лет", "стаж 20 лет", "I'm 52", "is a work visa free?", "когда оформят трудовую визу?",
     "а для женщин работа бывает?", "does overtime count on Fridays?"],
)
def test_the_worker_told_of_or_a_question_about_the_terms_is_not_the_workers_list(said):
    assert not asks_for_jobs(said)


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("kamenshik, kontrakt na 1 god", "kamenshik,"),
        ("плотник на полгода", "плотник"),
        ("сборщик на 4 месяца", "сборщик"),
        ("маляр зимой", "маляр"),
        ("бетоншы 9 айға", "бетоншы"),
        ("packer for 3 months", "packer"),
        ("tiler, summer only", "tiler,"),
        ("voditel, mne do 45", "voditel,"),
    ],
)
def test_how_long_the_work_lasts_is_a_term_and_an_age_in_latin_letters_the_workers(said, left):
    assert without_conditions(said) == left


def test_a_year_beside_a_sum_is_still_the_pay_a_year():
    assert searched("cleaner 24000 a year")[2] == Decimal(2000)


@pytest.mark.parametrize(
    "said",
    ["rabota dlya muzhchin", "for women aged 20-30", "не охранником, есть что-нибудь ещё?"],
)
def test_whom_the_work_is_for_or_something_else_than_a_trade_refused_is_the_workers_own_list(said):
    assert asks_for_jobs(said)


def test_anything_else_than_a_trade_refused_is_every_vacancy_but_it():
    assert asks_for_every_job("not security, anything else") and not asks_for_jobs("not security, anything else")


@pytest.mark.parametrize(
    ("message", "town", "trade"),
    [
        ("братан, в Месаиде плотники нужны?", "mesaieed", "7115"),
        ("слышь, бро, не знаешь, в Дохе маляры требуются?", "doha", "7131"),
        ("бауырым, Лусаилда тігіншілер керек пе?", "lusail", None),
        ("hey mate do you know if they need painters in Al Khor?", "al-khor", "7131"),
    ],
)
def test_a_search_asked_as_of_a_friend_is_a_search(message, town, trade):
    assert not chat(message)
    words, found_town, _ = searched(message)
    assert found_town == town
    if trade:
        assert first_trade(words) == trade


def test_a_brother_named_without_a_comma_is_still_the_workers_brother():
    assert chat("брат работает маляром в Дохе, ему дают жильё?")


@pytest.mark.parametrize("said", ["жүргізуші жұмысын тауып беріңізші", "найди мне работу штукатуром", "подыщите работу плотником"])
def test_find_me_asks_for_work(said):
    from matching.job_questions import asks_for_work

    assert asks_for_work(said)


@pytest.mark.parametrize("said", ["маған бір жұмыс тауып берші", "найди мне работу"])
def test_find_me_work_alone_is_the_workers_own_list(said):
    assert asks_for_jobs(said)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Qatar Petroleum vacancies", "oil and gas company vacancies"),
        ("в Катаргаз слесарем", "в нефтегазовую компанию слесарем"),
        ("Sidra midwife", "hospital midwife"),
        ("санитар в Хамад госпиталь", "санитар в госпиталь"),
        ("грузчиком в Карфур", "грузчиком в супермаркет"),
        ("Monoprix supermarket cashier", "supermarket cashier"),
        ("Мовасалатқа жүргізуші", "транспортную компанию жүргізуші"),
        ("Ashgal labourer", "construction company labourer"),
        ("Hamad International Airport cleaner", "Airport cleaner"),  # the airport, not the hospital
        ("Hamad airport porter", "airport porter"),
    ],
)
def test_a_well_known_employer_of_qatar_is_read_as_its_place_of_work(said, read):
    from matching.job_questions import with_employers_named

    assert with_employers_named(said) == read


@pytest.mark.parametrize(
    ("message", "trade"),
    [("в Монопри кассиром", "5230"), ("Qatar Airways flight attendant", "5111"), ("Karwa bus driver", "8331")],
)
def test_a_trade_at_a_well_known_employer_is_searched_for_that_trade(message, trade):
    assert first_trade(searched(message)[0]) == trade


@pytest.mark.parametrize("said", ["Qatar Petroleum vacancies", "хочу в Катаргаз"])
def test_a_well_known_employer_alone_is_no_wish_to_go_to_qatar(said):
    assert not asks_for_jobs(said)


@pytest.mark.parametrize(
    ("said", "pay"),
    [
        ("плотник от трёх до четырёх тысяч", Decimal(3000)),
        ("mason between three and four thousand", Decimal(3000)),
        ("маляр от полутора до двух тысяч", Decimal(1500)),
        ("плотник от 3 с половиной до 4 тысяч", Decimal(3500)),
        ("сантехник, оклад от трёх двести", Decimal(3200)),
        ("rigger 9 hours/day 6 days/week 2600", Decimal(2600)),
        ("повар 8 ч в день, 2200", Decimal(2200)),
        ("cook 2200 take-home", Decimal(2200)),
        ("driver 2800 before deductions", Decimal(2800)),
        ("күзетші 1900 қолға", Decimal(1900)),
        ("cook 15 qr per hour, 8 hours a day", None),
    ],
)
def test_pay_ranges_in_words_net_or_gross_and_hours_worked_beside_the_pay(said, pay):
    assert matching.asked_pay(said)[0] == pay


def test_a_sum_after_deductions_beside_a_trade_is_a_search_not_a_complaint():
    assert not chat("scaffolder 2400 after deductions")
    assert searched("scaffolder 2400 after deductions")[2] == Decimal(2400)


@pytest.mark.parametrize(
    ("said", "left"),
    [("svarshik ne v otele", "svarshik"), ("povar krome kafe", "povar"), ("электрик с общагой", "электрик"),
     ("santehnik s obshagoi", "santehnik")],
)
def test_a_place_refused_in_latin_letters_and_a_hostel_in_slang_are_set_aside(said, left):
    assert without_conditions(said) == left


def test_doha_ne_lusail_in_kazakh_is_two_towns_not_a_refusal():
    assert without_conditions("Doha ne Lusail, aspaz") == "Doha ne Lusail, aspaz"


@pytest.mark.parametrize("message", ["что угодно кроме кухни, в Вакре", "anything but cleaning in Al Khor"])
def test_any_work_but_a_trade_in_a_town_is_searched_in_that_town(message):
    assert not chat(message)
    assert searched(message)[1] in ("al-wakrah", "al-khor")


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("оператор на завод по переработке нефти", "оператор на завод по переработке нефти"),
        ("продавец в продуктовый магазин", "продавец в продуктовый магазин"),
        ("смотритель маяка с мая", "смотритель маяка"),
        ("ағылшын тілі мұғалімі", "ағылшын тілі мұғалімі"),
    ],
)
def test_words_like_the_terms_that_name_a_trade_or_its_place_stay(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize("said", ["Катар газосварщик", "Hamad bin Khalifa University lab technician", "Hamad port porter"])
def test_names_like_a_known_employer_are_left_as_typed(said):
    from matching.job_questions import with_employers_named

    assert with_employers_named(said) == said


@pytest.mark.parametrize(
    "said",
    ["how are the extra hours paid here", "жасым 58, қабылдайсыздар ма", "мне 57, берут?", "no pay for 3 months now",
     "we work 13 hours a day with no rest"],
)
def test_a_question_about_the_terms_or_the_workers_age_or_a_complaint_is_no_list(said):
    assert not asks_for_jobs(said)


@pytest.mark.parametrize("message", ["жасым 58, қабылдайсыздар ма", "is overtime paid double on holidays", "kontrakt qashan jiberesizder"])
def test_a_question_about_the_terms_or_the_age_is_chat_not_a_search(message):
    query = typed_query(message)
    topic = matching.small_talk(query)
    assert not _names_a_trade(query, topic) or chat(message)


def test_a_worker_telling_their_years_of_work_and_asking_for_anything_is_searched():
    assert not chat("I'm an electrician with 9 years experience, anything for me?")
    assert first_trade(searched("I'm an electrician with 9 years experience, anything for me?")[0]) in ("7411", "7412")


@pytest.mark.parametrize(("said", "left"), [("бетонщик 22 года стажа", "бетонщик"), ("кровельщик 30 лет опыта, Вакра", "кровельщик , Вакра")])
def test_years_of_work_are_not_taken_for_an_age(said, left):
    assert without_conditions(said) == left


@pytest.mark.parametrize("said", ["бро, вакансии есть?", "buddy, any work?", "работа по визе", "жұмыс, визамен"])
def test_work_asked_of_a_friend_or_with_a_visa_is_the_workers_own_list(said):
    assert asks_for_jobs(said)


@pytest.mark.parametrize(
    ("said", "pay"),
    [("штукатур 1800 до 2200", Decimal(1800)), ("painter 1700 to 2100 riyals", Decimal(1700)), ("grinder 2600 or 2400", None),
     ("работал с 2000 до 2010 года", None)],
)
def test_two_round_sums_joined_by_a_word_are_a_range_of_pay(said, pay):
    assert matching.asked_pay(said)[0] == pay


def test_a_kazakh_range_with_thousands_after_each_sum_asks_its_first():
    assert matching.asked_pay("аспаз 2 мың мен 3 мың арасы") == (Decimal(2000), "аспаз")


def test_work_for_a_woman_in_kazakh_names_no_trade_of_its_own():
    assert first_trade(searched("даяшы әйелге, 30 жаста")[0]) == "5131"


@pytest.mark.parametrize(("message", "trade"), [("jobs at oil & gas companies", "3134"), ("security firm Doha", "5414")])
def test_a_sectors_company_is_searched_as_the_sector(message, trade):
    assert first_trade(searched(message)[0]) == trade


def test_a_language_asked_for_the_bots_replies_is_left_to_small_talk():
    assert without_conditions("маған ағылшынша жазшы") == "маған ағылшынша жазшы"
    assert without_conditions("даяшы, ағылшынша білемін") == "даяшы,"
    assert without_conditions("пиши мне на русском") == "пиши мне на русском"
    assert without_conditions("няня, говорю на английском") == "няня,"
