"""How workers name their trade in a first message: by the work they do, by the camp or the site they
worked at, with the army as a time of their life, or with a space lost between two words."""

import pytest

from matching import suggest_occupations
from matching.occupations import with_glued_words_apart
from matching.text import place_words


def first_code(text: str) -> str | None:
    found = suggest_occupations(text, limit=5)
    return found[0].code if found else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # air conditioners installed and filled with refrigerant: their fitter
        ("заправляю кондиционеры фреоном", "7127"),
        ("монтирую сплит-системы", "7127"),
        # the commandant of a rotation camp and the Gulf's camp boss run the camp: services managers
        ("комендант вахтового городка", "1439"),
        ("camp supervisor for 800 workers", "1439"),
        # ...while the commandant of a hostel looks after a building
        ("комендант общежития", "5153"),
        # tea carried round an office is the tea boy's work, documents the runner's
        ("разношу чай сотрудникам", "9112"),
        ("разносил документы по кабинетам", "9621"),
        # a car service's oil changes and wheel alignment are the car mechanic's
        ("менял масло в автосервисе", "7231"),
        ("мастер развал-схождения", "7231"),
        ("дөңгелек ауыстырамын", "7231"),
        # the hand of a car wash, and scaffolding put up, said in Kazakh
        ("көлік жуу орнының жұмысшысымын", "9122"),
        ("зауытта леса жинаймын", "7119"),
        # a Gulf valet parks cars
        ("I work as valet at a mall", "8322"),
        # a degree in accounting makes an accountant; the clerk keeps his own code
        ("degree in accounting", "2411"),
        ("accounting clerk", "4311"),
        ("I issue materials from the site store", "4321"),
        ("espresso maker", "5132"),
        # a lorry repaired is the car mechanic's, said in Kazakh in either script; the scaffolders' slang
        ("фураларды жөндедім", "7231"),
        ("fura jondeimin", "7231"),
        ("лесовщик на НПЗ", "7119"),
        # a car body's painter paints cars, not walls
        ("маляр кузовщик по иномаркам", "7132"),
    ],
)
def test_trade_named_by_its_work_or_its_place(text: str, code: str) -> None:
    assert first_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("после армии работал охранником", "5414"),
        ("after the army I drove trucks", "8332"),
    ],
)
def test_army_said_as_a_time_of_life_is_not_the_trade(text: str, code: str) -> None:
    assert first_code(text) == code


def test_army_alone_is_still_the_soldier() -> None:
    assert first_code("после армии") == "0310"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("работалводителем автобуса", "8331"),
        ("HSEofficer", "2263"),
        ("ACtechnician", "7127"),
    ],
)
def test_words_a_lost_space_glued_are_read_apart(text: str, code: str) -> None:
    assert first_code(text) == code


@pytest.mark.parametrize("text", ["работающими", "McDonald's cashier", "слесарь КИПиА"])
def test_words_that_are_whole_are_left_whole(text: str) -> None:
    assert with_glued_words_apart(text) == text


def test_a_building_site_after_na_says_where() -> None:
    assert "stroike" in place_words("бетонщик на стройке")
    assert first_code("бетонщик на стройплощадке") == "7114"


def test_a_helper_on_a_building_site_is_its_labourer() -> None:
    assert not place_words("помощник на стройке")
    assert first_code("помощник на стройке") == "9313"
