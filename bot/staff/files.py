"""Staff files for Viber: a signed, expiring link the bot serves, never a public file store.

Viber shows a picture or a document only by URL, and a Telegram ``file_id`` means
nothing outside the Bot API. So a staff photo for a Viber person goes out as a link
under ``viber.public_url``: the token names the file and an expiry, signed with HMAC.
A request with a valid, unexpired token is answered by fetching the file from the Bot
API right then; anything else is a 404, so links cannot be guessed or reused later.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import mimetypes
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import quote

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiohttp import web

log = logging.getLogger(__name__)

PATH = "/desk/file/{token}"
TTL_SECONDS = 7 * 24 * 3600  # Viber fetches at once; a person may tap a document days later


@dataclass(frozen=True, slots=True)
class FileLinks:
    secret: bytes
    base_url: str
    ttl: int = TTL_SECONDS

    def url(self, file_id: str, name: str = "", *, now: float | None = None) -> str:
        claims = {"f": file_id, "n": name[:128], "e": int((now or time.time()) + self.ttl)}
        body = _b64(json.dumps(claims, separators=(",", ":")).encode())
        return f"{self.base_url.rstrip('/')}/desk/file/{body}.{self._sign(body)}"

    def verify(self, token: str, *, now: float | None = None) -> tuple[str, str] | None:
        body, _, signature = token.partition(".")
        if not hmac.compare_digest(self._sign(body), signature):
            return None
        try:
            claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except ValueError:
            return None
        if not isinstance(claims, dict) or int(claims.get("e", 0)) < (now or time.time()):
            return None
        return str(claims.get("f", "")), str(claims.get("n", ""))

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self.secret, body.encode(), hashlib.sha256).digest()[:18])


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def file_handler(
    links: FileLinks, bot: Bot
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """The route that serves a signed link (``PATH``), fetching the file from the Bot API."""

    async def serve(request: web.Request) -> web.StreamResponse:
        found = links.verify(request.match_info["token"])
        if found is None:
            return web.Response(status=404)
        file_id, name = found
        try:
            info = await bot.get_file(file_id)
            assert info.file_path is not None
            data = await bot.download_file(info.file_path)
        except (TelegramAPIError, AssertionError) as error:
            log.warning("desk_file_unavailable", extra={"error": type(error).__name__})
            return web.Response(status=404)
        assert data is not None
        content = data.read()
        kind = mimetypes.guess_type(name or info.file_path)[0] or "application/octet-stream"
        headers = {"Cache-Control": "private, max-age=3600"}
        if name:
            headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
        return web.Response(body=content, content_type=kind, headers=headers)

    return serve
