"""Talk to the bot as a Telegram user: the real Dispatcher, the real Bot, a fake Bot API.

Updates are built as Telegram sends them and fed to the ``TelegramChannel``'s own
Dispatcher (``feed_update`` with real ``Update`` objects); the Bot answers over HTTP
to ``FakeTelegram`` on loopback (``telegram.api_server``). What the person saw is
read back from what the fake recorded, per chat, so many people can talk at once.
The channel's outbox runs only when a test asks for it (``outbox=``), so that what a
failed reply leaves queued is not sent behind the back of tests that count calls.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiogram.types import Update
from pydantic import AnyHttpUrl, SecretStr

from bot.app import Core, build_core
from bot.channels.telegram import TelegramChannel
from bot.config import Secrets, Settings
from bot.outbox import SendPolicy
from tests.support.drivers import Seen
from tests.support.fake_telegram import Call, FakeTelegram
from tests.support.telegram_factories import Person, make_callback, make_message


def with_fake_server(settings: Settings, fake: FakeTelegram, **telegram: Any) -> Settings:
    """``settings`` pointing the bot at ``fake`` (plus any other ``[telegram]`` keys)."""
    section = settings.telegram.model_copy(update={"api_server": AnyHttpUrl(fake.url), **telegram})
    return settings.model_copy(update={"telegram": section})


def secrets_for(fake: FakeTelegram, webhook_secret: str | None = None) -> Secrets:
    return Secrets(
        telegram_bot_token=SecretStr(fake.token),
        telegram_webhook_secret=SecretStr(webhook_secret) if webhook_secret else None,
        viber_auth_token=None,
    )


def seen_from(call: Call) -> Seen:
    """A recorded Bot API call as the person sees it: plain text, buttons, links."""
    result = call.result if isinstance(call.result, dict) else {}
    text = result.get("text") or result.get("caption") or ""
    if result.get("document"):
        text = f"{text}\n[file: {result['document'].get('file_name')}]".strip()
    seen = Seen(text=text, edited=call.method.startswith("edit"))
    markup = result.get("reply_markup") or {}
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if "url" in button:
                seen.links.append((button["text"], button["url"]))
            else:
                seen.buttons.append(button["text"])
                seen.payloads.append(button.get("callback_data", ""))
    return seen


class TelegramDriver:
    """``ChatDriver`` over Telegram. Also exposes the fake and the channel for closer checks."""

    channel = "telegram"

    def __init__(
        self, settings: Settings, fake: FakeTelegram, *, outbox: SendPolicy | None = None
    ) -> None:
        self.settings = with_fake_server(settings, fake)
        self.fake = fake
        self.outbox = outbox
        self.core: Core | None = None
        self.tg: TelegramChannel | None = None
        self._hints: dict[int, str | None] = {}
        self._cursor: dict[int, int] = {}

    async def boot(self) -> None:
        self.core = await build_core(self.settings)
        self.tg = TelegramChannel.from_settings(self.core, secrets_for(self.fake))
        if self.outbox is not None:
            self.tg.outbox.policy = self.outbox
            await self.tg.outbox.start()

    async def shutdown(self) -> None:
        if self.tg is not None:
            await self.tg.stop()
            self.tg = None
        if self.core is not None:
            await self.core.close()
            self.core = None

    # -- raw access, for Telegram-specific tests

    async def feed(self, raw: dict[str, Any]) -> None:
        """One update through the real Dispatcher, as polling or the webhook would pass it."""
        assert self.tg is not None
        update = Update.model_validate(raw, context={"bot": self.tg.bot})
        await self.tg.dispatcher.feed_update(self.tg.bot, update)
        # Stored first, then handled from the inbox: wait for this one's handling.
        await self.tg.idle(update.update_id)

    def new_seen(self, user: int) -> list[Seen]:
        """What appeared in ``user``'s chat since the last time we looked."""
        calls = self.fake.sent_to(user)
        start = self._cursor.get(user, 0)
        self._cursor[user] = len(calls)
        return [seen_from(call) for call in calls[start:]]

    async def send(self, user: int, raw: dict[str, Any]) -> list[Seen]:
        self.new_seen(user)  # anything shown before this update is not its answer
        await self.feed(raw)
        return self.new_seen(user)

    def person(self, user: int) -> Person:
        return Person(user, self._hints.get(user, "en"))

    def find_button(self, user: int, label: str) -> tuple[str, int]:
        """(payload, message id) of the newest message in the chat with this button."""
        chat = self.fake.messages.get(user, {})
        for message_id in sorted(chat, reverse=True):
            markup = chat[message_id].markup or {}
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label and "callback_data" in button:
                        return button["callback_data"], message_id
        labels = sorted(
            button["text"]
            for message in chat.values()
            for row in (message.markup or {}).get("inline_keyboard", [])
            for button in row
        )
        raise AssertionError(f"no button {label!r} in chat {user}; buttons: {labels}")

    # -- ChatDriver

    async def start(self, user: int, language_hint: str | None = None) -> list[Seen]:
        self._hints[user] = language_hint
        return await self.send(user, make_message(self.person(user), "/start"))

    async def say(self, user: int, text: str) -> list[Seen]:
        return await self.send(user, make_message(self.person(user), text))

    async def tap(self, user: int, label: str) -> list[Seen]:
        payload, message_id = self.find_button(user, label)
        return await self.send(user, make_callback(self.person(user), payload, message_id))

    async def tap_payload(self, user: int, payload: str) -> list[Seen]:
        last = self.fake.last_message(user)
        message_id = last.message_id if last is not None else 1
        return await self.send(user, make_callback(self.person(user), payload, message_id))

    async def restart(self) -> None:
        await self.shutdown()
        await self.boot()


@asynccontextmanager
async def telegram_driver(
    settings: Settings, *, outbox: SendPolicy | None = None
) -> AsyncIterator[TelegramDriver]:
    """A fake Bot API on loopback and the bot wired to it; both torn down afterwards."""
    async with FakeTelegram() as fake:
        driver = TelegramDriver(settings, fake, outbox=outbox)
        await driver.boot()
        try:
            yield driver
        finally:
            await driver.shutdown()
