"""How updates reach the bot: long polling, the webhook on the shared aiohttp app, start and stop.

The channel runs as ``python -m bot run`` runs it: ``TelegramChannel.from_settings``,
``setup`` on the runner's web application, ``start`` and ``stop``; Telegram is the fake
Bot API on loopback, and webhook requests are real HTTP requests to the real app.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from pydantic import AnyHttpUrl

from bot.app import Core, build_core
from bot.channels.telegram import TelegramChannel
from bot.config import ConfigError, Settings
from bot.runner import build_web_app
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_driver import secrets_for, with_fake_server
from tests.support.telegram_factories import Person, make_callback, make_message, make_start

PUBLIC_URL = "https://bot.example.gov.pl"
LANGS = ("pl", "en", "ru", "uk")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@dataclass(slots=True)
class Running:
    core: Core
    channel: TelegramChannel
    fake: FakeTelegram
    server: TestServer | None = None

    @property
    def webhook_url(self) -> str:
        assert self.server is not None
        return str(self.server.make_url(self.core.settings.telegram.webhook_path))


async def launch(
    settings: Settings, fake: FakeTelegram, *, webhook_secret: str | None = None, **telegram: object
) -> Running:
    """What the runner does: core, channel, the shared web app listening, then ``start``."""
    core = await build_core(with_fake_server(settings, fake, **telegram))
    channel = TelegramChannel.from_settings(core, secrets_for(fake, webhook_secret))
    running = Running(core, channel, fake)
    if core.settings.telegram.mode == "webhook":
        running.server = TestServer(build_web_app(core, [channel]), host="127.0.0.1")
        await running.server.start_server()
    await channel.start()
    return running


async def land(running: Running) -> None:
    await running.channel.stop()
    if running.server is not None:
        await running.server.close()
    await running.core.close()


# -- commands


async def test_commands_are_registered_in_four_languages_and_a_default(
    settings: Settings, fake: FakeTelegram
) -> None:
    running = await launch(settings, fake)
    try:
        l10n = running.core.dialogs.l10n
        for lang in LANGS:
            registered = fake.commands[("all_private_chats", lang)]
            assert [c["command"] for c in registered] == ["start", "menu", "language", "help"]
            assert [c["description"] for c in registered] == [
                l10n(lang, f"cmd-{name}") for name in ("start", "menu", "language", "help")
            ]
        default = fake.commands[("all_private_chats", "")]
        assert default == fake.commands[("all_private_chats", settings.dialogs.default_language)]
        descriptions = {
            c["description"] for lang in LANGS for c in fake.commands[("all_private_chats", lang)]
        }
        assert len(descriptions) == 16  # four real translations, not one copied four times
    finally:
        await land(running)


# -- polling


async def test_polling_handles_what_get_updates_serves(
    settings: Settings, fake: FakeTelegram
) -> None:
    anna = Person(501, "pl")
    running = await launch(settings, fake)
    try:
        l10n = running.core.dialogs.l10n
        await fake.push_update(make_start(anna))
        await fake.wait_for(lambda: len(fake.sent_to(anna.id)) == 1)
        welcome = fake.last_message(anna.id)
        assert welcome is not None
        assert l10n("pl", "welcome") in welcome.text

        await fake.push_update(make_callback(anna, "lang:pl", welcome.message_id))
        await fake.wait_for(lambda: len(fake.sent_to(anna.id)) == 2)
        assert l10n("pl", "main-menu-title") in fake.sent_to(anna.id)[-1].result["text"]
        await fake.wait_for(lambda: len(fake.calls_of("answerCallbackQuery")) == 1)
    finally:
        started = time.monotonic()
        await land(running)
    assert time.monotonic() - started < 5  # a long poll in flight does not hold up the stop

    methods = [call.method for call in fake.calls]
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    polls = fake.calls_of("getUpdates")
    assert polls[0].params["allowed_updates"] == ["callback_query", "message"]
    offsets = [call.params.get("offset", 0) for call in polls]
    assert offsets == sorted(offsets)  # confirmed updates are never served again
    assert fake.updates == [] or all(u["update_id"] >= offsets[-1] for u in fake.updates)


async def choose_english(fake: FakeTelegram, person: Person) -> None:
    """Over polling: /start, then the English button; both answered before going on."""
    await fake.push_update(make_start(person))
    await fake.wait_for(lambda: len(fake.sent_to(person.id)) == 1)
    await fake.push_update(make_callback(person, "lang:en", fake.last_message_id(person.id)))
    await fake.wait_for(lambda: len(fake.sent_to(person.id)) == 2)


async def test_polling_keeps_one_persons_burst_in_order(
    settings: Settings, fake: FakeTelegram
) -> None:
    """Three commands in one getUpdates batch are answered in the order they were sent."""
    ben = Person(502, "en")
    running = await launch(settings, fake)
    try:
        l10n = running.core.dialogs.l10n
        await choose_english(fake, ben)

        for text in ("/help", "/menu", "/language"):
            await fake.push_update(make_message(ben, text))
        await fake.wait_for(lambda: len(fake.sent_to(ben.id)) == 5)
    finally:
        await land(running)
    titles = [call.result["text"].split("\n")[0] for call in fake.sent_to(ben.id)[2:]]
    assert titles == [
        l10n("en", "help-title"),
        l10n("en", "main-menu-title"),
        l10n("en", "lang-title"),
    ]


async def test_a_slow_reply_is_not_overtaken_by_the_next_one(
    settings: Settings, fake: FakeTelegram
) -> None:
    """The help screen takes long to send; the menu asked for right after still comes second."""
    eva = Person(503, "en")
    running = await launch(settings, fake)
    try:
        l10n = running.core.dialogs.l10n
        await choose_english(fake, eva)

        fake.slow("sendMessage", 0.5)
        for text in ("/help", "/menu"):
            await fake.push_update(make_message(eva, text))
        await fake.wait_for(lambda: len(fake.sent_to(eva.id)) == 4)
    finally:
        await land(running)
    titles = [call.result["text"].split("\n")[0] for call in fake.sent_to(eva.id)[2:]]
    assert titles == [l10n("en", "help-title"), l10n("en", "main-menu-title")]
    messages = sorted(fake.messages[eva.id].values(), key=lambda m: m.message_id)
    assert [m.text.split("\n")[0] for m in messages[-2:]] == titles


async def test_a_stop_right_after_start_is_clean(settings: Settings, fake: FakeTelegram) -> None:
    running = await launch(settings, fake)
    started = time.monotonic()
    await land(running)
    assert time.monotonic() - started < 5
    polls = len(fake.calls_of("getUpdates"))
    await asyncio.sleep(0.2)
    assert len(fake.calls_of("getUpdates")) == polls  # nothing polls after the stop


# -- webhook


async def post(url: str, body: bytes | dict, secret: str | None) -> tuple[int, str]:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    async with aiohttp.ClientSession() as session:
        if isinstance(body, dict):
            response = await session.post(url, json=body, headers=headers)
        else:
            response = await session.post(
                url, data=body, headers={**headers, "Content-Type": "application/json"}
            )
        async with response:
            return response.status, await response.text()


async def test_webhook_is_registered_with_the_secret_and_only_needed_updates(
    settings: Settings, fake: FakeTelegram
) -> None:
    running = await launch(settings, fake, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL + "/"))
    try:
        assert fake.webhook is not None
        assert fake.webhook["url"] == PUBLIC_URL + "/telegram/webhook"
        assert fake.webhook["secret_token"] == hashlib.sha256(fake.token.encode()).hexdigest()
        assert fake.webhook["allowed_updates"] == ["callback_query", "message"]
        assert fake.calls_of("getUpdates") == []
    finally:
        await land(running)


async def test_webhook_with_the_right_secret_is_handled_and_others_are_refused(
    settings: Settings, fake: FakeTelegram
) -> None:
    running = await launch(settings, fake, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL))
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    intruder, anna = Person(511, "en"), Person(512, "uk")
    try:
        l10n = running.core.dialogs.l10n
        url = running.webhook_url
        assert (await post(url, make_start(intruder), "wrong"))[0] == 401
        assert (await post(url, make_start(intruder), None))[0] == 401
        assert (await post(url, make_start(intruder), secret.upper()))[0] == 401

        status, _ = await post(url, make_start(anna), secret)
        assert status == 200
        await fake.wait_for(lambda: len(fake.sent_to(anna.id)) == 1)
        assert l10n("uk", "welcome") in fake.sent_to(anna.id)[0].result["text"]
    finally:
        await land(running)
    assert fake.sent_to(intruder.id) == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json at all",
        b'{"update_id": 1, "message": {"text": ',
        b"[1, 2, 3]",
        b'"just a string"',
        b'{"update_id": "seven"}',
        b'{"message": {"message_id": 1}}',
        b'{"update_id": 5, "message": {"message_id": 1, "date": 0}}',
        '{"update_id": 6, "message": "\udcff"}'.encode("utf-8", "surrogatepass"),
    ],
    ids=[
        "empty",
        "not json",
        "truncated",
        "array",
        "string",
        "bad id",
        "no id",
        "message without chat",
        "bad utf-8",
    ],
)
async def test_webhook_garbage_is_refused_and_nothing_is_sent(
    settings: Settings, fake: FakeTelegram, body: bytes
) -> None:
    running = await launch(settings, fake, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL))
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    anna = Person(513, "pl")
    try:
        status, _ = await post(running.webhook_url, body, secret)
        assert status == 400
        # The channel is still healthy: a real update right after is answered.
        assert (await post(running.webhook_url, make_start(anna), secret))[0] == 200
        await fake.wait_for(lambda: len(fake.sent_to(anna.id)) == 1)
    finally:
        await land(running)
    sent = [call for call in fake.calls if call.method in {"sendMessage", "editMessageText"}]
    assert [call.params["chat_id"] for call in sent] == [anna.id]


async def test_a_webhook_secret_from_the_environment_is_used(
    settings: Settings, fake: FakeTelegram
) -> None:
    secret = "Office_Secret-2026"
    running = await launch(
        settings, fake, webhook_secret=secret, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL)
    )
    anna = Person(514, "en")
    try:
        assert fake.webhook is not None
        assert fake.webhook["secret_token"] == secret
        derived = hashlib.sha256(fake.token.encode()).hexdigest()
        assert (await post(running.webhook_url, make_start(anna), derived))[0] == 401
        assert (await post(running.webhook_url, make_start(anna), secret))[0] == 200
        await fake.wait_for(lambda: len(fake.sent_to(anna.id)) == 1)
    finally:
        await land(running)


async def test_updates_accepted_before_a_stop_are_still_answered(
    settings: Settings, fake: FakeTelegram
) -> None:
    fake.latency = 0.05  # the reply is still on its way when the stop begins
    running = await launch(settings, fake, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL))
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    people = [Person(520 + n, "en") for n in range(5)]
    try:
        for person in people:
            assert (await post(running.webhook_url, make_start(person), secret))[0] == 200
    finally:
        await land(running)
    assert all(len(fake.sent_to(person.id)) == 1 for person in people)


async def test_updates_arriving_once_the_stop_began_are_left_for_telegram_to_retry(
    settings: Settings, fake: FakeTelegram
) -> None:
    """A 200 now would be an update taken and never answered; 503 makes Telegram resend it."""
    running = await launch(settings, fake, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL))
    secret = hashlib.sha256(fake.token.encode()).hexdigest()
    late = Person(530, "en")
    update = make_start(late)
    await running.channel.stop()
    try:
        assert (await post(running.webhook_url, update, secret))[0] == 503
    finally:
        assert running.server is not None
        await running.server.close()
        await running.core.close()
    assert fake.sent_to(late.id) == []
    restarted = await launch(settings, fake, mode="webhook", public_url=AnyHttpUrl(PUBLIC_URL))
    try:  # the redelivery, to the next worker on the same database, is answered
        assert (await post(restarted.webhook_url, update, secret))[0] == 200
        await fake.wait_for(lambda: len(fake.sent_to(late.id)) == 1)
    finally:
        await land(restarted)


# -- configuration errors: one line, at start


async def test_webhook_mode_without_public_url_fails_with_one_line(
    settings: Settings, fake: FakeTelegram
) -> None:
    core = await build_core(with_fake_server(settings, fake, mode="webhook"))
    try:
        with pytest.raises(ConfigError) as caught:
            TelegramChannel.from_settings(core, secrets_for(fake))
    finally:
        await core.close()
    message = str(caught.value)
    assert "\n" not in message
    assert "telegram.public_url" in message
    assert "BOT_TELEGRAM__PUBLIC_URL" in message


@pytest.mark.parametrize("secret", ["has spaces", "semi;colon", "x" * 257, "ключ"])
async def test_an_unusable_webhook_secret_fails_with_one_line(
    settings: Settings, fake: FakeTelegram, secret: str
) -> None:
    core = await build_core(with_fake_server(settings, fake))
    try:
        with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
            TelegramChannel.from_settings(core, secrets_for(fake, secret))
    finally:
        await core.close()


async def test_a_token_the_bot_api_rejects_fails_the_start_with_one_line(
    settings: Settings,
) -> None:
    async with FakeTelegram(token="42:the-real-one") as fake:
        core = await build_core(with_fake_server(settings, fake))
        impostor = FakeTelegram(token="42:a-wrong-one")  # only its token is used
        channel = TelegramChannel.from_settings(core, secrets_for(impostor))
        try:
            with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
                await channel.start()
        finally:
            await channel.stop()
            await core.close()


def test_the_cli_reports_a_webhook_without_public_url_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("BOT_") and not key.startswith(("TELEGRAM_", "VIBER_"))
    }
    env |= {
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "BOT_TELEGRAM__MODE": "webhook",
        "BOT_STORAGE__URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "BOT_LOG__LEVEL": "WARNING",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "config: telegram.public_url: required when telegram.mode is webhook; "
        "set it in config.toml or BOT_TELEGRAM__PUBLIC_URL"
    ]


async def test_the_runner_starts_and_stops_the_channel_with_a_token(
    settings: Settings, fake: FakeTelegram
) -> None:
    """``bot.runner.build_channels`` picks Telegram when a token is set."""
    from bot.runner import build_channels

    core = await build_core(with_fake_server(settings, fake))
    try:
        channels = build_channels(core, secrets_for(fake))
        assert [channel.name for channel in channels] == ["telegram"]
        await channels[0].start()
        await asyncio.sleep(0)
        await channels[0].stop()
    finally:
        await core.close()
    assert fake.calls_of("getMe")
