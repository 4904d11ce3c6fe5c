"""The salary step offers a pay written in dollars in riyals at the fixed rate, both sums shown; the riyals
are kept only when the worker presses Save or says yes, and a «no» asks for the sum in riyals again."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.cards import money
from tests.e2e.test_wizard_bad_input import profile_of, up_to_the_occupation
from tests.texts import plain


async def up_to_the_salary(client, i18n, lang: str) -> None:
    """A trade kept as typed, no experience, one language, no certificates: the salary question is open."""
    t = i18n.translator(lang)
    await up_to_the_occupation(client, i18n, lang, name="Ержан Сатпаев", region="astana")
    await client.send("qwerty asdf")
    await client.send("0")
    await client.click(t("btn-next"))
    await client.click("▫️ " + t("spoken-ru"))
    await client.click(t("btn-done"))
    await client.click(t("btn-done"))
    assert client.last_text() == plain(t("ask-salary"))


def offer(t, lang: str, dollars: int, riyals: int) -> str:
    return plain(t("wizard-salary-dollars", dollars=money(Decimal(dollars), "USD", lang),
                   riyals=money(Decimal(riyals), "QAR", lang)))


@pytest.mark.parametrize(("lang", "answer", "dollars", "riyals"), [
    ("ru", "не меньше 650 долларов", 650, 2366),
    ("en", "USD 1100 a month", 1100, 4004),
])
async def test_a_pay_in_dollars_is_saved_in_riyals_on_save(make_client, i18n, database, lang, answer, dollars, riyals):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await up_to_the_salary(client, i18n, lang)
    await client.send(answer)
    assert client.last_text() == offer(t, lang, dollars, riyals)
    assert client.buttons() == [t("btn-pw-save"), t("btn-skip")]
    assert (await profile_of(database, client.user_id)).min_salary is None  # nothing before Save
    await client.click(t("btn-pw-save"))
    profile = await profile_of(database, client.user_id)
    assert profile.min_salary == Decimal(riyals) and profile.completed_at is not None


async def test_a_yes_typed_saves_the_riyals_and_a_no_asks_again(make_client, i18n, database):
    client = make_client(language_code="kk")
    t = i18n.translator("kk")
    await up_to_the_salary(client, i18n, "kk")
    await client.send("550 доллар")
    assert client.last_text() == offer(t, "kk", 550, 2002)
    await client.send("жоқ")  # not the step skipped: the sum asked again in riyals
    assert client.last_text() == plain(t("ask-salary"))
    assert (await profile_of(database, client.user_id)).completed_at is None
    await client.send("$700")
    await client.send("иә")
    assert (await profile_of(database, client.user_id)).min_salary == Decimal(2548)


async def test_another_sum_typed_after_the_offer_is_read_as_usual(make_client, i18n, database):
    client = make_client(language_code="ru")
    await up_to_the_salary(client, i18n, "ru")
    await client.send("900 баксов")
    await client.send("3000")  # a bare sum in riyals instead of Save
    assert (await profile_of(database, client.user_id)).min_salary == Decimal(3000)
