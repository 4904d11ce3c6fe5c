"""A profile dictated by voice: fillers before the name, a skip typed at the name, the phone said in groups
with pauses, a period of work told in Kazakh, and a salary the worker does not know."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ProfileOccupation
from tests.e2e.test_registration import register
from tests.e2e.test_wizard_bad_input import profile_of
from tests.texts import plain


async def test_a_profile_dictated_in_kazakh_with_pauses(make_client, i18n, database):
    client = make_client(language_code="kk")
    t = i18n.translator("kk")
    await register(client, i18n, "kk")
    await client.send("өткізу")
    assert client.last_text() == plain(t("error-name-question"))
    await client.send("ммм, атым Бақыт Жұмағұлов, қырық бес жастамын")
    assert client.last_text() == plain(t("ask-phone"))
    await client.send("сегіз жеті жүз жеті, бес жүз елу бес, он бір, жиырма екі")
    await client.click(t("region-karaganda"))
    await client.send("жүргізуші")
    await client.click(client.buttons()[0])
    await client.send("2006 жылдан 2018 жылға дейін")
    await client.send("жоқ, бітті")
    await client.click("▫️ " + t("spoken-kk"))
    await client.click(t("btn-done"))
    await client.send("кейін қосамын")
    await client.send("білмеймін")
    assert plain(t("profile-complete")) in client.last_text()
    profile = await profile_of(database, client.user_id)
    assert (profile.full_name, profile.phone, profile.qualifications, profile.min_salary) == (
        "Бақыт Жұмағұлов", "+77075551122", None, None)
    async with database.sessionmaker() as session:
        occupation = (await session.execute(select(ProfileOccupation))).scalar_one()
    assert occupation.years == 12
