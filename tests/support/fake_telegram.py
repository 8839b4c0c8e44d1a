"""A fake Telegram Bot API server on loopback, for tests and benchmarks.

The bot under test talks to it over real HTTP (``telegram.api_server``), exactly as it
would to api.telegram.org or a self-hosted server, so the aiogram session, the form
encoding and the response parsing are all exercised. It is strict where Telegram is
strict and where our bugs would show: HTML that Telegram could not parse, texts over
4096 characters, callback data over 64 bytes, editing a message that does not exist or
with identical content. Every call is recorded (method, params, result) for assertions;
``fail()`` makes the next calls of a method fail the way Telegram fails, ``flood()``
answers 429 with a ``retry_after`` for a while, and ``go_down()`` / ``come_back()``
refuse connections in between, as an unreachable Bot API does.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456789:AAFakeTokenForTheLoopbackBotApi_0000"
ALLOWED_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "blockquote",
    }
)
CANT_PARSE = "Bad Request: can't parse entities: "
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# Parameters that are plain strings even when they look like JSON ("123", "true").
TEXT_PARAMS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "secret_token",
        "url",
        "parse_mode",
        "language_code",
        "action",
        "inline_message_id",
        "description",
        "short_description",
        "name",
    }
)
COMMAND_PATTERN = re.compile(r"[a-z0-9_]{1,32}")


class ApiError(Exception):
    """A Bot API error response: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, code: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TelegramHtml(HTMLParser):
    """Telegram's HTML parse mode: a few tags, four named entities, nothing else."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise ApiError(400, f'{CANT_PARSE}Unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise ApiError(400, f'{CANT_PARSE}Unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            raise ApiError(400, f"{CANT_PARSE}Unexpected character '<'")
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in NAMED_ENTITIES:
            raise ApiError(400, f'{CANT_PARSE}Unsupported entity "{name}"')
        self.out.append(NAMED_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        code = int(name[1:], 16) if name.lower().startswith("x") else int(name)
        self.out.append(chr(code))


def html_to_text(markup: str) -> str:
    """The text a person reads, as Telegram returns it; ``ApiError`` where Telegram would."""
    parser = _TelegramHtml()
    parser.feed(markup)
    parser.close()
    if parser.rawdata:  # an unterminated "<..." left in the buffer
        raise ApiError(400, f"{CANT_PARSE}Unclosed start tag")
    if parser.stack:
        raise ApiError(400, f"{CANT_PARSE}Can't find end tag")
    return "".join(parser.out).strip()


@dataclass(slots=True)
class Call:
    """One request the bot made: method, decoded params, and what the fake answered."""

    method: str
    params: dict[str, Any]
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class StoredMessage:
    chat_id: int
    message_id: int
    text: str
    markup: dict[str, Any] | None
    date: int
    document: str | None = None
    edited: bool = False


@dataclass(slots=True)
class _Failure:
    code: int
    description: str
    times: int
    parameters: dict[str, Any]


class FakeTelegram:
    """``async with FakeTelegram() as fake: ... fake.url ...``: the Bot API on 127.0.0.1."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = "wsc_poznan_test_bot",
        record: bool = True,
        latency: float = 0.0,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":")[0])
        self.username = username
        self.record = record
        self.latency = latency
        self.calls: list[Call] = []
        self.chat_calls: dict[int, list[Call]] = defaultdict(list)
        self.messages: dict[int, dict[int, StoredMessage]] = defaultdict(dict)
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] | None = None
        self.updates: list[dict[str, Any]] = []
        self._message_ids = itertools.count(1)
        self._failures: dict[str, list[_Failure]] = defaultdict(list)
        self._delays: dict[str, list[float]] = defaultdict(list)
        self._hangs: dict[str, list[tuple[float, int]]] = defaultdict(list)
        self._flood_until: dict[str, float] = {}
        self._site: web.TCPSite | None = None
        self._address: tuple[str, int] | None = None
        self._changed = asyncio.Condition()
        self._new_updates = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendDocument": self._send_document,
            "deleteMessage": self._delete_message,
            "sendChatAction": lambda params: True,
            "getUpdates": self._get_updates,
        }
        self._closing = False
        self.answered: set[str] = set()
        self.deleted: defaultdict[int, set[int]] = defaultdict(set)
        self.api_calls = 0  # counted even when not recorded (benchmarks)

    # -- lifecycle

    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        host, port = self._runner.addresses[0][:2]
        self._address = (host, port)
        self.url = f"http://{host}:{port}"
        return self

    async def close(self) -> None:
        async with self._new_updates:  # release long polls, or shutdown waits them out
            self._closing = True
            self._new_updates.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- what tests arrange

    def fail(
        self, method: str, description: str, *, code: int = 400, times: int = 1, **parameters: Any
    ) -> None:
        """The next ``times`` calls of ``method`` answer with this Bot API error."""
        self._failures[method].append(_Failure(code, description, times, parameters))

    def flood(self, seconds: float, *methods: str) -> None:
        """Flood control: ``methods`` answer 429 with the seconds left, for ``seconds``."""
        until = time.monotonic() + seconds
        for method in methods or ("sendMessage", "editMessageText", "sendDocument"):
            self._flood_until[method] = until

    async def go_down(self) -> None:
        """Stop listening and drop open connections: the bot's requests fail to connect."""
        assert self._runner is not None
        if self._site is not None:
            await self._site.stop()
            self._site = None
        server = self._runner.server
        for handler in server.connections if server is not None else []:
            if handler.transport is not None:
                handler.transport.close()

    async def come_back(self) -> None:
        """Listen again on the same address."""
        assert self._runner is not None
        assert self._address is not None
        if self._site is None:
            self._site = web.TCPSite(self._runner, *self._address)
            await self._site.start()

    def hang(self, method: str, seconds: float, *, times: int = 1, code: int = 504) -> None:
        """The next ``times`` calls of ``method`` answer nothing for ``seconds``, then fail.

        Nothing is done for them: a client that gave up waiting lost nothing.
        """
        self._hangs[method].extend([(seconds, code)] * times)

    def slow(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` take ``seconds`` longer to answer."""
        self._delays[method].extend([seconds] * times)

    async def push_update(self, update: dict[str, Any]) -> None:
        """Queue an update for ``getUpdates`` (the polling path)."""
        async with self._new_updates:
            self.updates.append(update)
            self._new_updates.notify_all()

    # -- what tests inspect

    def calls_of(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def sent_to(self, chat_id: int) -> list[Call]:
        """Successful calls that showed something in ``chat_id`` (sent or edited)."""
        shown = {"sendMessage", "editMessageText", "editMessageReplyMarkup", "sendDocument"}
        return [c for c in self.chat_calls.get(chat_id, []) if c.ok and c.method in shown]

    def last_message(self, chat_id: int) -> StoredMessage | None:
        chat = self.messages.get(chat_id)
        return chat[max(chat)] if chat else None

    def last_message_id(self, chat_id: int) -> int:
        """The newest message the bot has in this chat (what a person would tap on)."""
        last = self.last_message(chat_id)
        if last is None:
            raise AssertionError(f"the bot has sent nothing to chat {chat_id}")
        return last.message_id

    async def wait_for(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        """Until ``predicate()`` holds, re-checked after every call the bot makes."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), within)

    # -- HTTP

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params)
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            if self._delays.get(method):
                await asyncio.sleep(self._delays[method].pop(0))
            if self._hangs.get(method):
                seconds, code = self._hangs[method].pop(0)
                await asyncio.sleep(seconds)
                raise ApiError(code, "Gateway Timeout")
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = self._methods.get(method)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            self._maybe_fail(method)
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as error:
            call.error = error.description
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.code,
                "description": error.description,
            }
            if error.parameters:
                body["parameters"] = error.parameters
            await self._record(call)
            return web.json_response(body, status=error.code)
        call.result = result
        await self._record(call)
        return web.json_response({"ok": True, "result": result})

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            with contextlib.suppress(ValueError):
                body = await request.json()
                return body if isinstance(body, dict) else {}
            return {}
        form = await request.post() if request.can_read_body else request.query
        params: dict[str, Any] = {}
        files: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = (value.filename, value.file.read())
            elif key in TEXT_PARAMS:
                params[key] = value
            else:
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
        for key, value in list(params.items()):  # "attach://<name>" points at a file part
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = files.get(value.removeprefix("attach://"))
        return params

    async def _record(self, call: Call) -> None:
        self.api_calls += 1
        if self.record:
            self.calls.append(call)
            chat_id = call.params.get("chat_id")
            if isinstance(chat_id, int):
                self.chat_calls[chat_id].append(call)
        async with self._changed:
            self._changed.notify_all()

    def _maybe_fail(self, method: str) -> None:
        left = self._flood_until.get(method, 0.0) - time.monotonic()
        if left > 0:
            wait = math.ceil(left)
            raise ApiError(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
        queue = self._failures.get(method)
        if not queue:
            return
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        raise ApiError(failure.code, failure.description, **failure.parameters)

    # -- methods

    def _me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Cudzoziemcy Poznań (test)",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._me()

    @staticmethod
    def _chat(chat_id: int) -> dict[str, Any]:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Test"}
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        return {"id": chat_id, "type": kind, "title": "Test group"}

    @staticmethod
    def _chat_id(params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    @staticmethod
    def _text(params: dict[str, Any], key: str, limit: int) -> str:
        raw = params.get(key) or ""
        if not isinstance(raw, str):
            raise ApiError(400, f"Bad Request: {key} must be a string")
        text = html_to_text(raw) if params.get("parse_mode") == "HTML" else raw.strip()
        if utf16_len(text) > limit:
            raise ApiError(400, f"Bad Request: {'message' if key == 'text' else key} is too long")
        return text

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
        if not isinstance(rows, list):
            raise ApiError(400, "Bad Request: unsupported reply markup")
        for row in rows:
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: BUTTON_TEXT_EMPTY")
                data, url = button.get("callback_data"), button.get("url")
                if (data is None) == (url is None):
                    raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if url is not None and not str(url).startswith(("http://", "https://", "tg://")):
                    raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
        return markup

    def _message_json(self, stored: StoredMessage) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message_id": stored.message_id,
            "from": self._me(),
            "chat": self._chat(stored.chat_id),
            "date": stored.date,
        }
        if stored.document is not None:
            out["document"] = {
                "file_id": f"doc-{stored.message_id}",
                "file_unique_id": f"u-{stored.message_id}",
                "file_name": stored.document,
            }
            if stored.text:
                out["caption"] = stored.text
        else:
            out["text"] = stored.text
        if stored.edited:
            out["edit_date"] = int(time.time())
        if stored.markup:
            out["reply_markup"] = stored.markup
        return out

    def _store(
        self, chat_id: int, text: str, markup: dict[str, Any] | None, document: str | None = None
    ) -> StoredMessage:
        stored = StoredMessage(
            chat_id=chat_id,
            message_id=next(self._message_ids),
            text=text,
            markup=markup,
            date=int(time.time()),
            document=document,
        )
        self.messages[chat_id][stored.message_id] = stored
        return stored

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        text = self._text(params, "text", 4096)
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        markup = self._check_markup(params.get("reply_markup"))
        return self._message_json(self._store(chat_id, text, markup))

    def _find(self, params: dict[str, Any]) -> StoredMessage:
        chat_id = self._chat_id(params)
        message_id = params.get("message_id")
        stored = self.messages.get(chat_id, {}).get(
            message_id if isinstance(message_id, int) else 0
        )
        if stored is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return stored

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._find(params)
        text = self._text(params, "text", 4096)
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if stored.document is not None:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        markup = self._check_markup(params.get("reply_markup"))
        if text == stored.text and markup == stored.markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup "
                "of the message",
            )
        stored.text, stored.markup, stored.edited = text, markup, True
        return self._message_json(stored)

    def _edit_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._find(params)
        markup = self._check_markup(params.get("reply_markup"))
        if markup == stored.markup:
            raise ApiError(400, "Bad Request: message is not modified")
        stored.markup, stored.edited = markup, True
        return self._message_json(stored)

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        document = params.get("document")
        if not isinstance(document, tuple):
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption = self._text(params, "caption", 1024)
        markup = self._check_markup(params.get("reply_markup"))
        stored = self._store(chat_id, caption, markup, document=document[0])
        return self._message_json(stored)

    def _delete_message(self, params: dict[str, Any]) -> bool:
        """The bot's own messages, and the person's in a private chat (both recorded)."""
        chat_id = self._chat_id(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int) or message_id in self.deleted[chat_id]:
            raise ApiError(400, "Bad Request: message to delete not found")
        self.deleted[chat_id].add(message_id)
        self.messages.get(chat_id, {}).pop(message_id, None)
        return True

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = params.get("callback_query_id")
        if not query_id or query_id in self.answered:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self.answered.add(query_id)
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100 commands")
        for command in commands:
            if not COMMAND_PATTERN.fullmatch(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        scope = (params.get("scope") or {"type": "default"}).get("type", "default")
        self.commands[(scope, params.get("language_code") or "")] = commands
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        scope = (params.get("scope") or {"type": "default"}).get("type", "default")
        return self.commands.get((scope, params.get("language_code") or ""), [])

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url") or ""
        if not url:
            return self._delete_webhook(params)
        if not str(url).startswith(("https://", "http://")):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        self.webhook = dict(params)
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        webhook = self.webhook or {}
        return {
            "url": webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = min(float(params.get("timeout") or 0), 50.0)
        allowed = params.get("allowed_updates")

        def pending() -> list[dict[str, Any]]:
            # Confirmed (below the offset) and unwanted kinds are forgotten, as Telegram does.
            self.updates[:] = [
                u
                for u in self.updates
                if u["update_id"] >= offset and (not allowed or any(k in u for k in allowed))
            ]
            return self.updates[:limit]

        async with self._new_updates:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._new_updates.wait_for(lambda: self._closing or bool(pending())), timeout
                )
            return [] if self._closing else pending()
