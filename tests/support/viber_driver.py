"""Talk to the bot as a Viber user: signed webhooks into the real aiohttp app, a fake Viber API.

The app is the one ``python -m bot run`` serves (``bot.runner.build_web_app`` with a
real ``ViberChannel``) on an aiohttp test server on loopback; events are POSTed signed
with the auth token, and the bot's replies go over HTTP to ``FakeViber``. After each
event the driver waits until the channel's background work for it has finished, then
reads what the person saw: the welcome in the HTTP answer to ``conversation_started``,
and the messages the fake API accepted for them.

Viber shows only the newest keyboard, so ``tap`` looks for the label there. Like a
person, it turns pages (the menu's Next button) when the label is on a later page of
a long menu, and returns what the final tap brought.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from pydantic import AnyHttpUrl, SecretStr

from bot.app import Core, build_core
from bot.channels.viber import ViberChannel
from bot.channels.viber_render import payload_of
from bot.config import Secrets, Settings
from bot.runner import build_web_app
from tests.support.drivers import Seen
from tests.support.fake_viber import FakeViber
from tests.support.viber_factories import (
    Event,
    ViberPerson,
    button_tap,
    conversation_started,
    signed,
    text_message,
    viber_id,
)

_PAGE_TURN = re.compile(r"m:[^:]*:(\d+)")
_TITLE = re.compile(r"\A\*([^*\n]+)\*(\n|\Z)")


@dataclass(frozen=True, slots=True)
class Answer:
    """The webhook's HTTP answer."""

    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def with_fake_api(settings: Settings, fake: FakeViber, **viber: Any) -> Settings:
    """``settings`` pointing the bot at ``fake`` (plus any other ``[viber]`` keys)."""
    section = settings.viber.model_copy(update={"api_url": AnyHttpUrl(fake.url), **viber})
    return settings.model_copy(update={"viber": section})


def seen_from(message: dict[str, Any]) -> Seen:
    """A Viber message as the person sees it: the bold title without its asterisks."""
    text = _TITLE.sub(lambda m: m.group(1) + m.group(2), str(message.get("text", "")))
    seen = Seen(text=text)
    for button in (message.get("keyboard") or {}).get("Buttons", []):
        label = html.unescape(button.get("Text", ""))
        if button.get("ActionType") == "open-url":
            seen.links.append((label, button.get("ActionBody", "")))
        else:
            seen.buttons.append(label)
            body = str(button.get("ActionBody", ""))
            seen.payloads.append(payload_of(body) or body)
    return seen


