"""`jobbot run` as a user starts it: real process, real HTTP, long polling against a fake Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

from tests.conftest import TOKEN
from tests.fake_telegram.http import FakeTelegramServer
from tests.fake_telegram.server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
USER = 4242
# A bot process starts in a few seconds (migrations, the occupation index); on two cores shared with other
# test runs it has taken over 30. Within pytest-timeout's 120 s, with the 20 s allowed for stopping.
STARTUP_SECONDS = 75


@contextlib.asynccontextmanager
async def bot_process(*args: str, cwd: Path, env: dict[str, str]) -> AsyncIterator[asyncio.subprocess.Process]:
    """`python -m bot ARGS` as a child process, killed on the way out if it still runs: a test that
    fails or runs out of time (pytest-timeout cancels it) leaves no bot behind."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.1)
    return False


async def test_jobbot_run_answers_start_over_long_polling_and_stops_on_sigterm(tmp_path):
    telegram = FakeTelegram(token=TOKEN)
    telegram.add_user(USER, "Aidos", language_code="kk")
    server = FakeTelegramServer(telegram)
    url = await server.start()
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_URL": url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    # The bot ran behind a webhook before: polling must remove it (Telegram refuses getUpdates while one is
    # set) and still answer what was written in the meantime.
    telegram.webhook = {"url": "https://old.example.org/telegram/webhook"}
    start = telegram.user_message(USER, text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
    telegram.push_update({"message": start.to_api()})
    async with bot_process("run", cwd=tmp_path, env=env) as process:
        try:
            answered = await _wait_for(lambda: any(m.from_bot for m in telegram.messages_to(USER)), STARTUP_SECONDS)
            assert answered, "the bot did not answer /start"
            reply = [m for m in telegram.messages_to(USER) if m.from_bot][0]
            assert "Тілді таңдаңыз" in reply.plain_text
            assert "✅ Қазақша" in reply.buttons
            assert telegram.my_commands(language_code="kk"), "the command menu was not set"
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(process.communicate(), 20)
            await server.stop()
    log = err.decode()
    assert process.returncode == 0, log
    assert "connected: bot @" in log and "database sqlite" in log
    assert TOKEN not in log
    telegram.assert_no_problems()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_jobbot_run_webhook_registers_serves_and_stops(tmp_path):
    from tests.fake_telegram.http import post_update

    telegram = FakeTelegram(token=TOKEN)
    telegram.add_user(USER, "Aidos", language_code="en")
    server = FakeTelegramServer(telegram)
    url = await server.start()
    port = _free_port()
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_URL": url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "PYTHONPATH": str(ROOT),
        "WEBHOOK_URL": "https://bot.example.org:8443/telegram/webhook",
        "WEBHOOK_SECRET": "s3cret-token_for-tests",
        "WEBHOOK_HOST": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }
    env.pop("REDIS_URL", None)
    local = f"http://127.0.0.1:{port}/telegram/webhook"
    async with bot_process("run", "--webhook", cwd=tmp_path, env=env) as process:
        try:
            assert await _wait_for(lambda: bool(telegram.calls("setWebhook")), STARTUP_SECONDS), "setWebhook was not called"
            registered = telegram.calls("setWebhook")[-1]
            assert registered["url"] == env["WEBHOOK_URL"] and registered["secret_token"] == env["WEBHOOK_SECRET"]
            start = telegram.user_message(
                USER, text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}]
            )
            update = {"update_id": 1, "message": start.to_api()}
            # Telegram posts as soon as the webhook is set: by then the server must accept connections.
            status, _body = await post_update(local, update, secret_token="wrong")
            assert status in (401, 403)
            status, _body = await post_update(local, update, secret_token=env["WEBHOOK_SECRET"])
            assert status == 200
            assert [m for m in telegram.messages_to(USER) if m.from_bot], "the bot did not answer /start"
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(process.communicate(), 30)
            await server.stop()
    assert process.returncode == 0, err.decode()
    telegram.assert_no_problems()


async def test_jobbot_run_says_plainly_when_the_bot_api_cannot_be_reached(tmp_path):
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_URL": f"http://127.0.0.1:{_free_port()}",  # nothing listens there
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    async with bot_process("run", cwd=tmp_path, env=env) as process:
        _out, err = await asyncio.wait_for(process.communicate(), 60)
    log = err.decode()
    assert process.returncode == 1
    assert "error: cannot reach the Bot API at http://127.0.0.1:" in log
    assert "Traceback" not in log and "Unclosed" not in log and TOKEN not in log
