"""A trade told through where and for whom it was done (an oil field, a fast-food chain), said by the work or
its product («кую ворота», "I pour concrete"), or in the slang of the site («водила», «ложу плитку»)."""

import pytest

from matching import suggest_occupations


def _first(text: str) -> str:
    return suggest_occupations(text)[0].code


def _codes(text: str) -> list[str]:
    return [match.code for match in suggest_occupations(text)]


@pytest.mark.parametrize(
    "text",
    ["оператор на Тенгизе", "KPO operator", "Қашағанда оператор болдым", "operator at Tengiz"],
)
def test_an_operator_at_an_oil_field_is_the_oil_and_gas_operator(text):
    # «оператор» alone is first the data entry operator; at Tengiz or Kashagan he runs the process plant.
    assert _first(text) == "3134", suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("на Тенгизе 4 года сварщиком, ТШО", "7212"),
        ("TCO Tengiz insulator 4 yrs", "7124"),
        ("welder at Qatargas LNG", "7212"),
        ("ТШО-да бетоншы болдым", "7114"),
    ],
)
def test_the_oil_fields_name_leaves_the_trade_said_beside_it(text, code):
    # Said alone, the field's name only says where: it must not come before the welder or the insulator.
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(
    "text", ["McDonald's crew member", "crew member at KFC", "работала в Макдональдсе"]
)
def test_the_crew_of_a_fast_food_chain_is_no_ships_crew(text):
    assert _first(text) == "9411", suggest_occupations(text)


def test_drivers_slang_and_short_form_meet_the_driver_and_wood_does_not():
    assert _first("водила камаз") == "8332"
    assert set(_codes("вод. доха")[:2]) == {"8322", "8332"}
    assert "8322" not in _codes("wood") and "8332" not in _codes("wood")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("кую ворота и решётки", "7221"),
        ("I pour concrete and do screed", "7114"),
        ("делаю стяжку и наливные полы", "7114"),
        ("кухонные гарнитуры собираю и ставлю", "7522"),
        ("licensed blaster, limestone quarry", "7542"),
        ("precast factory worker, casting moulds", "8114"),
        ("ППС 6 лет, сержант полиции", "5412"),
        ("служил в Нацгвардии, караульная служба", "5414"),
    ],
)
def test_the_work_or_its_product_names_the_trade(text, code):
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(("text", "code"), [("ложил кирпич", "7112"), ("ложу плитку", "7122")])
def test_the_sites_word_for_laying_names_the_layer_surely(text, code):
    # «ложу» is the builders' «кладу»: the bot is sure enough of the trade to say it, not only to guess it.
    found = suggest_occupations(text)[0]
    assert (found.code, found.score >= 80) == (code, True), found
