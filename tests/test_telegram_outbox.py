"""Telegram replies and notices through the outbox: flood control, outages, blocks, pace.

The real Dispatcher, the real Bot and the real outbox sender, against the fake Bot API
on loopback, which answers 429 with ``retry_after`` (``flood``), fails calls with 5xx
or 403 (``fail``), or refuses connections (``go_down``). The outbox retries faster here
than in production (``FAST``); how long flood control lasts is Telegram's to say.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable

import pytest
from aiogram.types import Update
from pydantic import AnyHttpUrl
from sqlalchemy import select

from bot.app import Core, build_core
from bot.channels.telegram import TelegramChannel, outbox_policy
from bot.config import Settings
from bot.outbox import SendPolicy
from dialogs import Screen
from dialogs.context import Context
from dialogs.flows import Flow
from dialogs.outbox import queue_screens
from storage import Conversation, OutboxMessage, Repo
from tests.support.fake_telegram import Call, FakeTelegram
from tests.support.telegram_driver import (
    TelegramDriver,
    secrets_for,
    telegram_driver,
    with_fake_server,
)
from tests.support.telegram_factories import Person, make_callback, make_message, make_start


def fast(settings: Settings) -> SendPolicy:
    """Telegram's policy with short backoff; ``rate_limited_delay`` stays at its 60 s."""
    return dataclasses.replace(
        outbox_policy(settings), poll_interval=0.05, base_delay=0.1, max_delay=0.3
    )


async def _eventually(check: Callable[[], Awaitable[bool]], within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


def _core(tg: TelegramDriver) -> Core:
    assert tg.core is not None
    return tg.core


async def _rows(core: Core) -> list[OutboxMessage]:
    async with core.db.read() as session:
        stmt = select(OutboxMessage).order_by(OutboxMessage.id)
        return list((await session.execute(stmt)).scalars())


async def _statuses(core: Core) -> list[str]:
    return [row.status for row in await _rows(core)]


async def _subscribed(core: Core, user: int) -> bool:
    async with core.db.read() as session:
        found = await Repo(session).users.get("telegram", str(user))
    assert found is not None
    return found.subscribed


async def _notify(tg: TelegramDriver, user: int, texts: list[str]) -> None:
    """What a staff reply or a notice does: queue for the person, wake the sender."""
    assert tg.tg is not None
    async with _core(tg).db.write() as session:
        await queue_screens(
            Repo(session),
            messenger="telegram",
            messenger_user_id=str(user),
            screens=[Screen(text=t) for t in texts],
        )
    tg.tg.outbox.wake()


async def _chatting(tg: TelegramDriver, user: int) -> None:
    """Someone who opened the bot and chose English."""
    await tg.start(user, "en")
    await tg.tap(user, _core(tg).dialogs.l10n("en", "lang-name"))


def _texts(calls: list[Call]) -> list[str]:
    return [call.result["text"] for call in calls]


def _refused(fake: FakeTelegram, prefix: str) -> list[Call]:
    return [call for call in fake.calls if (call.error or "").startswith(prefix)]


# -- flood control


async def test_replies_held_by_flood_control_arrive_once_after_the_wait_in_order(
    settings: Settings,
) -> None:
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        t = _core(tg).dialogs.l10n
        user = 301
        await _chatting(tg, user)
        card = f"{_core(tg).dialogs.catalogue.categories['card'].icon} {t('en', 'cat-card')}"
        waited_from = time.monotonic()
        tg.fake.flood(1.0)

        assert await tg.tap(user, card) == []  # the menu edit is refused with retry_after
        assert await tg.say(user, "/help") == []  # queued behind it, Telegram not asked
        await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) == 4)

        later = tg.fake.sent_to(user)[2:]
        assert [call.method for call in later] == ["sendMessage", "sendMessage"]  # new messages
        assert t("en", "category-text") in later[0].result["text"]
        assert later[1].result["text"].startswith(t("en", "help-title"))
        assert all(call.at >= waited_from + 1.0 for call in later), "not before the wait"
        assert len(_refused(tg.fake, "Too Many Requests")) == 1, "asked once, then waited"

        async def all_sent() -> bool:
            return await _statuses(_core(tg)) == ["sent", "sent"]

        await _eventually(all_sent)
        await asyncio.sleep(0.2)
        assert len(tg.fake.sent_to(user)) == 4, "each arrived exactly once"
        assert [row.attempts for row in await _rows(_core(tg))] == [1, 1]

        # The wait is over and nothing is queued: replies go straight out again.
        (menu,) = await tg.say(user, "/menu")
        assert t("en", "main-menu-title") in menu.text


