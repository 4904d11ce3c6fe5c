"""A remark that the announcement's text comes next is no text: the audience is read and the text asked for."""

from bot.broadcast_audience import broadcast_for


def test_a_remark_before_the_audience_is_not_sent_as_the_text() -> None:
    request = broadcast_for("текст скину отдельно, рассылка сварщикам")
    assert request is not None and request.audience.endswith("сварщикам") and not request.said
    assert not request.text_follows


def test_a_kazakh_remark_after_the_audience_is_not_the_text() -> None:
    request = broadcast_for("мәтінін кейін жазамын, аспаздарға жіберу керек")
    assert request is not None and not request.said


def test_an_english_remark_is_not_the_text() -> None:
    request = broadcast_for("I'll type the text later, send it to everyone with an offer")
    assert request is not None and not request.said


def test_a_text_after_a_colon_is_kept() -> None:
    request = broadcast_for("рассылка поварам: собрание в пятницу")
    assert request is not None and request.text_follows  # the text after the colon goes to the preview
