"""The Telegram webhook door: aiogram's ``SimpleRequestHandler`` behind the project's own checks.

aiogram does the webhook (``SimpleRequestHandler``, ``setup_application``); this module
adds only what the project needs in front of it: a stopped worker answers 503 (Telegram
retries, on another worker or after the restart), a wrong secret 401, a body over the
limit 413, and a body that is not an update 400 (aiogram would answer 500). Telegram
counts an update as delivered when it gets the 200, so the handler does not answer in
the background (``handle_in_background=False``): the 200 goes out only once the
channel's door has stored the update (``bot.inbox``), and the handling runs from there.
"""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from pydantic import ValidationError

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# An update is a few kilobytes (a 4096-character text with its entities); anything
# much larger is not from Telegram.
MAX_UPDATE_BYTES = 256 * 1024


class WebhookDoor:
    """Where Telegram POSTs updates; ``accepting`` turns to False when the channel stops."""

    def __init__(
        self, dispatcher: Dispatcher, bot: Bot, *, secret: str, max_bytes: int = MAX_UPDATE_BYTES
    ) -> None:
        self.handler = SimpleRequestHandler(
            dispatcher, bot, secret_token=secret, handle_in_background=False
        )
        self.max_bytes = max_bytes
        self.accepting = True

    def register(self, app: web.Application, path: str) -> None:
        """The route, and aiogram's startup/shutdown on the app (the runner stops it last)."""
        app.router.add_post(path, self.handle)
        setup_application(app, self.handler.dispatcher, bot=self.handler.bot)
        app.on_shutdown.append(self._close)

    async def _close(self, _app: web.Application) -> None:
        await self.handler.close()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if not self.accepting:
            return web.Response(status=503)
        bot = self.handler.bot
        if not self.handler.verify_secret(request.headers.get(SECRET_HEADER, ""), bot):
            log.warning("telegram_webhook_bad_secret")
            return web.Response(body="Unauthorized", status=401)
        declared = request.content_length
        if declared is not None and declared > self.max_bytes:
            raise web.HTTPRequestEntityTooLarge(max_size=self.max_bytes, actual_size=declared)
        body = await request.read()  # aiohttp refuses beyond the app's client_max_size
        if len(body) > self.max_bytes:
            raise web.HTTPRequestEntityTooLarge(max_size=self.max_bytes, actual_size=len(body))
        try:
            Update.model_validate_json(body, context={"bot": bot})
        except (ValueError, ValidationError):
            log.warning("telegram_webhook_malformed")
            return web.json_response({"ok": False}, status=400)
        return await self.handler.handle(request)
