"""A worker registers and builds a profile, through the real dispatcher and the fake Telegram."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.i18n import I18n
from bot.cards import money
from tests.texts import plain
from db.models import Certificate, FsmRecord, Profile, ProfileOccupation, User


async def register(client, i18n: I18n, lang: str) -> None:
    """/start, pick the language, agree: the wizard's first question follows."""
    t = i18n.translator(lang)
    await client.send("/start")
    name = {"kk": "Қазақша", "ru": "Русский", "en": "English"}[lang]
    await client.click(next(label for label in client.buttons() if label.endswith(name)))
    assert "personal data" in client.last_text() or "дербес" in client.last_text().lower() \
        or "персональных" in client.last_text()
    await client.click(t("btn-consent-agree"))
    assert client.last_text() == plain(t("ask-name"))


async def fill_profile(client, i18n: I18n, lang: str, occupation: str) -> None:
    t = i18n.translator(lang)
    await client.send("Aidos Serikbayev")
    assert client.last_text() == plain(t("ask-phone"))
    await client.share_contact("77011234567")
    assert client.last_text() == plain(t("ask-region"))
    await client.click(t("region-mangystau"))
    assert client.last_text().startswith(t("ask-occupation", position=1).split(":")[0][:20])
    await client.send(occupation)
    # Suggestions in the worker's language, plus "none of these".
    assert client.last_text() == plain(t("ask-occupation_pick"))
    assert t("btn-none-of-these") in client.buttons()
    await client.click(client.buttons()[0])
    assert client.last_text() == plain(t("ask-years"))
    await client.send("7 лет" if lang == "ru" else "7")
    assert client.last_text() == plain(t("ask-more", max=3))
    await client.click(t("btn-next"))
    await client.click("▫️ " + t("spoken-kk"))
    await client.click("▫️ " + t("spoken-ru"))
    await client.click(t("btn-done"))
    assert client.last_text() == plain(t("ask-qualifications"))
    await client.send("НАКС, 6G")
    await client.send_document(filename="naks.pdf", content=b"%PDF-1.4 cert", mime="application/pdf")
    await client.click(t("btn-done"))
    assert client.last_text() == plain(t("ask-salary"))
    await client.send("2 500")


@pytest.mark.parametrize(
    ("lang", "telegram_language", "occupation", "code"),
    [("kk", "kk", "дәнекерлеуші", "7212"), ("ru", "ru", "сварщиком", "7212"), ("en", "en", "welder", "7212")],
)
async def test_worker_registers_in_each_language(
    make_client, i18n, database, lang, telegram_language, occupation, code
):
    client = make_client(user_id=5000 + len(lang) + ord(lang[0]), language_code=telegram_language)
    await register(client, i18n, lang)
    await fill_profile(client, i18n, lang, occupation)

    t = i18n.translator(lang)
    card = client.last_text()
    assert "Aidos Serikbayev" in card
    assert t("region-mangystau") in card
    assert money(2500, "QAR", lang) in card  # "2 500 QAR", or "2,500 QAR" in English
    assert t("btn-edit-name") in client.buttons()

    async with database.sessionmaker() as session:
        user = await session.get(User, client.user_id)
        profile = await session.get(Profile, client.user_id)
        occupations = (await session.execute(select(ProfileOccupation))).scalars().all()
        certificates = (await session.execute(select(Certificate))).scalars().all()
    assert user.language == lang and user.consent_at is not None and user.role == "worker"
    assert profile.phone == "+77011234567"
    assert profile.region == "mangystau"
    assert profile.languages == ["kk", "ru"]
    assert profile.completed_at is not None
    assert [(o.isco_code, o.years) for o in occupations] == [(code, 7)]
    assert [c.file_name for c in certificates] == ["naks.pdf"]


