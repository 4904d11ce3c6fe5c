"""Qatar's towns are read in any case and alphabet, in a search and in an officer's file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from matching import Vacancy, asks_about_a_town, open_places, search_vacancies, split_town, town_of

TODAY = date(2026, 11, 1)


@pytest.mark.parametrize(("text", "town", "rest"), [
    ("работа в Дохе", "doha", "работа"),
    ("водитель доха", "doha", "водитель"),
    ("Дохадағы жұмыс", "doha", "жұмыс"),
    ("Дохаға барғым келеді", "doha", "барғым келеді"),
    ("jobs in Doha", "doha", "jobs"),
    ("есть вакансии в Лусаиле?", "lusail", "есть вакансии"),
    ("Лусайл", "lusail", ""),
    ("Lusail City", "lusail", ""),
    ("электрик в Аль-Вакре", "al-wakrah", "электрик"),
    ("Эль Вакра", "al-wakrah", ""),
    ("Al Wakra", "al-wakrah", ""),
    ("Эр-Райян", "al-rayyan", ""),
    ("сварщик в Эль-Хоре", "al-khor", "сварщик"),
    ("Madinat ash Shamal", "al-shamal", ""),
    ("в Умм-Саиде", "mesaieed", ""),
    ("Рас-Лаффан", "ras-laffan", ""),
])
def test_towns_in_every_form(text, town, rest):
    found, left = split_town(text)
    assert found is not None and found.key == town
    assert left == rest


@pytest.mark.parametrize("text", ["дохода нет", "хор", "шамаль", "сварщик", "Катар", "духовка", ""])
def test_words_that_only_look_like_a_town(text):
    assert split_town(text) == (None, text)


def test_an_officer_s_place_is_read_as_its_town():
    assert town_of("Doha, Qatar") is town_of("Доха") is town_of("DOHA")
    assert town_of("Salwa Road camp") is None


def _vacancy(number: int, city: str | None, title: str = "Welder", code: str = "7212", **fields) -> Vacancy:
    fields.setdefault("deadline", TODAY + timedelta(days=30))
    return Vacancy(id=number, title=title, isco_code=code, city=city, **fields)


def test_open_places_counts_each_town_once_however_it_is_written():
    pool = [
        _vacancy(1, "Doha"), _vacancy(2, "Doha, Qatar"), _vacancy(3, "Al Wakrah"), _vacancy(4, "Salwa"),
        _vacancy(5, "Lusail", status="closed"), _vacancy(6, None),
        _vacancy(7, "Lusail", deadline=TODAY - timedelta(days=1)),
    ]
    places = [(place if isinstance(place, str) else place.key, count) for place, count in open_places(pool, TODAY)]
    assert places == [("doha", 2), ("Salwa", 1), ("al-wakrah", 1)]


def test_search_keeps_the_town_named_in_any_form():
    pool = [
        _vacancy(1, "Doha"), _vacancy(2, "Al Wakrah"),
        _vacancy(3, "Doha", title="Heavy Truck Driver", code="8332"),
    ]
    ids = lambda query: [r.vacancy.id for r in search_vacancies(query, pool, today=TODAY)]  # noqa: E731
    assert sorted(ids("работа в Дохе")) == [1, 3]
    assert sorted(ids("что есть в Дохе?")) == [1, 3]  # words that name nothing ask for all that is there
    assert ids("сварщик в Дохе") == [1]
    assert ids("welder in Al Wakrah") == [2]
    assert ids("сварщик в Лусаиле") == []
    assert sorted(ids("сварщик")) == [1, 2]


@pytest.mark.parametrize(("text", "town", "rest"), [
    ("повар в Лусаиле не меньше 1800", "lusail", "повар не меньше 1800"),  # what follows the town is kept
    ("Эль-Вакра 2500+", "al-wakrah", "2500+"),
    ("3000 в Дохе", "doha", "3000"),  # a number before it too
    ("cleaner in Lusial", "lusail", "cleaner"),  # two letters swapped
    ("работа в Дхое", "doha", "работа"),
    ("сварщик Альвакра", "al-wakrah", "сварщик"),  # the article joined to the name
    ("jobs in Alrayyan", "al-rayyan", "jobs"),
    ("Elkhorda jumys", "al-khor", "jumys"),
])
def test_a_town_keeps_the_words_after_it_and_is_read_mistyped(text, town, rest):
    found, left = split_town(text)
    assert found is not None and found.key == town
    assert left == rest


@pytest.mark.parametrize("text", ["хорошо", "дохлый", "алхимик", "дохода от 3000 нет", "ходка"])
def test_words_near_a_town_that_are_none(text):
    assert split_town(text) == (None, text)


@pytest.mark.parametrize("text", [
    "какая погода в Лусаиле летом?", "далеко ли Месаид от Дохи", "Рас-Лаффанға қалай жетуге болады?",
    "Әл-Вакрада ауа райы ыстық па", "how far is Al Khor from the airport", "is Lusail expensive?",
])
def test_a_town_asked_about_itself(text):
    assert asks_about_a_town(text)


@pytest.mark.parametrize("text", [
    "что есть в Месаиде?", "Лусаилда не бар?", "any work in Al Khor?", "Доха", "какая погода летом?",
])
def test_work_asked_for_in_a_town_is_not_the_town_asked_about(text):
    assert not asks_about_a_town(text)


@pytest.mark.parametrize(("text", "rest"), [
    ("плотник в Индустриальной зоне", "плотник"),
    ("склад Индастриал Ареа", "склад"),
    ("Industrial Area, Street 24", ""),  # the street goes with the place, not with the trade searched
    ("бояушы Индустриалды аймақта", "бояушы"),
    ("кафе на Вест-Бэе", "кафе"),
    ("West Bay tower", ""),
    ("The Pearl", ""),
    ("отель на Перле", "отель"),
])
def test_districts_of_doha_are_doha(text, rest):
    town, left = split_town(text)
    assert town is not None and town.key == "doha"
    assert left == rest


@pytest.mark.parametrize(("text", "town"), [("бетонщик в Лосаиле", "lusail"), ("грузчик Мисаид", "mesaieed")])
def test_towns_written_as_heard(text, town):
    found, _ = split_town(text)
    assert found is not None and found.key == town


def test_industrial_alone_in_english_names_a_trade_not_a_place():
    assert split_town("industrial electrician")[0] is None
    assert town_of("Industrial Area, Doha").key == "doha"


@pytest.mark.parametrize(("text", "town"), [
    ("rigger Ras Laffan Industrial City", "ras-laffan"), ("fitter, Mesaieed Industrial City", "mesaieed"),
    ("склад в Индустриал эриа", "doha"),
])
def test_industrial_cities_are_their_towns_with_nothing_left_over(text, town):
    found, rest = split_town(text)
    assert found is not None and found.key == town
    assert "industrial" not in rest.casefold() and "индустриал" not in rest.casefold()
