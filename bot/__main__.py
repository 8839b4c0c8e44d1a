"""``python -m bot [--config PATH] run | chat | feedback | db upgrade | db downgrade REV``.

Visits: ``slots generate --days N``, ``slots block --date D --office O``,
``bookings export --date D [--office O] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import ConfigError, Secrets, Settings, load_secrets, load_settings
from bot.logs import setup_logging

if TYPE_CHECKING:
    from storage import Database

log = logging.getLogger("bot")
DEMO_SLOT_DAYS = 14


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
    _booking_commands(sub)
    return parser


def _booking_commands(sub: argparse._SubParsersAction) -> None:
    slots = sub.add_parser("slots", help="visit slots of the offices ([booking] in config)")
    slots_sub = slots.add_subparsers(dest="slots_command", required=True)
    generate = slots_sub.add_parser("generate", help="create the slots of the next N days")
    generate.add_argument("--days", type=int, default=30)
    block = slots_sub.add_parser("block", help="close a day at an office (no new bookings)")
    block.add_argument("--date", type=date.fromisoformat, required=True)
    block.add_argument("--office", required=True)
    bookings = sub.add_parser("bookings", help="booked visits")
    bookings_sub = bookings.add_subparsers(dest="bookings_command", required=True)
    export = bookings_sub.add_parser("export", help="the day's visits as CSV for the hall")
    export.add_argument("--date", type=date.fromisoformat, required=True)
    export.add_argument("--office", default=None)
    export.add_argument("--out", type=Path, default=None, help="file (default: standard output)")


async def _booking(settings: Settings, args: argparse.Namespace) -> int:
    from bot.booking_admin import block_day, export_visits, generate_slots, policy_of
    from storage import Database, upgrade

    office = getattr(args, "office", None)
    if office is not None and office not in settings.booking.offices:
        print(f"unknown office {office!r}; known: {', '.join(settings.booking.offices)}")
        return 2
    db = Database(settings.storage.url)
    try:
        await upgrade(db)
        if args.command == "slots" and args.slots_command == "generate":
            for done in await generate_slots(db, policy_of(settings), args.days):
                print(f"{done.office}: {done.created} slots created, {done.existing} existed")
        elif args.command == "slots":
            booked = await block_day(db, args.office, args.date)
            print(f"{args.office} {args.date}: blocked; {booked} visits already booked that day")
        else:
            text, count = await export_visits(db, args.date, office)
            if args.out is None:
                sys.stdout.write(text)
            else:
                args.out.write_text(text, encoding="utf-8")
                print(f"{count} visits written to {args.out}", file=sys.stderr)
    finally:
        await db.dispose()
    return 0


async def _chat(settings: Settings) -> None:
    from bot.app import build_core
    from bot.channels.console import run_console

    core = await build_core(settings)
    try:
        await core.seed_demo_cases()
        await _demo_slots(core.db, settings)
        await run_console(core.dialogs)
    finally:
        await core.close()


async def _demo_slots(db: Database, settings: Settings) -> None:
    """The console is for trying the bot: booking needs slots, so the next days get them."""
    from bot.booking_admin import generate_slots, policy_of

    await generate_slots(db, policy_of(settings), DEMO_SLOT_DAYS)


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
        elif command in {"slots", "bookings"}:
            return asyncio.run(_booking(settings, args))
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
