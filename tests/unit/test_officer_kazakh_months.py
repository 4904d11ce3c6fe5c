"""A month named in Kazakh's locative («қазанда», «шілдеде») is the period the figures are asked for: how many
applications came in that month is the statistics, not a count of the workers at hand."""

from bot.broadcast_audience import figures_asked, how_many_asked, without_period


def test_a_month_in_the_locative_is_a_period() -> None:
    assert without_period("шілдеде өтінім") == "өтінім"
    assert without_period("mamyrda otinim").strip() == "otinim"


def test_how_many_applications_in_a_kazakh_month_is_the_statistics() -> None:
    asked = how_many_asked("қыркүйекте неше өтінім түсті")
    assert asked is not None and figures_asked(asked)