class ViberDriver:
    """``ChatDriver`` over Viber. Also exposes the fake, the channel and raw posting."""

    channel = "viber"

    def __init__(self, settings: Settings, fake: FakeViber) -> None:
        self.settings = with_fake_api(settings, fake)
        self.fake = fake
        self.core: Core | None = None
        self.viber: ViberChannel | None = None
        self.client: TestClient | None = None
        self._hints: dict[int, str | None] = {}
        self._cursor: dict[int, int] = {}
        self._keyboards: dict[int, dict[str, Any]] = {}

    async def boot(self) -> None:
        self.core = await build_core(self.settings)
        secrets = Secrets(viber_auth_token=SecretStr(self.fake.token))
        self.viber = ViberChannel.from_settings(self.core, secrets)
        app = build_web_app(self.core, [self.viber])
        self.client = TestClient(TestServer(app, host="127.0.0.1"))
        await self.client.start_server()
        await self.viber.start()

    async def shutdown(self) -> None:
        if self.viber is not None:
            await self.viber.stop()
            self.viber = None
        if self.client is not None:
            await self.client.close()
            self.client = None
        if self.core is not None:
            await self.core.close()
            self.core = None

    # -- raw access, for Viber-specific tests

    @property
    def webhook_path(self) -> str:
        return self.settings.viber.webhook_path

    async def post_raw(self, body: bytes, headers: dict[str, str]) -> Answer:
        """POST exactly these bytes to the webhook; waits for the work they started."""
        assert self.client is not None
        assert self.viber is not None
        async with self.client.post(self.webhook_path, data=body, headers=headers) as response:
            answer = Answer(response.status, await response.read())
        await self.viber.idle()
        return answer

    async def post(self, event: Event | bytes) -> Answer:
        """POST ``event`` signed with the bot's token, as Viber would."""
        if isinstance(event, dict) and event.get("event") == "message":
            self.fake.user_wrote(str(event.get("sender", {}).get("id")))
        return await self.post_raw(*signed(event, self.fake.token))

    async def settle(self) -> None:
        assert self.viber is not None
        await self.viber.idle()

    def person(self, user: int) -> ViberPerson:
        return ViberPerson(viber_id(user), self._hints.get(user, "en"))

    def new_seen(self, user: int) -> list[Seen]:
        """What the API delivered to ``user`` since the last time we looked."""
        sent = self.fake.sent_to(viber_id(user))
        start = self._cursor.get(user, 0)
        self._cursor[user] = len(sent)
        for message in sent[start:]:
            if message.keyboard is not None:
                self._keyboards[user] = message.keyboard
        return [seen_from(message.message) for message in sent[start:]]

    async def send(self, user: int, event: Event) -> list[Seen]:
        self.new_seen(user)  # anything shown before this event is not its answer
        answer = await self.post(event)
        assert answer.status == 200, answer
        return self.new_seen(user)

    def keyboard(self, user: int) -> dict[str, Any]:
        """The keyboard the person has under their thumb now."""
        self.new_seen(user)
        return self._keyboards.get(user, {})

    def find_button(self, user: int, label: str) -> str | None:
        """The payload of the button labelled ``label`` in the newest keyboard."""
        for button in self.keyboard(user).get("Buttons", []):
            if html.unescape(button.get("Text", "")) == label:
                if button.get("ActionType") == "open-url":
                    raise AssertionError(f"{label!r} opens a page, it cannot be tapped")
                payload = payload_of(str(button["ActionBody"]))
                assert payload is not None, f"{label!r} has no payload mark"
                return payload
        return None

    def _next_page(self, user: int, visited: set[str]) -> str | None:
        payloads = [
            payload_of(str(button.get("ActionBody", ""))) or ""
            for button in self.keyboard(user).get("Buttons", [])
        ]
        turns = [payload for payload in payloads if _PAGE_TURN.fullmatch(payload)]
        forward = [payload for payload in turns if payload not in visited]
        return max(forward, key=lambda p: int(p.rsplit(":", 1)[1]), default=None)

    # -- ChatDriver

    async def start(
        self,
        user: int,
        language_hint: str | None = None,
        *,
        context: str | None = None,
        subscribed: bool = False,
    ) -> list[Seen]:
        """conversation_started (``context``: a deep link); the welcome is in the answer."""
        self._hints[user] = language_hint
        self.new_seen(user)
        event = conversation_started(self.person(user), subscribed=subscribed, context=context)
        answer = await self.post(event)
        assert answer.status == 200, answer
        seen: list[Seen] = []
        if answer.body:
            welcome = answer.json()
            if welcome.get("keyboard"):
                self._keyboards[user] = welcome["keyboard"]
            seen.append(seen_from(welcome))
        return seen + self.new_seen(user)

    async def say(self, user: int, text: str) -> list[Seen]:
        return await self.send(user, text_message(self.person(user), text))

    async def tap(self, user: int, label: str) -> list[Seen]:
        payload = self.find_button(user, label)
        visited: set[str] = set()
        while payload is None:
            turn = self._next_page(user, visited)
            if turn is None:
                labels = [
                    html.unescape(b.get("Text", "")) for b in self.keyboard(user).get("Buttons", [])
                ]
                raise AssertionError(f"no button {label!r} for user {user}; keyboard: {labels}")
            visited.add(turn)
            await self.send(user, button_tap(self.person(user), turn))
            payload = self.find_button(user, label)
        return await self.send(user, button_tap(self.person(user), payload))

    async def tap_payload(self, user: int, payload: str) -> list[Seen]:
        """A reply button with ``payload`` as its ActionBody (marked, as ours are)."""
        return await self.send(user, button_tap(self.person(user), payload))

    async def restart(self) -> None:
        await self.shutdown()
        await self.boot()


@asynccontextmanager
async def viber_driver(settings: Settings, **viber: Any) -> AsyncIterator[ViberDriver]:
    """A fake Viber API on loopback and the bot's web app wired to it; both torn down after."""
    async with FakeViber() as fake:
        driver = ViberDriver(with_fake_api(settings, fake, **viber), fake)
        await driver.boot()
        try:
            yield driver
        finally:
            await driver.shutdown()
