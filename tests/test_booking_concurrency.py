"""Booking under real concurrency through the dialogs, on SQLite and PostgreSQL.

Two workers (each its own ``Database`` pool and its own ``Dialogs`` with per-person
locks), as when a balancer spreads webhook posts: the same case confirmed from two
chats at once, the last places of a slot confirmed by many people at once, and a
double tap on Confirm delivered to both workers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.booking_admin import booking_policy, today
from bot.config import Settings, load_settings
from dialogs import Dialogs, FaqSearch, Incoming, Kind, Localizer, Screen, load_catalogue
from dialogs.booking import BookingFeature
from storage import Database, OutboxMessage
from storage.booking import Booking, Slot
from tests.support.booking import open_slots, prove_case


@pytest.fixture(scope="module")
def content() -> tuple:
    catalogue = load_catalogue()
    l10n = Localizer()
    return catalogue, l10n, FaqSearch(catalogue, l10n)


@pytest.fixture(scope="module")
def config() -> Settings:
    return load_settings()


def worker(db: Database, content: tuple, settings: Settings) -> Dialogs:
    catalogue, l10n, search = content
    dialogs = Dialogs(db, catalogue, l10n, search)
    dialogs.add_flow(BookingFeature(booking_policy(settings.booking), db=db, l10n=l10n).flow)
    return dialogs


@pytest.fixture
async def workers(
    database: Database, content: tuple, config: Settings
) -> AsyncIterator[list[Dialogs]]:
    second = Database(
        database.url.render_as_string(hide_password=False), connect_args=database.connect_args
    )
    await open_slots(database, config, first=today() + timedelta(days=1))  # whole days
    yield [worker(database, content, config), worker(second, content, config)]
    await second.dispose()


_keys = iter(range(10**9))


def tap(user: str, payload: str) -> Incoming:
    return Incoming("telegram", user, Kind.BUTTON, payload=payload, update_key=f"k{next(_keys)}")


def first(screens: list[Screen], prefix: str) -> str:
    return next(
        b.payload
        for s in screens
        for b in s.all_buttons()
        if getattr(b, "payload", "").startswith(prefix)
    )  # type: ignore[union-attr]


async def to_check(dialogs: Dialogs, user: str, *, day_index: int = 0, time_index: int = 0) -> str:
    await dialogs.handle(tap(user, "lang:en"))
    week = await dialogs.handle(tap(user, "a:book"))
    days = [
        b.payload
        for s in week
        for b in s.all_buttons()
        if getattr(b, "payload", "").startswith("bkd:")
    ]  # type: ignore[union-attr]
    times = await dialogs.handle(tap(user, days[day_index]))
    slots = [
        b.payload
        for s in times
        for b in s.all_buttons()
        if getattr(b, "payload", "").startswith("bkt:")
    ]  # type: ignore[union-attr]
    check = await dialogs.handle(tap(user, slots[time_index]))
    return first(check, "bkc:")


async def count(db: Database, model: type) -> int:
    async with db.read() as session:
        return (await session.execute(select(func.count()).select_from(model))).scalar_one()


def said(screens: list[Screen]) -> str:
    return "\n".join(s.text for s in screens)


async def test_one_case_confirmed_from_two_chats_at_once_is_booked_once(
    workers: list[Dialogs], database: Database
) -> None:
    one, two = workers
    for user in ("chat-a", "chat-b"):
        await prove_case(database, "telegram", user)  # the same case number: one case
    confirm_a = await to_check(one, "chat-a", time_index=0)
    confirm_b = await to_check(two, "chat-b", time_index=1)

    answers = await asyncio.gather(
        one.handle(tap("chat-a", confirm_a)), two.handle(tap("chat-b", confirm_b))
    )

    assert await count(database, Booking) == 1
    l10n = one.l10n
    confirmed = [
        a for a in answers if l10n("en", "booking-confirmed-title") in [s.title for s in a]
    ]
    already = [a for a in answers if l10n("en", "booking-already") in said(a)]
    assert (len(confirmed), len(already)) == (1, 1)
    async with database.read() as session:
        taken = (await session.execute(select(func.sum(Slot.taken)))).scalar_one()
    assert taken == 1


async def test_many_people_confirming_the_last_places_at_once(
    workers: list[Dialogs], database: Database
) -> None:
    people = [f"p{n}" for n in range(12)]
    confirms = {}
    for n, user in enumerate(people):
        await prove_case(database, "telegram", user, number=f"{100 + n}/2026")
        confirms[user] = await to_check(workers[n % 2], user)
    assert len(set(confirms.values())) == 1, "everyone looks at the same time (3 places)"

    answers = await asyncio.gather(
        *(workers[n % 2].handle(tap(user, confirms[user])) for n, user in enumerate(people))
    )

    assert await count(database, Booking) == 3
    l10n = workers[0].l10n
    taken = [a for a in answers if l10n("en", "booking-just-taken") in said(a)]
    assert len(taken) == 9, "the others are offered the nearest free times"
    async with database.read() as session:
        codes = (await session.execute(select(Booking.code))).scalars().all()
    assert len(set(codes)) == 3


async def test_a_double_confirm_delivered_to_both_workers_books_and_confirms_once(
    workers: list[Dialogs], database: Database
) -> None:
    one, two = workers
    await prove_case(database, "telegram", "double")
    confirm = await to_check(one, "double")

    answers = await asyncio.gather(
        one.handle(tap("double", confirm)), two.handle(tap("double", confirm))
    )

    assert await count(database, Booking) == 1
    titles = [s.title for a in answers for s in a]
    assert titles.count(one.l10n("en", "booking-confirmed-title")) == 1
    files = [s.file for a in answers for s in a if s.file is not None]
    assert len(files) == 1, "one calendar file, one confirmation"
    async with database.read() as session:
        keys = (await session.execute(select(OutboxMessage.dedupe_key))).scalars().all()
    assert len(keys) == len(set(keys)) <= 2, "each reminder queued once"
