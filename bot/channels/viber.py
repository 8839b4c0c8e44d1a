"""The Viber channel: signed webhook events in, ``Incoming`` to the dialogs, screens back out.

Viber POSTs every event to one webhook and expects a quick 200; it retries what is
not answered. So the handler only checks, translates and queues: it reads the body
within a size limit, verifies the HMAC signature over the raw bytes before looking
inside, parses with viberbot's request models, and answers at once, while the dialog
and the replies run in a background task. The one exception is
``conversation_started``: a person who has not subscribed can only be greeted in the
HTTP answer itself, so that welcome is computed inline.

One person's events are handled in arrival order (``Dialogs.handle`` queues them
FIFO) and their replies are sent in the same order (``ReplyOrder``). Replies go
straight to the API; what the bot sends on its own goes through the outbox
(``bot.outbox``), as does a reply Viber would not take right now (rate limit,
outage), so it is delayed rather than lost.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Coroutine
from functools import partial
from typing import Any

from aiohttp import web
from viberbot.api.messages import (
    MESSAGE_TYPE_TO_CLASS,
    FileMessage,
    PictureMessage,
    TextMessage,
)
from viberbot.api.viber_requests import (
    EVENT_TYPE_TO_CLASS,
    ViberConversationStartedRequest,
    ViberDeliveredRequest,
    ViberFailedRequest,
    ViberMessageRequest,
    ViberSeenRequest,
    ViberSubscribedRequest,
    ViberUnsubscribedRequest,
    create_request,
)

from bot.app import Core
from bot.channels.order import ReplyOrder
from bot.channels.viber_api import (
    RATE_LIMITED,
    UNREACHABLE,
    ViberApi,
    ViberRefused,
    ViberRejected,
    ViberUnavailable,
)
from bot.channels.viber_render import payload_of, render
from bot.config import ConfigError, Secrets, Settings
from bot.files import FileLinks, link_key
from bot.inbox import Inbox, Turn
from bot.logs import error_fields
from bot.outbox import OutboxSender, Outcome, SendPolicy, SendResult
from bot.staff import viber_kinds
from dialogs import FileRef, Incoming, Kind, Screen
from storage import Repo
from storage.models import utcnow
from storage.outbox import Receipt

log = logging.getLogger(__name__)

CHANNEL = "viber"
SIGNATURE_HEADER = "X-Viber-Content-Signature"
# Events we ask Viber for; "message" always comes.
WEBHOOK_EVENTS = [
    "delivered",
    "seen",
    "failed",
    "subscribed",
    "unsubscribed",
    "conversation_started",
]
READ_CHUNK = 64 * 1024
FILES_PATH = "/viber/files"  # under viber.public_url, beside the webhook
RECEIPTS: dict[str, Receipt] = {"delivered": "delivered", "seen": "seen", "failed": "failed"}
# What a person does: stored before the 200 (``bot.inbox``). Receipts are applied at once
# (they only move an outbox row forward); a conversation start is answered in the 200.
STORED_EVENTS = (ViberMessageRequest, ViberSubscribedRequest, ViberUnsubscribedRequest)


def sign(token: str, body: bytes) -> str:
    """The signature Viber puts on a webhook body: HMAC-SHA256 with the auth token, in hex."""
    return hmac.new(token.encode(), body, hashlib.sha256).hexdigest()


def outbox_policy(settings: Settings) -> SendPolicy:
    """The outbox with Viber's cap on messages a person has not answered."""
    return SendPolicy.from_settings(
        settings.outbox, per_user_hourly=settings.viber.unanswered_per_hour
    )


