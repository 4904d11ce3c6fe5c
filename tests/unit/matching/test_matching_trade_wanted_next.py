"""A worker who tells the trade he did before and the one he wants now is asking for the one he wants."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "wanted", "done_before"),
    [
        ("до этого работала кассиром, а сейчас хочу поваром", "5120", "5230"),
        ("был таксистом лет пять, теперь хочу крановщиком", "8343", "8322"),
        ("бұрын аспаз болдым, енді даяшы болғым келеді", "5131", "5120"),
        ("buryn kuzetshi boldym endi elektrik bolgym keledi", "7411", "5414"),
        ("I used to be a plumber, now I would like to work as a welder", "7212", "7126"),
        ("formerly a cleaner, now looking for a housemaid job", "9111", "9112"),
        ("штукатуром работала, ищу работу няней", "5311", "7123"),
    ],
)
def test_the_trade_wanted_now_comes_before_the_one_done(query: str, wanted: str, done_before: str) -> None:
    codes = [match.code for match in suggest_occupations(query, limit=5)]
    assert codes[0] == wanted
    assert done_before in codes


@pytest.mark.parametrize(
    ("query", "trade"),
    [
        # A wish that names no trade leaves the trade the worker did.
        ("работал каменщиком 8 лет, сейчас хочу поехать за границу", "7112"),
        ("I was a cook in a hotel and now I want to go abroad", "5120"),
        # The wish said first is read as the message's first trade.
        ("хочу работать поваром, раньше был официантом", "5120"),
    ],
)
def test_a_wish_without_a_trade_keeps_the_trade_done(query: str, trade: str) -> None:
    assert suggest_occupations(query, limit=1)[0].code == trade
