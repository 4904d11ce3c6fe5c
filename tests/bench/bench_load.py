"""Load benchmark of the webhook: update throughput of a realistic mix, against aiogram's echo bot.

    python -m tests.bench.bench_load [--duration 30] [--warmup 5] [--clients 16]
        [--data /tmp/jobbot_load/load.db] [--rebuild] [--database-url URL]
        [--workers 200000] [--vacancies 10000] [--kinds start,jobs]

Data: 200,000 registered workers with completed profiles (ISCO-08 occupations from the matching
taxonomy, regions, languages, salaries) and 10,000 open vacancies, bulk-inserted with SQL Core inserts
into a SQLite file under /tmp (built once, reused while it holds that many rows; `--rebuild` builds it
again), or into the PostgreSQL database `--database-url` names.

Each measured bot runs in a process of its own (so its peak memory is its own; both with the
environment the Docker image sets, `MALLOC_ARENA_MAX=2`, and the bot returning freed memory to the
system as its runtime does, `bot.memory`), serving aiogram's
`SimpleRequestHandler` on 127.0.0.1 with its Bot API pointed at the HTTP fake Telegram, which runs in
this process together with the load: `--clients` concurrent aiohttp clients posting updates, each for
a worker not used before, for `--duration` seconds after `--warmup` seconds. Two bots, same run:
1. the echo bot: a Dispatcher with one `@router.message()` handler answering with the text;
2. the bot: `bot.webhook.build_webhook_app` around the production dispatcher (`create_dispatcher`,
   FSM storage from `create_fsm_storage`, metrics installed as in `bot.app.create_runtime`); the delivery
   loop and the scheduler do not run, so what is measured is update handling alone. The mix, per worker:
   /start 20 %, a profile edit (press "edit salary", then type it: two updates) 15 %, /jobs 30 %,
   vacancy details 25 %, apply 10 %.
Prints updates per second for each, their ratio (goal >= 0.5 on SQLite), p50/p95 latency per kind, and
the bot process's peak RSS (VmHWM; goal under 300 MB). `--kinds` feeds the bot only these kinds of the
mix, to see what one kind costs (CPU per update); the ratio goal is judged on the whole mix only.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import signal
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import ClientSession, ClientTimeout, TCPConnector

if TYPE_CHECKING:
    from tests.fake_telegram import FakeTelegram

# Imports of the bot and the fake live inside functions: the echo bot's process must not load them,
# or its memory would not be that of a plain echo bot.

TOKEN = "42:LOAD-TOKEN"
SECRET = "load-bench-secret"
PATH = "/telegram/webhook"
FIRST_WORKER = 3_000_000_000
DEFAULT_DATA = "/tmp/jobbot_load/load.db"
RSS_GOAL_MB = 300
RATIO_GOAL = 0.5
# The environment the Docker image gives the bot (Dockerfile), given to both measured processes.
DEPLOYED_ENV = {"MALLOC_ARENA_MAX": "2"}
MIX = [("start", 20), ("profile edit", 15), ("jobs", 30), ("details", 25), ("apply", 10)]
REPO_ROOT = Path(__file__).resolve().parents[2]


# ----- data ------------------------------------------------------------------------------------------


async def prepare_data(url: str, workers: int, vacancies: int, rebuild: bool) -> float:
    """Build the data set unless it is already there; returns seconds spent building (0 when reused)."""
    from sqlalchemy import func, select

    from db.engine import create_engine
    from db.migrate import upgrade
    from db.models import Base, User, Vacancy

    engine = create_engine(url)
    try:
        if not rebuild:
            try:
                async with engine.connect() as connection:
                    have_workers = (await connection.execute(select(func.count()).select_from(User))).scalar_one()
                    have_open = (await connection.execute(
                        select(func.count()).select_from(Vacancy).where(Vacancy.status == "open")
                    )).scalar_one()
                if have_workers >= workers and have_open >= vacancies:
                    await upgrade(engine)  # data built by an older version: bring the schema up to date
                    await forget_earlier_runs(engine)
                    return 0.0
            except Exception:  # noqa: BLE001 - no schema yet: build it
                pass
        started = time.perf_counter()
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.drop_all)
            await connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        await upgrade(engine)
        await insert_rows(engine, workers, vacancies)
        return time.perf_counter() - started
    finally:
        await engine.dispose()


async def forget_earlier_runs(engine: Any) -> None:
    """Each run numbers its updates from 1 and meets the same workers: update marks, applications,
    hidden vacancies and conversation states left by an earlier run would have its updates skipped or
    answered "you applied already"."""
    from sqlalchemy import delete

    from db.models import Application, ApplicationEvent, FsmRecord, HiddenVacancy, ProcessedUpdate

    async with engine.begin() as connection:
        for table in (ProcessedUpdate, ApplicationEvent, Application, HiddenVacancy, FsmRecord):
            await connection.execute(delete(table))


async def insert_rows(engine: Any, workers: int, vacancies: int) -> None:
    from sqlalchemy import insert

    import matching
    from bot.choices import REGIONS
    from db.models import Profile, ProfileOccupation, User, Vacancy, utcnow
    from matching.taxonomy import load_taxonomy
    from tests.bench.bench_jobs import COMMON, vacancy_rows

    rng = random.Random(11)
    units = sorted(load_taxonomy().units)
    now = utcnow()
    rows = vacancy_rows(vacancies)
    for number, vacancy in enumerate(rows):  # every one open, deadline ahead
        vacancy.update(status="open", isco_code=vacancy["isco_code"] or rng.choice(COMMON),
                       deadline=date.today() + timedelta(days=30 + number % 60))
    chunk = 5_000
    async with engine.begin() as connection:
        for start in range(0, len(rows), chunk):
            await connection.execute(insert(Vacancy), rows[start:start + chunk])
        for start in range(0, workers, chunk):
            ids = range(FIRST_WORKER + start, FIRST_WORKER + min(workers, start + chunk))
            await connection.execute(insert(User), [
                {"id": i, "language": ("kk", "ru", "en")[i % 3], "role": "worker", "is_active": True,
                 "consent_at": now, "created_at": now, "updated_at": now} for i in ids
            ])
            await connection.execute(insert(Profile), [
                {"user_id": i, "full_name": f"Worker {i % 100_000}", "phone": f"+7701{i % 10_000_000:07d}",
                 "region": REGIONS[i % len(REGIONS)], "languages": ["kk", "ru"] if i % 4 else ["kk", "ru", "en"],
                 "qualifications": "", "min_salary": Decimal(rng.randrange(1000, 4000, 100)),
                 "completed_at": now, "updated_at": now} for i in ids
            ])
            occupations = []
            for i in ids:
                for position in range(1, 1 + (2 if i % 3 == 0 else 1)):
                    code = rng.choice(COMMON) if rng.random() < 0.6 else rng.choice(units)
                    occupations.append({"user_id": i, "position": position, "isco_code": code,
                                        "raw_text": matching.occupation_title(code, "ru") or code,
                                        "years": rng.randint(0, 15)})
            await connection.execute(insert(ProfileOccupation), occupations)


async def open_vacancy_ids(url: str) -> list[int]:
    from sqlalchemy import select

    from db.engine import create_engine
    from db.models import Vacancy

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return list((await connection.execute(select(Vacancy.id).where(Vacancy.status == "open"))).scalars())
    finally:
        await engine.dispose()


# ----- the measured process ----------------------------------------------------------------------------


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def serve_bot(kind: str, api_url: str, port: int, database_url: str) -> None:
    """Child process: serve one bot on 127.0.0.1:port until SIGTERM, then print its peak RSS."""
    from aiogram import Dispatcher, Router
    from aiogram.types import Message
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
    from aiohttp import web

    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    if kind == "echo":
        from aiogram import Bot
        from aiogram.client.session.aiohttp import AiohttpSession
        from aiogram.client.telegram import TelegramAPIServer

        bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(api_url)))
        dispatcher = Dispatcher()
        router = Router()

        @router.message()
        async def echo(message: Message) -> None:
            await message.answer(message.text or "")

        dispatcher.include_router(router)
        app = web.Application()
        SimpleRequestHandler(dispatcher=dispatcher, bot=bot, handle_in_background=False,
                             secret_token=SECRET).register(app, path=PATH)
        setup_application(app, dispatcher, bot=bot)
        engine = None
        await _serve_echo(app, port, stop)
    else:
        from bot.app import warm_up
        from bot.factory import create_bot, create_database, create_dispatcher
        from bot.i18n import I18n
        from bot.memory import release_periodically
        from bot.metrics import Metrics, health_check
        from bot.backends import create_fsm_storage
        from bot.settings import Settings
        from bot.webhook import build_webhook_app, serve

        settings = Settings(
            _env_file=None, bot_token=TOKEN, bot_api_url=api_url, database_url=database_url,
            webhook_secret=SECRET, webhook_path=PATH, redis_url=None,
        )
        bot = create_bot(settings)
        database = create_database(settings)
        engine = database.engine
        dispatcher = create_dispatcher(
            settings=settings, sessionmaker=database.sessionmaker, i18n=I18n(),
            storage=create_fsm_storage(settings, database.sessionmaker),
        )
        metrics = Metrics()
        metrics.install(dispatcher)
        await warm_up(database)  # as on startup: taxonomy and catalog loaded, then frozen
        app = build_webhook_app(dispatcher=dispatcher, bot=bot, settings=settings,
                                health=health_check(engine, delivery_alive=lambda: True), metrics=metrics)
        release = asyncio.create_task(release_periodically())  # as the runtime does
        print("READY", flush=True)
        await serve(app, host="127.0.0.1", port=port, stop=stop)
        release.cancel()
        await asyncio.gather(release, return_exceptions=True)
        await engine.dispose()
    print(json.dumps({"peak_rss_mb": peak_rss_mb()}), flush=True)


async def _serve_echo(app: Any, port: int, stop: asyncio.Event) -> None:
    from aiohttp import web

    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("READY", flush=True)
    await stop.wait()
    await runner.cleanup()


# ----- the load ------------------------------------------------------------------------------------------


@dataclass
class Phase:
    name: str
    updates: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    bot_cpu_seconds: float = 0.0  # CPU of the measured bot's process while measured
    load_cpu_seconds: float = 0.0  # CPU of this process (clients and fake Telegram) meanwhile

    def cpu_ms_per_update(self, seconds: float) -> float:
        return seconds * 1000 / self.updates if self.updates else 0.0

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0


class Load:
    """Builds updates the way Telegram would send them, each for a worker not used before."""

    def __init__(
        self, telegram: FakeTelegram, vacancy_ids: list[int], workers: int, kinds: list[str] | None = None
    ) -> None:
        self.telegram = telegram
        self.vacancy_ids = vacancy_ids
        self.rng = random.Random(5)
        self.echo_workers = itertools.cycle(range(FIRST_WORKER, FIRST_WORKER + min(workers, 10_000)))
        self.next_worker = itertools.count(FIRST_WORKER + min(workers, 10_000) + self.rng.randrange(workers // 2))
        self.last_worker = FIRST_WORKER + workers - 1
        self.update_ids = itertools.count(1)
        self.kinds = [kind for kind, weight in MIX for _ in range(weight) if kinds is None or kind in kinds]

    def worker(self, echo: bool = False) -> int:
        """A worker not used before (the bot keeps state per worker); the echo bot keeps none, so it
        takes turns among the first 10,000 and leaves the rest for the bot."""
        user_id = next(self.echo_workers) if echo else next(self.next_worker)
        if user_id > self.last_worker:
            raise RuntimeError("every worker has been used: run shorter or build more workers")
        language = ("kk", "ru", "en")[user_id % 3]
        self.telegram.add_user(user_id, "Worker", language_code=language)
        return user_id

    def message(self, user_id: int, text: str) -> dict[str, Any]:
        message = self.telegram.user_message(user_id, text=text)
        return {"update_id": next(self.update_ids), "message": message.to_api()}

    def callback(self, user_id: int, data: str) -> dict[str, Any]:
        chat = self.telegram.chats[user_id]
        card = self.telegram._new_message(chat, self.telegram.bot_user, from_bot=True, text="…")
        query_id = self.telegram.open_callback_query(user_id, card, data)
        query = {"id": query_id, "from": self.telegram.users[user_id], "message": card.to_api(),
                 "chat_instance": f"ci{user_id}", "data": data}
        return {"update_id": next(self.update_ids), "callback_query": query}

    def operation(self, echo: bool) -> tuple[str, list[dict[str, Any]]]:
        from handlers.callbacks import EditCb, VacancyCb

        user_id = self.worker(echo)
        if echo:
            return "echo", [self.message(user_id, f"hello {user_id}")]
        kind = self.rng.choice(self.kinds)
        vacancy = self.rng.choice(self.vacancy_ids)
        if kind == "start":
            return kind, [self.message(user_id, "/start")]
        if kind == "profile edit":
            # Not from the seeded generator: a rerun meets the same workers, and the salary they typed
            # last time would be no change at all (nothing to save).
            salary = random.SystemRandom().randrange(1500, 5000)
            return kind, [self.callback(user_id, EditCb(field="salary").pack()), self.message(user_id, str(salary))]
        if kind == "jobs":
            return kind, [self.message(user_id, "/jobs")]
        if kind == "details":
            return kind, [self.callback(user_id, VacancyCb(action="d", id=vacancy).pack())]
        return kind, [self.callback(user_id, VacancyCb(action="a", id=vacancy).pack())]


def cpu_seconds(pid: int | str = "self") -> float:
    """User plus system CPU time of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive(load: Load, url: str, phase: Phase, *, echo: bool, clients: int, warmup: float,
                duration: float, bot_pid: int) -> None:
    from tests.fake_telegram.http import SECRET_HEADER, execute_webhook_reply

    headers = {SECRET_HEADER: SECRET}
    started = time.perf_counter()
    measure_from = started + warmup
    stop_at = measure_from + duration

    async def client(session: ClientSession) -> None:
        while time.perf_counter() < stop_at:
            kind, updates = load.operation(echo)
            began = time.perf_counter()
            ok = True
            for update in updates:
                async with session.post(url, json=update, headers=headers) as response:
                    body = await response.read()
                    ok = ok and response.status == 200
                if ok:  # a reply the bot put in its answer: Telegram makes that call
                    await execute_webhook_reply(load.telegram, response.headers.get("Content-Type", ""), body)
            ended = time.perf_counter()
            if began >= measure_from and ended <= stop_at:
                phase.updates += len(updates)
                phase.errors += 0 if ok else 1
                phase.latencies.setdefault(kind, []).append(ended - began)

    async def measure_cpu() -> None:
        await asyncio.sleep(max(0.0, measure_from - time.perf_counter()))
        bot_before, load_before = cpu_seconds(bot_pid), cpu_seconds()
        await asyncio.sleep(max(0.0, stop_at - time.perf_counter()))
        phase.bot_cpu_seconds = cpu_seconds(bot_pid) - bot_before
        phase.load_cpu_seconds = cpu_seconds() - load_before

    connector = TCPConnector(limit=clients)
    async with ClientSession(connector=connector, timeout=ClientTimeout(total=60)) as session:
        await asyncio.gather(measure_cpu(), *(client(session) for _ in range(clients)))
    phase.seconds = duration