async def test_a_returning_worker_and_an_edited_field_get_one_message_each(make_client, i18n):
    client = make_client(user_id=5301, language_code="en")
    t = i18n.translator("en")
    await register(client, i18n, "en")
    await fill_profile(client, i18n, "en", "welder")

    replies = await client.send("/start")
    assert [m.plain_text for m in replies] == [plain(f"{t('welcome-back')}\n{t('help-short')}")]

    await client.send("/profile")
    await client.click(t("btn-edit-salary"))
    assert client.last_text() == plain(t("ask-salary"))
    replies = await client.send("3000")
    assert len(replies) == 1  # the news and the card together, with the card's buttons
    assert replies[0].plain_text.startswith(plain(t("profile-updated")))
    assert money(3000, "QAR", "en") in replies[0].plain_text
    assert t("btn-edit-salary") in client.buttons(replies[0])

    # The phone is answered on a reply keyboard, which its own confirmation takes away.
    await client.send("/profile")
    await client.click(t("btn-edit-phone"))
    replies = await client.share_contact("77019876543")
    assert [m.plain_text for m in replies][0] == plain(t("phone-saved"))
    assert replies[0].reply_markup == {"remove_keyboard": True}
    assert len(replies) == 2 and replies[1].plain_text.startswith(plain(t("profile-updated")))
    assert "+77019876543" in replies[1].plain_text and t("btn-edit-phone") in client.buttons(replies[1])


async def test_language_is_preselected_from_telegram(make_client):
    client = make_client(language_code="kk")
    await client.send("/start")
    assert "✅ Қазақша" in client.buttons()
    other = make_client(user_id=2002, language_code="de")
    await other.send("/start")
    assert "✅ Русский" in other.buttons()


async def test_declining_consent_stores_nothing(make_client, i18n, database):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await client.send("/start")
    await client.click("✅ English")
    await client.click(t("btn-consent-decline"))
    assert client.last_text() == plain(t("consent-declined"))
    assert "/start" in client.last_text()
    async with database.sessionmaker() as session:
        for table in (User, Profile, FsmRecord):
            assert await session.scalar(select(func.count()).select_from(table)) == 0


async def test_a_worker_who_types_instead_of_pressing_is_answered_for_the_screen_they_are_on(
    make_client, i18n, database
):
    """Before, every word typed on the language or consent screen was answered "send /start", which
    the worker had just done."""
    client = make_client(language_code="kk")
    kk, ru = i18n.translator("kk"), i18n.translator("ru")
    await client.send("/start")

    await client.send("сәлем")  # not a language: the buttons again
    assert client.last_text() == plain(kk("choose-language"))
    assert "✅ Қазақша" in client.buttons()

    await client.send("Русский язык")  # a language typed by name is chosen
    assert client.last_text() == plain(ru("consent-notice"))
    assert client.buttons() == [ru("btn-consent-agree"), ru("btn-consent-decline")]

    await client.send("да")  # consent is given with its button only: a reminder, the buttons under it
    assert client.last_text() == plain(ru("expect-consent"))
    assert ru("btn-consent-agree") in client.last_text()
    assert client.buttons() == [ru("btn-consent-agree"), ru("btn-consent-decline")]
    await client.send_sticker()
    assert client.last_text() == plain(ru("expect-consent"))
    async with database.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 0

    await client.send("/help")  # commands still work on these screens
    assert client.last_text() == plain(ru("help"))

    await client.click(ru("btn-consent-agree"))
    assert client.last_text() == plain(ru("ask-name"))
    async with database.sessionmaker() as session:
        assert (await session.get(User, client.user_id)).language == "ru"


async def test_cancel_before_consent_keeps_nothing(make_client, i18n, database):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await client.send("/start")
    await client.click("✅ English")
    await client.send("/cancel")
    assert client.last_text() == plain(t("consent-declined"))
    async with database.sessionmaker() as session:
        for table in (User, Profile, FsmRecord):
            assert await session.scalar(select(func.count()).select_from(table)) == 0
    await client.send("hello")  # changed their mind: the first screen again, with nothing kept before it
    assert client.last_text() == plain(f"{t('stranger-welcome')}\n\n{t('choose-language')}")


async def test_commands_menu_follows_chosen_language(make_client, telegram, i18n):
    client = make_client(language_code="ru")
    await register(client, i18n, "en")
    scoped = telegram.my_commands(scope={"type": "chat", "chat_id": client.user_id})
    assert scoped and scoped[0]["description"] == i18n.translator("en")("cmd-start")
