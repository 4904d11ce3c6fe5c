"""Benchmark of the delivery loop against the fake Telegram over real HTTP (figures to read, not a test).

    python -m tests.bench.bench_delivery [--messages 10000] [--rate 300] [--per-chat-messages 1000]
        [--messages-per-chat 5] [--slow-messages 600] [--slow-rate 30]

A real aiogram Bot (AiohttpSession) talks HTTP to `FakeTelegramServer`, which refuses with 429 any send
that breaks the configured rate in a sliding one-second window (overall, and one a second per chat) and
counts it as a violation. The fake runs in a process of its own, as Telegram would, so its spec checks do
not eat the bot's CPU; both use the system's monotonic clock. The outbox is SQLite in a temporary
folder. Three runs:
1. `--messages` rows to as many distinct chats at `--rate`: achieved rate / configured (goal >= 0.95);
2. `--per-chat-messages` rows, `--messages-per-chat` to each chat, at the same rate: per-chat spacing;
3. `--slow-messages` rows to distinct chats at `--slow-rate` (Telegram's real limit).
Each prints lost and duplicated messages (goal 0) and rate violations (goal 0).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import math
import multiprocessing
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bot.delivery import DeliveryLoop
from bot.factory import create_bot
from bot.services.outbox import enqueue_many, row
from bot.settings import Settings
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.repositories.outbox import OutboxRepository
from tests.fake_telegram import FakeTelegram, FakeTelegramServer

TOKEN = "42:BENCH-TOKEN"
FIRST_CHAT = 10_000_000
PER_CHAT_INTERVAL = 1.0


@dataclass
class Result:
    name: str
    messages: int
    chats: int
    rate: float
    seconds: float
    achieved: float
    lost: int
    duplicated: int
    violations: int
    rate_limited: int
    min_chat_gap: float | None
    pending_left: int

    @property
    def best_seconds(self) -> float:
        """The shortest first-to-last time the limits allow: the overall rate, or one chat's spacing."""
        per_chat = math.ceil(self.messages / self.chats)
        return max((self.messages - 1) / self.rate, (per_chat - 1) * PER_CHAT_INTERVAL)

    def show(self) -> None:
        best_rate = (self.messages - 1) / self.best_seconds if self.best_seconds else 0.0
        print(f"\n== {self.name}: {self.messages} messages to {self.chats} chats at {self.rate:g}/s ==")
        print(f"  sending took            {self.seconds:8.2f} s (first to last send)")
        print(f"  achieved rate           {self.achieved:8.1f} /s = {self.achieved / best_rate:.3f} "
              f"of the {best_rate:.1f}/s the limits allow")
        print(f"  lost / duplicated       {self.lost} / {self.duplicated}")
        print(f"  rate violations (429)   {self.violations}   (429 handled by the loop: {self.rate_limited})")
        if self.min_chat_gap is not None:
            print(f"  least gap in one chat   {self.min_chat_gap:8.3f} s")
        print(f"  rows still pending      {self.pending_left}")


def serve_fake_telegram(connection: Connection, rate: float, chat_ids: list[int]) -> None:
    """Child process: the fake Telegram over HTTP until asked for its report."""

    async def serve() -> None:
        telegram = FakeTelegram(token=TOKEN, rate_limit_per_second=rate, per_chat_per_second=1)
        for chat_id in chat_ids:
            telegram.add_user(chat_id, "Worker")
        server = FakeTelegramServer(telegram)
        connection.send(await server.start())
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, connection.recv)  # "report"
        await server.stop()
        connection.send(
            {
                "sent": [(m.chat_id, m.text, m.sent_at) for m in telegram.sent_messages()],
                "violations": len(telegram.violations),
                "problems": [str(p) for p in telegram.problems],
            }
        )

    asyncio.run(serve())


