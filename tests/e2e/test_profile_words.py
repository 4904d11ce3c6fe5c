"""A registered worker changes a field of the profile by writing it («поменяй регион на Алматы», "change my
salary to 2500", «аймағымды Алматыға ауыстырыңыз»): the bot shows the change and saves it only on Save."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.cards import money
from db.models import Profile
from tests.e2e.test_jobs import press
from tests.e2e.test_profile_occupations import occupations
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}


async def worker(make_client, i18n, user_id: int, lang: str):
    """A worker with a finished profile: Aidos Serikbayev, +77011234567, Mangystau, a welder of 7 years,
    Kazakh and Russian, 2 500 QAR."""
    client = make_client(user_id=user_id, language_code=lang)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, TRADE[lang])
    return client, i18n.translator(lang)


async def saved(database, user_id: int) -> Profile:
    async with database.sessionmaker() as session:
        return (await session.execute(select(Profile).where(Profile.user_id == user_id))).scalar_one()


CHANGES = [
    # (language, message, field key, old as shown, new as shown, column, value saved)
    ("ru", "поменяй регион на Алматы", "region", "region-mangystau", "region-almaty", "region", "almaty"),
    ("kk", "аймағымды Алматыға ауыстырыңыз", "region", "region-mangystau", "region-almaty", "region", "almaty"),
    ("en", "change my region to Almaty", "region", "region-mangystau", "region-almaty", "region", "almaty"),
    # a move told: the region named is the new one, the one left is not
    ("ru", "я переехала из Актау в Шымкент", "region", "region-mangystau", "region-shymkent", "region", "shymkent"),
    ("kk", "Ақтаудан Алматыға көшіп келдім", "region", "region-mangystau", "region-almaty", "region", "almaty"),
    ("en", "we relocated to Astana in spring", "region", "region-mangystau", "region-astana", "region", "astana"),
    ("ru", "мой новый номер 8 702 555 44 33", "phone", "+77011234567", "+77025554433", "phone", "+77025554433"),
    ("kk", "жаңа нөмірім 87025554433", "phone", "+77011234567", "+77025554433", "phone", "+77025554433"),
    ("en", "my new phone number is +7 702 555 44 33", "phone", "+77011234567", "+77025554433", "phone",
     "+77025554433"),
    ("ru", "измени зарплату на 3000 риалов", "salary", 2500, 3000, "min_salary", Decimal(3000)),
    ("kk", "жалақыны 3000 риалға өзгертіңіз", "salary", 2500, 3000, "min_salary", Decimal(3000)),
    ("en", "update my salary to 3,000 QAR", "salary", 2500, 3000, "min_salary", Decimal(3000)),
    ("ru", "поменяй имя на Айдос Серикулы", "name", "Aidos Serikbayev", "Айдос Серикулы", "full_name",
     "Айдос Серикулы"),
    ("kk", "атымды Айдос Серікұлы деп өзгертіңіз", "name", "Aidos Serikbayev", "Айдос Серікұлы", "full_name",
     "Айдос Серікұлы"),
    ("en", "change my name to Aidos Serikuly", "name", "Aidos Serikbayev", "Aidos Serikuly", "full_name",
     "Aidos Serikuly"),
    ("ru", "добавь английский в языки", "languages", ("kk", "ru"), ("kk", "ru", "en"), "languages",
     ["kk", "ru", "en"]),
    ("kk", "тілдерімді қазақша, ағылшынша деп өзгертіңіз", "languages", ("kk", "ru"), ("kk", "en"),
     "languages", ["kk", "en"]),
    ("en", "change my languages to English and Arabic", "languages", ("kk", "ru"), ("en", "ar"), "languages",
     ["en", "ar"]),
]


def shown(t, lang: str, field: str, value) -> str:
    if field == "region":
        return t(value)
    if field == "salary":
        return money(Decimal(value), "QAR", lang)
    if field == "languages":
        return ", ".join(t(f"spoken-{code}") for code in value)
    return value


@pytest.mark.parametrize(("lang", "text", "field", "old", "new", "column", "value"), CHANGES)
async def test_a_field_written_in_words_is_shown_then_saved(
    make_client, i18n, database, lang, text, field, old, new, column, value
):
    user_id = 6100 + CHANGES.index((lang, text, field, old, new, column, value))
    client, t = await worker(make_client, i18n, user_id, lang)
    before = getattr(await saved(database, user_id), column)
    await client.send(text)
    label = t(f"pw-field-{field}")
    assert client.last_text() == plain(t("pw-confirm", field=label, old=shown(t, lang, field, old),
                                         new=shown(t, lang, field, new)))
    assert client.buttons() == [t("btn-pw-save"), t("btn-pw-cancel")]
    assert getattr(await saved(database, user_id), column) == before  # nothing before Save

    await client.click(t("btn-pw-save"))
    assert client.last_text() == plain(t("pw-saved", field=label, new=shown(t, lang, field, new)))
    assert getattr(await saved(database, user_id), column) == value


@pytest.mark.parametrize(("lang", "text"), [("ru", "поменяй регион на Алматы"), ("en", "set my salary to 4000")])
async def test_cancel_saves_nothing_and_its_button_then_is_stale(make_client, i18n, database, lang, text):
    user_id = 6201 if lang == "ru" else 6202
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    await client.click(t("btn-pw-cancel"))
    assert client.last_text() == plain(t("pw-cancelled"))
    profile = await saved(database, user_id)
    assert (profile.region, profile.min_salary) == ("mangystau", Decimal(2500))


async def test_a_stale_button_changes_nothing(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6203, "ru")
    await client.send("поменяй регион на Алматы")
    first = client.last_message()
    await client.send("поменяй регион на Шымкент")  # a newer request: the first one's buttons are stale
    await client.click(t("btn-pw-save"), message=first)
    assert client.callback_answers()[-1].get("text") == t("button-outdated")
    assert (await saved(database, 6203)).region == "mangystau"

    await client.click(t("btn-pw-save"))
    assert (await saved(database, 6203)).region == "shymkent"
    await client.click(t("btn-pw-save"))  # pressed again after saving
    assert client.callback_answers()[-1].get("text") == t("button-outdated")


async def test_a_forged_button_changes_nothing(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6204, "ru")
    await client.send("поменяй регион на Алматы")
    for data in ("pw:1:999999", "pw:1:x", "pw:1"):  # another change's id, or data that is no id at all
        await press(client, data)
        assert client.callback_answers()[-1].get("text") == t("button-outdated")
    assert (await saved(database, 6204)).region == "mangystau"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("ru", "поменяй регион на Марс", "chat-profile"),
    ("ru", "как поменять номер?", "chat-contact"),
    ("en", "how do I change my phone number?", "chat-contact"),
    ("ru", "87011234567", "chat-contact"),
    ("kk", "аймағымды Марсқа ауыстырыңыз", "chat-profile"),
])
async def test_what_is_no_clear_change_keeps_its_answer(make_client, i18n, database, settings, lang, text, key):
    user_id = 6300 + len(text)
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    assert client.last_text() == plain(t(key, hotline=settings.hotline))
    assert (await saved(database, user_id)).region == "mangystau"


@pytest.mark.parametrize(("lang", "text"), [("ru", "добавь профессию электрик"), ("kk", "электрик мамандығын қосыңыз"),
                                            ("en", "add electrician to my trades")])
async def test_a_trade_is_added_through_the_choice_of_occupations(make_client, i18n, database, lang, text):
    user_id = {"ru": 6401, "kk": 6402, "en": 6403}[lang]
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    assert client.last_text() == plain(t("ask-occupation_pick"))
    assert len(await occupations(database, user_id)) == 1  # nothing before the pick
    await client.click(client.buttons()[0])
    await client.send("4")
    await client.click(t("btn-next"))
    held = await occupations(database, user_id)
    assert [(p, y) for p, _, y in held] == [(1, 7), (2, 4)] and held[1][1].startswith("74")


async def test_no_fourth_trade_is_added(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6404, "ru")
    for trade in ("водитель грузовика", "повар"):
        await client.send(f"добавь профессию {trade}")
        await client.click(client.buttons()[0])
        await client.send("2")
        if t("btn-next") in client.buttons():
            await client.click(t("btn-next"))
    assert len(await occupations(database, 6404)) == 3
    await client.send("добавь профессию электрик")
    assert client.last_text().startswith(plain(t("pw-occupations-full", max=3)).split("\n")[0])
    assert t("btn-add-occupation") not in client.buttons()
    assert len(await occupations(database, 6404)) == 3


async def test_a_trade_given_up_in_words_is_taken_off_only_by_its_button(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6501, "ru")
    await client.send("добавь профессию повар")
    await client.click(client.buttons()[0])
    await client.send("3")
    if t("btn-next") in client.buttons():
        await client.click(t("btn-next"))
    assert len(await occupations(database, 6501)) == 2

    await client.send("я уже не работаю поваром")
    assert client.last_text().startswith(plain(t("pw-occupation-remove")))
    removes = [label for label in client.buttons() if label.startswith(t("btn-occupation-remove", title="")[:5])]
    assert len(removes) == 2
    assert len(await occupations(database, 6501)) == 2  # nothing before the press

    await client.click(removes[1])
    held = await occupations(database, 6501)
    assert [code[:2] for _, code, _ in held] == ["72"]  # the welder stays, the cook is gone


async def test_the_last_trade_is_replaced_not_removed(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6502, "en")
    await client.send("I'm no longer a welder")
    assert client.last_text().startswith(plain(t("pw-occupation-last")))
    assert t("btn-occupation-redo") in client.buttons()
    assert not any(label.startswith(t("btn-occupation-remove", title="")[:5]) for label in client.buttons())
    assert len(await occupations(database, 6502)) == 1


@pytest.mark.parametrize(("user_id", "lang", "text", "new"), [
    # a move told in a longer message that asks for the change too
    (6503, "ru", "мы всей семьёй переехали из Актау в Павлодар прошлой осенью, поменяйте регион пожалуйста",
     "region-pavlodar"),
    # a mistake made at registration corrected
    (6504, "kk", "тіркелгенде қателестім, облысым Маңғыстау емес, Атырау", "region-atyrau"),
    (6505, "en", "I now live in Kostanay", "region-kostanay"),
])
async def test_a_region_told_in_a_story_or_a_correction_is_offered(make_client, i18n, database, user_id, lang, text,
                                                                  new):
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    assert client.last_text() == plain(t("pw-confirm", field=t("pw-field-region"), old=t("region-mangystau"),
                                         new=t(new)))
    assert (await saved(database, user_id)).region == "mangystau"


@pytest.mark.parametrize(("user_id", "lang", "text"), [
    (6506, "ru", "у брата новый номер 87025556677"),
    (6507, "kk", "егер Атырауға көшсем, аймақты ауыстыру керек пе?"),
    (6508, "en", "don't change my salary to 1500"),
])
async def test_a_relatives_number_a_supposition_or_a_refusal_offers_no_change(make_client, i18n, database, user_id,
                                                                             lang, text):
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(text)
    assert t("btn-pw-save") not in client.buttons()
    profile = await saved(database, user_id)
    assert (profile.phone, profile.region, profile.min_salary) == ("+77011234567", "mangystau", Decimal(2500))
