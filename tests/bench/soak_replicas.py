"""Soak: several delivery replicas against one PostgreSQL, one Redis and the HTTP fake Telegram.

    python -m tests.bench.soak_replicas [--replicas 3] [--messages 10000] [--rate 300]
        [--per-chat 5] [--kill-one] [--telegram-outage 30] [--restart-postgres COMMAND] [--lease 5]
        [--timeout 300] [--postgres postgresql+asyncpg://postgres@127.0.0.1:5432]
        [--redis redis://127.0.0.1:6379/14]

The fake Telegram runs over HTTP in this process and refuses with 429 (counting a violation) any send
that breaks `--rate` in a sliding second, or one a second in a chat. A fresh PostgreSQL database is
created, migrated with db.migrate.upgrade and given `--messages` outbox rows, `--per-chat` to each chat;
each row's text carries its outbox key, so what the fake accepted joins back to the queue. Then
`--replicas` processes of `python -m tests.bench.replica` deliver them, sharing the RedisRateLimiter.
With `--kill-one`, the replica holding the most claimed rows is SIGKILLed once half the messages have been accepted.
With `--telegram-outage S`, the fake answers every request with 502 Bad Gateway for S seconds from the moment
a quarter of the messages have been accepted. With `--restart-postgres COMMAND`, the shell COMMAND (which must
restart the PostgreSQL server, e.g. `pg_ctlcluster 15 main restart`) runs once 60 % have been accepted.

Bars (the exit status is 1 when one is missed): every row sent (none left pending, none failed), none
lost, none duplicated, except, with a kill or a restart, rows claimed at that moment (with a kill, those the
killed replica held: a message in flight whose outcome was never written is sent again, the delivery loop's
documented cost of a kill); no rate violation, overall or per chat. The achieved rate is reported against the configured one, not a bar.
The database is dropped and the limiter's Redis keys removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from bot.redis_support import RATE_PREFIX
from bot.services.outbox import enqueue_many, row
from db.engine import create_engine, create_sessionmaker
from db.migrate import upgrade
from db.models import OutboxMessage
from db.repositories.outbox import OutboxRepository
from tests.fake_telegram import FakeTelegram, FakeTelegramServer

TOKEN = "42:SOAK-TOKEN"
FIRST_CHAT = 20_000_000
PER_CHAT_INTERVAL = 1.0
REPO_ROOT = Path(__file__).resolve().parents[2]
CLOCK_JUMP_SECONDS = 0.5


async def watch_clock(jumps: list[float]) -> None:
    """Note every move of the wall clock against the monotonic one (a paused or resynced machine)."""
    last = time.time() - time.monotonic()
    while True:
        await asyncio.sleep(0.05)
        offset = time.time() - time.monotonic()
        if abs(offset - last) > CLOCK_JUMP_SECONDS:
            jumps.append(offset - last)
        last = offset


@dataclass
class Report:
    replicas: int
    messages: int
    chats: int
    rate: float
    lease: float = 5.0
    killed: str | None = None
    held_at_kill: set[str] = field(default_factory=set)
    outage_seconds: float = 0.0
    outage_refused: int = 0
    restarted: bool = False
    restart_seconds: float = 0.0
    held_at_restart: set[str] = field(default_factory=set)
    seconds: float = 0.0
    wall_seconds: float = 0.0
    delivered: int = 0
    lost: int = 0
    duplicated: int = 0
    duplicated_outside_held: int = 0
    global_violations: int = 0
    per_chat_violations: int = 0
    busiest_second: int = 0
    least_chat_gap: float | None = None
    statuses: dict[str, int] = field(default_factory=dict)
    replica_stats: list[dict[str, object]] = field(default_factory=list)
    timed_out: bool = False
    clock_jumps: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def achieved(self) -> float:
        return (self.delivered - 1) / self.seconds if self.seconds else 0.0

    def misses(self) -> list[str]:
        missed = []
        if self.timed_out or self.statuses.get("pending"):
            missed.append(f"{self.statuses.get('pending', 0)} rows still pending at the timeout")
        if self.statuses.get("failed") or self.statuses.get("dropped"):
            missed.append(f"rows not sent: {self.statuses}")
        if self.lost:
            missed.append(f"{self.lost} messages lost")
        if self.killed is None and not self.restarted and self.duplicated:
            missed.append(f"{self.duplicated} messages duplicated")
        if self.duplicated_outside_held:
            missed.append(f"{self.duplicated_outside_held} duplicates outside the rows held at the kill or restart")
        if self.global_violations or self.per_chat_violations:
            missed.append("rate limits exceeded")
        if self.problems:
            missed.append(f"{len(self.problems)} requests broke the Bot API spec")
        return missed

    def show(self) -> None:
        kill = f", {self.killed} SIGKILLed halfway" if self.killed else ""
        if self.outage_seconds:
            kill += f", Telegram down (502) for {self.outage_seconds:g} s"
        if self.restarted:
            kill += ", PostgreSQL restarted at 60 %"
        print(f"\n== {self.replicas} replicas, {self.messages} messages to {self.chats} chats "
              f"at {self.rate:g}/s, lease {self.lease:g} s{kill} ==")
        print(f"  delivered               {self.delivered} distinct of {self.messages}")
        print(f"  lost                    {self.lost}")
        bound = f"  (the killed replica held {len(self.held_at_kill)} rows at the kill; " \
                f"duplicates outside them: {self.duplicated_outside_held})" if self.killed else ""
        if self.restarted:
            bound += f"  ({len(self.held_at_restart)} rows were claimed at the restart; " \
                     f"duplicates outside them: {self.duplicated_outside_held})"
        print(f"  duplicated              {self.duplicated}{bound}")
        print(f"  rate violations         global {self.global_violations}, per chat {self.per_chat_violations}")
        print(f"  busiest second          {self.busiest_second} sends (limit {self.rate:g})")
        if self.least_chat_gap is not None:
            print(f"  least gap in one chat   {self.least_chat_gap:.3f} s (limit {PER_CHAT_INTERVAL:g})")
        print(f"  achieved rate           {self.achieved:.1f}/s = {self.achieved / self.rate:.3f} of the "
              f"configured {self.rate:g}/s (first to last accepted send: {self.seconds:.1f} s)")
        print(f"  total time              {self.wall_seconds:.1f} s (queue to drained)")
        print(f"  outbox statuses         {self.statuses}")
        if self.outage_seconds:
            print(f"  refused in the outage   {self.outage_refused} requests answered 502")
        if self.restarted:
            print(f"  PostgreSQL restart      {self.restart_seconds:.1f} s for the command")
        largest = max(self.clock_jumps, default=0.0)
        print(f"  wall-clock jumps        {len(self.clock_jumps)} (> {CLOCK_JUMP_SECONDS} s against the monotonic "
              f"clock; largest {largest:+.1f} s): leases are wall-clock times, a jump ends them early")
        for stats in self.replica_stats:
            print(f"  replica                 {stats}")
        misses = self.misses()
        print("  RESULT                  " + ("all bars met" if not misses else "MISSED: " + "; ".join(misses)))


async def create_database(server: str) -> tuple[str, str]:
    name = f"soak_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(_asyncpg_dsn(server, "postgres"))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return name, f"{server}/{name}"


async def drop_database(server: str, name: str) -> None:
    admin = await asyncpg.connect(_asyncpg_dsn(server, "postgres"))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def _asyncpg_dsn(server: str, database: str) -> str:
    return server.replace("postgresql+asyncpg://", "postgresql://") + f"/{database}"


async def clear_limiter_keys(redis_url: str) -> None:
    redis = Redis.from_url(redis_url)
    try:
        keys = [key async for key in redis.scan_iter(match="{" + RATE_PREFIX + "}*")]
        if keys:
            await redis.delete(*keys)
    finally:
        await redis.aclose()


def spawn_replica(index: int, env: dict[str, str]) -> asyncio.Future[asyncio.subprocess.Process]:
    replica_env = {**env, "REPLICA_ID": f"soak-replica-{index}"}
    return asyncio.ensure_future(
        asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.bench.replica",
            cwd=REPO_ROOT, env=replica_env, stdout=asyncio.subprocess.PIPE,
        )
    )


async def kill_busiest(processes, sessionmaker, report: Report) -> None:
    """SIGKILL the replica holding the most claimed rows (the one whose death costs most), then note
    which rows it held: only those may be sent twice."""
    async with sessionmaker() as session:
        holders = (
            await session.execute(
                select(OutboxMessage.claimed_by, func.count())
                .where(OutboxMessage.status == "pending", OutboxMessage.claimed_by.is_not(None))
                .group_by(OutboxMessage.claimed_by)
                .order_by(func.count().desc())
            )
        ).all()
    name = holders[0][0] if holders else "soak-replica-0"
    index = int(name.rsplit("-", 1)[1])
    processes[index].send_signal(signal.SIGKILL)
    report.killed = name
    async with sessionmaker() as session:
        held = await session.scalars(
            select(OutboxMessage.key).where(OutboxMessage.claimed_by == name, OutboxMessage.status == "pending")
        )
        report.held_at_kill = set(held)


async def telegram_outage(telegram: FakeTelegram, seconds: float, report: Report) -> None:
    """Every request is answered 502 Bad Gateway for `seconds`, then Telegram recovers."""
    before = len(telegram.requests)
    accepted_before = accepted(telegram)
    telegram.fail_all(502, "Bad Gateway")
    await asyncio.sleep(seconds)
    telegram.clear_faults()
    report.outage_seconds = seconds
    report.outage_refused = len(telegram.requests) - before - (accepted(telegram) - accepted_before)


async def restart_postgres(command: str, sessionmaker, report: Report) -> None:
    """Note the rows claimed now (only those may arrive twice), then restart the server."""
    async with sessionmaker() as session:
        held = await session.scalars(
            select(OutboxMessage.key).where(OutboxMessage.status == "pending", OutboxMessage.claimed_by.is_not(None))
        )
        report.held_at_restart = set(held)
    started = time.monotonic()
    process = await asyncio.create_subprocess_shell(command)
    if await process.wait() != 0:
        raise SystemExit(f"the restart command failed: {command}")
    report.restart_seconds = time.monotonic() - started
    report.restarted = True


def accepted(telegram: FakeTelegram) -> int:
    return sum(len(history) for history in telegram.history.values())


async def soak(args: argparse.Namespace) -> Report:
    chats = max(1, args.messages // args.per_chat)
    chat_ids = [FIRST_CHAT + i for i in range(chats)]
    report = Report(args.replicas, args.messages, chats, args.rate, lease=args.lease)

    telegram = FakeTelegram(token=TOKEN, rate_limit_per_second=args.rate, per_chat_per_second=1)
    for chat_id in chat_ids:
        telegram.add_user(chat_id, "Worker")
    server = FakeTelegramServer(telegram)
    api_url = await server.start()

    db_name, url = await create_database(args.postgres)
    engine = create_engine(url)
    processes: list[asyncio.subprocess.Process] = []
    try:
        await upgrade(engine)
        sessionmaker = create_sessionmaker(engine)
        keys = [f"soak:{n}" for n in range(args.messages)]
        async with sessionmaker.begin() as session:
            await enqueue_many(
                session,
                (row(key=key, user_id=chat_ids[n % chats], kind="notice", text=key) for n, key in enumerate(keys)),
            )
        await clear_limiter_keys(args.redis)
        env = {
            **os.environ,
            "BOT_TOKEN": TOKEN, "BOT_API_URL": api_url, "DATABASE_URL": url, "REDIS_URL": args.redis,
            "SEND_RATE_PER_SECOND": str(args.rate), "PER_CHAT_INTERVAL_SECONDS": str(PER_CHAT_INTERVAL),
            "DELIVERY_POLL_SECONDS": "0.2", "SOAK_LEASE_SECONDS": str(args.lease),
            "PYTHONPATH": str(REPO_ROOT),
        }
        started = time.monotonic()
        watcher = asyncio.create_task(watch_clock(report.clock_jumps))
        processes = list(await asyncio.gather(*(spawn_replica(i, env) for i in range(args.replicas))))
        deadline = started + args.timeout
        victim = args.kill_one or None
        outage = args.telegram_outage or None
        restart = args.restart_postgres or None
        faults: list[asyncio.Task[None]] = []
        while True:
            waiting = victim is not None or outage is not None or restart is not None
            await asyncio.sleep(0.05 if waiting else 0.5)
            if victim is not None and accepted(telegram) >= args.messages // 2:
                await kill_busiest(processes, sessionmaker, report)
                victim = None
                continue
            if outage is not None and accepted(telegram) >= args.messages // 4:
                faults.append(asyncio.create_task(telegram_outage(telegram, outage, report)))
                outage = None
            if restart is not None and accepted(telegram) >= args.messages * 6 // 10:
                await restart_postgres(restart, sessionmaker, report)
                restart = None
                continue
            try:
                async with sessionmaker() as session:
                    pending = (await OutboxRepository(session).counts()).get("pending", 0)
            except (OSError, DBAPIError):  # the server is restarting
                continue
            if not pending or all(p.returncode is not None for p in processes):
                break
            if time.monotonic() > deadline:
                report.timed_out = True
                break
        report.wall_seconds = time.monotonic() - started
        watcher.cancel()
        for fault in faults:
            await fault
        await asyncio.sleep(1.0)  # a message sent twice would arrive now
        for process in processes:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            out, _ = await process.communicate()
            line = out.decode().strip().splitlines()[-1:] if out else []
            if line:
                report.replica_stats.append(json.loads(line[0]))
        async with sessionmaker() as session:
            report.statuses = await OutboxRepository(session).counts()
    finally:
        for process in processes:
            if process.returncode is None:
                process.kill()
                await process.wait()
        await engine.dispose()
        await drop_database(args.postgres, db_name)
        await clear_limiter_keys(args.redis)
        await server.stop()

    analyse(report, telegram, set(keys))
    return report


def analyse(report: Report, telegram: FakeTelegram, keys: set[str]) -> None:
    sent = telegram.sent_messages()
    counts = collections.Counter(message.text for message in sent)
    report.delivered = len(keys & set(counts))
    report.lost = len(keys - set(counts))
    report.duplicated = sum(n - 1 for n in counts.values() if n > 1)
    allowed = report.held_at_kill | report.held_at_restart
    report.duplicated_outside_held = sum(n - 1 for key, n in counts.items() if n > 1 and key not in allowed)
    report.global_violations = sum(1 for v in telegram.violations if v.scope == "global")
    report.per_chat_violations = sum(1 for v in telegram.violations if v.scope == "per_chat")
    report.problems = [str(problem) for problem in telegram.problems]
    times = sorted(message.sent_at for message in sent)
    report.seconds = times[-1] - times[0] if len(times) > 1 else 0.0
    report.busiest_second = busiest_second(times)
    by_chat: dict[int, list[float]] = collections.defaultdict(list)
    for message in sent:
        by_chat[message.chat_id].append(message.sent_at)
    gaps = [b - a for stamps in by_chat.values() for a, b in zip(sorted(stamps), sorted(stamps)[1:])]
    report.least_chat_gap = min(gaps) if gaps else None


def busiest_second(times: list[float]) -> int:
    """The most accepted sends inside any window of one second (sorted input)."""
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=300.0, help="configured overall rate, messages/s")
    parser.add_argument("--per-chat", type=int, default=5, help="messages to each chat")
    parser.add_argument("--kill-one", action="store_true", help="SIGKILL one replica halfway")
    parser.add_argument("--telegram-outage", type=float, default=0.0, metavar="SECONDS",
                        help="the fake answers 502 for this long, from a quarter of the messages on")
    parser.add_argument("--restart-postgres", metavar="COMMAND",
                        help="shell command that restarts the PostgreSQL server, run at 60 %% of the messages")
    parser.add_argument("--lease", type=float, default=5.0, help="delivery.lease_seconds of each replica")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the queue to drain")
    parser.add_argument("--postgres", default=os.environ.get("SOAK_POSTGRES", "postgresql+asyncpg://postgres@127.0.0.1:5432"),
                        help="server URL without a database name; a fresh database is created and dropped")
    parser.add_argument("--redis", default=os.environ.get("SOAK_REDIS", "redis://127.0.0.1:6379/14"))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    report = asyncio.run(soak(parse_args(argv)))
    report.show()
    return 1 if report.misses() else 0


if __name__ == "__main__":
    sys.exit(main())