class ViberChannel:
    name = CHANNEL

    def __init__(
        self,
        core: Core,
        api: ViberApi,
        token: str,
        *,
        policy: SendPolicy | None = None,
    ) -> None:
        self.core = core
        self.dialogs = core.dialogs
        self.settings = core.settings.viber
        self.api = api
        self._token = token
        self._page_size = self.settings.page_size or None
        self._tasks: set[asyncio.Task[None]] = set()
        self._replies = ReplyOrder()
        self._accepting = True
        self.outbox = OutboxSender(
            core.db,
            CHANNEL,
            self.send_queued,
            policy or outbox_policy(core.settings),
            on_unreachable=self._unreachable,
        )
        self.files: FileLinks | None = None
        if self.settings.public_url is not None:
            # Files for Viber persons (a visit's .ics, staff photos) by signed links served here.
            self.files = FileLinks(
                link_key(token),
                core.file_resolvers,
                base_url=str(self.settings.public_url),
                path=FILES_PATH,
                ttl_seconds=core.settings.booking.file_link_minutes * 60,
            )
        # What a person sends is stored before Viber gets its 200, and handled from there.
        self.inbox = Inbox(core.db, CHANNEL, self._process, core.settings.inbox)
        # Staff answers from the staff desk, in words (bot/staff/relay.py).
        self.outbox.kinds.update(viber_kinds(self._send_text, self._send_raw, lambda: self.files))
        if core.desk is not None:
            core.desk.wakers[CHANNEL] = self.outbox.wake

    async def _send_text(self, recipient: str, text: str) -> SendResult:
        return await self.send_queued(recipient, Screen(text=text))

    async def _send_raw(self, recipient: str, message: dict[str, Any]) -> SendResult:
        """One Viber message as it is (a part of a screen, a staff picture or file by link)."""
        try:
            reply = await self.api.send_message(recipient, message)
        except ViberRejected as error:
            return SendResult(Outcome.REJECTED, error=f"http_{error.http_status}")
        except ViberUnavailable:
            return SendResult(Outcome.RETRY, error="unavailable")
        if reply.status in UNREACHABLE:
            return SendResult(Outcome.UNREACHABLE, error=f"status_{reply.status}")
        if reply.status in RATE_LIMITED:
            return SendResult(Outcome.RATE_LIMITED, error=f"status_{reply.status}")
        if not reply.ok:
            return SendResult(Outcome.REJECTED, error=f"status_{reply.status}")
        return SendResult(Outcome.SENT, message_token=reply.message_token)

    @classmethod
    def from_settings(cls, core: Core, secrets: Secrets) -> ViberChannel:
        if secrets.viber_auth_token is None:
            raise ConfigError("config: VIBER_AUTH_TOKEN: not set")
        token = secrets.viber_auth_token.get_secret_value()
        settings = core.settings.viber
        sender = {"name": settings.bot_name}
        if settings.avatar_url is not None:
            sender["avatar"] = str(settings.avatar_url)
        api = ViberApi(
            str(settings.api_url),
            token,
            sender=sender,
            timeout=settings.request_timeout,
            retries=settings.send_retries,
        )
        return cls(core, api, token)

    # -- Channel protocol

    def setup(self, app: web.Application) -> None:
        app.router.add_post(self.settings.webhook_path, self.webhook)
        if self.files is not None:
            self.files.setup(app)

    async def start(self) -> None:
        self._accepting = True
        await self.outbox.start()
        await self.inbox.start()  # first of all, what a previous run left unhandled
        if self.settings.public_url is not None:
            url = str(self.settings.public_url).rstrip("/") + self.settings.webhook_path
            try:
                await self.api.set_webhook(url, WEBHOOK_EVENTS)
            except Exception as exc:
                # The bot still answers on its webhook if it was registered before.
                # Viber's status says why (docs/viber.md): 1 unreachable URL, 2 bad token.
                status = exc.status if isinstance(exc, ViberRefused) else None
                log.error(
                    "viber_set_webhook_failed",
                    extra={"error": type(exc).__name__, "status": status},
                )
            else:
                log.info("viber_webhook_set")

    async def stop(self) -> None:
        self._accepting = False
        await self.inbox.stop()
        await self.idle()
        await self.outbox.stop()
        await self.api.close()

    async def idle(self) -> None:
        """Wait until every event received so far is fully handled (tests, shutdown)."""
        while self._tasks or self.inbox.busy:
            await self.inbox.idle()
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- the webhook

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        if not self._accepting:
            return web.Response(status=503)
        body = await self._read_body(request)
        if not self._signed(request, body):
            log.warning("viber_bad_signature")
            return web.Response(status=403)
        try:
            data = json.loads(body)
        except ValueError:
            return web.Response(status=400, text="malformed JSON")
        if not isinstance(data, dict):
            return web.Response(status=400, text="not an event")
        event = data.get("event")
        if not isinstance(event, str) or event not in EVENT_TYPE_TO_CLASS:
            log.info("viber_event_ignored", extra={"viber_event": str(event)[:32]})
            return web.Response(status=200)
        try:
            parsed = self._parse(data)
        except Exception:  # viberbot raises bare Exception/KeyError on missing fields
            parsed = None
        if parsed is None or _person_of(parsed) == "":
            log.info("viber_event_malformed", extra={"viber_event": event})
            return web.Response(status=400, text="malformed event")
        if isinstance(parsed, STORED_EVENTS):
            # Kept before the 200: if storing fails, Viber gets a 500 and sends it again.
            person = _person_of(parsed) or ""
            token = data.get("message_token")
            key = str(token) if token else f"{event}:{person}:{data.get('timestamp')}"
            await self.inbox.accept(key, person, data)
            return web.Response(status=200)
        return await self._dispatch(parsed)

    async def _process(self, turn: Turn) -> None:
        """Handle one stored event, or send the reply an earlier attempt kept."""
        reply = turn.row.reply
        if reply is not None:
            log.info("viber_kept_reply_sent")
            await self._reply(str(reply["user"]), turn.kept())
            return
        parsed = self._parse(turn.row.payload)
        if isinstance(parsed, ViberMessageRequest):
            incoming = self._incoming(parsed)
            keep = turn.keep(user=incoming.user_id)
            handle = turn.watch(self.dialogs.handle(incoming, keep=keep))
            send = partial(self._reply, incoming.user_id)
            await self._replies.run(incoming.user_id, handle, send)
        elif isinstance(parsed, ViberSubscribedRequest):
            await turn.watch(self.dialogs.set_subscribed(CHANNEL, str(parsed.user.id), True))
        elif isinstance(parsed, ViberUnsubscribedRequest):
            await turn.watch(self.dialogs.set_subscribed(CHANNEL, str(parsed.user_id), False))

    async def _read_body(self, request: web.Request) -> bytes:
        limit = self.settings.max_body_bytes
        declared = request.content_length
        if declared is not None and declared > limit:
            raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=declared)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.content.iter_chunked(READ_CHUNK):
            size += len(chunk)
            if size > limit:
                raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=size)
            chunks.append(chunk)
        return b"".join(chunks)

    def _signed(self, request: web.Request, body: bytes) -> bool:
        given = request.headers.get(SIGNATURE_HEADER, "").strip().lower()
        expected = sign(self._token, body)
        return hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))

    @staticmethod
    def _parse(data: dict[str, Any]) -> Any:
        message = data.get("message")
        if (
            data["event"] == "message"
            and isinstance(message, dict)
            and message.get("type") not in MESSAGE_TYPE_TO_CLASS
        ):
            # A message type newer than viberbot: still a person writing, shown as media.
            data = {**data, "message": {"type": "sticker", "sticker_id": 0}}
        return create_request(data)

    async def _dispatch(self, parsed: Any) -> web.StreamResponse:
        if isinstance(parsed, ViberConversationStartedRequest):
            return await self._on_conversation_started(parsed)
        if isinstance(parsed, ViberDeliveredRequest | ViberSeenRequest | ViberFailedRequest):
            receipt = RECEIPTS[parsed.event_type]
            self._spawn(self._on_receipt(receipt, str(parsed.message_token)))
        return web.Response(status=200)

    # -- background work, one person at a time

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(self._guarded(work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _guarded(work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except Exception as exc:
            log.error("viber_event_failed", extra=error_fields(exc))

    def _for_person(self, user_id: str, handle: Coroutine[Any, Any, list[Screen]]) -> None:
        """Handle one event of a person in the background, then send what it says, in turn.

        Tasks start in the order they are created, which is the order the webhook
        received the events, so the person's events are handled and answered in it.
        """
        self._spawn(self._replies.run(user_id, handle, partial(self._reply, user_id)))

    def _incoming(self, request: ViberMessageRequest) -> Incoming:
        sender = request.sender
        common: dict[str, Any] = {
            "channel": CHANNEL,
            "user_id": str(sender.id),
            "language_hint": sender.language,
            "update_key": str(request.message_token),
            "page_size": self._page_size,
        }
        message = request.message
        if isinstance(message, TextMessage):
            text = message.text or ""
            payload = payload_of(text)
            if payload is not None:
                return Incoming(kind=Kind.BUTTON, payload=payload, **common)
            return Incoming(
                kind=Kind.TEXT, text=text, message_id=str(request.message_token), **common
            )
        return Incoming(
            kind=Kind.MEDIA,
            text=str(getattr(message, "text", None) or ""),
            message_id=str(request.message_token),
            file=_file_of(message),
            **common,
        )

    async def _subscribed(self, user_id: str, subscribed: bool) -> list[Screen]:
        await self.dialogs.set_subscribed(CHANNEL, user_id, subscribed)
        return []

    async def _on_conversation_started(
        self, request: ViberConversationStartedRequest
    ) -> web.StreamResponse:
        user = request.user
        user_id = str(user.id)
        screens = await self.dialogs.handle(
            Incoming(
                channel=CHANNEL,
                user_id=user_id,
                kind=Kind.START,
                opens_chat=True,  # before any subscription: a welcome, not a way to write later
                text=str(request.context or "")[:64],
                language_hint=user.language,
                update_key=str(request.message_token),
                page_size=self._page_size,
            )
        )
        if request.subscribed is False:
            # They can read the welcome but not be written to until they write.
            self._for_person(user_id, self._subscribed(user_id, False))
        if not screens:
            return web.Response(status=200)
        if request.subscribed and len(screens) > 1:
            self._for_person(user_id, _ready(screens[1:]))
        # One message only: the start of the text, with the screen's keyboard.
        parts = render(screens[0])
        body = {"sender": self.api.sender, **parts[0], **_keyboard_of(parts[-1])}
        return web.json_response(body, dumps=lambda obj: json.dumps(obj, ensure_ascii=False))

    async def _on_receipt(self, receipt: Receipt, message_token: str) -> None:
        """Applied to its outbox row, or kept until the send it confirms is recorded.

        Viber may call back before its answer to our send has reached us; a receipt for
        a reply (never in the outbox) is kept briefly and dropped by housekeeping.
        """
        async with self.core.db.write() as session:
            repo = Repo(session)
            if not await repo.outbox.record_receipt(CHANNEL, message_token, receipt):
                await repo.receipts.keep(CHANNEL, message_token, receipt, utcnow())

    # -- sending

    async def _reply(self, user_id: str, screens: list[Screen]) -> None:
        """Send replies now; what Viber will not take right now goes to the outbox."""
        for index, screen in enumerate(screens):
            result = await self.send_queued(user_id, screen)
            if result.outcome == Outcome.SENT:
                continue
            if result.outcome == Outcome.UNREACHABLE:
                await self._unreachable(user_id)
            elif result.outcome in (Outcome.RETRY, Outcome.RATE_LIMITED):
                await self.outbox.park(user_id, screens[index:], reason=str(result.outcome))
            else:
                log.error("viber_reply_rejected", extra={"error": result.error})
            return

    async def send_queued(self, recipient: str, screen: Screen) -> SendResult:
        """Send one screen (one or more Viber messages) and say how it went."""
        messages = self._messages(screen)
        result = SendResult(Outcome.SENT)
        for message in messages:
            result = await self._send_raw(recipient, message)
            if result.outcome != Outcome.SENT:
                return result
        return SendResult(Outcome.SENT, message_token=result.message_token, parts=len(messages))

    def _messages(self, screen: Screen) -> list[dict[str, Any]]:
        """The screen's text messages, then its file as a link, carrying the keyboard."""
        messages = render(screen)
        if screen.file is None:
            return messages
        if self.files is None or not screen.file.ref:
            log.warning("viber_file_not_linked")  # no public_url: the words still go
            return messages
        board = _keyboard_of(messages[-1])
        for key in board:
            messages[-1].pop(key)
        file_message = {
            "type": "file",
            "media": self.files.url_for(screen.file.ref),
            "size": len(screen.file.content),
            "file_name": screen.file.filename,
        }
        return [*messages, {**file_message, **board}]

    async def _unreachable(self, user_id: str) -> None:
        log.info("viber_user_unsubscribed")
        await self.dialogs.set_subscribed(CHANNEL, user_id, False)


def _file_of(message: Any) -> FileRef | None:
    """A picture or file a person sent: Viber hands over a (temporary) media URL."""
    media = getattr(message, "media", None)
    if not isinstance(message, PictureMessage | FileMessage) or not media:
        return None
    if isinstance(message, PictureMessage):
        return FileRef("photo", str(media))
    return FileRef("document", str(media), str(message.file_name or ""), message.size)


def _keyboard_of(message: dict[str, Any]) -> dict[str, Any]:
    return {key: message[key] for key in ("keyboard", "min_api_version") if key in message}


async def _ready(screens: list[Screen]) -> list[Screen]:
    return screens


def _person_of(parsed: Any) -> str | None:
    """The Viber id of the person an event is about ("" when it lacks one it needs)."""
    if isinstance(parsed, ViberMessageRequest):
        user_id = parsed.sender.id
    elif isinstance(parsed, ViberConversationStartedRequest | ViberSubscribedRequest):
        user_id = parsed.user.id
    elif isinstance(parsed, ViberUnsubscribedRequest):
        user_id = parsed.user_id
    else:
        return None
    return user_id if isinstance(user_id, str) and 0 < len(user_id) <= 64 else ""
