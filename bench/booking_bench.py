"""Benchmark of booking: N people tap Confirm at once, on SQLite and on PostgreSQL.

Run: ``.venv/bin/python -m bench.booking_bench [--people N] [--store sqlite|postgresql|both]``.

Each person has proved a case and stands at the final check of a time (the steps before
are not measured); then all of them tap Confirm at the same moment. A confirmation's
latency is one ``Dialogs.handle`` of that tap: the conditional UPDATE of the slot, the
booking row with its code, the reminders in the outbox, the conversation, the screen
with the ``.ics``. People are spread over the first slots so some share a slot (3
places each): a few find it just taken and get the nearest times instead. The baseline,
measured first in the same process on the same database, is the same N people tapping
an FAQ answer at once: one plain update of the engine, nothing booked.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.booking_admin import booking_policy
from bot.config import load_settings
from dialogs import Dialogs, FaqSearch, Incoming, Kind, Localizer, Screen, load_catalogue
from dialogs.booking import BookingFeature
from storage import Database, upgrade
from storage.booking import Booking, Slot
from tests.support.booking import open_slots, prove_case

PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
SLOTS_USED = 40  # people are spread over this many slots of 3 places


@dataclass(slots=True)
class Figures:
    taps: int
    seconds: float
    latencies: list[float]
    booked: int = 0

    @property
    def rate(self) -> float:
        return self.taps / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


_keys = iter(range(10**12))


def tap(user: str, payload: str) -> Incoming:
    return Incoming("telegram", user, Kind.BUTTON, payload=payload, update_key=f"b{next(_keys)}")


def payloads(screens: list[Screen], prefix: str) -> list[str]:
    found = [getattr(b, "payload", "") for s in screens for b in s.all_buttons()]
    return [p for p in found if p.startswith(prefix)]


async def first_slots(db: Database, count: int) -> list[Slot]:
    """The first ``count`` slots people may book now (after the booking lead time)."""
    after = datetime.now(UTC) + timedelta(hours=3)
    async with db.read() as session:
        stmt = select(Slot).where(Slot.starts_at > after).order_by(Slot.starts_at).limit(count)
        return list((await session.execute(stmt)).scalars().all())


async def at_the_check(dialogs: Dialogs, db: Database, number: int, slot: Slot) -> str:
    """Person ``number``: language, a proved case, the slot's day and time; their Confirm."""
    user = f"b{number}"
    await dialogs.handle(tap(user, "lang:en"))
    await prove_case(db, "telegram", user, number=f"{number}/2026")
    await dialogs.handle(tap(user, "a:book"))
    await dialogs.handle(tap(user, f"bkd:{slot.day.isoformat()}"))
    check = await dialogs.handle(tap(user, f"bkt:{slot.id}"))
    [confirm] = payloads(check, "bkc:")
    return confirm


async def all_at_once(dialogs: Dialogs, taps: list[Incoming]) -> Figures:
    latencies: list[float] = []

    async def one(incoming: Incoming) -> None:
        started = time.perf_counter()
        await dialogs.handle(incoming)
        latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(one(incoming) for incoming in taps))
    return Figures(len(taps), time.perf_counter() - started, latencies)


async def run(url: str, people: int, connect_args: dict | None = None) -> tuple[Figures, Figures]:
    settings = load_settings(storage={"url": url})
    db = Database(url, pool_size=20, connect_args=connect_args)
    await upgrade(db)
    catalogue, l10n = load_catalogue(), Localizer()
    dialogs = Dialogs(db, catalogue, l10n, FaqSearch(catalogue, l10n))
    dialogs.add_flow(BookingFeature(booking_policy(settings.booking), db=db, l10n=l10n).flow)
    await open_slots(db, settings)
    slots = await first_slots(db, SLOTS_USED)
    confirms = [await at_the_check(dialogs, db, n, slots[n % len(slots)]) for n in range(people)]
    readers = [f"r{n}" for n in range(people)]  # the baseline's people, who only read answers
    for user in readers:
        await dialogs.handle(tap(user, "lang:en"))

    base = await all_at_once(dialogs, [tap(user, "f:card-fee") for user in readers])
    real = await all_at_once(dialogs, [tap(f"b{n}", confirms[n]) for n in range(people)])
    async with db.read() as session:
        real.booked = (
            await session.execute(select(func.count()).select_from(Booking))
        ).scalar_one()
    await db.dispose()
    return base, real


async def _pg() -> tuple[str, dict] | None:
    try:
        import asyncpg

        conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg", "postgresql"), timeout=2)
    except (TimeoutError, OSError):
        return None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    await conn.execute(f"CREATE SCHEMA {schema}")
    await conn.close()
    return schema, {"server_settings": {"search_path": schema}}


async def _drop(schema: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg", "postgresql"))
    await conn.execute(f"DROP SCHEMA {schema} CASCADE")
    await conn.close()


def report(store: str, people: int, base: Figures, real: Figures) -> None:
    print(f"Booking: {people} people tap Confirm at once ({store}, one worker)")
    print(f"{'':30}{'baseline (FAQ tap)':>20}{'Confirm (booking)':>20}")
    print(f"{'taps/s':30}{base.rate:>20.0f}{real.rate:>20.0f}")
    print(f"{'bookings/s':30}{'-':>20}{real.booked / real.seconds:>20.0f}")
    print(f"{'p50 latency, ms':30}{base.pct(0.50):>20.1f}{real.pct(0.50):>20.1f}")
    print(f"{'p99 latency, ms':30}{base.pct(0.99):>20.1f}{real.pct(0.99):>20.1f}")
    print(
        f"{'mean latency, ms':30}{statistics.mean(base.latencies) * 1000:>20.1f}"
        f"{statistics.mean(real.latencies) * 1000:>20.1f}"
    )
    print(f"{'booked / just taken':30}{'-':>20}{f'{real.booked} / {people - real.booked}':>20}")


async def main(people: int, store: str) -> int:
    if store in {"sqlite", "both"}:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
            report("SQLite", people, *await run(url, people))
    if store in {"postgresql", "both"}:
        pg = await _pg()
        if pg is None:
            print("PostgreSQL: nothing answers on 127.0.0.1:5432; skipped")
            return 0 if store == "both" else 1
        schema, connect_args = pg
        try:
            print()
            report("PostgreSQL", people, *await run(PG_URL, people, connect_args))
        finally:
            await _drop(schema)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=200, help="people tapping Confirm at once")
    parser.add_argument("--store", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.people, args.store)))
