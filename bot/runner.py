"""``python -m bot run`` with a messenger token: one aiohttp server, the channels that have tokens.

Telegram runs by long polling or on the shared webhook server (``telegram.mode``);
Viber always needs the webhook server. ``/healthz`` answers when the database does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from datetime import timedelta

from aiohttp import web
from sqlalchemy import text

from bot.app import Core, build_core
from bot.channels.base import Channel
from bot.config import Secrets, Settings
from bot.logs import error_fields
from storage import Repo

log = logging.getLogger(__name__)

# Telegram redelivers for at most 24 hours and Viber retries for minutes, so two days
# of update keys drop every duplicate. Keeping them longer would risk the opposite:
# Telegram restarts update_id numbering after a week without updates, and a new update
# must not look like an old one.
UPDATE_KEY_RETENTION = timedelta(days=2)
# Sent and failed outbox rows are kept a month for delivery questions, then dropped.
OUTBOX_RETENTION = timedelta(days=30)
HOUSEKEEPING_INTERVAL_S = 3600.0
# A receipt that found no send within minutes was for a reply, not an outbox row.
EARLY_RECEIPT_RETENTION = timedelta(minutes=10)


async def housekeeping(core: Core, interval: float = HOUSEKEEPING_INTERVAL_S) -> None:
    while True:
        try:
            async with core.db.write() as session:
                repo = Repo(session)
                keys = await repo.updates.prune(UPDATE_KEY_RETENTION)
                keys += await repo.inbox.prune(UPDATE_KEY_RETENTION)
                messages = await repo.outbox.prune(OUTBOX_RETENTION)
                attempts = await repo.cases.prune_attempts(attempt_retention(core))
                await repo.receipts.prune(EARLY_RECEIPT_RETENTION)
            log.info(
                "housekeeping",
                extra={"update_keys": keys, "outbox_rows": messages, "case_attempts": attempts},
            )
        except Exception as exc:
            log.error("housekeeping_failed", extra=error_fields(exc))
        await asyncio.sleep(interval)


def attempt_retention(core: Core) -> timedelta:
    """Case look-up attempts matter for the longest of the two limit windows, not longer."""
    limits = core.settings.case_status
    return max(
        timedelta(hours=limits.case_window_hours), timedelta(minutes=limits.person_window_minutes)
    )


def build_channels(core: Core, secrets: Secrets) -> list[Channel]:
    channels: list[Channel] = []
    if secrets.telegram_bot_token is not None:
        from bot.channels.telegram import TelegramChannel

        channels.append(TelegramChannel.from_settings(core, secrets))
    if secrets.viber_auth_token is not None:
        from bot.channels.viber import ViberChannel

        channels.append(ViberChannel.from_settings(core, secrets))
    return channels


def build_web_app(core: Core, channels: list[Channel]) -> web.Application:
    app = web.Application(client_max_size=core.settings.viber.max_body_bytes)

    async def healthz(_request: web.Request) -> web.Response:
        try:
            async with core.db.read() as session:
                await session.execute(text("SELECT 1"))
        except Exception as exc:
            log.error("healthz_failed", extra=error_fields(exc))
            return web.json_response({"ok": False}, status=503)
        return web.json_response({"ok": True, "channels": [ch.name for ch in channels]})

    app.router.add_get("/healthz", healthz)
    for channel in channels:
        channel.setup(app)
    return app


async def stop_serving(runner: web.AppRunner, channels: list[Channel]) -> None:
    """Stop accepting, drain, then close, in that order.

    The sockets stop listening first (a messenger that cannot reach us retries later);
    each channel then refuses what still arrives, finishes the updates it took and sends
    their replies; only then does the app shut down, which fires aiogram's shutdown
    hooks that close the Bot API session (closing it earlier would have the drained
    replies silently reopen it, or fail).
    """
    for site in list(runner.sites):
        await site.stop()
    for channel in reversed(channels):
        await channel.stop()
    await runner.cleanup()


async def serve(settings: Settings, secrets: Secrets) -> None:
    """Run until SIGINT or SIGTERM, then stop in the order that loses nothing.

    The server stops listening first (a messenger that cannot reach us retries later),
    after the requests already in have been answered; then each channel finishes the
    updates it accepted and closes its sessions; the database goes last.
    """
    core = await build_core(settings)
    channels: list[Channel] = []
    runner: web.AppRunner | None = None
    chores: asyncio.Task[None] | None = None
    try:
        channels = build_channels(core, secrets)
        # access_log=None: access logs would carry user ids in paths
        runner = web.AppRunner(build_web_app(core, channels), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, settings.server.host, settings.server.port).start()
        log.info("server_started", extra={"port": settings.server.port})

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        chores = asyncio.create_task(housekeeping(core))
        for channel in channels:
            await channel.start()
        log.info("channels_started", extra={"channels": [ch.name for ch in channels]})
        await stop.wait()
    finally:
        if chores is not None:
            chores.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await chores
        if runner is not None:
            await stop_serving(runner, channels)
        else:
            for channel in reversed(channels):
                await channel.stop()
        await core.close()
        log.info("stopped")
