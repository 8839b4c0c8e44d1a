"""Where updates come in and go out: the webhook door, the spinner of a tap, the shutdown order.

The channel runs as the runner runs it (the real aiohttp app on a real socket, the real
Dispatcher, the Bot talking to the fake Bot API on loopback). The Bot's session is
aiogram's ``AiohttpSession``, watched by a subclass that notes each request and close.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import TelegramMethod
from aiohttp import web
from pydantic import AnyHttpUrl

from bot.app import build_core
from bot.channels.telegram import TelegramChannel
from bot.config import Settings
from bot.runner import build_web_app, stop_serving
from storage import Repo
from tests.faults.process import free_port
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_driver import TelegramDriver, secrets_for, with_fake_server
from tests.support.telegram_factories import Person, make_message, make_start

PUBLIC_URL = AnyHttpUrl("https://bot.example.gov.pl")


class WatchedSession(AiohttpSession):
    """aiogram's session, noting what happened in which order."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.events: list[str] = []

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109
    ) -> Any:
        self.events.append(type(method).__name__)
        return await super().make_request(bot, method, timeout)

    async def close(self) -> None:
        self.events.append("close")
        await super().close()


async def post(url: str, body: Any, secret: str) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    async with aiohttp.ClientSession() as http:
        kwargs: dict[str, Any] = {"data": body} if isinstance(body, bytes) else {"json": body}
        async with http.post(url, headers=headers, **kwargs) as response:
            return response.status


@pytest.fixture
async def fake() -> Any:
    async with FakeTelegram() as server:
        yield server


async def serve_webhook(
    settings: Settings, fake: FakeTelegram
) -> tuple[TelegramChannel, web.AppRunner, str, WatchedSession, Any]:
    """What ``bot.runner.serve`` does, on a free port: core, channel, app, listening, start."""
    port = free_port()
    settings = settings.model_copy(
        update={"server": settings.server.model_copy(update={"port": port})}
    )
    core = await build_core(with_fake_server(settings, fake, mode="webhook", public_url=PUBLIC_URL))
    channel = TelegramChannel.from_settings(core, secrets_for(fake))
    session = WatchedSession(api=TelegramAPIServer.from_base(fake.url))
    channel.bot.session = session
    runner = web.AppRunner(build_web_app(core, [channel]), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await channel.start()
    url = f"http://127.0.0.1:{port}{core.settings.telegram.webhook_path}"
    return channel, runner, url, session, core


async def test_the_shutdown_drains_replies_before_the_bot_api_session_closes(
    settings: Settings, fake: FakeTelegram
) -> None:
    """Stop accepting, drain, then close: no request may follow the session's close."""
    channel, runner, url, session, core = await serve_webhook(settings, fake)
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    anna = Person(601, "en")
    fake.slow("sendMessage", 0.5)  # the first reply is on its way when the stop begins
    try:
        for text in ("/start", "menu", "help"):
            assert await post(url, make_message(anna, text), secret) == 200
        await fake.wait_for(lambda: bool(fake.calls_of("sendMessage")) or True, 1)
    finally:
        await stop_serving(runner, [channel])
        await core.close()
    assert len(fake.sent_to(anna.id)) == 3  # every accepted update answered
    # (aiogram also "closes" before it first opens the session: look after the start.)
    started = session.events.index("SetWebhook")
    closed = session.events.index("close", started)
    assert "SendMessage" not in session.events[closed:], session.events


async def test_a_webhook_200_means_the_update_is_already_stored(
    settings: Settings, fake: FakeTelegram
) -> None:
    """Telegram forgets an update at the 200; by then it is in the database."""
    channel, runner, url, _session, core = await serve_webhook(settings, fake)
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    fake.slow("sendMessage", 1.0)  # the handling is far from done when the 200 comes
    try:
        assert await post(url, make_start(Person(602, "en")), secret) == 200
        async with core.db.read() as session:
            assert await Repo(session).inbox.pending("telegram") == 1
    finally:
        await stop_serving(runner, [channel])
        await core.close()
    async with core.db.read() as session:
        assert await Repo(session).inbox.pending("telegram") == 0
    assert len(fake.sent_to(602)) == 1


async def test_a_webhook_body_over_the_limit_gets_413_and_nothing_is_stored(
    settings: Settings, fake: FakeTelegram
) -> None:
    channel, runner, url, _session, core = await serve_webhook(settings, fake)
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    update = make_message(Person(603, "en"), "x" * 300_000)
    try:
        assert await post(url, update, secret) == 413
        async with core.db.read() as session:
            assert await Repo(session).inbox.pending("telegram") == 0
    finally:
        await stop_serving(runner, [channel])
        await core.close()
    assert fake.sent_to(603) == []


async def test_a_tap_under_flood_control_has_its_spinner_stopped_first(
    settings: Settings,
) -> None:
    """The answer to the callback comes before the reply is even tried."""
    async with FakeTelegram() as fake:
        driver = TelegramDriver(settings, fake)
        await driver.boot()
        try:
            user = 604
            await driver.start(user, "en")
            fake.flood(30, "sendMessage", "editMessageText")
            await driver.tap_payload(user, "lang:en")
        finally:
            await driver.shutdown()
    answers = fake.calls_of("answerCallbackQuery")
    assert [call.ok for call in answers][:1] == [True]
    edits = [c for c in fake.calls if c.method in {"editMessageText", "sendMessage"}]
    tried = fake.calls.index(edits[-1])
    assert fake.calls.index(answers[0]) < tried


async def test_a_redelivered_batch_is_stored_and_answered_once(settings: Settings) -> None:
    """Telegram sends the same updates again (a lost confirmation): one answer each."""
    async with FakeTelegram() as fake:
        driver = TelegramDriver(settings, fake)
        await driver.boot()
        try:
            batch = [make_start(Person(610 + n, "en")) for n in range(5)]
            for _ in range(3):
                await asyncio.gather(*(driver.feed(update) for update in batch))
        finally:
            await driver.shutdown()
    assert [len(fake.sent_to(610 + n)) for n in range(5)] == [1] * 5