async def test_the_outbox_waits_as_long_as_telegram_says_without_spending_attempts(
    settings: Settings,
) -> None:
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        user = 302
        await _chatting(tg, user)
        waited_from = time.monotonic()
        tg.fake.flood(1.0, "sendMessage")

        await _notify(tg, user, ["your residence card is ready", "bring your passport"])
        await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) == 4)

        notices = tg.fake.sent_to(user)[2:]
        assert _texts(notices) == ["your residence card is ready", "bring your passport"]
        # retry_after (1 s) was honoured: the policy's own guess would be a minute.
        assert all(waited_from + 1.0 <= call.at < waited_from + 5.0 for call in notices)
        assert len(_refused(tg.fake, "Too Many Requests")) == 1

        async def all_sent() -> bool:
            return await _statuses(_core(tg)) == ["sent", "sent"]

        await _eventually(all_sent)
        assert [row.attempts for row in await _rows(_core(tg))] == [1, 1]


# -- outages


@pytest.mark.parametrize("outage", ["5xx", "connection refused"])
async def test_a_reply_during_an_outage_is_delivered_once_the_api_is_back(
    settings: Settings, outage: str
) -> None:
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        t = _core(tg).dialogs.l10n
        user = 303
        await _chatting(tg, user)
        before = len(tg.fake.sent_to(user))
        if outage == "5xx":
            # The reply, the error handler's main menu, then two tries from the outbox.
            tg.fake.fail("sendMessage", "Internal Server Error", code=500, times=4)
        else:
            await tg.fake.go_down()

        assert await tg.say(user, "/help") == []
        if outage == "connection refused":
            await asyncio.sleep(0.5)  # the outbox keeps trying meanwhile
            await tg.fake.come_back()
        await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) > before, within=10)

        async def sent() -> bool:
            return await _statuses(_core(tg)) == ["sent"]

        await _eventually(sent)
        await asyncio.sleep(0.2)
        [help_] = tg.fake.sent_to(user)[before:]
        assert help_.result["text"].startswith(t("en", "help-title"))
        [row] = await _rows(_core(tg))
        assert row.attempts >= 2


class _Noting:
    """A flow step that takes free text and stays: where a person's place matters."""

    def __init__(self) -> None:
        self.flow = Flow("noting", data_keys={"count": "notes taken"})
        self.ASK = self.flow.state("ask", on_text=self.note, free_text=True)
        self.flow.starts("noting", self.start)

    async def start(self, ctx: Context) -> list[Screen]:
        ctx.go(self.ASK, count=0)
        return [Screen("write your note")]

    async def note(self, ctx: Context, text: str) -> list[Screen]:
        ctx.move(self.ASK, count=ctx.data["count"] + 1)
        return [Screen(f"noted: {text}")]


async def _state(core: Core, user: int) -> str:
    async with core.db.read() as session:
        found = await Repo(session).users.get("telegram", str(user))
        assert found is not None
        conv = await session.get(Conversation, found.id)
    assert conv is not None
    return conv.state


async def test_a_parked_reply_comes_first_and_the_person_keeps_their_place(
    settings: Settings,
) -> None:
    """A 5xx once: no main menu overtakes the parked answer, and the flow step stays."""
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        noting = _Noting()
        _core(tg).dialogs.add_flow(noting.flow)
        user = 306
        await _chatting(tg, user)
        await tg.say(user, "/start noting")
        before = len(tg.fake.sent_to(user))
        tg.fake.fail("sendMessage", "Internal Server Error", code=500, times=1)

        await tg.say(user, "menu is not a command here")
        await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) > before, within=10)
        await asyncio.sleep(0.3)  # anything sent after the parked reply shows up meanwhile

        assert _texts(tg.fake.sent_to(user)[before:]) == ["noted: menu is not a command here"]
        assert await _state(_core(tg), user) == noting.ASK


async def _launch(settings: Settings, fake: FakeTelegram) -> tuple[Core, TelegramChannel]:
    """The channel as the runner starts it (webhook mode: no polling to get in the way)."""
    webhook = {"mode": "webhook", "public_url": AnyHttpUrl("https://bot.example.gov.pl")}
    core = await build_core(with_fake_server(settings, fake, **webhook))
    channel = TelegramChannel.from_settings(core, secrets_for(fake))
    channel.outbox.policy = fast(core.settings)
    await channel.start()
    return core, channel


async def _feed(channel: TelegramChannel, raw: dict[str, object]) -> None:
    update = Update.model_validate(raw, context={"bot": channel.bot})
    await channel.dispatcher.feed_update(channel.bot, update)
    await channel.idle()


