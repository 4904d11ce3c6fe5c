"""What a worker adds to his trade when asked for it: the electrician's safety group, a machine's load, the
power tools he handles, the place he worked at in a clause of its own, and the Kazakh job ad's dative."""

from __future__ import annotations

import pytest

from matching import suggest_occupations
from matching.occupations import SURE_SCORE

ELECTRICIAN = {"7411", "7412"}


def _first(text: str) -> tuple[str, float]:
    found = suggest_occupations(text)
    assert found, text
    return found[0].code, found[0].score


@pytest.mark.parametrize(
    "text",
    ["электриктің 3 тобы бар", "электромонтер 4 гр. допуска", "electrician, group 4 clearance"],
)
def test_the_electrical_safety_group_leaves_the_electrician_sure(text):
    code, score = _first(text)
    assert code in ELECTRICIAN
    assert score >= SURE_SCORE


def test_a_team_named_by_its_group_is_no_safety_group():
    """Without a number beside it, «группы» is a team, and the team's head is still offered."""
    assert _first("руководитель группы продаж")[0] == "1221"


@pytest.mark.parametrize(
    ("text", "code"),
    [("mobile crane operator 80 tons", "8343"), ("автокран машинисі 32 тонналық", "8343")],
)
def test_a_machines_load_does_not_count_against_its_operator(text, code):
    found_code, score = _first(text)
    assert found_code == code
    assert score >= SURE_SCORE


@pytest.mark.parametrize(
    "text", ["перфоратор, шуруповерт, болгарка", "шуруповерт, перфоратор - бәрі бар", "bolgarka men perforator"]
)
def test_a_worker_who_names_only_his_power_tools_is_offered_the_general_hand(text):
    assert _first(text)[0] in {"9313", "9622"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("сантехник, болгарка и перфоратор свои", "7126"),
        ("болгаркамен және дәнекерлеу аппаратымен жұмыс істеймін", "7212"),
    ],
)
def test_tools_beside_a_trade_leave_the_trade_first(text, code):
    assert _first(text)[0] == code


def test_a_clause_that_only_says_where_does_not_outrank_the_trade():
    """«қоймада» alone is the storekeeper's warehouse; after the forklift driver it only says where."""
    assert _first("погрузчикші, қоймада")[0] == "8344"


@pytest.mark.parametrize("text", ["Құрылысқа бетоншылар керек", "Qurylysqa betonshylar kerek"])
def test_a_kazakh_ad_names_the_trade_wanted_not_the_site(text):
    assert _first(text)[0] == "7114"


def test_a_trade_ending_like_a_dative_before_a_comma_is_still_the_trade():
    """«медбике» ends as a dative does; before a comma it is the nurse the worker is, not a place."""
    assert _first("медбике, маған үй керек")[0] in {"2221", "3221"}


def test_a_helper_wanted_for_a_trade_in_an_ad_is_still_that_trades_helper():
    assert _first("Аспазға көмекші керек")[0] == "9412"


def test_working_typed_apart_from_its_word_is_read_with_it():
    assert _first("wood working machine operator")[0] == "7523"
    assert _first("wood working")[0] != "8322"
