"""`jobbot` / `python -m bot`: the command line of the bot."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.settings import MissingTokenError, Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobbot", description="Qatar job assistant for workers from Kazakhstan")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="apply migrations and run the bot (long polling by default)")
    run.add_argument("--webhook", action="store_true", help="serve a webhook at WEBHOOK_URL instead of polling")
    vacancies = commands.add_parser("import-vacancies", help="import a vacancy file (CSV, XLSX or JSON)")
    vacancies.add_argument("path", help="the file exported from the portal")
    statuses = commands.add_parser("import-statuses", help="apply a file of application status changes")
    statuses.add_argument("path", help="CSV, XLSX or JSON with application_id or telegram_id+external_id")
    statuses.add_argument("--dry-run", action="store_true", help="only say what the file would change")
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply pending migrations")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line a run is enough
    # APScheduler logs every run of every job at INFO (two lines every few seconds); its warnings remain.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    try:
        if args.command == "run":
            settings.require_token()
            from bot.app import StartupError, run_polling, run_webhook

            try:
                asyncio.run(run_webhook(settings) if args.webhook else run_polling(settings))
            except StartupError as error:
                print(f"error: {error}", file=sys.stderr)
                return 1
        elif args.command == "import-vacancies":
            from bot.services.vacancy_import import run_cli as import_vacancies

            return asyncio.run(import_vacancies(settings, args.path))
        elif args.command == "import-statuses":
            from bot.services.status_import import run_cli as import_statuses

            return asyncio.run(import_statuses(settings, args.path, dry_run=args.dry_run))
        elif args.command == "db":
            return asyncio.run(_db_upgrade(settings))
    except MissingTokenError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


async def _db_upgrade(settings: Settings) -> int:
    from db.engine import create_engine
    from db.migrate import current_revision, upgrade

    engine = create_engine(settings.database_url)
    try:
        applied = await upgrade(engine)
        revision = await current_revision(engine)
    finally:
        await engine.dispose()
    print(f"database {settings.safe_database_url()}: at revision {revision}"
          + (f" (applied {', '.join(applied)})" if applied else " (already up to date)"))
    return 0