async def run_case(name: str, messages: int, per_chat: int, rate: float, folder: Path) -> Result:
    chats = max(1, messages // per_chat)
    url = f"sqlite+aiosqlite:///{folder / (name.replace(' ', '_') + '.db')}"
    engine = create_engine(url)
    await upgrade(engine)
    sessionmaker = create_sessionmaker(engine)
    chat_ids = [FIRST_CHAT + i for i in range(chats)]
    rows = [
        row(key=f"bench:{n}", user_id=chat_ids[n % chats], kind="notice", text=f"Message {n}")
        for n in range(messages)
    ]
    async with sessionmaker.begin() as session:
        await enqueue_many(session, rows)

    parent, child = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=serve_fake_telegram, args=(child, rate, chat_ids), daemon=True
    )
    process.start()
    base_url = await asyncio.to_thread(parent.recv)
    settings = Settings(
        _env_file=None, bot_token=TOKEN, bot_api_url=base_url, database_url=url,
        send_rate_per_second=rate, per_chat_interval_seconds=PER_CHAT_INTERVAL, delivery_poll_seconds=0.2,
    )
    bot = create_bot(settings)
    loop = DeliveryLoop(bot, sessionmaker, settings, worker_id="bench")
    task = asyncio.create_task(loop.run())
    deadline = time.monotonic() + messages / min(rate, chats) * 3 + 30
    while time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        async with sessionmaker() as session:
            if not (await OutboxRepository(session).counts()).get("pending"):
                break
    await asyncio.sleep(0.5)  # anything sent twice would show up now
    loop.stop()
    await loop.wait_stopped()
    await task
    await bot.session.close()
    parent.send("report")
    report: dict[str, Any] = await asyncio.to_thread(parent.recv)
    process.join(10)
    if report["problems"]:
        print("  requests the fake refused as invalid:", report["problems"][:3])

    sent = report["sent"]
    texts = collections.Counter(text for _, text, _ in sent)
    expected = {f"Message {n}" for n in range(messages)}
    times = sorted(at for _, _, at in sent)
    seconds = times[-1] - times[0] if len(times) > 1 else 0.0
    min_gap = None
    if per_chat > 1:
        by_chat: dict[int, list[float]] = collections.defaultdict(list)
        for chat_id, _, at in sent:
            by_chat[chat_id].append(at)
        gaps = [b - a for stamps in by_chat.values() for a, b in zip(sorted(stamps), sorted(stamps)[1:])]
        min_gap = min(gaps) if gaps else None
    async with sessionmaker() as session:
        counts = await OutboxRepository(session).counts()
    await engine.dispose()
    return Result(
        name=name,
        messages=messages,
        chats=chats,
        rate=rate,
        seconds=seconds,
        achieved=(len(times) - 1) / seconds if seconds else 0.0,
        lost=len(expected - set(texts)),
        duplicated=sum(count - 1 for count in texts.values() if count > 1),
        violations=report["violations"],
        rate_limited=loop.stats.rate_limited_429,
        min_chat_gap=min_gap,
        pending_left=counts.get("pending", 0),
    )


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_delivery_") as folder:
        cases = [
            ("distinct chats", args.messages, 1, args.rate),
            ("several per chat", args.per_chat_messages, args.messages_per_chat, args.rate),
            ("telegram's limit", args.slow_messages, 1, args.slow_rate),
        ]
        for name, messages, per_chat, rate in cases:
            if messages > 0:
                (await run_case(name, messages, per_chat, rate, Path(folder))).show()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000, help="rows to distinct chats")
    parser.add_argument("--rate", type=float, default=300.0, help="configured overall rate, messages/s")
    parser.add_argument("--per-chat-messages", type=int, default=1_000, help="rows of the per-chat run")
    parser.add_argument("--messages-per-chat", type=int, default=5)
    parser.add_argument("--slow-messages", type=int, default=600)
    parser.add_argument("--slow-rate", type=float, default=30.0)
    return parser.parse_args(argv)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(parse_args()))
