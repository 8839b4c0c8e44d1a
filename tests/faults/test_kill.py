"""kill -9 in the middle of a burst, then a restart: every text answered, none twice.

The bot runs as ``python -m bot run`` (long polling) against the fake Bot API on
loopback, on a temporary SQLite file and on a PostgreSQL database of its own. A
hundred people write at once; one second later the process is killed with SIGKILL
(no handler runs), started again on the same database, and each person's chat is
counted. Telegram redelivers what the bot never confirmed; what it confirmed must
already be in the database.

Lost: none, ever. Twice: only where no program can know. A reply Telegram took in the
last moment before the kill, whose update the bot had not yet marked done, is sent
again after the restart (the Bot API has no idempotency key). Such updates are exactly
the stored ones whose reply was kept but not confirmed when the process died; the test
reads them from the database after the kill, and a repeated reply to anyone else fails.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from sqlalchemy import select

from storage import Database, InboxUpdate
from tests.conftest import PG_AVAILABLE, PG_SKIP_REASON
from tests.faults.process import BotProcess, bot_env, database_url, free_port
from tests.faults.tally import NOTES, Tally
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_factories import Person, make_message

BURST = 100
KILL_AFTER_S = 1.0
# Rows a killed process held are taken over once their lease runs out.
LEASE_S = 3.0
SETTLE_S = 60.0  # the most a restart may take to answer everyone
QUIET_S = 2.0  # then this long without a new message, so a late duplicate shows


def sent_to_people(fake: FakeTelegram) -> list[str]:
    return [str(call.params.get("chat_id")) for call in fake.calls_of("sendMessage") if call.ok]


async def until(fake: FakeTelegram, done: object, within: float) -> None:
    with contextlib.suppress(TimeoutError):
        await fake.wait_for(done, within)  # type: ignore[arg-type]


async def unconfirmed_replies(url: str) -> set[str]:
    """People whose reply was kept with the dialog step but not confirmed as sent."""
    db = Database(url)
    try:
        async with db.read() as session:
            stmt = select(InboxUpdate.person).where(
                InboxUpdate.status == "pending", InboxUpdate.reply.is_not(None)
            )
            return set((await session.execute(stmt)).scalars())
    finally:
        await db.dispose()


async def quiet(fake: FakeTelegram, seconds: float) -> None:
    """Until no call has come for ``seconds`` (bounded: at most 10 rounds)."""
    for _ in range(10):
        before = len(fake.calls)
        await asyncio.sleep(seconds)
        if len(fake.calls) == before:
            return


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
async def test_kill_9_one_second_into_a_burst_of_100_texts(
    kind: str, tmp_path: Path, tally: Tally
) -> None:
    if kind == "postgresql" and not PG_AVAILABLE:
        pytest.skip(PG_SKIP_REASON)
    people = [Person(20_000 + n, "en") for n in range(BURST)]
    log = tmp_path / "bot.log"
    async with FakeTelegram() as fake, database_url(kind, tmp_path) as url:
        env = bot_env(
            TELEGRAM_BOT_TOKEN=fake.token,
            BOT_TELEGRAM__API_SERVER=fake.url,
            BOT_STORAGE__URL=url,
            BOT_SERVER__PORT=str(free_port()),
            BOT_INBOX__LEASE_SECONDS=str(LEASE_S),
        )
        first = await BotProcess(env, log).start()
        try:
            await until(fake, lambda: bool(fake.calls_of("getUpdates")), 60)
            assert fake.calls_of("getUpdates"), first.output()
            for person in people:
                await fake.push_update(make_message(person, "ile kosztuje karta pobytu"))
            await asyncio.sleep(KILL_AFTER_S)
        finally:
            await first.kill()
        answered_before = len(set(sent_to_people(fake)))
        in_flight = await unconfirmed_replies(url)
        second = await BotProcess(env, log).start()
        try:
            everyone = {str(p.id) for p in people}
            await until(fake, lambda: everyone <= set(sent_to_people(fake)), SETTLE_S)
            await quiet(fake, QUIET_S)
        finally:
            await second.stop()
    received = sent_to_people(fake)
    tally.count([str(p.id) for p in people], received)
    twice = {person for person in set(received) if received.count(person) > 1}
    NOTES.append(
        f"kill -9 [{kind}]: answered before the restart {answered_before}/{BURST}, after "
        f"{tally.delivered}/{BURST}; replies in flight at the kill {len(in_flight)}, "
        f"sent twice {len(twice)}"
    )
    assert tally.lost == 0, log.read_text(errors="replace")[-3000:]
    assert twice <= in_flight  # only a reply that may have left just before the kill
