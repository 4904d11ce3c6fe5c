"""How a worker names his trade in a hurry: by what he does, by where he did it, or as the ear spells it."""

import pytest

from matching import suggest_occupations


def _first(query: str) -> str:
    found = suggest_occupations(query, limit=5)
    assert found, query
    return found[0].code


# Kazakh «машина» alone is the car, as «көлік» is: the lorry is the «жүк машинасы».
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("жеңіл машина жүргіземін", "8322"),
        ("mashina aidaimyn", "8322"),
        ("жүк машинасын жүргіземін", "8332"),
    ],
)
def test_a_kazakh_car_is_driven_by_the_car_driver(query: str, code: str) -> None:
    assert _first(query) == code


# «жүк тасушы» carries loads in a warehouse and luggage in a hotel.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("қонақүйдегі жүк тасушымын", "9621"),
        ("қоймада жүк тасушымын", "9333"),
    ],
)
def test_the_hotel_says_whose_loads_are_carried(query: str, code: str) -> None:
    assert _first(query) == code


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("делала ногти", "5142"),
        ("мерч по супермаркетам", "9334"),
    ],
)
def test_a_beauty_salon_and_a_shop_floor_trade_said_short(query: str, code: str) -> None:
    assert _first(query) == code


# Russian hears the unstressed «-ик» of a trade as «-ек».
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("мяснек на базаре", "7511"),
        ("сантехнек в жкх", "7126"),
    ],
)
def test_a_trade_ending_heard_as_ek_is_the_trade(query: str, code: str) -> None:
    assert _first(query) == code


# "I cut ..." is the cutter of what he cuts; the grass cut is still the gardener's.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("I cut hair at home", "5141"),
        ("cut meat", "7511"),
        ("I cut grass", "9214"),
    ],
)
def test_what_is_cut_names_the_cutter(query: str, code: str) -> None:
    assert _first(query) == code


# A slash between two initials is typed for the "&" of a job ad: E/I is electrical and instrumentation,
# while A/C stays the air conditioner.
@pytest.mark.parametrize(
    ("query", "accepted"),
    [
        ("e/i tech", {"3114", "3113", "7412", "7421"}),
        ("a/c mechanic", {"7127"}),
    ],
)
def test_initials_with_a_slash_are_the_fields_they_stand_for(query: str, accepted: set[str]) -> None:
    assert _first(query) in accepted


def test_the_kazakh_word_for_a_hotel_reception_is_the_receptionist() -> None:
    assert _first("ресепшенші болдым") == "4224"


# The rigger of a Gulf oil and gas site slings loads; the oil field he names is where, as a plant is.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("rigger in oil field", "7215"),
        ("oil rigger, 5 years", "7215"),
        ("cook at oil field", "5120"),
        ("roustabout on oil rig", "8113"),
    ],
)
def test_an_oil_field_says_where_the_trade_was_done(query: str, code: str) -> None:
    assert _first(query) == code
