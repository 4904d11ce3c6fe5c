"""A worker's first message in full, typed on a phone or dictated, with no stop between its thoughts.

The bot takes a message for a trade's name when its best suggestion reaches `CONFIDENT_SUGGESTION`; under
it the worker is told he was not understood. A long message's greeting, name, age and requests must not
push its trade under that score, nor out of the text read.
"""

import pytest

from handlers.search import CONFIDENT_SUGGESTION
from matching import suggest_occupations

LONG_MESSAGES = [
    (
        "добрый вечер меня зовут Талгат мне 38 лет я из Актобе работаю арматурщиком 9 лет на монолите "
        "хочу поехать в Катар подскажите пожалуйста",
        {"7114", "7214"},
    ),
    (
        "ну здравствуйте короче я это плиточник лет восемь уже кладу кафель в основном ну вот ищу работу "
        "в Катаре помогите",
        {"7122"},
    ),
    (
        "мне 29 лет живу в Караганде женат ищу работу за границей с проживанием опыт шесть лет по "
        "профессии я сантехник",
        {"7126"},
    ),
    (
        "сәлеметсіз бе менің атым Бауыржан 31 жастамын аспаз болып мейрамханада 8 жыл істедім Катарға "
        "барғым келеді көмектесіңізші",
        {"5120", "3434"},
    ),
    (
        "salem menin atym Dauren 27 jastamyn kuzetshi bolyp 5 jyl istedim Qatarda jumys bar ma "
        "komektesinizshi",
        {"5414"},
    ),
    (
        "good evening sir my name is Nurlan I am 33 years old I am working as plumber 9 years in "
        "Almaty I need job in Qatar please help me",
        {"7126"},
    ),
]


@pytest.mark.parametrize(("text", "accepted"), LONG_MESSAGES)
def test_a_long_unpunctuated_message_names_its_trade_surely(text, accepted):
    best = suggest_occupations(text, limit=1)[0]
    assert best.code in accepted
    assert best.score >= CONFIDENT_SUGGESTION


def test_a_trade_said_after_200_characters_is_read():
    text = (
        "здравствуйте меня зовут Ерболат мне 41 год живу в Семее женат трое детей ищу работу в Катаре "
        "хорошая зарплата нужна с проживанием и питанием готов на вахту документы все есть паспорт "
        "готов английский немного знаю по профессии я электрик"
    )
    assert len(text) > 200
    best = suggest_occupations(text, limit=1)[0]
    assert best.code in {"7411", "7412"}
    assert best.score >= CONFIDENT_SUGGESTION


@pytest.mark.parametrize(
    "text",
    [
        "здравствуйте меня зовут Ерлан мне 35 лет хочу работать в Катаре помогите пожалуйста",
        "сәлеметсіз бе менің атым Ерлан 35 жастамын Катарда жұмыс іздеп жүрмін көмектесіңізші",
        "hello sir my name is Bolat I am 35 years old looking for job in Qatar please help",
    ],
)
def test_a_long_message_without_a_trade_names_none(text):
    assert all(match.score < CONFIDENT_SUGGESTION for match in suggest_occupations(text, limit=1))


def test_common_verbs_name_no_trade():
    # «быть» had met the welders' labels at 68
    assert suggest_occupations("быть") == []
    assert suggest_occupations("хочу быть") == []
