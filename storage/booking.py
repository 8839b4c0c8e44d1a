"""Visit slots and bookings: the rules that must hold under concurrency live in the database.

* A slot's places: ``taken`` rises only by a conditional UPDATE (``taken < capacity``),
  and a CHECK keeps ``0 <= taken <= capacity`` even against a careless statement, so
  fifty people tapping the last place at once get exactly the places there are.
* One active booking per case: a partial unique index (``WHERE status = 'active'``),
  which SQLite and PostgreSQL both enforce, so the same case booked from two chats at
  once yields one booking.
* The 6-digit visit code typed at the hall's ticket machine is unique per office and
  day (a unique index); a collision is retried with a new code.

``book`` takes the place first and the case second, always in that order, so two
transactions never wait on each other crosswise.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Index,
    UniqueConstraint,
    func,
    select,
    text,
    update,
)
from sqlmodel import Field, SQLModel

from storage.cases import Case, CaseLink
from storage.db import BaseRepo
from storage.models import BIG_ID, _ts, utcnow

ACTIVE, CANCELLED = "active", "cancelled"
CODE_ATTEMPTS = 20


class Slot(SQLModel, table=True):
    """A time at one office when ``capacity`` people may come; ``taken`` places are booked."""

    __tablename__ = "slots"
    __table_args__ = (
        UniqueConstraint("office", "starts_at", name="uq_slots_office_start"),
        CheckConstraint("taken >= 0 AND taken <= capacity", name="ck_slots_capacity"),
        Index("ix_slots_office_day", "office", "day"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    office: str = Field(max_length=16)
    day: date = Field(sa_type=Date)  # the local (Europe/Warsaw) date of ``starts_at``
    starts_at: datetime = Field(sa_type=DateTime(timezone=True))
    minutes: int
    capacity: int
    taken: int = 0
    blocked: bool = False


class BlockedDay(SQLModel, table=True):
    """A day staff closed at an office; ``slots generate`` creates nothing there."""

    __tablename__ = "blocked_days"

    office: str = Field(max_length=16, primary_key=True)
    day: date = Field(sa_type=Date, primary_key=True)
    created_at: datetime = _ts()


class Booking(SQLModel, table=True):
    """A person's place in a slot for a case. ``code`` is what they type at the hall."""

    __tablename__ = "bookings"
    __table_args__ = (
        Index(
            "uq_bookings_active_case",
            "case_id",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
        UniqueConstraint("office", "day", "code", name="uq_bookings_office_day_code"),
        Index("ix_bookings_slot", "slot_id"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    case_id: int = Field(sa_type=BigInteger, foreign_key="cases.id")
    slot_id: int = Field(sa_type=BigInteger, foreign_key="slots.id")
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id")
    office: str = Field(max_length=16)
    day: date = Field(sa_type=Date)
    code: str = Field(max_length=6)
    status: str = Field(default=ACTIVE, max_length=16)
    created_at: datetime = _ts()
    cancelled_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class SlotFull(Exception):
    """The slot has no free place (or was blocked) by the time the person confirmed."""


class AlreadyBooked(Exception):
    """The case has an active booking already; ``booking`` is that one."""

    def __init__(self, booking: Booking) -> None:
        super().__init__("case already booked")
        self.booking = booking


@dataclass(frozen=True, slots=True)
class DayFree:
    day: date
    free: int


@dataclass(frozen=True, slots=True)
class Visit:
    """One booked visit with what staff and the person need to see of it."""

    booking: Booking
    slot: Slot
    case_number: str


def aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they are stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


class BookingRepo(BaseRepo):
    # -- slots

    async def add_slot(
        self, office: str, day: date, starts_at: datetime, minutes: int, capacity: int
    ) -> bool:
        """Create a slot unless one starts then already (so ``slots generate`` is idempotent)."""
        stmt = (
            self._insert(Slot)
            .values(
                office=office,
                day=day,
                starts_at=starts_at,
                minutes=minutes,
                capacity=capacity,
                taken=0,
                blocked=False,
            )
            .on_conflict_do_nothing(index_elements=["office", "starts_at"])
            .returning(Slot.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def add_slots(self, slots: Sequence[dict[str, object]]) -> int:
        """Create many slots at once (keys as ``add_slot``'s); how many were new."""
        if not slots:
            return 0
        rows = [{**slot, "taken": 0, "blocked": False} for slot in slots]
        stmt = (
            self._insert(Slot)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["office", "starts_at"])
            .returning(Slot.id)
        )
        return len((await self.session.execute(stmt)).all())

    async def block_day(self, office: str, day: date) -> int:
        """Close a day: no new bookings there; returns how many visits were already booked."""
        stmt = (
            self._insert(BlockedDay)
            .values(office=office, day=day, created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["office", "day"])
        )
        await self.session.execute(stmt)
        await self.session.execute(
            update(Slot).where(Slot.office == office, Slot.day == day).values(blocked=True)
        )
        count = select(func.count()).where(
            Booking.office == office, Booking.day == day, Booking.status == ACTIVE
        )
        return (await self.session.execute(count)).scalar_one()

    async def blocked_days(self, office: str) -> set[date]:
        stmt = select(BlockedDay.day).where(BlockedDay.office == office)
        return set((await self.session.execute(stmt)).scalars().all())

    async def slot(self, slot_id: int) -> Slot | None:
        return await self.session.get(Slot, slot_id, populate_existing=True)

    async def free_days(
        self, office: str, *, after: datetime, until: date | None = None
    ) -> list[DayFree]:
        """Days at ``office`` with a free place in a slot starting after ``after``."""
        stmt = (
            select(Slot.day, func.sum(Slot.capacity - Slot.taken))
            .where(
                Slot.office == office,
                Slot.blocked.is_(False),  # type: ignore[attr-defined]
                Slot.taken < Slot.capacity,
                Slot.starts_at > after,
            )
            .group_by(Slot.day)
            .order_by(Slot.day)
        )
        if until is not None:
            stmt = stmt.where(Slot.day <= until)
        rows = (await self.session.execute(stmt)).all()
        return [DayFree(day=row[0], free=int(row[1])) for row in rows]

    async def free_slots(self, office: str, day: date, *, after: datetime) -> list[Slot]:
        stmt = (
            select(Slot)
            .where(
                Slot.office == office,
                Slot.day == day,
                Slot.blocked.is_(False),  # type: ignore[attr-defined]
                Slot.taken < Slot.capacity,
                Slot.starts_at > after,
            )
            .order_by(Slot.starts_at)
            .execution_options(populate_existing=True)
        )
        return list((await self.session.execute(stmt)).scalars().all())

    async def nearest_free(
        self, office: str, near: datetime, *, after: datetime, limit: int = 3
    ) -> list[Slot]:
        """Free slots closest in time to ``near`` (offered when the chosen one was just taken)."""
        free = (
            Slot.office == office,
            Slot.blocked.is_(False),  # type: ignore[attr-defined]
            Slot.taken < Slot.capacity,
            Slot.starts_at > after,
        )
        later = select(Slot).where(*free, Slot.starts_at >= near).order_by(Slot.starts_at)
        earlier = select(Slot).where(*free, Slot.starts_at < near).order_by(Slot.starts_at.desc())  # type: ignore[attr-defined]
        found: list[Slot] = []
        for stmt in (later, earlier):
            stmt = stmt.limit(limit).execution_options(populate_existing=True)
            found += (await self.session.execute(stmt)).scalars().all()
        found.sort(key=lambda s: abs((aware(s.starts_at) - near).total_seconds()))
        return sorted(found[:limit], key=lambda s: aware(s.starts_at))

    # -- bookings

    async def book(self, *, case_id: int, slot_id: int, user_id: int) -> Booking:
        """Take a place in the slot for the case, or raise ``SlotFull`` / ``AlreadyBooked``.

        Nothing is left changed when it raises (the place taken is given back), so the
        caller's transaction can go on and save the conversation.
        """
        took = await self.session.execute(
            update(Slot)
            .where(Slot.id == slot_id, Slot.taken < Slot.capacity, Slot.blocked.is_(False))  # type: ignore[attr-defined]
            .values(taken=Slot.taken + 1)
            .returning(Slot.office, Slot.day)
            .execution_options(synchronize_session=False)
        )
        row = took.first()
        if row is None:
            raise SlotFull
        office, day = row
        for _ in range(CODE_ATTEMPTS):
            stmt = (
                self._insert(Booking)
                .values(
                    case_id=case_id,
                    slot_id=slot_id,
                    user_id=user_id,
                    office=office,
                    day=day,
                    code=new_code(),
                    status=ACTIVE,
                    created_at=utcnow(),
                )
                .on_conflict_do_nothing()
                .returning(Booking.id)
            )
            booking_id = (await self.session.execute(stmt)).scalar_one_or_none()
            if booking_id is not None:
                booking = await self.session.get(Booking, booking_id, populate_existing=True)
                assert booking is not None
                return booking
            existing = await self.active_for_case(case_id)
            if existing is not None:
                await self._give_back(slot_id)
                raise AlreadyBooked(existing)
            # Otherwise the code was taken at this office that day: draw another.
        await self._give_back(slot_id)
        raise RuntimeError("no free visit code")

    async def _give_back(self, slot_id: int) -> None:
        await self.session.execute(
            update(Slot)
            .where(Slot.id == slot_id)
            .values(taken=Slot.taken - 1)
            .execution_options(synchronize_session=False)
        )

    async def active_for_case(self, case_id: int) -> Booking | None:
        stmt = (
            select(Booking)
            .where(Booking.case_id == case_id, Booking.status == ACTIVE)
            .execution_options(populate_existing=True)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def get(self, booking_id: int) -> Booking | None:
        return await self.session.get(Booking, booking_id, populate_existing=True)

    async def cancel(self, booking_id: int) -> Booking | None:
        """Cancel an active booking and free its place; None if it was not active."""
        stmt = (
            update(Booking)
            .where(Booking.id == booking_id, Booking.status == ACTIVE)
            .values(status=CANCELLED, cancelled_at=utcnow())
            .returning(Booking.slot_id)
            .execution_options(synchronize_session=False)
        )
        slot_id = (await self.session.execute(stmt)).scalar_one_or_none()
        if slot_id is None:
            return None
        await self._give_back(slot_id)
        return await self.get(booking_id)

    async def visits(self, day: date, office: str | None = None) -> list[Visit]:
        """The day's active visits in time order (staff list, hall export)."""
        stmt = (
            select(Booking, Slot, Case.number)
            .join(Slot, Slot.id == Booking.slot_id)
            .join(Case, Case.id == Booking.case_id)
            .where(Booking.day == day, Booking.status == ACTIVE)
            .order_by(Booking.office, Slot.starts_at, Booking.code)
        )
        if office is not None:
            stmt = stmt.where(Booking.office == office)
        rows = (await self.session.execute(stmt)).all()
        return [Visit(booking=row[0], slot=row[1], case_number=row[2]) for row in rows]

    async def count_active(self, slot_id: int | None = None) -> int:
        stmt = select(func.count()).select_from(Booking).where(Booking.status == ACTIVE)
        if slot_id is not None:
            stmt = stmt.where(Booking.slot_id == slot_id)
        return (await self.session.execute(stmt)).scalar_one()

    # -- which cases a person may book

    async def bookable_cases(self, user_id: int, within: timedelta) -> Sequence[Case]:
        """Cases the person keeps, or proved within ``within`` (newest proof first)."""
        since = utcnow() - within
        stmt = (
            select(Case)
            .join(CaseLink, CaseLink.case_id == Case.id)
            .where(
                CaseLink.user_id == user_id,
                CaseLink.remembered.is_(True) | (CaseLink.verified_at >= since),  # type: ignore[attr-defined]
            )
            .order_by(CaseLink.verified_at.desc())  # type: ignore[attr-defined]
        )
        return (await self.session.execute(stmt)).scalars().all()
