"""One delivery replica, as the soak test starts it: `python -m tests.bench.replica`.

Everything comes from the environment, as in production (BOT_TOKEN, BOT_API_URL, DATABASE_URL,
REDIS_URL, REPLICA_ID, SEND_RATE_PER_SECOND, PER_CHAT_INTERVAL_SECONDS, DELIVERY_POLL_SECONDS), plus
SOAK_LEASE_SECONDS: a short lease, so the rows a killed replica held come back within seconds rather
than a minute. The loop paces itself with `create_rate_limiter(settings)`, i.e. the RedisRateLimiter
every replica shares. SIGTERM stops it cleanly; on exit it prints its counters as one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal

from bot.delivery import DeliveryLoop
from bot.factory import create_bot
from bot.backends import create_rate_limiter
from bot.settings import Settings
from db.engine import create_engine, create_sessionmaker

DEFAULT_LEASE_SECONDS = 5.0


async def run() -> dict[str, object]:
    settings = Settings(_env_file=None)
    engine = create_engine(settings.database_url)
    bot = create_bot(settings)
    loop = DeliveryLoop(bot, create_sessionmaker(engine), settings, worker_id=settings.replica_id)
    loop.limiter = create_rate_limiter(settings)
    loop.lease_seconds = float(os.environ.get("SOAK_LEASE_SECONDS", DEFAULT_LEASE_SECONDS))
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, loop.stop)
    try:
        await loop.run()
    finally:
        close = getattr(loop.limiter, "close", None)
        if close is not None:
            await close()
        await bot.session.close()
        await engine.dispose()
    return {"replica": loop.worker_id, **loop.stats.as_dict()}


def main() -> None:
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "WARNING"),
        format=f"%(asctime)s {os.environ.get('REPLICA_ID', 'replica')} %(levelname)s %(name)s: %(message)s",
    )
    print(json.dumps(asyncio.run(run())), flush=True)


if __name__ == "__main__":
    main()
