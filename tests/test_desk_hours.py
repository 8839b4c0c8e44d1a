"""Office hours in Warsaw time: in, out, weekends, holidays, across the DST change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dialogs.hours import WorkingHours

WEEK = {d: "08:00-16:00" for d in ("mon", "tue", "wed", "thu", "fri")} | {"sat": "", "sun": ""}
WARSAW = ZoneInfo("Europe/Warsaw")


def hours(*holidays: date) -> WorkingHours:
    return WorkingHours.parse("Europe/Warsaw", WEEK, holidays)


def test_in_and_out_of_hours_in_warsaw_time() -> None:
    monday_9 = datetime(2026, 11, 30, 9, 0, tzinfo=WARSAW)
    assert hours().is_open(monday_9)
    assert hours().is_open(monday_9.astimezone(UTC))
    assert not hours().is_open(datetime(2026, 11, 30, 16, 0, tzinfo=WARSAW))
    assert hours().next_open(monday_9) == monday_9


def test_friday_evening_waits_for_monday_and_holidays_are_skipped() -> None:
    friday = datetime(2026, 12, 4, 18, 30, tzinfo=WARSAW)
    assert hours().next_open(friday) == datetime(2026, 12, 7, 8, 0, tzinfo=WARSAW)
    christmas = hours(date(2026, 12, 24), date(2026, 12, 25))
    wednesday = datetime(2026, 12, 23, 17, 0, tzinfo=WARSAW)
    assert christmas.next_open(wednesday) == datetime(2026, 12, 28, 8, 0, tzinfo=WARSAW)


def test_before_opening_and_across_the_clock_change() -> None:
    early = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)  # 07:00 in Warsaw (winter)
    assert hours().next_open(early) == datetime(2026, 11, 30, 8, 0, tzinfo=WARSAW)
    saturday = datetime(2026, 3, 28, 12, 0, tzinfo=WARSAW)  # summer time starts on Sunday
    back = hours().next_open(saturday)
    assert back is not None
    assert back.astimezone(UTC) == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)  # 08:00 CEST


def test_no_hours_at_all_means_no_promise() -> None:
    closed = WorkingHours.parse("Europe/Warsaw", {"mon": ""})
    assert closed.next_open(datetime(2026, 11, 30, 9, 0, tzinfo=WARSAW)) is None
