"""A son or daughter fills the profile in for a parent: the bot asks for the parent's name when only the
relation is typed, and keeps the name without the words around it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import ProfileOccupation
from tests.e2e.test_registration import register
from tests.e2e.test_wizard_bad_input import profile_of
from tests.texts import plain


@pytest.mark.parametrize(("lang", "relation", "typed", "saved"), [
    ("ru", "пишу за папу", "за папу пишу: Жумабеков Нурлан", "Жумабеков Нурлан"),
    ("kk", "анам үшін", "Анамның аты Сәуле Ибраева", "Сәуле Ибраева"),
    ("en", "for my dad", "I'm writing for my dad, his name is Marat Abenov", "Marat Abenov"),
])
async def test_a_parents_name_typed_by_a_child_is_kept_alone(make_client, i18n, database, lang, relation, typed,
                                                               saved):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send(relation)
    assert client.last_text() == plain(t("error-name-relative"))
    assert (await profile_of(database, client.user_id)).full_name is None
    await client.send(typed)
    assert client.last_text() == plain(t("ask-phone"))
    assert (await profile_of(database, client.user_id)).full_name == saved


async def test_a_whole_profile_typed_by_a_daughter_for_her_father(make_client, i18n, database):
    """The years of a list of jobs are added, a bare «есть» at the certificates asks which ones, a Kyrgyz
    number with its code is kept, and a hedged «скорее нет» goes on."""
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("пишу за папу, его зовут Кожахметов Ануар")
    await client.send("папин номер +996 700 123 456")
    await client.click(t("region-zhambyl"))
    await client.send("водитель грузовика")
    await client.click(client.buttons()[0])
    await client.send("5 лет в Таразе, 4 года в Бишкеке")
    await client.send("скорее нет")
    await client.click("▫️ " + t("spoken-ru"))
    await client.click(t("btn-done"))
    await client.send("есть")
    assert client.last_text() == plain(t("error-qualifications-which"))
    await client.send("права категории C, E")
    profile = await profile_of(database, client.user_id)
    assert (profile.full_name, profile.phone, profile.qualifications) == (
        "Кожахметов Ануар", "+996700123456", "права категории C, E")
    async with database.sessionmaker() as session:
        occupation = (await session.execute(select(ProfileOccupation))).scalar_one()
    assert occupation.years == 9


async def test_an_old_town_name_a_language_said_missing_and_a_negotiable_pay(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Сапаров Жомарт")
    await client.send(t("btn-skip"))
    await client.send("Акмолинск")
    await client.send("сварщик")
    await client.click(client.buttons()[0])
    await client.send("с 07 года")
    await client.send("нет")
    await client.send("казахский, русский, английского нет")
    await client.click(t("btn-done"))
    await client.send("зарплата: по договорённости")
    assert plain(t("profile-complete")) in client.last_text()
    profile = await profile_of(database, client.user_id)
    assert (profile.region, profile.languages, profile.min_salary) == ("astana", ["kk", "ru"], None)
