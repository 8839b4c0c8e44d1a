"""Booking rules held by the database, under real concurrent transactions on SQLite and PostgreSQL.

Each test runs on two ``Database`` objects over the same file or schema (two workers,
each with its own pool and, on SQLite, its own in-process writer queue), so the
guarantees come from constraints and conditional statements, not from a lock in Python.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from storage import AlreadyBooked, Database, Repo, SlotFull
from storage.booking import Booking, Slot

DAY = date(2027, 3, 1)
NINE = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)  # 09:00 in Warsaw


@pytest.fixture
async def pair(database: Database) -> AsyncIterator[list[Database]]:
    second = Database(
        database.url.render_as_string(hide_password=False), connect_args=database.connect_args
    )
    yield [database, second]
    await second.dispose()


async def seed(db: Database, *, people: int, slots: int = 1, capacity: int = 3) -> tuple:
    """``people`` users with one awaiting case each, and ``slots`` slots at Poznań."""
    async with db.write() as session:
        repo = Repo(session)
        users, cases, slot_ids = [], [], []
        for n in range(people):
            user = await repo.users.touch("telegram", f"u{n}", None)
            upserted = await repo.cases.upsert(
                f"{1000 + n}/2027",
                status="awaiting_attendance",
                office="poznan",
                filed_on=None,
                status_since=DAY - timedelta(days=3),
            )
            case = upserted.case
            users.append(user.id)
            cases.append(case.id)
        for n in range(slots):
            start = NINE + timedelta(minutes=15 * n)
            await repo.booking.add_slot("poznan", DAY, start, 15, capacity)
        for slot in await repo.booking.free_slots("poznan", DAY, after=NINE - timedelta(days=1)):
            slot_ids.append(slot.id)
    return users, cases, slot_ids


async def attempt(db: Database, case_id: int, slot_id: int, user_id: int) -> str:
    async with db.write() as session:
        try:
            await Repo(session).booking.book(case_id=case_id, slot_id=slot_id, user_id=user_id)
        except SlotFull:
            return "full"
        except AlreadyBooked:
            return "already"
    return "booked"


async def test_fifty_people_at_once_for_three_places_get_exactly_three(
    pair: list[Database],
) -> None:
    users, cases, [slot_id] = await seed(pair[0], people=50, capacity=3)

    outcomes = await asyncio.gather(
        *(attempt(pair[n % 2], cases[n], slot_id, users[n]) for n in range(50))
    )

    assert outcomes.count("booked") == 3
    assert outcomes.count("full") == 47
    async with pair[0].read() as session:
        repo = Repo(session)
        slot = await repo.booking.slot(slot_id)
        assert slot is not None
        assert (slot.taken, await repo.booking.count_active(slot_id)) == (3, 3)


async def test_one_case_from_two_chats_at_once_is_booked_once(pair: list[Database]) -> None:
    users, cases, slots = await seed(pair[0], people=2, slots=4, capacity=3)
    case = cases[0]

    outcomes = await asyncio.gather(
        *(attempt(pair[n % 2], case, slots[n % 4], users[n % 2]) for n in range(8))
    )

    assert outcomes.count("booked") == 1
    assert outcomes.count("already") == 7
    async with pair[0].read() as session:
        repo = Repo(session)
        assert await repo.booking.count_active() == 1
        taken = [(await repo.booking.slot(s)).taken for s in slots]  # type: ignore[union-attr]
    assert sum(taken) == 1, "places taken by the refused attempts were given back"


async def test_a_cancelled_booking_frees_the_place_and_the_case(database: Database) -> None:
    users, cases, [slot_id] = await seed(database, people=2, capacity=1)
    async with database.write() as session:
        booking = await Repo(session).booking.book(
            case_id=cases[0], slot_id=slot_id, user_id=users[0]
        )
    assert await attempt(database, cases[1], slot_id, users[1]) == "full"

    async with database.write() as session:
        repo = Repo(session)
        assert await repo.booking.cancel(booking.id) is not None  # type: ignore[arg-type]
        assert await repo.booking.cancel(booking.id) is None, "cancelled once only"  # type: ignore[arg-type]

    assert await attempt(database, cases[1], slot_id, users[1]) == "booked"
    assert await attempt(database, cases[0], slot_id, users[0]) == "full"


async def test_the_database_refuses_more_taken_than_capacity(database: Database) -> None:
    _, _, [slot_id] = await seed(database, people=0, capacity=2)
    with pytest.raises(IntegrityError):
        async with database.write() as session:
            await session.execute(update(Slot).where(Slot.id == slot_id).values(taken=3))
    with pytest.raises(IntegrityError):
        async with database.write() as session:
            await session.execute(update(Slot).where(Slot.id == slot_id).values(taken=-1))


async def test_a_blocked_day_takes_no_booking(database: Database) -> None:
    users, cases, [slot_id] = await seed(database, people=1)
    async with database.write() as session:
        assert await Repo(session).booking.block_day("poznan", DAY) == 0
    assert await attempt(database, cases[0], slot_id, users[0]) == "full"
    async with database.read() as session:
        repo = Repo(session)
        assert await repo.booking.free_days("poznan", after=NINE - timedelta(days=1)) == []
        assert await repo.booking.blocked_days("poznan") == {DAY}


async def test_visit_codes_are_unique_per_office_and_day(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    users, cases, [slot_id] = await seed(database, people=2)
    draws = iter([123456, 123456, 123456, 654321])
    monkeypatch.setattr("storage.booking.secrets.randbelow", lambda _n: next(draws))

    async with database.write() as session:
        repo = Repo(session)
        first = await repo.booking.book(case_id=cases[0], slot_id=slot_id, user_id=users[0])
        second = await repo.booking.book(case_id=cases[1], slot_id=slot_id, user_id=users[1])

    assert (first.code, second.code) == ("123456", "654321")
    with pytest.raises(IntegrityError):
        async with database.write() as session:
            await session.execute(
                update(Booking).where(Booking.id == second.id).values(code=first.code)
            )


async def test_generating_slots_twice_creates_them_once(database: Database) -> None:
    async with database.write() as session:
        repo = Repo(session)
        assert await repo.booking.add_slot("konin", DAY, NINE, 15, 2)
        assert not await repo.booking.add_slot("konin", DAY, NINE, 15, 2)
    async with database.read() as session:
        days = await Repo(session).booking.free_days("konin", after=NINE - timedelta(hours=1))
    assert [(d.day, d.free) for d in days] == [(DAY, 2)]
