"""Staff tasks around visits: the policy from settings, slots, blocked days, the hall's list.

``python -m bot slots generate --days N``, ``python -m bot slots block --date D --office O``
and ``python -m bot bookings export --date D [--office O]`` run these; the staff chat's
``/bookings`` (``bot.staff.bookings``) reads the same list.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from bot.config import BookingSettings, Settings
from dialogs.booking.policy import WARSAW, BookingPolicy, Office
from dialogs.booking.schedule import plan
from dialogs.booking.staff import visits_csv
from storage import Database, Repo

log = logging.getLogger(__name__)

BATCH = 500  # slots per INSERT (SQLite allows 32766 parameters a statement)


def booking_policy(settings: BookingSettings) -> BookingPolicy:
    public = set(settings.public_holidays)
    offices = {
        office_id: Office(
            id=office_id,
            address=office.address.strip(),
            address_source=str(office.address_source or ""),
            weekdays=frozenset(office.weekdays),
            opens=office.opens,
            closes=office.closes,
            slot_minutes=office.slot_minutes,
            people_per_slot=office.people_per_slot,
            closed_days=frozenset(public | set(office.holidays) | set(office.blocked_days)),
        )
        for office_id, office in settings.offices.items()
    }
    return BookingPolicy(
        offices=offices,
        window_days=settings.window_days,
        verified_within=timedelta(hours=settings.verified_hours),
        min_lead=timedelta(hours=settings.min_lead_hours),
        allow_cancel=settings.allow_cancel,
        allow_reschedule=settings.allow_reschedule,
        change_cutoff=timedelta(hours=settings.change_cutoff_hours),
        reminders=tuple(timedelta(hours=h) for h in sorted(settings.reminder_hours, reverse=True)),
    )


def today() -> date:
    return datetime.now(WARSAW).date()


@dataclass(frozen=True, slots=True)
class Generated:
    office: str
    created: int
    existing: int


async def generate_slots(
    db: Database, policy: BookingPolicy, days: int, *, first: date | None = None
) -> list[Generated]:
    """Create the slots of the next ``days`` days at every office; again is harmless."""
    first = first or today()
    out: list[Generated] = []
    for office in policy.offices.values():
        async with db.write() as session:
            repo = Repo(session).booking
            closed = await repo.blocked_days(office.id)
            planned = [asdict(slot) for slot in plan(office, first, days, closed)]
            created = 0
            for start in range(0, len(planned), BATCH):
                created += await repo.add_slots(planned[start : start + BATCH])
            existing = len(planned) - created
        out.append(Generated(office.id, created, existing))
        log.info("slots_generated", extra={"office": office.id, "slots": created})
    return out


async def block_day(db: Database, office: str, day: date) -> int:
    """Close ``day`` at ``office``; the number of visits already booked there (to call)."""
    async with db.write() as session:
        booked = await Repo(session).booking.block_day(office, day)
    log.info("day_blocked", extra={"office": office, "booked": booked})
    return booked


async def export_visits(db: Database, day: date, office: str | None) -> tuple[str, int]:
    """The day's visits as CSV for the hall, and how many there are."""
    async with db.read() as session:
        visits = await Repo(session).booking.visits(day, office)
    return visits_csv(visits), len(visits)


def policy_of(settings: Settings) -> BookingPolicy:
    return booking_policy(settings.booking)
