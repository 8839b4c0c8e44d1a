"""Files the bot serves itself, by signed links that expire (Viber takes files only by URL).

A link names the file by a reference ``<kind>:<id>`` (``booking:42:uk`` for a visit's
``.ics``, ``tg:<file_id>`` for a photo staff sent in Telegram), carries the moment it
stops working, and an HMAC-SHA256 over both with a key only the bot knows. The file is
fetched or built again when the link is opened, by the resolver registered for its kind
(``Core.file_resolvers``), so no bytes are kept and a link cannot be bent to another
file or kept alive past its time. The signature is
compared with ``hmac.compare_digest``. Answers: 200 with the file, 403 for a bad or
missing signature, 410 once expired, 404 when the file no longer exists (a cancelled
visit). Nothing about the file or its person reaches the logs.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from urllib.parse import quote, urlencode

from aiohttp import web

from dialogs import Attachment

log = logging.getLogger(__name__)

Resolver = Callable[[str], Awaitable[Attachment | None]]
REF_PATTERN = re.compile(r"[a-z]{1,16}:[A-Za-z0-9_:.-]{1,255}")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def link_key(token: str) -> bytes:
    """The signing key, derived from the messenger's token: one secret fewer to hand out."""
    return hashlib.sha256(b"file-links:" + token.encode()).digest()


class FileLinks:
    def __init__(
        self,
        key: bytes,
        resolvers: Mapping[str, Resolver],
        *,
        base_url: str,
        path: str,
        ttl_seconds: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = key
        self._resolvers = resolvers  # looked up per request: channels register theirs late
        self.base_url = base_url.rstrip("/")
        self.path = path.rstrip("/")
        self.ttl = ttl_seconds
        self._clock = clock

    def _signature(self, ref: str, expires: int) -> str:
        message = f"{ref}|{expires}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def url_for(self, ref: str, *, ttl_seconds: int | None = None) -> str:
        expires = int(self._clock()) + (self.ttl if ttl_seconds is None else ttl_seconds)
        query = urlencode({"exp": expires, "sig": self._signature(ref, expires)})
        return f"{self.base_url}{self.path}/{quote(ref, safe='')}?{query}"

    def setup(self, app: web.Application) -> None:
        app.router.add_get(self.path + "/{ref}", self.handle)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        ref = request.match_info.get("ref", "")
        given = request.query.get("sig", "")
        expires_text = request.query.get("exp", "")
        if not (REF_PATTERN.fullmatch(ref) and expires_text.isdigit() and len(expires_text) < 16):
            log.warning("file_link_refused", extra={"reason": "malformed"})
            return web.Response(status=403)
        expires = int(expires_text)
        expected = self._signature(ref, expires)
        if not hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace")):
            log.warning("file_link_refused", extra={"reason": "signature"})
            return web.Response(status=403)
        if self._clock() > expires:
            log.info("file_link_refused", extra={"reason": "expired"})
            return web.Response(status=410)
        resolve = self._resolvers.get(ref.partition(":")[0])
        attachment = await resolve(ref) if resolve is not None else None
        if attachment is None:
            return web.Response(status=404)
        name = _SAFE_NAME.sub("_", attachment.filename) or "file"
        return web.Response(
            body=attachment.content,
            content_type=attachment.mime_type,
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "Cache-Control": "private, no-store",
            },
        )