async def test_a_reply_queued_in_an_outage_is_delivered_after_a_restart(
    settings: Settings,
) -> None:
    anna = Person(304, "en")
    async with FakeTelegram() as fake:
        core, channel = await _launch(settings, fake)
        try:
            await _feed(channel, make_start(anna))
            await _feed(channel, make_callback(anna, "lang:en", fake.last_message_id(anna.id)))
            await fake.go_down()
            await _feed(channel, make_message(anna, "/help"))
        finally:
            await channel.stop()  # still down: the reply is in the table, not in memory
        try:
            assert await _statuses(core) == ["pending"]
        finally:
            await core.close()
        assert len(fake.sent_to(anna.id)) == 2

        await fake.come_back()
        core, channel = await _launch(settings, fake)
        try:
            await fake.wait_for(lambda: len(fake.sent_to(anna.id)) == 3)
            help_title = core.dialogs.l10n("en", "help-title")
            assert fake.sent_to(anna.id)[-1].result["text"].startswith(help_title)

            async def sent() -> bool:
                return await _statuses(core) == ["sent"]

            await _eventually(sent)
        finally:
            await channel.stop()
            await core.close()
    assert len(fake.sent_to(anna.id)) == 3, "delivered once"


# -- people who blocked the bot, and messages Telegram refuses


async def test_a_person_who_blocked_the_bot_is_not_retried_until_they_come_back(
    settings: Settings,
) -> None:
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        user = 305
        await _chatting(tg, user)
        tg.fake.fail("sendMessage", "Forbidden: bot was blocked by the user", code=403)

        assert await tg.say(user, "/help") == []
        assert not await _subscribed(_core(tg), user)
        assert await _rows(_core(tg)) == [], "nothing queued for them"

        tries = len(tg.fake.calls_of("sendMessage"))
        await _notify(tg, user, ["a staff reply"])

        async def cancelled() -> bool:
            return await _statuses(_core(tg)) == ["cancelled"]

        await _eventually(cancelled)
        assert len(tg.fake.calls_of("sendMessage")) == tries, "not even tried"

        # Unblocking and pressing Restart sends /start: they can be written to again.
        await tg.start(user, "en")
        assert await _subscribed(_core(tg), user)
        await _notify(tg, user, ["your card is ready"])
        await tg.fake.wait_for(lambda: _texts(tg.fake.sent_to(user))[-1] == "your card is ready")


async def test_a_block_met_by_the_outbox_cancels_the_rest_of_the_queue(
    settings: Settings,
) -> None:
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        user = 306
        await _chatting(tg, user)
        tg.fake.fail("sendMessage", "Forbidden: bot was blocked by the user", code=403)

        await _notify(tg, user, ["one", "two", "three"])

        async def cancelled() -> bool:
            return await _statuses(_core(tg)) == ["cancelled"] * 3

        await _eventually(cancelled)
        assert len(_refused(tg.fake, "Forbidden")) == 1, "after the refusal nothing was tried"
        assert not await _subscribed(_core(tg), user)


async def test_a_message_telegram_refuses_is_given_up_and_logged_without_personal_data(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        user = 5_550_007_307
        await _chatting(tg, user)
        tg.fake.fail("sendMessage", "Bad Request: chat not found", code=400)

        with caplog.at_level(logging.INFO):
            await _notify(tg, user, ["case WSC-II-S.6151.12345.2026 decided"])

            async def given_up() -> bool:
                return await _statuses(_core(tg)) == ["given_up"]

            await _eventually(given_up)
        assert len(_refused(tg.fake, "Bad Request")) == 1, "not retried"
        events = [record.getMessage() for record in caplog.records]
        assert "telegram_outbox_rejected" in events
        for record in caplog.records:
            flat = f"{record.getMessage()} {record.__dict__}"
            assert "12345" not in flat
            assert str(user) not in flat


# -- limits


async def test_the_outbox_keeps_telegrams_pace_and_no_viber_hourly_cap(settings: Settings) -> None:
    section = settings.viber.model_copy(update={"unanswered_per_hour": 3})
    settings = settings.model_copy(update={"viber": section})
    async with telegram_driver(settings, outbox=fast(settings)) as tg:
        assert tg.tg is not None
        assert tg.tg.outbox.policy.per_user_hourly is None
        assert tg.tg.outbox.policy.per_second == 25
        people = list(range(400, 435))
        chatty = 399
        async with _core(tg).db.write() as session:
            for user in [chatty, *people]:
                await Repo(session).users.touch("telegram", str(user), "en", reachable=True)
        notices = [f"notice {n}" for n in range(8)]  # more than Viber's cap of 3

        await _notify(tg, chatty, notices)
        for user in people:
            await _notify(tg, user, [f"hello {user}"])
        await tg.fake.wait_for(lambda: len(tg.fake.calls_of("sendMessage")) == 8 + 35, within=10)

        assert _texts(tg.fake.sent_to(chatty)) == notices, "all of them, in order"
        times = sorted(call.at for call in tg.fake.calls_of("sendMessage"))
        windows = [times[n + 30] - times[n] for n in range(len(times) - 30)]
        assert min(windows) >= 1.0, "never 30 messages within a second"
