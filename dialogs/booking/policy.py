"""The booking rules as values: offices, their schedules, and the office's policy switches.

``bot.config`` reads them from ``[booking]``; ``dialogs`` sees only these dataclasses, so
the rules can be tested and benchmarked without a config file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WARSAW = ZoneInfo("Europe/Warsaw")


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    address: str = ""  # empty: not confirmed, the office tells people where to come
    address_source: str = ""
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})  # ISO: 1 = Monday
    opens: time = time(8, 30)
    closes: time = time(14, 30)
    slot_minutes: int = 15
    people_per_slot: int = 3
    closed_days: frozenset[date] = frozenset()  # holidays and days blocked in config


@dataclass(frozen=True, slots=True)
class BookingPolicy:
    offices: dict[str, Office] = field(default_factory=dict)
    window_days: int = 30
    verified_within: timedelta = timedelta(hours=24)
    min_lead: timedelta = timedelta(hours=2)
    allow_cancel: bool = False
    allow_reschedule: bool = False
    change_cutoff: timedelta = timedelta(hours=24)
    reminders: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))

    def window_end(self, status_since: date) -> date:
        """The last day on which the person may still book (the calendar then locks)."""
        return status_since + timedelta(days=self.window_days)

    def may_change(self, starts_at: datetime, now: datetime) -> bool:
        """Cancel or move allowed: far enough before the visit."""
        return starts_at - now >= self.change_cutoff


def local(moment: datetime) -> datetime:
    """A stored UTC moment as the time on the office's clock (SQLite drops the zone: UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WARSAW)
