"""Benchmark of the Telegram channel against a bare aiogram echo bot, in one process.

Run: ``.venv/bin/python -m bench.telegram_bench [--updates N] [--users M] [--latency S]``.

M people talk at once, each waiting for the bot's reply before the next step (as a
person does), until N updates have been handled: /start, the language, a category, an
answer, a typed question, the main menu, /help, and round again. Every update goes
through the real Dispatcher (``Update`` validation included, as polling and the webhook
do) and every reply over HTTP to the fake Bot API on loopback. The baseline is a bare
aiogram Dispatcher whose handlers echo text and answer taps, on the same fake server
and the same updates: the difference is what our dialogs, storage and rendering cost.

Printed per bot: updates per second, p50/p99 time to handle one update, Bot API calls
per update, and the peak of Python allocations (tracemalloc, in a second identical run,
since tracing slows everything down).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, Message, Update

from bot.app import build_core
from bot.channels.telegram import TelegramChannel
from bot.config import load_settings
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_driver import secrets_for, with_fake_server
from tests.support.telegram_factories import Person, make_callback, make_message

LANGS = ("pl", "en", "ru", "uk")
QUESTIONS = {
    "pl": "ile kosztuje karta pobytu",
    "en": "how much does the residence card cost",
    "ru": "сколько стоит карта побыту",
    "uk": "скільки коштує карта побиту",
}

Feed = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(slots=True)
class Figures:
    name: str
    updates: int
    seconds: float
    latencies: list[float]
    api_calls: int
    peak_mib: float | None = None

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def script(person: Person, lang: str, fake: FakeTelegram) -> list[Callable[[], dict[str, Any]]]:
    """One person's steps; taps point at the newest message the bot sent them."""

    def last_id() -> int:
        last = fake.last_message(person.id)
        return last.message_id if last is not None else 1

    def tap(payload: str) -> Callable[[], dict[str, Any]]:
        return lambda: make_callback(person, payload, last_id())

    def say(text: str) -> Callable[[], dict[str, Any]]:
        return lambda: make_message(person, text)

    return [
        say("/start"),
        tap(f"lang:{lang}"),
        tap("m:card"),
        tap("f:card-fee"),
        say(QUESTIONS[lang]),
        tap("m:"),
        say("/help"),
    ]


async def drive(feed: Feed, fake: FakeTelegram, updates: int, users: int) -> tuple[float, list]:
    """M people at once, each step after the previous reply, N updates in all."""
    people = [Person(10_000 + n, LANGS[n % len(LANGS)]) for n in range(users)]
    quota = [updates // users + (1 if n < updates % users else 0) for n in range(users)]
    latencies: list[float] = []

    async def person_talks(person: Person, count: int) -> None:
        steps = script(person, person.language_code or "pl", fake)
        for n in range(count):
            # After the first round, skip /start and the language: the person is set up.
            step = steps[n] if n < len(steps) else steps[2 + (n - len(steps)) % (len(steps) - 2)]
            raw = step()
            began = time.perf_counter()
            await feed(raw)
            latencies.append(time.perf_counter() - began)

    started = time.perf_counter()
    await asyncio.gather(*(person_talks(p, q) for p, q in zip(people, quota, strict=True)))
    return time.perf_counter() - started, latencies


def echo_dispatcher() -> Dispatcher:
    """The baseline: what aiogram costs with almost nothing behind it."""
    router = Router(name="echo")

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    @router.callback_query()
    async def tapped(callback: CallbackQuery, bot: Bot) -> None:
        await callback.answer()
        if callback.message is not None:
            await bot.send_message(callback.message.chat.id, callback.data or "?")

    dispatcher = Dispatcher(disable_fsm=True)
    dispatcher.include_router(router)
    return dispatcher


async def run_baseline(updates: int, users: int, latency: float) -> Figures:
    async with FakeTelegram(record=False, latency=latency) as fake:
        session = AiohttpSession(api=TelegramAPIServer.from_base(fake.url))
        bot = Bot(fake.token, session=session)
        dispatcher = echo_dispatcher()

        async def feed(raw: dict[str, Any]) -> None:
            await dispatcher.feed_update(bot, Update.model_validate(raw, context={"bot": bot}))

        try:
            seconds, latencies = await drive(feed, fake, updates, users)
        finally:
            await session.close()
        calls = fake.api_calls
    return Figures("bare aiogram echo", updates, seconds, latencies, calls)


async def run_ours(updates: int, users: int, latency: float) -> Figures:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(storage={"url": f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"})
        async with FakeTelegram(record=False, latency=latency) as fake:
            core = await build_core(with_fake_server(settings, fake))
            channel = TelegramChannel.from_settings(core, secrets_for(fake))

            async def feed(raw: dict[str, Any]) -> None:
                update = Update.model_validate(raw, context={"bot": channel.bot})
                await channel.dispatcher.feed_update(channel.bot, update)
                await channel.idle(update.update_id)  # stored, then handled from the inbox

            try:
                seconds, latencies = await drive(feed, fake, updates, users)
            finally:
                await channel.stop()
                await core.close()
            calls = fake.api_calls
    return Figures("wsc bot (telegram)", updates, seconds, latencies, calls)


async def measure(
    run: Callable[[int, int, float], Awaitable[Figures]],
    updates: int,
    users: int,
    latency: float,
    memory: bool,
) -> Figures:
    gc.collect()
    figures = await run(updates, users, latency)
    if memory:
        gc.collect()
        tracemalloc.start()
        try:
            await run(updates, users, latency)
            figures.peak_mib = tracemalloc.get_traced_memory()[1] / 2**20
        finally:
            tracemalloc.stop()
    return figures


def report(rows: list[Figures], updates: int, users: int, latency: float) -> None:
    print(
        f"Telegram channel: {updates} updates from {users} people at once, "
        f"fake Bot API on loopback (+{latency * 1000:.0f} ms per call), SQLite"
    )
    print(
        f"{'':22} {'updates/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'API calls/upd':>14}"
        f" {'peak MiB':>9}"
    )
    for row in rows:
        peak = f"{row.peak_mib:9.1f}" if row.peak_mib is not None else f"{'-':>9}"
        print(
            f"{row.name:22} {row.per_second:10.0f} {row.percentile(0.5):8.1f}"
            f" {row.percentile(0.99):8.1f} {row.api_calls / row.updates:14.2f} {peak}"
        )
    base, ours = rows
    print(
        f"mean handling time: {statistics.fmean(ours.latencies) * 1000:.1f} ms vs "
        f"{statistics.fmean(base.latencies) * 1000:.1f} ms for the echo bot "
        f"({ours.per_second / base.per_second:.0%} of its throughput)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.telegram_bench", description=__doc__)
    parser.add_argument("--updates", type=int, default=2000, help="updates in all (N)")
    parser.add_argument("--users", type=int, default=50, help="people talking at once (M)")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds the fake Bot API adds to each call"
    )
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)

    async def both() -> list[Figures]:
        return [
            await measure(run, args.updates, args.users, args.latency, not args.no_memory)
            for run in (run_baseline, run_ours)
        ]

    report(asyncio.run(both()), args.updates, args.users, args.latency)


if __name__ == "__main__":
    main()
