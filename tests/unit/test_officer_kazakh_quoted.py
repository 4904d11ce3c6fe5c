"""A Kazakh announcement dictated as «[to whom] [what] деп [write / tell]»: the audience is what names the workers,
the text is everything quoted before «деп», and asking to write it is asking to send it."""

from bot.broadcast_audience import broadcast_for


def test_asking_to_write_a_quoted_text_is_an_announcement() -> None:
    request = broadcast_for("сантехниктерге құжат тапсыру жұмада аяқталады деп жазыңызшы")
    assert request is not None
    assert (request.audience, request.said) == ("сантехниктерге", "құжат тапсыру жұмада аяқталады")


def test_a_place_in_the_dative_inside_the_text_does_not_join_the_audience() -> None:
    request = broadcast_for("Шымкент электриктеріне жиналыс үлкен залға ауысты деп жіберіңіз")
    assert request is not None
    assert (request.audience, request.said) == ("Шымкент электриктеріне", "жиналыс үлкен залға ауысты")


def test_asking_to_write_on_russian_keys_is_an_announcement_too() -> None:
    request = broadcast_for("аспаздарга сухбат сагат 10-да деп жазыныз")
    assert request is not None and request.audience == "аспаздарга"
