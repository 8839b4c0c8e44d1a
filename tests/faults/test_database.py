"""PostgreSQL connections killed under load: the bot reconnects and loses nothing.

The real Dispatcher on a PostgreSQL database of its own; while thirty people write at
once, every connection of the bot is ended from the server side
(``pg_terminate_backend``), three times. Updates whose transaction died are stored
again (the door retries) or handled again from the inbox; each person gets one answer.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.config import Settings
from tests.conftest import PG_AVAILABLE, PG_SKIP_REASON, PG_URL
from tests.faults.process import database_url
from tests.faults.tally import Tally
from tests.faults.test_outages import eventually, quick, settle, telegram_deliveries
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_driver import TelegramDriver
from tests.support.telegram_factories import Person, make_message

PEOPLE = 30


async def terminate_connections(url: str) -> int:
    """End every other session on the bot's database, as a PostgreSQL restart would."""
    admin = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg", "postgresql"))
    try:
        name = make_url(url).database
        rows = await admin.fetch(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()",
            name,
        )
        return len(rows)
    finally:
        await admin.close()


@pytest.mark.skipif(not PG_AVAILABLE, reason=PG_SKIP_REASON)
async def test_postgresql_connections_killed_during_a_burst(
    settings: Settings, tmp_path: Path, tally: Tally
) -> None:
    from bot.channels.telegram import outbox_policy

    async with database_url("postgresql", tmp_path) as url, FakeTelegram() as fake:
        on_pg = settings.model_copy(
            update={
                "storage": settings.storage.model_copy(update={"url": url}),
                "inbox": settings.inbox.model_copy(update={"poll_interval": 0.2}),
            }
        )
        tg = TelegramDriver(on_pg, fake, outbox=quick(outbox_policy(on_pg)))
        await tg.boot()
        assert tg.tg is not None
        await tg.tg.inbox.start()  # what failed is taken again from the inbox
        people = [Person(60_000 + n, "en") for n in range(PEOPLE)]
        try:
            await asyncio.gather(*(tg.feed(make_message(p, "/start")) for p in people))
            await asyncio.gather(*(tg.tap_payload(p.id, "lang:en") for p in people))
            burst = asyncio.gather(
                *(tg.feed(make_message(p, "/help")) for p in people), return_exceptions=True
            )
            killed = 0
            for _ in range(3):
                await asyncio.sleep(0.15)
                killed += await terminate_connections(url)
            with contextlib.suppress(Exception):
                await burst
            expected = [str(p.id) for p in people]
            await eventually(lambda: set(expected) <= set(telegram_deliveries(tg)), 30)
            await settle(lambda: len(fake.calls))
            delivered = telegram_deliveries(tg)
        finally:
            await tg.shutdown()
    tally.count(expected, delivered)
    print(f"connections ended: {killed}")
    assert killed > 0
    assert (tally.lost, tally.duplicated) == (0, 0)
