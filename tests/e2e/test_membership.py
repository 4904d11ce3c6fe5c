"""A worker who blocks the bot is marked inactive at once and their queued messages are dropped."""

from __future__ import annotations

import time

from bot.services import outbox
from db.models import OutboxMessage, User
from tests.e2e.test_registration import register


def member_update(user_id: int, old: str, new: str) -> dict:
    user = {"id": user_id, "is_bot": False, "first_name": "Aidos"}
    bot_user = {"id": 42, "is_bot": True, "first_name": "Bot"}
    return {
        "my_chat_member": {
            "chat": {"id": user_id, "type": "private", "first_name": "Aidos"},
            "from": user,
            "date": int(time.time()),
            "old_chat_member": _member(old, bot_user),
            "new_chat_member": _member(new, bot_user),
        }
    }


def _member(status: str, user: dict) -> dict:
    return {"status": status, "user": user, **({"until_date": 0} if status == "kicked" else {})}


async def test_block_and_unblock(make_client, i18n, database):
    client = make_client(language_code="en")
    await register(client, i18n, "en")
    async with database.sessionmaker() as session:
        await outbox.enqueue(session, key="notice:1", user_id=client.user_id, kind="notice", text="hello")
        await session.commit()

    await client.feed(member_update(client.user_id, "member", "kicked"))
    async with database.sessionmaker() as session:
        assert (await session.get(User, client.user_id)).is_active is False
        row = (await session.execute(OutboxMessage.__table__.select())).one()
        assert row.status == "dropped"

    await client.feed(member_update(client.user_id, "kicked", "member"))
    async with database.sessionmaker() as session:
        assert (await session.get(User, client.user_id)).is_active is True


async def test_start_after_blocking_makes_the_worker_active_again(make_client, i18n, database):
    """A worker who was marked inactive (blocked the bot, no unblock event seen) and writes /start is
    active again: broadcasts and alerts reach them; /start from an active worker leaves them active."""
    client = make_client(language_code="en")
    await register(client, i18n, "en")
    await client.feed(member_update(client.user_id, "member", "kicked"))
    for _ in range(2):
        await client.send("/start")
        async with database.sessionmaker() as session:
            assert (await session.get(User, client.user_id)).is_active is True


async def test_an_update_delivered_twice_is_handled_once(make_client, telegram):
    """A retried webhook or a second replica must not answer or change anything twice."""
    client = make_client(language_code="en")
    start = telegram.user_message(client.user_id, text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
    update = {"update_id": 777, "message": start.to_api()}
    await client.feed(update)
    await client.feed(update)
    assert len([m for m in client.messages() if m.from_bot]) == 1