async def run_phase(name: str, args: argparse.Namespace, api_url: str, load: Load, url: str) -> Phase:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.bench.bench_load", "--serve", name, "--api-url", api_url,
        "--port", str(port), "--database-url", url,
        cwd=REPO_ROOT, stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **DEPLOYED_ENV},
    )
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), 120)
    if line.strip() != b"READY":
        raise RuntimeError(f"the {name} bot did not start: {line!r}")
    await wait_listening(port)
    phase = Phase(name)
    await drive(load, f"http://127.0.0.1:{port}{PATH}", phase, echo=name == "echo", clients=args.clients,
                warmup=args.warmup, duration=args.duration, bot_pid=process.pid)
    process.send_signal(signal.SIGTERM)
    out, _ = await process.communicate()
    phase.peak_rss_mb = json.loads(out.decode().strip().splitlines()[-1])["peak_rss_mb"]
    return phase


async def wait_listening(port: int) -> None:
    for _ in range(200):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def p(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def show(echo: Phase, bot: Phase, args: argparse.Namespace, database: str, built: float) -> list[str]:
    ratio = bot.rate / echo.rate if echo.rate else 0.0
    print(f"\n== webhook load: {args.workers} workers, {args.vacancies} open vacancies, {database}; "
          f"{args.clients} clients, {args.duration:g} s measured after {args.warmup:g} s warm-up ==")
    if built:
        print(f"  (data built in {built:.0f} s)")
    print(f"  {'bot':<10} {'updates/s':>10} {'updates':>8} {'errors':>7} {'peak RSS MB':>12} "
          f"{'bot CPU ms/update':>18} {'load CPU ms/update':>19}")
    for phase in (echo, bot):
        print(f"  {phase.name:<10} {phase.rate:>10.1f} {phase.updates:>8} {phase.errors:>7} {phase.peak_rss_mb:>12.1f} "
              f"{phase.cpu_ms_per_update(phase.bot_cpu_seconds):>18.2f} "
              f"{phase.cpu_ms_per_update(phase.load_cpu_seconds):>19.2f}")
    print(f"  ratio bot / echo: {ratio:.2f} (goal >= {RATIO_GOAL})")
    print(f"\n  {'kind':<14} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for phase in (echo, bot):
        for kind, values in phase.latencies.items():
            print(f"  {kind:<14} {len(values):>6} {p(values, .5) * 1000:>8.1f} {p(values, .95) * 1000:>8.1f} "
                  f"{max(values) * 1000:>8.1f}")
    misses = []
    if args.kinds:
        print(f"  (only {', '.join(args.kinds)}: the ratio goal is judged on the whole mix)")
    elif ratio < RATIO_GOAL:
        misses.append(f"ratio {ratio:.2f} < {RATIO_GOAL}")
    if bot.peak_rss_mb >= RSS_GOAL_MB:
        misses.append(f"peak RSS {bot.peak_rss_mb:.0f} MB >= {RSS_GOAL_MB} MB")
    if bot.errors or echo.errors:
        misses.append(f"{bot.errors + echo.errors} requests not answered 200")
    met = "goals met" if not args.kinds else "memory goal met (the ratio is not judged on part of the mix)"
    print("  RESULT: " + (met if not misses else "MISSED: " + "; ".join(misses)))
    return misses


async def bench(args: argparse.Namespace) -> int:
    if args.database_url:
        url, database = args.database_url, "PostgreSQL" if "postgres" in args.database_url else args.database_url
    else:
        Path(args.data).parent.mkdir(parents=True, exist_ok=True)
        url, database = f"sqlite+aiosqlite:///{args.data}", "SQLite"
    built = await prepare_data(url, args.workers, args.vacancies, args.rebuild)
    vacancy_ids = await open_vacancy_ids(url)
    from tests.fake_telegram import FakeTelegram, FakeTelegramServer

    telegram = FakeTelegram(token=TOKEN)
    server = FakeTelegramServer(telegram)
    api_url = await server.start()
    load = Load(telegram, vacancy_ids, args.workers, args.kinds)
    try:
        echo = await run_phase("echo", args, api_url, load, url)
        bot = await run_phase("bot", args, api_url, load, url)
    finally:
        await server.stop()
    problems = [str(problem) for problem in telegram.problems]
    misses = show(echo, bot, args, database, built)
    if problems:
        print(f"  requests the fake refused as invalid: {len(problems)}, e.g. {problems[:2]}")
    return 1 if misses or problems else 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30.0, help="measured seconds per bot")
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients posting updates")
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--data", default=DEFAULT_DATA, help="SQLite file of the data set (built once)")
    parser.add_argument("--rebuild", action="store_true", help="build the data set again")
    parser.add_argument("--database-url", default=None, help="run on this database (e.g. PostgreSQL) instead")
    parser.add_argument("--kinds", type=_kinds, default=None,
                        help="comma-separated kinds of the mix to send the bot (default: the whole mix)")
    parser.add_argument("--serve", choices=["echo", "bot"], help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _kinds(text: str) -> list[str]:
    kinds = [kind.strip() for kind in text.split(",") if kind.strip()]
    unknown = set(kinds) - {kind for kind, _ in MIX}
    if not kinds or unknown:
        raise argparse.ArgumentTypeError(f"kinds are among: {', '.join(kind for kind, _ in MIX)}")
    return kinds


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve:
        asyncio.run(serve_bot(args.serve, args.api_url, args.port, args.database_url))
        return 0
    return asyncio.run(bench(args))


if __name__ == "__main__":
    sys.exit(main())
