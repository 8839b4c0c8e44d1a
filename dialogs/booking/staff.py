"""What staff see of the day's visits: the staff chat's ``/bookings`` and the hall's CSV.

Case numbers are masked to their last four digits: enough to match a person at the
desk with the list, too little to look a case up with.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from dialogs.booking.policy import local
from dialogs.l10n import Localizer
from storage import Visit

STAFF_LANGUAGE = "pl"
CSV_HEADER = ("office", "date", "time", "code", "case")


def mask_number(number: str) -> str:
    digits = [ch for ch in number if ch.isdigit()]
    tail = "".join(digits[-4:])
    return f"…{tail}" if tail else "…"


def day_listing(l10n: Localizer, day: date, office: str | None, visits: Sequence[Visit]) -> str:
    t = lambda msg_id, **args: l10n(STAFF_LANGUAGE, msg_id, **args)  # noqa: E731
    where = t(f"booking-office-{office}") if office else t("booking-staff-all-offices")
    lines = [
        t("booking-staff-title", date=day.strftime("%d.%m.%Y"), office=where, count=len(visits))
    ]
    for visit in visits:
        lines.append(
            t(
                "booking-staff-line",
                time=local(visit.slot.starts_at).strftime("%H:%M"),
                code=visit.booking.code,
                case=mask_number(visit.case_number),
                office=t(f"booking-office-{visit.booking.office}"),
            )
        )
    if not visits:
        lines.append(t("booking-staff-none"))
    return "\n".join(lines)


def visits_csv(visits: Sequence[Visit]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for visit in visits:
        starts = local(visit.slot.starts_at)
        writer.writerow(
            (
                visit.booking.office,
                starts.date().isoformat(),
                starts.strftime("%H:%M"),
                visit.booking.code,
                mask_number(visit.case_number),
            )
        )
    return out.getvalue()
