"""Which slots an office's schedule has on which days (``python -m bot slots generate``).

Times are the office's wall clock (Europe/Warsaw) turned into UTC moments, so a slot
at 08:30 stays at 08:30 across the change to and from summer time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dialogs.booking.policy import WARSAW, Office


@dataclass(frozen=True, slots=True)
class PlannedSlot:
    office: str
    day: date
    starts_at: datetime  # UTC
    minutes: int
    capacity: int


def plan(
    office: Office, first: date, days: int, closed: set[date] | None = None
) -> Iterator[PlannedSlot]:
    """The slots of ``days`` days from ``first``, skipping weekdays off and closed days."""
    shut = set(office.closed_days) | (closed or set())
    step = timedelta(minutes=office.slot_minutes)
    for offset in range(days):
        day = first + timedelta(days=offset)
        if day.isoweekday() not in office.weekdays or day in shut:
            continue
        start = datetime.combine(day, office.opens, WARSAW)
        end = datetime.combine(day, office.closes, WARSAW)
        while start + step <= end:
            yield PlannedSlot(
                office=office.id,
                day=day,
                starts_at=start.astimezone(UTC),
                minutes=office.slot_minutes,
                capacity=office.people_per_slot,
            )
            start += step
