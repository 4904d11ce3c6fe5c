"""A worker shares a vacancy with a friend: the card's Share button carries a link that opens the same
card in the bot, for a registered friend at once, for a newcomer before the language screen."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from db.models import Application, Vacancy
from tests.e2e.test_jobs import add_vacancy, welder
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain


def share_link(client, t) -> tuple[str, str]:
    """The t.me link and the text the Share button on the last card hands to Telegram's share screen."""
    button = next(b for row in client.last_message().inline_keyboard for b in row if b["text"] == t("btn-share"))
    query = parse_qs(urlsplit(button["url"]).query)
    assert button["url"].startswith("https://t.me/share/url?")
    return query["url"][0], query["text"][0]


async def test_the_card_can_be_shared_and_the_link_opens_it_for_a_registered_friend(make_client, i18n, database):
    vacancy_id = await add_vacancy(database, title="Pipe Welder")
    sender = await welder(make_client, i18n, "en", user_id=7301)
    t = i18n.translator("en")
    await sender.send("/jobs")
    await sender.click(t("btn-jobs-details", n=1))
    link, text = share_link(sender, t)
    assert link == f"https://t.me/test_jobs_bot?start=v{vacancy_id}"
    assert "Pipe Welder" in text

    friend = await welder(make_client, i18n, "ru", user_id=7302)
    replies = await friend.send(f"/start v{vacancy_id}")
    ru = i18n.translator("ru")
    assert len(replies) == 1 and "Pipe Welder" in replies[0].plain_text  # the card alone
    await friend.click(ru("btn-apply"), replies[0])
    assert friend.last_text() == plain(ru("apply-created", title="Pipe Welder"))


async def test_a_newcomer_sees_the_card_first_and_applies_once_registered(make_client, i18n, database):
    vacancy_id = await add_vacancy(database, title="Pipe Welder")
    newcomer = make_client(user_id=7303, language_code="kk")
    kk = i18n.translator("kk")
    replies = await newcomer.send(f"/start v{vacancy_id}")
    card = replies[0]
    assert "Pipe Welder" in card.plain_text
    assert [m.plain_text for m in replies[1:]] == [plain(kk("vacancy-link-register")), plain(kk("choose-language"))]
    await newcomer.click(kk("btn-apply"), card)  # before registering: asked to start, nothing stored
    assert newcomer.callback_answers()[-1]["text"] == kk("jobs-need-start")

    await register(newcomer, i18n, "kk")
    await fill_profile(newcomer, i18n, "kk", "дәнекерлеуші")
    await newcomer.click(kk("btn-apply"), card)  # the same card, once the profile is ready
    async with database.sessionmaker() as session:
        applied = (await session.execute(select(Application.vacancy_id).where(Application.user_id == 7303))).scalars()
        assert list(applied) == [vacancy_id]


async def test_a_link_to_a_closed_or_unknown_vacancy_says_so_and_starts_as_usual(make_client, i18n, database):
    vacancy_id = await add_vacancy(database, status="closed")
    newcomer = make_client(user_id=7304, language_code="en")
    t = i18n.translator("en")
    replies = await newcomer.send(f"/start v{vacancy_id}")
    assert [m.plain_text for m in replies] == [plain(t("vacancy-unavailable")), plain(t("choose-language"))]
    for payload in ("v99999999", "vabc", "v", "hello", "v" + "9" * 30):
        replies = await newcomer.send(f"/start {payload}")
        assert replies[-1].plain_text == plain(t("choose-language"))
    async with database.sessionmaker() as session:
        assert (await session.get(Vacancy, vacancy_id)).status == "closed"
