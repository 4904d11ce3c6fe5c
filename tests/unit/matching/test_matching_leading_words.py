"""A worker names the trade first and then where, on what and for whom; the words after it must not hide it."""

from __future__ import annotations

import pytest

from matching import suggest_occupations
from matching.occupations import SURE_SCORE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("электросварщик по газопроводам высокого давления", "7212"),
        ("охранница в бизнес центре на ресепшене сидела", "5414"),
        ("делаю шкафы купе на заказ", "7522"),
    ],
)
def test_a_trade_said_first_is_offered_when_the_whole_message_names_none(text, code):
    found = suggest_occupations(text)
    assert found and found[0].code == code
    # A guess from part of the message is offered to confirm, never taken as sure.
    assert found[0].score < SURE_SCORE


@pytest.mark.parametrize("text", ["как дела", "сколько платят в месяц", "привет"])
def test_chatter_still_names_no_trade(text):
    assert suggest_occupations(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("мастером п/о", "2320"), ("мастер п.о. по токарному делу", "2320"), ("Мастер П/О", "2320")],
)
def test_the_short_form_of_a_vocational_training_master_is_read(text, code):
    assert suggest_occupations(text)[0].code == code


def test_a_master_of_a_repair_keeps_his_trade():
    assert suggest_occupations("мастер по ремонту обуви")[0].code == "7536"


@pytest.mark.parametrize(
    ("text", "code"), [("мужу работа сварщиком есть", "7212"), ("жене нужна работа, она повар", "5120")]
)
def test_a_message_for_a_husband_or_a_wife_names_their_trade_surely_and_not_the_handyman(text, code):
    """«мужу» met «муж на час», the handyman, and counted against the trade as a word of its own."""
    found = suggest_occupations(text)
    assert found[0].code == code and found[0].score >= SURE_SCORE
    assert "9622" not in {match.code for match in found}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("кухни на заказ делаю", "7522"),
        ("маляр в покрасочной камере", "7132"),
        ("катокшы болып істедім", "8342"),
        ("управляющая кофейней", "1412"),
        ("технолог общепита", "3434"),
        ("website builder", "2513"),
    ],
)
def test_the_words_workers_use_for_these_trades_are_known(text, code):
    assert suggest_occupations(text)[0].code == code
