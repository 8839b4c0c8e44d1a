"""A fake Viber REST API on loopback, for tests and benchmarks.

The bot talks to it over real HTTP (``viber.api_url``), exactly as it would to
chatapi.viber.com, so our session, headers, JSON and status handling are exercised.
It is strict where Viber is strict and where our bugs would show: the auth token
header, the sender name (28 characters), texts over 7,000 characters, messages over
30 KB, keyboards off the 6-column grid or with labels over 250 characters, messages to
people who never subscribed (status 6), and more than 100 messages a person has not
answered within an hour (status 12). Each refusal is also kept in ``problems`` so a
test can assert there were none.

Every call is recorded. ``fail_http`` makes the next calls fail with an HTTP error
(or hang past the client's timeout), ``answer_status`` makes them answer a Viber
status code. ``set_webhook`` calls the webhook back with a signed ``webhook`` event,
as Viber does, and refuses the URL when that is not answered with 200.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

DEFAULT_TOKEN = "4b5cc0a3f2a1e8d9-5e2f1c0b9a8d7e6f-a1b2c3d4e5f60718"
MAX_TEXT = 7000
MAX_BODY = 30 * 1024
MAX_LABEL = 250
MAX_SENDER_NAME = 28
UNANSWERED_LIMIT = 100
UNANSWERED_WINDOW = 3600.0
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FILE_NAME = 256
ACTION_TYPES = frozenset({"reply", "open-url", "location-picker", "share-phone", "none"})


@dataclass(slots=True)
class Call:
    endpoint: str
    body: dict[str, Any]
    status: int  # the Viber status answered (or the HTTP status, negated, for HTTP errors)
    at: float = field(default_factory=time.monotonic)


@dataclass(slots=True)
class Sent:
    """A message Viber accepted."""

    receiver: str
    message: dict[str, Any]
    token: str

    @property
    def text(self) -> str:
        return str(self.message.get("text", ""))

    @property
    def keyboard(self) -> dict[str, Any] | None:
        return self.message.get("keyboard")


@dataclass(slots=True)
class _Failure:
    endpoint: str
    count: int
    http_status: int | None = None
    viber_status: int | None = None
    receiver: str | None = None
    hang: float = 0.0


def check_file(body: dict[str, Any]) -> list[str]:
    """A ``file`` message as Viber documents it: an http(s) URL, the size, a file name."""
    problems: list[str] = []
    media = body.get("media")
    if not isinstance(media, str) or not media.startswith(("https://", "http://")):
        problems.append("file without an http(s) media URL")
    size = body.get("size")
    if not isinstance(size, int) or size <= 0 or size > MAX_FILE_BYTES:
        problems.append("file size missing or over 50 MB")
    name = body.get("file_name")
    if not isinstance(name, str) or not name or len(name) > MAX_FILE_NAME:
        problems.append("file_name missing or over 256 characters")
    if "text" in body:
        problems.append("a file message carries no text")
    return problems


def check_keyboard(keyboard: Any) -> list[str]:
    """What Viber would refuse (or a phone would mangle) in a keyboard."""
    problems: list[str] = []
    if not isinstance(keyboard, dict) or keyboard.get("Type") != "keyboard":
        return ["keyboard: Type must be 'keyboard'"]
    buttons = keyboard.get("Buttons")
    if not isinstance(buttons, list) or not buttons:
        return ["keyboard: Buttons must be a non-empty list"]
    if keyboard.get("InputFieldState", "regular") not in {"regular", "minimized", "hidden"}:
        problems.append("keyboard: bad InputFieldState")
    used = 0
    in_row = 0
    for index, button in enumerate(buttons):
        columns = button.get("Columns", 6)
        rows = button.get("Rows", 1)
        if not (isinstance(columns, int) and 1 <= columns <= 6):
            problems.append(f"button {index}: Columns {columns!r} not in 1..6")
            continue
        if not (isinstance(rows, int) and 1 <= rows <= 2):
            problems.append(f"button {index}: Rows {rows!r} not in 1..2")
        text = button.get("Text", "")
        if not isinstance(text, str) or not text or len(text) > MAX_LABEL:
            problems.append(f"button {index}: Text empty or over {MAX_LABEL} characters")
        if button.get("ActionType", "reply") not in ACTION_TYPES:
            problems.append(f"button {index}: unknown ActionType")
        if not button.get("ActionBody"):
            problems.append(f"button {index}: empty ActionBody")
        if used + columns > 6:
            if used != 6:
                problems.append(f"button {index}: row before it leaves {6 - used} columns empty")
            used, in_row = 0, 0
        used += columns
        in_row += 1
        if in_row > 3:
            problems.append(f"button {index}: more than 3 buttons in a row")
    if used != 6:
        problems.append(f"last row leaves {6 - used} columns empty")
    return problems


def rows_of(keyboard: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The keyboard's buttons as the grid shows them, row by row."""
    rows: list[list[dict[str, Any]]] = []
    used = 6
    for button in keyboard.get("Buttons", []):
        columns = button.get("Columns", 6)
        if used + columns > 6:
            rows.append([])
            used = 0
        rows[-1].append(button)
        used += columns
    return rows


