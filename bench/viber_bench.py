"""Benchmark of the Viber channel: signed webhook events through the real app to a fake API.

Run: ``.venv/bin/python -m bench.viber_bench [--users M] [--events K] [--postgres]``.

M people talk at once, each sending K events one after another (taps on menus and
answers, typed questions), the way a person waits for the answer before the next
tap. An event's latency is from the webhook POST to the moment its reply reaches
the fake Viber API on loopback: signature check, parsing, the dialog in its database
transaction, rendering and the API call. The baseline is the same aiohttp server in
the same process with a bare handler that only reads the body and checks the
signature (no dialog, no reply): what the HTTP layer alone costs. Printed side by side:
events per second, p50 and p99 latency, and the peak resident set size (the baseline
runs first, so its figure is the process before the bot ran).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from aiohttp import web
from pydantic import AnyHttpUrl, SecretStr

from bot.app import build_core
from bot.channels.viber import ViberChannel
from bot.config import Secrets, load_settings
from bot.runner import build_web_app
from tests.support.fake_viber import FakeViber, Sent
from tests.support.viber_factories import (
    ViberPerson,
    button_tap,
    conversation_started,
    person,
    signed,
    text_message,
)

SCRIPT: list[tuple[str, str]] = [
    ("tap", "m:card"),
    ("tap", "f:card-fee"),
    ("tap", "m:"),
    ("say", "how long does it take to get a residence card"),
    ("tap", "m:temporary"),
    ("tap", "m:temp-work"),
    ("tap", "m::1"),
    ("say", "menu"),
]
PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


@dataclass(slots=True)
class Figures:
    events: int
    seconds: float
    latencies: list[float]
    peak_rss_mib: float

    @property
    def rate(self) -> float:
        return self.events / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _peak_rss_mib() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def _event(who: ViberPerson, step: tuple[str, str]) -> dict:
    kind, value = step
    return button_tap(who, value) if kind == "tap" else text_message(who, value)


async def _run_people(
    users: int, events: int, one: Callable[[ViberPerson, dict], Awaitable[float]]
) -> Figures:
    latencies: list[float] = []

    async def talk(number: int) -> None:
        who = person(1_000 + number)
        for index in range(events):
            latencies.append(await one(who, _event(who, SCRIPT[index % len(SCRIPT)])))

    started = time.perf_counter()
    await asyncio.gather(*(talk(n) for n in range(users)))
    seconds = time.perf_counter() - started
    return Figures(users * events, seconds, latencies, _peak_rss_mib())


async def baseline(users: int, events: int, token: str) -> Figures:
    """The HTTP layer alone: read the body, check the signature, answer 200."""

    async def bare(request: web.Request) -> web.Response:
        body = await request.read()
        given = request.headers.get("X-Viber-Content-Signature", "")
        expected = hmac.new(token.encode(), body, hashlib.sha256).hexdigest()
        return web.Response(status=200 if hmac.compare_digest(expected, given) else 403)

    app = web.Application()
    app.router.add_post("/viber/webhook", bare)
    runner, base = await _serve(app)
    async with aiohttp.ClientSession() as client:

        async def one(_who: ViberPerson, event: dict) -> float:
            body, headers = signed(event, token)
            started = time.perf_counter()
            async with client.post(f"{base}/viber/webhook", data=body, headers=headers) as r:
                assert r.status == 200
                await r.read()
            return time.perf_counter() - started

        figures = await _run_people(users, events, one)
    await runner.cleanup()
    return figures


async def bot(users: int, events: int, fake: FakeViber, db_url: str) -> Figures:
    """The real app: webhook, dialogs, storage, rendering, the API call to the fake."""
    settings = load_settings(storage={"url": db_url, "pool_size": 20})
    settings = settings.model_copy(
        update={"viber": settings.viber.model_copy(update={"api_url": AnyHttpUrl(fake.url)})}
    )
    core = await build_core(settings)
    channel = ViberChannel.from_settings(core, Secrets(viber_auth_token=SecretStr(fake.token)))
    runner, base = await _serve(build_web_app(core, [channel]))
    await channel.start()
    arrived: dict[str, asyncio.Queue[float]] = defaultdict(asyncio.Queue)

    def on_send(sent: Sent) -> None:
        arrived[sent.receiver].put_nowait(time.perf_counter())

    fake.on_send = on_send
    async with aiohttp.ClientSession() as client:

        async def post(event: dict) -> None:
            body, headers = signed(event, fake.token)
            async with client.post(f"{base}/viber/webhook", data=body, headers=headers) as r:
                assert r.status == 200, r.status
                await r.read()

        async def one(who: ViberPerson, event: dict) -> float:
            started = time.perf_counter()
            await post(event)
            return await arrived[who.id].get() - started

        # Each person opens the chat and picks a language first (not measured).
        async def open_chat(number: int) -> None:
            who = person(1_000 + number)
            fake.user_wrote(who.id)
            await post(conversation_started(who))
            await post(button_tap(who, "lang:en"))
            await arrived[who.id].get()

        await asyncio.gather(*(open_chat(n) for n in range(users)))
        figures = await _run_people(users, events, one)
    await channel.stop()
    await runner.cleanup()
    await core.close()
    assert not fake.problems, fake.problems[:3]
    return figures


async def main(users: int, events: int, postgres: bool) -> None:
    async with FakeViber(strict_subscription=False) as fake:
        base = await baseline(users, events, fake.token)
        with tempfile.TemporaryDirectory() as tmp:
            url = PG_URL if postgres else f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
            if postgres:
                await _fresh_pg_schema()
            real = await bot(users, events, fake, url)
    store = "PostgreSQL" if postgres else "SQLite"
    print(f"Viber webhook: {users} people x {events} events, signed, loopback ({store})")
    print(f"{'':28}{'baseline (verify only)':>24}{'bot (full reply)':>20}")
    print(f"{'events/s':28}{base.rate:>24.0f}{real.rate:>20.0f}")
    print(f"{'p50 latency, ms':28}{base.pct(0.50):>24.2f}{real.pct(0.50):>20.2f}")
    print(f"{'p99 latency, ms':28}{base.pct(0.99):>24.2f}{real.pct(0.99):>20.2f}")
    print(
        f"{'mean latency, ms':28}{statistics.mean(base.latencies) * 1000:>24.2f}"
        f"{statistics.mean(real.latencies) * 1000:>20.2f}"
    )
    print(f"{'peak RSS, MiB':28}{base.peak_rss_mib:>24.1f}{real.peak_rss_mib:>20.1f}")
    print(f"{'replies sent':28}{'-':>24}{len(fake.sent):>20}")


async def _fresh_pg_schema() -> None:
    """Start from empty tables so runs are comparable (drops only the bot's tables)."""
    import asyncpg

    conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg", "postgresql"))
    try:
        for table in ("outbox", "feedback", "processed_updates", "conversations", "users"):
            await conn.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
        await conn.execute("DROP TABLE IF EXISTS alembic_version")
    finally:
        await conn.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50, help="people talking at once")
    parser.add_argument("--events", type=int, default=20, help="events per person")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL on 127.0.0.1:5432")
    args = parser.parse_args()
    asyncio.run(main(args.users, args.events, args.postgres))
