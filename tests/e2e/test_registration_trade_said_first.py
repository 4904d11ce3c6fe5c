"""A worker registering names the trade first and then where he worked, in words that other trades' names
hold; the bot offers the trade to confirm instead of asking again."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ProfileOccupation
from tests.e2e.test_registration import register
from tests.texts import plain


async def test_a_guard_who_says_where_he_stood_is_offered_the_guards_trade(make_client, i18n, database):
    client = make_client(user_id=5611, language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Ерлан Сапаров")
    await client.share_contact("77011234568")
    await client.click(t("region-mangystau"))

    await client.send("охранница в бизнес центре на ресепшене сидела")
    assert client.last_text() == plain(t("ask-occupation_pick"))
    assert t("btn-none-of-these") in client.buttons()
    await client.click(client.buttons()[0])
    assert client.last_text() == plain(t("ask-years"))
    await client.send("4 года")

    async with database.sessionmaker() as session:
        rows = (await session.execute(select(ProfileOccupation))).scalars().all()
    assert [(o.isco_code, o.years) for o in rows] == [("5414", 4)]