class FakeViber:
    def __init__(self, token: str = DEFAULT_TOKEN, *, strict_subscription: bool = True) -> None:
        self.token = token
        self.strict_subscription = strict_subscription
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.problems: list[str] = []
        self.subscribers: set[str] = set()
        self.webhook: dict[str, Any] | None = None
        self.on_send: Callable[[Sent], None] | None = None
        # Awaited after a message is accepted and before the answer leaves: what Viber
        # does meanwhile (a ``delivered`` callback racing our answer) goes here.
        self.before_answer: Callable[[Sent], Awaitable[None]] | None = None
        self._failures: deque[_Failure] = deque()
        self._late: deque[float] = deque()
        self._unanswered: dict[str, list[float]] = defaultdict(list)
        self._tokens = itertools.count(5_124_661_846_655_238_145)
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self.url = ""

    # -- lifecycle

    async def __aenter__(self) -> FakeViber:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post("/pa/{endpoint}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/pa"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what tests arrange

    def fail_http(
        self, count: int = 1, status: int = 500, *, endpoint: str = "send_message", hang: float = 0
    ) -> None:
        """The next ``count`` calls answer HTTP ``status`` (or first hang ``hang`` seconds)."""
        self._failures.append(_Failure(endpoint, count, http_status=status, hang=hang))

    def answer_late(self, seconds: float, count: int = 1) -> None:
        """The next ``count`` messages are accepted (delivered) but answered ``seconds`` late."""
        self._late.extend([seconds] * count)

    def answer_status(
        self,
        status: int,
        count: int = 1,
        *,
        receiver: str | None = None,
        endpoint: str = "send_message",
    ) -> None:
        """The next ``count`` calls (to ``receiver``, if given) answer Viber ``status``."""
        self._failures.append(_Failure(endpoint, count, viber_status=status, receiver=receiver))

    def user_wrote(self, receiver: str) -> None:
        """The person sent a message: they are subscribed and their unanswered count resets."""
        self.subscribers.add(receiver)
        self._unanswered.pop(receiver, None)

    def unsubscribe(self, receiver: str) -> None:
        self.subscribers.discard(receiver)

    # -- what tests read

    def sent_to(self, receiver: str) -> list[Sent]:
        return [sent for sent in self.sent if sent.receiver == receiver]

    def calls_to(self, endpoint: str) -> list[Call]:
        return [call for call in self.calls if call.endpoint == endpoint]

    # -- the API

    def _take_failure(self, endpoint: str, receiver: str | None) -> _Failure | None:
        for failure in self._failures:
            if failure.endpoint != endpoint:
                continue
            if failure.receiver is not None and failure.receiver != receiver:
                continue
            failure.count -= 1
            if failure.count <= 0:
                self._failures.remove(failure)
            return failure
        return None

    async def _handle(self, request: web.Request) -> web.Response:
        endpoint = request.match_info["endpoint"]
        raw = await request.read()
        try:
            body = json.loads(raw)
        except ValueError:
            self.calls.append(Call(endpoint, {}, 3))
            return _answer(3, "badData")
        receiver = body.get("receiver") if isinstance(body, dict) else None
        failure = self._take_failure(endpoint, receiver)
        if failure is not None and failure.http_status is not None:
            self.calls.append(Call(endpoint, body, -failure.http_status))
            if failure.hang:
                await asyncio.sleep(failure.hang)
            return web.Response(status=failure.http_status, text="fake failure")
        if request.headers.get("X-Viber-Auth-Token") != self.token:
            self.calls.append(Call(endpoint, body, 2))
            return _answer(2, "invalidAuthToken")
        if failure is not None and failure.viber_status is not None:
            self.calls.append(Call(endpoint, body, failure.viber_status))
            return _answer(failure.viber_status, "fake status")
        if endpoint == "send_message":
            before = len(self.sent)
            response = self._send_message(body, len(raw))
            if self.before_answer is not None and len(self.sent) > before:
                await self.before_answer(self.sent[-1])
            if self._late and len(self.sent) > before:
                await asyncio.sleep(self._late.popleft())
            return response
        if endpoint == "set_webhook":
            return await self._set_webhook(body)
        if endpoint == "get_account_info":
            self.calls.append(Call(endpoint, body, 0))
            return _answer(0, "ok", id="pa:fake", name="Fake bot", subscribers_count=0)
        self.calls.append(Call(endpoint, body, -404))
        return web.Response(status=404)

    def _send_message(self, body: dict[str, Any], size: int) -> web.Response:
        problems = self._check_message(body, size)
        if problems:
            self.problems.extend(problems)
            self.calls.append(Call("send_message", body, 3))
            return _answer(3, "badData: " + "; ".join(problems))
        receiver = body["receiver"]
        if self.strict_subscription and receiver not in self.subscribers:
            self.calls.append(Call("send_message", body, 6))
            return _answer(6, "receiverNotSubscribed")
        now = time.monotonic()
        recent = [t for t in self._unanswered[receiver] if now - t < UNANSWERED_WINDOW]
        if len(recent) >= UNANSWERED_LIMIT:
            self.problems.append("more than 100 unanswered messages within an hour")
            self.calls.append(Call("send_message", body, 12))
            return _answer(12, "tooManyRequests")
        recent.append(now)
        self._unanswered[receiver] = recent
        token = str(next(self._tokens))
        sent = Sent(receiver, {k: v for k, v in body.items() if k != "receiver"}, token)
        self.sent.append(sent)
        self.calls.append(Call("send_message", body, 0))
        if self.on_send is not None:
            self.on_send(sent)
        return _answer(0, "ok", message_token=int(token), chat_hostname="SN-FAKE_")

    def _check_message(self, body: dict[str, Any], size: int) -> list[str]:
        problems: list[str] = []
        if size > MAX_BODY:
            problems.append(f"message of {size} bytes is over 30 KB")
        if not body.get("receiver"):
            problems.append("no receiver")
        sender = body.get("sender")
        if not isinstance(sender, dict) or not sender.get("name"):
            problems.append("no sender name")
        elif len(sender["name"]) > MAX_SENDER_NAME:
            problems.append("sender name over 28 characters")
        kind = body.get("type")
        if kind == "file":
            problems.extend(check_file(body))
        elif kind == "picture":
            media = body.get("media")
            if not isinstance(media, str) or not media.startswith(("https://", "http://127.0.0.1")):
                problems.append("media must be an https URL")
            if len(str(body.get("text", ""))) > 120:
                problems.append("picture description over 120 characters")
        elif kind != "text":
            problems.append(f"unexpected message type {kind!r}")
        else:
            text = body.get("text")
            if not isinstance(text, str) or not text:
                problems.append("empty text")
            elif len(text) > MAX_TEXT:
                problems.append(f"text of {len(text)} characters is over {MAX_TEXT}")
        if "keyboard" in body:
            problems.extend(check_keyboard(body["keyboard"]))
        return problems

    async def _set_webhook(self, body: dict[str, Any]) -> web.Response:
        url = body.get("url", "")
        if not isinstance(url, str) or not url.startswith(("https://", "http://127.0.0.1")):
            self.calls.append(Call("set_webhook", body, 1))
            return _answer(1, "invalidUrl")
        event = {"event": "webhook", "timestamp": int(time.time() * 1000), "message_token": 1}
        raw = json.dumps(event).encode()
        signature = hmac.new(self.token.encode(), raw, hashlib.sha256).hexdigest()
        if self._client is None:
            self._client = aiohttp.ClientSession()
        try:
            async with self._client.post(
                url, data=raw, headers={"X-Viber-Content-Signature": signature}
            ) as response:
                verified = response.status == 200
        except aiohttp.ClientError:
            verified = False
        if not verified:
            self.calls.append(Call("set_webhook", body, 1))
            return _answer(1, "invalidUrl: the webhook did not answer 200")
        self.webhook = body
        self.calls.append(Call("set_webhook", body, 0))
        return _answer(0, "ok", event_types=body.get("event_types", []))


def _answer(status: int, message: str, **extra: Any) -> web.Response:
    return web.json_response({"status": status, "status_message": message, **extra})
