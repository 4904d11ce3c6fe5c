"""The fake Telegram refuses what Telegram refuses and serves conversation-like tests."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import Command, CommandStart
from aiogram.methods import GetChat, TelegramMethod
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    CallbackQuery,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyParameters,
)

from tests.fake_telegram.client import BotClient
from tests.fake_telegram.http import FakeTelegramServer, execute_webhook_reply, post_update
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.session import make_fake_bot
from tests.fake_telegram.spec import SpecViolation, default_checker, html_to_plain

USER = 1001

# ----- the spec checker ----------------------------------------------------------------------------


def check(method: str, **params: Any) -> None:
    default_checker().check(method, params)


def rejects(method: str, match: str, **params: Any) -> None:
    with pytest.raises(SpecViolation, match=match):
        check(method, **params)


def keyboard(*buttons: dict[str, Any]) -> dict[str, Any]:
    return {"inline_keyboard": [list(buttons)]}


def test_accepts_an_ordinary_message_with_html_and_buttons() -> None:
    check(
        "sendMessage",
        chat_id=USER,
        text='<b>Welder</b> in Doha &amp; <a href="https://enbek.kz">portal</a> '
        '<span class="tg-spoiler">x</span>',
        parse_mode="HTML",
        reply_markup=keyboard(
            {"text": "Next", "callback_data": "p:2"}, {"text": "Portal", "url": "https://enbek.kz"}
        ),
    )
    check("SENDMESSAGE", chat_id="@channel", text="method names are case-insensitive")


def test_rejects_unknown_methods_missing_and_unknown_parameters() -> None:
    rejects("sendTelepathy", "unknown Bot API method", chat_id=USER)
    rejects("sendMessage", "missing required parameter 'chat_id'", text="hi")
    rejects("sendMessage", "unknown parameter 'colour'", chat_id=USER, text="hi", colour="red")
    # deprecated in favour of reply_parameters, so not tolerated
    rejects(
        "sendMessage",
        "unknown parameter 'reply_to_message_id'",
        chat_id=USER,
        text="hi",
        reply_to_message_id=1,
    )
    # documented in Bot API 10.3, which the 10.1 file predates: tolerated
    check("sendMessage", chat_id=USER, text="hi", ephemeral_message_parameters={"x": 1})


def test_rejects_wrong_types_deep_inside_objects_and_unions() -> None:
    rejects("sendMessage", "expected Integer or String|is not any of", chat_id=1.5, text="hi")
    rejects("getUpdates", "expected Integer", timeout="30")
    rejects(
        "sendMessage",
        "request_contact: expected Boolean",
        chat_id=USER,
        text="hi",
        reply_markup={"keyboard": [[{"text": "Phone", "request_contact": "yes"}]]},
    )
    rejects(
        "sendMessage",
        r"inline_keyboard\[0\]\[0\]: missing required parameter 'text'",
        chat_id=USER,
        text="hi",
        reply_markup=keyboard({"callback_data": "x"}),
    )
    rejects(
        "setMyCommands",
        "missing required parameter 'chat_id' of BotCommandScopeChat",
        commands=[{"command": "start", "description": "Start"}],
        scope={"type": "chat"},
    )
    rejects("sendMessage", "null is never sent", chat_id=USER, text="hi", parse_mode=None)
    check(
        "setMyCommands",
        commands=[{"command": "start", "description": "Start"}],
        scope={"type": "chat", "chat_id": 5},
    )


def test_text_limits_count_what_the_user_sees() -> None:
    check("sendMessage", chat_id=USER, text="🙂" * 4096)  # code points, not UTF-16 units
    check("sendMessage", chat_id=USER, text="<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    check("sendMessage", chat_id=USER, text="&amp;" * 4096, parse_mode="HTML")
    rejects("sendMessage", "1-4096 characters", chat_id=USER, text="x" * 5000)
    rejects("sendMessage", "1-4096 characters", chat_id=USER, text="&lt;" * 4097, parse_mode="HTML")
    rejects("sendMessage", "after entities parsing, is 0", chat_id=USER, text="<b> </b>", parse_mode="HTML")
    rejects("sendPhoto", "0-1024", chat_id=USER, photo="FILE", caption="c" * 1025)
    rejects("answerCallbackQuery", "0-200", callback_query_id="1", text="t" * 201)


def test_callback_data_is_limited_in_bytes_not_characters() -> None:
    check(
        "sendMessage",
        chat_id=USER,
        text="hi",
        reply_markup=keyboard({"text": "ok", "callback_data": "ж" * 32}),
    )
    rejects(
        "sendMessage",
        "is 66 bytes",
        chat_id=USER,
        text="hi",
        reply_markup=keyboard({"text": "long", "callback_data": "ж" * 33}),
    )
    rejects(
        "sendMessage",
        "is 0 bytes",
        chat_id=USER,
        text="hi",
        reply_markup=keyboard({"text": "e", "callback_data": ""}),
    )


def test_buttons_need_exactly_one_action() -> None:
    rejects(
        "sendMessage",
        "exactly one action field",
        chat_id=USER,
        text="hi",
        reply_markup=keyboard({"text": "both", "callback_data": "x", "url": "https://enbek.kz"}),
    )
    rejects(
        "sendMessage",
        "exactly one action field",
        chat_id=USER,
        text="hi",
        reply_markup=keyboard({"text": "none"}),
    )


def test_bot_commands_follow_telegram_rules() -> None:
    rejects("setMyCommands", "lowercase", commands=[{"command": "Start", "description": "Start"}])
    rejects("setMyCommands", "lowercase", commands=[{"command": "a" * 33, "description": "Start"}])
    rejects("setMyCommands", "1-256", commands=[{"command": "start", "description": ""}])
    many = [{"command": f"c{i}", "description": "d"} for i in range(101)]
    rejects("setMyCommands", "at most 100", commands=many)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<b>bold", "unclosed <b>"),
        ("<b><i>x</b></i>", "</b> where </i>"),
        ("<div>x</div>", "unsupported start tag <div>"),
        ("line<br>break", "unsupported start tag <br>"),
        ("salary < 1000", "unescaped '<'"),
        ("a > b", "unescaped '>'"),
        ("Tom & Jerry", "unescaped '&'"),
        ('<span class="red">x</span>', "tg-spoiler"),
        ("<a>link</a>", "needs href"),
    ],
)
def test_html_that_telegram_cannot_parse_is_refused(text: str, problem: str) -> None:
    with pytest.raises(SpecViolation, match=problem):
        html_to_plain(text)


def test_html_is_unescaped_for_the_reader() -> None:
    assert html_to_plain(
        '<b>1 000</b> QAR &lt;&gt; &amp; &#1179; <pre><code class="language-py">x</code></pre>'
    ) == ("1 000 QAR <> & қ x")


def test_form_fields_decode_by_their_documented_types() -> None:
    form = {
        "chat_id": "1001",
        "text": "123",
        "disable_notification": "true",
        "reply_markup": '{"inline_keyboard": []}',
    }
    decoded = default_checker().decode_form("sendMessage", form)
    assert decoded == {
        "chat_id": 1001,
        "text": "123",
        "disable_notification": True,
        "reply_markup": {"inline_keyboard": []},
    }


# ----- the fake through a real aiogram Bot -------------------------------------------------------------


@pytest.fixture
def telegram() -> FakeTelegram:
    telegram = FakeTelegram()
    telegram.add_user(USER, "Aidos", language_code="kk")
    return telegram


@pytest.fixture
def bot(telegram: FakeTelegram) -> Bot:
    return make_fake_bot(telegram)


class SendTelepathy(TelegramMethod[bool]):
    __returning__ = bool
    __api_method__ = "sendTelepathy"
    chat_id: int


async def test_unknown_and_unimplemented_methods_fail_the_test(telegram: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(SpecViolation, match="unknown Bot API method 'sendTelepathy'"):
        await bot(SendTelepathy(chat_id=USER))
    with pytest.raises(NotImplementedError, match="getChat"):
        await bot(GetChat(chat_id=USER))
    with pytest.raises(SpecViolation, match="missing required parameter 'chat_id'"):
        await telegram.handle("sendMessage", {"text": "hi"})
    assert len(telegram.problems) == 3


async def test_oversized_requests_from_aiogram_are_refused(bot: Bot) -> None:
    with pytest.raises(SpecViolation, match="1-4096"):
        await bot.send_message(USER, "x" * 5000)
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="d" * 65)]])
    with pytest.raises(SpecViolation, match="65 bytes"):
        await bot.send_message(USER, "hi", reply_markup=markup)


async def test_sent_message_comes_back_as_telegram_returns_it(telegram: FakeTelegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Next", callback_data="n")]])
    message = await bot.send_message(USER, "<b>Welder</b> &amp; cook", reply_markup=markup)
    assert (message.text, message.chat.type, message.from_user.id) == ("Welder & cook", "private", 42)
    stored = telegram.messages_to(USER)[-1]
    assert (stored.text, stored.parse_mode, stored.buttons) == ("<b>Welder</b> &amp; cook", "HTML", ["Next"])
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(555, "nobody here")


async def test_a_reply_carries_the_message_it_answers_one_level_deep(telegram: FakeTelegram, bot: Bot) -> None:
    first = await bot.send_message(USER, "first")
    second = await bot.send_message(USER, "second", reply_parameters=ReplyParameters(message_id=first.message_id))
    third = await bot.send_message(USER, "third", reply_parameters=ReplyParameters(message_id=second.message_id))
    assert second.reply_to_message is not None and second.reply_to_message.text == "first"
    assert third.reply_to_message.text == "second" and third.reply_to_message.reply_to_message is None
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(USER, "lost", reply_parameters=ReplyParameters(message_id=999))
    kept = await bot.send_message(
        USER, "kept", reply_parameters=ReplyParameters(message_id=999, allow_sending_without_reply=True)
    )
    assert kept.reply_to_message is None


async def test_injected_errors_raise_what_aiogram_raises(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.fail_chat(USER, 403, times=1)
    with pytest.raises(TelegramForbiddenError, match="blocked by the user"):
        await bot.send_message(USER, "hi")
    telegram.fail_chat(USER, 429, retry_after=7, times=1)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(USER, "hi")
    assert caught.value.retry_after == 7
    await bot.send_message(USER, "the faults were used up")
    telegram.fail_chat(USER, 400, migrate_to_chat_id=-100123, times=1)
    with pytest.raises(TelegramMigrateToChat) as migrated:
        await bot.send_message(USER, "hi")
    assert migrated.value.migrate_to_chat_id == -100123
    telegram.fail_all(500, times=1)
    with pytest.raises(TelegramServerError, match="Internal Server Error"):
        await bot.get_me()
    assert [m.text for m in telegram.sent_messages()] == ["the faults were used up"]


async def test_a_slow_telegram_times_the_request_out(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.delay(1.0, times=1)
    with pytest.raises(TelegramNetworkError, match="timeout"):
        await bot.send_message(USER, "hi", request_timeout=0.01)


async def test_rate_limits_are_enforced_and_counted(telegram: FakeTelegram) -> None:
    now = [100.0]
    limited = FakeTelegram(rate_limit_per_second=2, per_chat_per_second=1, clock=lambda: now[0])
    for user in (1, 2, 3):
        limited.add_user(user)
    bot = make_fake_bot(limited)
    await bot.send_message(1, "first")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(1, "same chat, same second")
    await bot.send_message(2, "other chat")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(3, "third send this second")
    now[0] += 1.0
    await bot.send_message(1, "a second later")
    assert [v.scope for v in limited.violations] == ["per_chat", "global"]
    assert [m.sent_at for m in limited.messages_to(1)] == [100.0, 101.0]


async def test_edits_keep_history_and_refuse_no_op_edits(telegram: FakeTelegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]])
    sent = await bot.send_message(USER, "one", reply_markup=markup)
    await bot.edit_message_text("two", chat_id=USER, message_id=sent.message_id, reply_markup=markup)
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("two", chat_id=USER, message_id=sent.message_id, reply_markup=markup)
    await bot.edit_message_reply_markup(chat_id=USER, message_id=sent.message_id)
    stored = telegram.messages_to(USER)[0]
    assert (stored.text, stored.buttons, [e["text"] for e in stored.edits]) == ("two", [], ["one", "two"])
    assert await bot.delete_message(USER, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(USER, sent.message_id)


async def test_files_commands_and_webhook(telegram: FakeTelegram, bot: Bot) -> None:
    file_id = telegram.add_file(b"CV of a welder", "cv.pdf")
    assert (await bot.download(file_id)).read() == b"CV of a welder"
    sent = await bot.send_document(USER, BufferedInputFile(b"%PDF", "vacancies.pdf"), caption="<i>list</i>")
    assert sent.document.file_name == "vacancies.pdf"
    assert (await bot.download(sent.document.file_id)).read() == b"%PDF"
    copy = await bot.copy_message(USER, USER, sent.message_id)
    assert telegram.messages_to(USER)[-1].message_id == copy.message_id

    scope = BotCommandScopeChat(chat_id=USER)
    await bot.set_my_commands(
        [BotCommand(command="jobs", description="Вакансиялар")], scope=scope, language_code="kk"
    )
    assert [c.command for c in await bot.get_my_commands(scope=scope, language_code="kk")] == ["jobs"]
    assert await bot.get_my_commands() == []
    await bot.delete_my_commands(scope=scope, language_code="kk")
    assert await bot.get_my_commands(scope=scope, language_code="kk") == []

    with pytest.raises(TelegramBadRequest, match="HTTPS URL"):
        await bot.set_webhook("http://example.org/hook")
    await bot.set_webhook("https://example.org/hook", secret_token="s3cret")
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(TelegramConflictError):
        await bot.get_updates()
    await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""


async def test_get_updates_confirms_by_offset_and_waits_for_new_ones(
    telegram: FakeTelegram, bot: Bot
) -> None:
    first = telegram.push_update({"message": telegram.user_message(USER, text="one").to_api()})
    assert [u.update_id for u in await bot.get_updates()] == [first["update_id"]]
    assert await bot.get_updates(offset=first["update_id"] + 1) == []

    async def later() -> None:
        await asyncio.sleep(0.01)
        telegram.push_update({"message": telegram.user_message(USER, text="two").to_api()})

    pusher = asyncio.create_task(later())
    updates = await bot.get_updates(offset=first["update_id"] + 1, timeout=5)
    await pusher
    assert [u.message.text for u in updates] == ["two"]


# ----- conversations ---------------------------------------------------------------------------------


def make_router() -> Router:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        markup = InlineKeyboardMarkup(
            inline_keyboard=[
                [InlineKeyboardButton(text="Қазақша", callback_data="lang:kk")],
                [InlineKeyboardButton(text="Silent", callback_data="silent")],
            ]
        )
        await message.answer(f"Сәлем, <b>{message.from_user.first_name}</b>!", reply_markup=markup)

    @router.callback_query(F.data == "lang:kk")
    async def pick_language(callback: CallbackQuery) -> None:
        await callback.message.edit_text("Тіл: қазақша")
        await callback.answer("OK")

    @router.callback_query(F.data == "silent")
    async def forgets_to_answer(callback: CallbackQuery) -> None:
        await callback.message.answer("pressed")

    @router.message(Command("phone"))
    async def ask_phone(message: Message) -> None:
        button = KeyboardButton(text="Send phone", request_contact=True)
        await message.answer(
            "Phone?", reply_markup=ReplyKeyboardMarkup(keyboard=[[button], [KeyboardButton(text="Skip")]])
        )

    @router.message(F.contact)
    async def got_contact(message: Message) -> None:
        own = message.contact.user_id == message.from_user.id
        await message.answer(f"{message.contact.phone_number} own={own}")

    @router.message(F.document)
    async def got_document(message: Message, bot: Bot) -> None:
        content = await bot.download(message.document)
        await message.answer(f"{message.document.file_name}: {len(content.read())} bytes")

    @router.my_chat_member()
    async def blocked(event: ChatMemberUpdated) -> None:
        blocked_users.append(event.from_user.id)

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text)

    return router


blocked_users: list[int] = []


@pytest.fixture
def client(telegram: FakeTelegram, bot: Bot) -> BotClient:
    dispatcher = Dispatcher()
    dispatcher.include_router(make_router())
    return BotClient(dispatcher, bot, telegram, user_id=2002, first_name="Aidos", language_code="kk")


async def test_conversation_reads_like_a_chat(client: BotClient) -> None:
    replies = await client.send("/start")
    assert [r.plain_text for r in replies] == ["Сәлем, Aidos!"]
    assert client.buttons() == ["Қазақша", "Silent"]
    greeting = client.last_message()
    await client.click("Қазақша")
    assert client.last_text() == "Тіл: қазақша"
    assert greeting.edits[0]["text"] == "Сәлем, <b>Aidos</b>!"
    assert client.callback_answers()[0]["text"] == "OK"
    await client.send("Дәнекерлеуші")
    assert client.last_text() == "Дәнекерлеуші"
    ids = [m.message_id for m in client.telegram.history[client.chat_id]]
    assert ids == list(range(1, len(ids) + 1))  # the user's and the bot's messages share one sequence


async def test_clicking_is_strict(client: BotClient) -> None:
    await client.send("/start")
    with pytest.raises(AssertionError, match=r"no button 'English'.*'Қазақша', 'Silent'"):
        await client.click("English")
    with pytest.raises(AssertionError, match="every callback must be answered"):
        await client.click("Silent")


async def test_reply_keyboard_contacts_and_files(client: BotClient) -> None:
    await client.send("/phone")
    assert client.buttons() == ["Send phone", "Skip"]
    await client.click("Skip")
    assert client.last_text() == "Skip"
    await client.share_contact(phone="+77011234567", own=True)
    assert client.last_text() == "+77011234567 own=True"
    await client.share_contact(phone="+77017654321", own=False)
    assert client.last_text() == "+77017654321 own=False"
    await client.send_document(filename="diploma.pdf", content=b"12345", mime="application/pdf")
    assert client.last_text() == "diploma.pdf: 5 bytes"
    await client.send_photo()
    await client.send_sticker()
    await client.send_voice()


async def test_raw_updates_reach_the_dispatcher(client: BotClient) -> None:
    member = {"id": 42, "is_bot": True, "first_name": "Jobs Bot"}
    await client.feed(
        {
            "my_chat_member": {
                "chat": client.telegram.chats[client.chat_id],
                "from": client.user,
                "date": 1_767_225_600,
                "old_chat_member": {"status": "member", "user": member},
                "new_chat_member": {"status": "kicked", "user": member, "until_date": 0},
            }
        }
    )
    assert blocked_users[-1] == client.user_id


# ----- over HTTP ---------------------------------------------------------------------------------------


async def test_http_server_serves_a_real_aiogram_bot(telegram: FakeTelegram) -> None:
    server = FakeTelegramServer(telegram)
    url = await server.start()
    bot = Bot(token=telegram.token, session=AiohttpSession(api=TelegramAPIServer.from_base(url)))
    try:
        assert (await bot.get_me()).username == "test_jobs_bot"
        sent = await bot.send_document(USER, BufferedInputFile(b"multipart works", "a.txt"))
        assert (await bot.download(sent.document.file_id)).read() == b"multipart works"
        telegram.fail_chat(USER, 403, times=1)
        with pytest.raises(TelegramForbiddenError):
            await bot.send_message(USER, "hi")
        with pytest.raises(TelegramBadRequest, match="1-4096"):
            await bot.send_message(USER, "x" * 5000)
        assert len(telegram.problems) == 1

        dispatcher = Dispatcher()
        dispatcher.include_router(make_router())
        telegram.push_update({"message": telegram.user_message(USER, text="over the wire").to_api()})
        polling = asyncio.create_task(dispatcher.start_polling(bot, polling_timeout=5, handle_signals=False))
        for _ in range(300):
            if telegram.messages_to(USER)[-1].text == "over the wire":
                break
            await asyncio.sleep(0.01)
        await dispatcher.stop_polling()
        await polling
        assert telegram.messages_to(USER)[-1].text == "over the wire"
        assert telegram.calls("getUpdates")[0]["timeout"] == 5
    finally:
        await bot.session.close()
        await server.stop()


async def test_bad_requests_fail_the_conversation_even_when_the_bot_swallows_errors(
    telegram: FakeTelegram, bot: Bot
) -> None:
    router = Router()

    @router.message()
    async def too_long(message: Message) -> None:
        await message.answer("x" * 5000)

    @router.errors()
    async def swallow(event: Any) -> bool:
        return True

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    with pytest.raises(AssertionError, match=r"the bot made bad requests.*1-4096"):
        await BotClient(dispatcher, bot, telegram, user_id=3003).send("hello")


async def test_webhook_updates_carry_the_secret_token(telegram: FakeTelegram, bot: Bot) -> None:
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler
    from aiohttp import web

    dispatcher = Dispatcher()
    dispatcher.include_router(make_router())
    app = web.Application()
    SimpleRequestHandler(dispatcher, bot, secret_token="s3cret", handle_in_background=False).register(
        app, "/hook"
    )
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    update = {"update_id": 1, "message": telegram.user_message(USER, text="via webhook").to_api()}
    try:
        assert (await post_update(url, update, secret_token="wrong"))[0] == 401
        assert (await post_update(url, update, secret_token="s3cret"))[0] == 200
    finally:
        await runner.cleanup()
    assert [m.text for m in telegram.messages_to(USER)] == ["via webhook"]


async def test_a_call_returned_in_the_webhook_answer_is_made_and_checked(telegram: FakeTelegram, bot: Bot) -> None:
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler
    from aiohttp import web

    router = Router()

    @router.message(F.text == "long")
    async def too_long(message: Message) -> Any:
        return message.answer("x" * 5000)

    @router.message()
    async def echo(message: Message) -> Any:
        return message.answer(f"<b>{message.text}</b>")  # answered in the HTTP response

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    app = web.Application()
    SimpleRequestHandler(dispatcher, bot, secret_token="s3cret", handle_in_background=False).register(app, "/hook")
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        update = {"update_id": 1, "message": telegram.user_message(USER, text="in the answer").to_api()}
        status, body = await post_update(url, update, secret_token="s3cret")
        assert status == 200 and "sendMessage" in body
        assert telegram.messages_to(USER) == []  # the bot made no request of its own
        update = {"update_id": 2, "message": telegram.user_message(USER, text="made").to_api()}
        await post_update(url, update, secret_token="s3cret", telegram=telegram)
        assert [m.plain_text for m in telegram.messages_to(USER)] == ["made"]
        update = {"update_id": 3, "message": telegram.user_message(USER, text="long").to_api()}
        await post_update(url, update, secret_token="s3cret", telegram=telegram)
    finally:
        await runner.cleanup()
    assert len(telegram.messages_to(USER)) == 1
    assert len(telegram.problems) == 1 and "4096" in str(telegram.problems[0])
    telegram.problems.clear()


async def test_an_empty_webhook_answer_asks_for_nothing(telegram: FakeTelegram) -> None:
    assert await execute_webhook_reply(telegram, "application/json", b"{}") is None
    assert await execute_webhook_reply(telegram, "text/plain", b"") is None
    assert telegram.sent_messages() == [] and telegram.problems == []
