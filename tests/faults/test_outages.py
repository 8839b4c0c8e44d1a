"""Messenger outages, flood control and redeliveries: every message delivered once, in order.

The real channels (aiogram Dispatcher; the Viber webhook on a real aiohttp app) against
the fake APIs on loopback, with the outbox running on a short backoff so an outage of
seconds stands for one of minutes. Each case ends by counting what reached each person.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator, Callable

import pytest

from bot.channels.telegram import outbox_policy as telegram_policy
from bot.channels.viber import outbox_policy as viber_policy
from bot.config import Settings
from bot.outbox import SendPolicy
from tests.faults.tally import Tally
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_driver import TelegramDriver
from tests.support.telegram_factories import Person, make_message
from tests.support.viber_driver import ViberDriver, viber_driver
from tests.support.viber_factories import text_message

PEOPLE = 20


def quick(policy: SendPolicy) -> SendPolicy:
    """The channel's own policy, backoff in tenths of a second instead of seconds."""
    return dataclasses.replace(
        policy, poll_interval=0.05, base_delay=0.1, max_delay=0.3, rate_limited_delay=0.5
    )


async def eventually(check: Callable[[], bool], within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while not check() and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.05)


async def settle(count: Callable[[], int], quiet_s: float = 0.5) -> None:
    """Until nothing new arrives for ``quiet_s`` (bounded), so a late duplicate shows."""
    for _ in range(20):
        before = count()
        await asyncio.sleep(quiet_s)
        if count() == before:
            return


@pytest.fixture
async def tg(settings: Settings) -> AsyncIterator[TelegramDriver]:
    async with FakeTelegram() as fake:
        driver = TelegramDriver(settings, fake, outbox=quick(telegram_policy(settings)))
        await driver.boot()
        try:
            yield driver
        finally:
            await driver.shutdown()


@pytest.fixture
async def viber(settings: Settings) -> AsyncIterator[ViberDriver]:
    async with viber_driver(settings, request_timeout=0.5, send_retries=1) as driver:
        assert driver.viber is not None
        driver.viber.outbox.policy = quick(viber_policy(driver.settings))
        yield driver


def telegram_deliveries(tg: TelegramDriver) -> list[str]:
    """Whose chat got the help text (the reply counted; a recovery menu is another text)."""
    assert tg.core is not None
    mark = tg.core.dialogs.l10n("en", "help-text")[:30]
    return [
        str(call.params["chat_id"])
        for call in tg.fake.calls_of("sendMessage")
        if call.ok and mark in call.result["text"]
    ]


async def telegram_burst(
    tg: TelegramDriver, people: list[Person], fault: Callable[[], None] = lambda: None
) -> None:
    """Everyone has chosen English already; then, during the fault, everyone asks /help."""
    await asyncio.gather(*(tg.feed(make_message(person, "/start")) for person in people))
    await asyncio.gather(*(tg.tap_payload(person.id, "lang:en") for person in people))
    fault()
    await asyncio.gather(*(tg.feed(make_message(person, "/help")) for person in people))


async def count_telegram(tg: TelegramDriver, people: list[Person], tally: Tally) -> None:
    expected = [str(p.id) for p in people]
    await eventually(lambda: set(expected) <= set(telegram_deliveries(tg)))
    await settle(lambda: len(tg.fake.calls))
    tally.count(expected, telegram_deliveries(tg))
    assert (tally.lost, tally.duplicated) == (0, 0)


async def test_telegram_bot_api_unreachable_then_back(tg: TelegramDriver, tally: Tally) -> None:
    people = [Person(30_000 + n, "en") for n in range(PEOPLE)]
    await asyncio.gather(*(tg.feed(make_message(person, "/start")) for person in people))
    await asyncio.gather(*(tg.tap_payload(person.id, "lang:en") for person in people))
    await tg.fake.go_down()
    await asyncio.gather(*(tg.feed(make_message(person, "/help")) for person in people))
    await asyncio.sleep(1.0)
    await tg.fake.come_back()
    await count_telegram(tg, people, tally)


async def test_telegram_bot_api_answering_5xx_then_back(tg: TelegramDriver, tally: Tally) -> None:
    people = [Person(31_000 + n, "en") for n in range(PEOPLE)]
    await telegram_burst(
        tg,
        people,
        fault=lambda: tg.fake.fail(
            "sendMessage", "Internal Server Error", code=500, times=PEOPLE + 5
        ),
    )
    await count_telegram(tg, people, tally)


