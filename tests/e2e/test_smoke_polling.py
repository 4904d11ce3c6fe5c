"""`jobbot run` as a user starts it: real process, real HTTP, long polling against a fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

from tests.conftest import TOKEN
from tests.fake_telegram.http import FakeTelegramServer
from tests.fake_telegram.server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
USER = 4242


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
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        start = telegram.user_message(USER, text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
        telegram.push_update({"message": start.to_api()})
        answered = await _wait_for(lambda: any(m.from_bot for m in telegram.messages_to(USER)), 30)
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
