"""Someone adds the bot to a group: nothing personal may show there, so it says where to write and leaves."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import User
from tests.e2e.test_registration import register
from tests.texts import plain

GROUP_ID = -1_001_234_567_890


def joined(telegram, user, chat_type: str = "supergroup") -> dict:
    """The bot becomes a member. (A channel makes it an administrator, whose fields differ between the
    Bot API copy the fake checks against and aiogram's newer one: see telegram-bot-api.SOURCE.md.)"""
    chat = telegram.add_chat(GROUP_ID, "Welders of Aktau", chat_type)
    return {"my_chat_member": {
        "chat": chat, "from": user, "date": 1_767_225_600,
        "old_chat_member": {"status": "left", "user": telegram.bot_user},
        "new_chat_member": {"status": "member", "user": telegram.bot_user},
    }}


def group_message(telegram, client, text: str) -> dict:
    message = telegram._new_message(telegram.chats[GROUP_ID], client.user, from_bot=False, text=text)
    api = message.to_api()
    if text.startswith("/"):
        api["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"message": api}


async def test_added_to_a_group_the_bot_says_where_to_write_and_leaves(make_client, telegram, database, i18n):
    worker = make_client(user_id=5101, language_code="ru")
    await register(worker, i18n, "ru")
    await worker.feed(joined(telegram, worker.user))

    said = telegram.messages_to(GROUP_ID)
    t = i18n.translator("ru")
    assert [m.plain_text for m in said] == [plain(t("private-chat-only", bot="@test_jobs_bot"))]
    assert GROUP_ID in telegram.left_chats


async def test_nothing_personal_is_answered_in_a_group(make_client, telegram, database, i18n):
    """Should the bot still be in a group (it could not leave), commands there do nothing at all."""
    worker = make_client(user_id=5102, language_code="en")
    await register(worker, i18n, "en")
    telegram.add_chat(GROUP_ID, "Welders of Aktau")
    before = len(worker.messages())
    for text in ("/profile", "/jobs", "/status", "/start", "welder", "/delete"):
        await worker.feed(group_message(telegram, worker, text))
    assert telegram.messages_to(GROUP_ID) == []  # the bot said nothing there
    assert len(worker.messages()) == before  # nor in the worker's private chat
    stranger = make_client(user_id=5103, language_code="en")
    await stranger.feed(group_message(telegram, stranger, "/start"))
    assert telegram.messages_to(GROUP_ID) == []
    async with database.sessionmaker() as session:
        assert await session.get(User, 5103) is None
        assert await session.scalar(select(func.count()).select_from(User)) == 1


async def test_a_channel_is_left_without_a_word(make_client, telegram, database):
    admin = make_client(user_id=5104, language_code="kk")
    await admin.feed(joined(telegram, admin.user, chat_type="channel"))
    assert telegram.messages_to(GROUP_ID) == [] and GROUP_ID in telegram.left_chats
