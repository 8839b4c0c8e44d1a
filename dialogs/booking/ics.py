"""The visit as a calendar entry (``.ics``), so it lands in the person's phone calendar.

Built with the ``icalendar`` package; times are UTC (every calendar app shows them in
the phone's own zone), the words are the person's language.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from dialogs.screens import Attachment

PRODID = "-//Foreigners' office assistant Poznan//booking//EN"
MIME = "text/calendar"


def visit_ics(
    *,
    uid: str,
    starts_at: datetime,
    minutes: int,
    summary: str,
    location: str,
    description: str,
    stamp: datetime,
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", starts_at)
    event.add("dtend", starts_at + timedelta(minutes=minutes))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(hours=-2))
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()


def attachment(content: bytes, filename: str, ref: str = "") -> Attachment:
    return Attachment(filename=filename, content=content, mime_type=MIME, ref=ref)
