"""An audience typed as it is said: «всем подряд» is everyone, and "who's" in English is "who has" or "who is",
whichever names workers."""

from bot.broadcast_audience import read_audience


def test_everyone_without_exception_is_everyone() -> None:
    assert read_audience("всем подряд", {}).kind == "all"


def test_whos_reads_as_who_has_or_who_is() -> None:
    assert read_audience("all who's departed", {}).value == "departed"
    assert read_audience("everybody who's at the interview stage", {}).value == "interview"
