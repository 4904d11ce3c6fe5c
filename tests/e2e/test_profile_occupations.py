"""A worker with a finished profile changes their occupations: adds a second trade without typing the
first again, removes one, or enters them all anew."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ProfileOccupation
from matching import occupation_title
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain


async def occupations(database, user_id: int) -> list[tuple[int, str | None, int | None]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(ProfileOccupation).where(ProfileOccupation.user_id == user_id).order_by(ProfileOccupation.position)
        )
        return [(o.position, o.isco_code, o.years) for o in rows.scalars()]


async def welder(make_client, i18n, user_id: int):
    client = make_client(user_id=user_id, language_code="ru")
    await register(client, i18n, "ru")
    await fill_profile(client, i18n, "ru", "сварщик")  # 7212, 7 years
    return client, i18n.translator("ru")


async def test_a_second_occupation_is_added_and_the_first_kept(make_client, i18n, database):
    client, t = await welder(make_client, i18n, 5401)
    await client.send("/profile")
    await client.click(t("btn-edit-occ"))
    assert "7" in client.last_text() and t("btn-occupation-redo") in client.buttons()
    assert not any(b.startswith("🗑") for b in client.buttons())  # the only occupation cannot be removed

    await client.click(t("btn-add-occupation"))
    assert client.last_text() == plain(t("ask-occupation", position=2, max=3))
    await client.send("водитель грузовика")
    await client.click(client.buttons()[0])
    await client.send("3")
    replies = await client.click(t("btn-next"))
    assert replies[-1].plain_text.startswith(plain(t("profile-updated")))
    assert [(p, c, y) for p, c, y in await occupations(database, 5401)] == [(1, "7212", 7), (2, "8332", 3)]


async def test_one_of_several_occupations_is_removed_and_the_rest_move_up(make_client, i18n, database):
    client, t = await welder(make_client, i18n, 5402)
    for trade, years in (("водитель грузовика", "3"), ("повар", "2")):
        await client.send("/profile")
        await client.click(t("btn-edit-occ"))
        await client.click(t("btn-add-occupation"))
        await client.send(trade)
        await client.click(client.buttons()[0])
        await client.send(years)
        if t("btn-next") in client.buttons():
            await client.click(t("btn-next"))
    assert [c for _, c, _ in await occupations(database, 5402)] == ["7212", "8332", "5120"]

    await client.send("/profile")
    await client.click(t("btn-edit-occ"))
    assert t("btn-add-occupation") not in client.buttons()  # three is the most
    removal = [b for b in client.buttons() if b.startswith("🗑")]
    assert len(removal) == 3
    replies = await client.click(removal[0])
    assert replies[-1].plain_text.startswith(plain(t("profile-updated")))
    assert await occupations(database, 5402) == [(1, "8332", 3), (2, "5120", 2)]


async def test_entering_them_again_replaces_them_all(make_client, i18n, database):
    client, t = await welder(make_client, i18n, 5403)
    await client.send("/profile")
    await client.click(t("btn-edit-occ"))
    await client.click(t("btn-occupation-redo"))
    assert client.last_text() == plain(t("ask-occupation", position=1, max=3))
    await client.send("повар")
    await client.click(client.buttons()[0])
    await client.send("4")
    await client.click(t("btn-next"))
    assert await occupations(database, 5403) == [(1, "5120", 4)]


async def test_a_trade_held_already_is_not_offered_again(make_client, i18n, database):
    client, t = await welder(make_client, i18n, 5405)
    await client.send("/profile")
    await client.click(t("btn-edit-occ"))
    await client.click(t("btn-add-occupation"))
    replies = await client.send("сварщик")  # the same trade again: said so, and the choice to add another or go on
    assert replies[0].plain_text == plain(t("occupation-already-held", title="Сварщики и газорезчики"))
    assert client.last_text() == plain(t("ask-more", position=2, max=3))
    await client.click(t("btn-add-occupation"))
    await client.send("электрик")  # another trade: the welder is not among its choices
    assert "Сварщики и газорезчики" not in client.buttons()
    await client.click(client.buttons()[0])
    await client.send("2")
    await client.click(t("btn-next"))
    assert [c for _, c, _ in await occupations(database, 5405)] == ["7212", "7411"]


async def test_only_trades_close_to_the_best_are_offered(make_client, i18n, database):
    """«водитель» is a car or a truck driver; a cabinet maker, far behind, is no choice to offer."""
    client, t = await welder(make_client, i18n, 5409)
    await client.send("/profile")
    await client.click(t("btn-edit-occ"))
    await client.click(t("btn-add-occupation"))
    await client.send("водитель")
    offered = client.buttons()
    assert offered == [occupation_title("8322", "ru"), occupation_title("8332", "ru"), t("btn-none-of-these")]
