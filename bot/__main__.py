"""``python -m bot [--config PATH] run | chat | feedback | db upgrade | db downgrade REV``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.config import ConfigError, Secrets, Settings, load_secrets, load_settings
from bot.logs import setup_logging

log = logging.getLogger("bot")


def _days(value: str) -> int:
    days = int(value)
    if days < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return days


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--config", type=Path, default=None, help="settings file (config.toml)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="start the messengers that have tokens; the console chat if none")
    sub.add_parser("chat", help="chat with the bot in this terminal")
    sub.add_parser("feedback", help="how often each answer helped, worst first (content team)")
    unanswered = sub.add_parser(
        "unanswered", help="questions with no direct answer, grouped, largest first (content team)"
    )
    unanswered.add_argument("--days", type=_days, default=30, help="look back N days (default 30)")
    db = sub.add_parser("db", help="database migrations")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply all migrations")
    down = db_sub.add_parser("downgrade", help="revert to a revision")
    down.add_argument("revision")
    cases = sub.add_parser("cases", help="the embedded case store (case status look-up)")
    cases_sub = cases.add_subparsers(dest="cases_command", required=True)
    load = cases_sub.add_parser("import", help="add or update cases from the office's CSV export")
    load.add_argument("file", type=Path)
    return parser


async def _chat(settings: Settings) -> None:
    from bot.app import build_core
    from bot.channels.console import run_console

    core = await build_core(settings)
    try:
        await core.seed_demo_cases()
        await run_console(core.dialogs)
    finally:
        await core.close()


async def _db(settings: Settings, args: argparse.Namespace) -> None:
    from storage import Database
    from storage.migrate import downgrade, upgrade

    db = Database(settings.storage.url)
    try:
        if args.db_command == "upgrade":
            await upgrade(db)
        else:
            await downgrade(db, args.revision)
    finally:
        await db.dispose()
    log.info("db_" + args.db_command)


async def _feedback(settings: Settings) -> None:
    from storage import Database, Repo, upgrade

    db = Database(settings.storage.url)
    try:
        await upgrade(db)
        async with db.read() as session:
            summary = await Repo(session).feedback.summary()
    finally:
        await db.dispose()
    print(f"{'entry':<24} {'helped':>7} {'did not':>8}")
    for entry, (yes, no) in sorted(summary.items(), key=lambda item: (-item[1][1], item[0])):
        print(f"{entry:<24} {yes:>7} {no:>8}")


async def _cases(settings: Settings, args: argparse.Namespace) -> int:
    from bot.cases import import_file

    return await import_file(settings, args.file)


async def _unanswered(settings: Settings, days: int) -> None:
    from datetime import timedelta

    from dialogs.unanswered import Kept, group
    from storage import Database, Repo, upgrade
    from storage.models import utcnow

    db = Database(settings.storage.url)
    try:
        await upgrade(db)
        async with db.read() as session:
            rows = await Repo(session).unanswered.since(utcnow() - timedelta(days=days))
    finally:
        await db.dispose()
    groups = group(Kept(row.text, row.lang, tuple(row.offered), row.created_at) for row in rows)
    print(f"{len(rows)} questions without a direct answer in {days} days, {len(groups)} groups")
    for found in groups:
        langs = " ".join(f"{lang}:{n}" for lang, n in found.languages().most_common())
        offered = ", ".join(
            f"{entry or 'nothing'} {n}" for entry, n in found.offered().most_common(4)
        )
        print(f"{found.count:>5}  [{langs}] {' '.join(found.example.split())}")
        print(f"{'':>7}offered: {offered}")


async def _serve(settings: Settings, secrets: Secrets) -> None:
    from bot.runner import serve

    await serve(settings, secrets)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    command = args.command or "run"
    secrets = load_secrets()
    has_messenger = secrets.telegram_bot_token is not None or secrets.viber_auth_token is not None
    if command == "run" and not has_messenger:
        command = "chat"  # no messenger token: the local console on the embedded SQLite
    if command == "chat":
        setup_logging("WARNING", "text")  # the terminal is the chat; logs would drown it
    else:
        setup_logging(settings.log.level, settings.log.format)
    try:
        if command == "chat":
            asyncio.run(_chat(settings))
        elif command == "db":
            asyncio.run(_db(settings, args))
        elif command == "feedback":
            asyncio.run(_feedback(settings))
        elif command == "cases":
            return asyncio.run(_cases(settings, args))
        elif command == "unanswered":
            asyncio.run(_unanswered(settings, args.days))
        else:
            asyncio.run(_serve(settings, secrets))
    except KeyboardInterrupt:
        pass
    except ConfigError as exc:  # found only at start (e.g. a webhook without public_url)
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
