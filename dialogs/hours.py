"""Office hours of the staff desk: whether staff are in now, and when they are back.

Pure and zone-aware (``zoneinfo``), so a person writing on Friday evening, on a
holiday or across a DST change is told the right moment in Warsaw time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOKAHEAD_DAYS = 60  # a holiday list longer than this would be a configuration mistake


@dataclass(frozen=True, slots=True)
class WorkingHours:
    zone: ZoneInfo
    # weekday index (Monday 0) -> (opens, closes); a missing day is closed
    spans: Mapping[int, tuple[time, time]]
    holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def parse(
        cls, timezone: str, hours: Mapping[str, str], holidays: Iterable[date] = ()
    ) -> WorkingHours:
        spans: dict[int, tuple[time, time]] = {}
        for day, span in hours.items():
            if not span:
                continue
            start, _, end = span.partition("-")
            closes = time.max if end == "24:00" else time.fromisoformat(end)
            spans[WEEKDAYS.index(day)] = (time.fromisoformat(start), closes)
        return cls(ZoneInfo(timezone), spans, frozenset(holidays))

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.zone)
        span = self._span(local.date())
        return span is not None and span[0] <= local.time() < span[1]

    def next_open(self, now: datetime) -> datetime | None:
        """When staff are next in (``now`` if they are in); None if never in the lookahead."""
        if self.is_open(now):
            return now
        local = now.astimezone(self.zone)
        for offset in range(LOOKAHEAD_DAYS):
            day = local.date() + timedelta(days=offset)
            span = self._span(day)
            if span is None:
                continue
            opens = datetime.combine(day, span[0], tzinfo=self.zone)
            if opens > local:
                return opens
        return None

    def _span(self, day: date) -> tuple[time, time] | None:
        if day in self.holidays:
            return None
        return self.spans.get(day.weekday())
