"""An announcement dictated with «что» or "that" in place of a colon, however the officer begins or orders it: the
audience is who is named before «что», the text is what follows; a pronoun names no one the bot can find."""

from bot.broadcast_audience import broadcast_for, read_audience


def test_an_announcement_told_with_a_verb_of_saying_is_sent() -> None:
    request = broadcast_for("скажите плотникам что автобус будет в 7")
    assert request is not None
    assert (request.audience, request.said) == ("плотникам", "автобус будет в 7")


def test_the_audience_may_come_before_the_verb_of_writing() -> None:
    request = broadcast_for("всем с визой напишите что рейс задерживается")
    assert request is not None
    assert (request.audience, request.said) == ("всем с визой", "рейс задерживается")


def test_a_first_breath_of_dictation_is_no_part_of_the_audience() -> None:
    request = broadcast_for("ок ну вот разошли каменщикам что приём продлён")
    assert request is not None and request.audience == "каменщикам"
    request = broadcast_for("okay well send the cooks that the bus leaves at 7")
    assert request is not None and request.audience == "the cooks"


def test_a_colloquial_shto_stands_for_chto() -> None:
    request = broadcast_for("напомни поварам што завтра медкомиссия")
    assert request is not None and request.said == "завтра медкомиссия"


def test_a_pronoun_names_no_audience() -> None:
    assert not read_audience("им", {}).understood
    assert not read_audience("them", {}).trades


def test_saying_something_to_a_colleague_is_no_announcement() -> None:
    assert broadcast_for("скажи Ерлану что отчёт уже готов") is None