async def test_telegram_bot_api_timing_out_then_back(tg: TelegramDriver, tally: Tally) -> None:
    assert tg.tg is not None
    tg.tg.bot.session.timeout = 0.5
    people = [Person(32_000 + n, "en") for n in range(PEOPLE // 2)]

    def unresponsive() -> None:  # no answer within the timeout, nothing done
        tg.fake.hang("sendMessage", 1.5, times=PEOPLE // 2)

    await telegram_burst(tg, people, fault=unresponsive)
    await count_telegram(tg, people, tally)


async def test_telegram_took_the_reply_but_its_answer_timed_out(
    tg: TelegramDriver, tally: Tally
) -> None:
    """The one place a reply can come twice: Telegram did it, the answer never arrived.

    The Bot API has no idempotency key, so the bot cannot tell this from a send that
    failed; it sends again (at least once), rather than risk sending nothing.
    """
    assert tg.tg is not None
    tg.tg.bot.session.timeout = 0.5
    people = [Person(36_000 + n, "en") for n in range(PEOPLE // 4)]
    await telegram_burst(
        tg, people, fault=lambda: tg.fake.slow("sendMessage", 1.5, times=len(people))
    )
    expected = [str(p.id) for p in people]
    await eventually(lambda: set(expected) <= set(telegram_deliveries(tg)))
    await settle(lambda: len(tg.fake.calls), quiet_s=2.0)
    tally.count(expected, telegram_deliveries(tg))
    assert tally.lost == 0
    assert tally.duplicated <= len(people)


async def test_telegram_429_storm_with_retry_after(tg: TelegramDriver, tally: Tally) -> None:
    people = [Person(33_000 + n, "en") for n in range(PEOPLE)]
    await telegram_burst(tg, people, fault=lambda: tg.fake.flood(2, "sendMessage"))
    await count_telegram(tg, people, tally)
    assert tg.fake.calls_of("sendMessage")[-1].at - tg.fake.calls_of("sendMessage")[0].at >= 1.5


async def test_telegram_redelivers_a_batch_three_times(tg: TelegramDriver, tally: Tally) -> None:
    people = [Person(34_000 + n, "en") for n in range(PEOPLE)]
    await telegram_burst(tg, people[:0])
    await asyncio.gather(*(tg.feed(make_message(person, "/start")) for person in people))
    await asyncio.gather(*(tg.tap_payload(person.id, "lang:en") for person in people))
    batch = [make_message(person, "/help") for person in people]
    for _ in range(3):
        await asyncio.gather(*(tg.feed(update) for update in batch))
    await count_telegram(tg, people, tally)


async def test_telegram_one_persons_burst_is_answered_in_order(
    tg: TelegramDriver, tally: Tally
) -> None:
    """Five words from one person during flood control: five replies, in their order."""
    anna = Person(35_000, "en")
    await tg.feed(make_message(anna, "/start"))
    await tg.tap_payload(anna.id, "lang:en")
    tg.fake.flood(1, "sendMessage", "editMessageText")
    words = ["/help", "/menu", "/help", "/menu", "/help"]
    for word in words:
        await tg.feed(make_message(anna, word))
    l10n = tg.core.dialogs.l10n if tg.core is not None else None
    assert l10n is not None
    marks = {"/help": l10n("en", "help-text")[:20], "/menu": l10n("en", "main-menu-title")}
    await eventually(lambda: len(tg.fake.sent_to(anna.id)) >= 2 + len(words))
    await settle(lambda: len(tg.fake.calls))
    replies = [call.result["text"] for call in tg.fake.sent_to(anna.id)[2:]]
    got = [next((w for w, m in marks.items() if m in text), "?") for text in replies]
    tally.count(words, got)
    assert got == words


def viber_deliveries(viber: ViberDriver, ids: dict[str, str]) -> list[str]:
    return [ids[sent.receiver] for sent in viber.fake.sent if sent.receiver in ids]


async def count_viber(viber: ViberDriver, people: dict[str, str], tally: Tally) -> None:
    expected = list(people.values())
    await eventually(lambda: set(expected) <= set(viber_deliveries(viber, people)))
    await settle(lambda: len(viber.fake.calls))
    tally.count(expected, viber_deliveries(viber, people))
    assert (tally.lost, tally.duplicated) == (0, 0)


async def viber_burst(viber: ViberDriver, numbers: range, *, times: int = 1) -> dict[str, str]:
    people = {viber.person(n).id: str(n) for n in numbers}
    events = [text_message(viber.person(n), "karta pobytu") for n in numbers]
    for _ in range(times):
        answers = await asyncio.gather(*(viber.post(event) for event in events))
        assert {answer.status for answer in answers} == {200}
    return people


async def test_viber_api_answering_503_then_back(viber: ViberDriver, tally: Tally) -> None:
    viber.fake.fail_http(2 * PEOPLE, status=503)
    people = await viber_burst(viber, range(40_000, 40_000 + PEOPLE))
    await count_viber(viber, people, tally)


async def test_viber_api_timing_out_then_back(viber: ViberDriver, tally: Tally) -> None:
    viber.fake.fail_http(PEOPLE // 2, status=500, hang=1.0)  # past request_timeout
    people = await viber_burst(viber, range(41_000, 41_000 + PEOPLE // 2))
    await count_viber(viber, people, tally)


async def test_viber_too_many_requests_storm(viber: ViberDriver, tally: Tally) -> None:
    viber.fake.answer_status(12, PEOPLE)  # Viber's own "too many requests"
    people = await viber_burst(viber, range(42_000, 42_000 + PEOPLE))
    await count_viber(viber, people, tally)


async def test_viber_resends_events_with_the_same_token(viber: ViberDriver, tally: Tally) -> None:
    people = await viber_burst(viber, range(43_000, 43_000 + PEOPLE), times=3)
    await count_viber(viber, people, tally)
