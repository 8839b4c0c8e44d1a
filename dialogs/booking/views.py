"""The booking screens: days, times, the check before booking, the confirmation, reminders.

Dates are written the way each language writes them (Babel's CLDR names of weekdays and
months: "poniedziałek, 7.12.2026", "Monday, 7 December 2026"), times on the office's clock.
Payloads: ``bkw:<monday>[:<page>]`` a week, ``bkd:<day>[:<page>]`` a day's times, ``bkt:<slot>`` a
time, ``bkc:<slot>`` the confirmation, ``bk:go:<case>`` booking for a case,
``bk:cx:<booking>`` / ``bk:cy:<booking>`` cancel (ask, then do), ``bk:mv:<booking>`` move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from babel.dates import format_date

from dialogs.booking.ics import attachment, visit_ics
from dialogs.booking.policy import BookingPolicy, Office, local
from dialogs.booking.staff import mask_number
from dialogs.context import Context
from dialogs.screens import AnyButton, Attachment, Button, Kind, LinkButton, Screen
from dialogs.views import MAIN, paged
from storage import Booking, Case, Slot
from storage.booking import DayFree, aware

Words = Callable[..., str]

TIMES_PER_ROW = 3


# The glossary's dates (locales/GLOSSARY.md): 4.03.2027 in pl/ru/uk, 4 March 2027 in en;
# the weekday in the person's language before it, as people plan a visit by weekday.
LONG_DATE = {"en": "EEEE, d MMMM y"}
SHORT_DATE = {"en": "EEE d MMM"}


def long_date(lang: str, day: date) -> str:
    return format_date(day, LONG_DATE.get(lang, "EEEE, d.MM.y"), locale=lang)


def short_date(lang: str, day: date) -> str:
    return format_date(day, SHORT_DATE.get(lang, "EEE d.MM"), locale=lang)


def clock_time(moment: datetime) -> str:
    return local(moment).strftime("%H:%M")


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def office_name(ctx: Context, office: str) -> str:
    return ctx.t(f"booking-office-{office}")


def _menu_row(ctx: Context) -> tuple[AnyButton, ...]:
    return (Button(ctx.t("btn-main-menu"), MAIN),)


def _replace(ctx: Context) -> bool:
    return ctx.incoming.kind == Kind.BUTTON


def notice(ctx: Context, msg_id: str, **args: object) -> Screen:
    """A reason or a short answer, with the way back to the menu."""
    return Screen(
        text=ctx.t(msg_id, **args), title=ctx.t("booking-title"), buttons=(_menu_row(ctx),)
    )


def need_check(ctx: Context) -> Screen:
    return Screen(
        text=ctx.t("booking-need-check"),
        title=ctx.t("booking-title"),
        buttons=((Button(ctx.t("booking-btn-check-case"), "a:status"),), _menu_row(ctx)),
        replace=_replace(ctx),
    )


def choose_case(ctx: Context, cases: Sequence[Case]) -> Screen:
    rows: list[tuple[AnyButton, ...]] = [
        (Button(ctx.t("booking-case-label", tail=mask_number(case.number)), f"bk:go:{case.id}"),)
        for case in cases
    ]
    return Screen(
        text=ctx.t("booking-choose-case"),
        title=ctx.t("booking-title"),
        buttons=(*rows, _menu_row(ctx)),
        replace=_replace(ctx),
    )


def week(
    ctx: Context,
    policy: BookingPolicy,
    case: Case,
    days: Sequence[DayFree],
    shown: date,
    page: int,
    *,
    note: str = "",
) -> Screen:
    """The free days of the week starting ``shown``, with buttons to the weeks around it."""
    until = long_date(ctx.lang, policy.window_end(case.status_since))
    weeks = sorted({monday(d.day) for d in days})
    options: list[tuple[AnyButton, ...]] = [
        (
            Button(
                ctx.t("booking-day-label", date=short_date(ctx.lang, d.day), free=d.free),
                f"bkd:{d.day.isoformat()}",
            ),
        )
        for d in days
        if monday(d.day) == shown
    ]
    rows = paged(ctx, options, page, lambda n: f"bkw:{shown.isoformat()}:{n}")
    turn: list[AnyButton] = []
    earlier = [w for w in weeks if w < shown]
    later = [w for w in weeks if w > shown]
    if earlier:
        turn.append(Button(ctx.t("btn-week-earlier"), f"bkw:{earlier[-1].isoformat()}"))
    if later:
        turn.append(Button(ctx.t("btn-week-later"), f"bkw:{later[0].isoformat()}"))
    if turn:
        rows.append(tuple(turn))
    rows.append(_menu_row(ctx))
    text = ctx.t("booking-pick-day", office=office_name(ctx, case.office), until=until)
    if note:
        text = f"{note}\n\n{text}"
    return Screen(
        text=text, title=ctx.t("booking-title"), buttons=tuple(rows), replace=_replace(ctx)
    )


def no_days(ctx: Context, policy: BookingPolicy, case: Case) -> Screen:
    until = long_date(ctx.lang, policy.window_end(case.status_since))
    return notice(ctx, "booking-no-days", until=until)


def _time_rows(slots: Sequence[Slot]) -> list[tuple[AnyButton, ...]]:
    buttons = [Button(clock_time(slot.starts_at), f"bkt:{slot.id}") for slot in slots]
    return [tuple(buttons[i : i + TIMES_PER_ROW]) for i in range(0, len(buttons), TIMES_PER_ROW)]


def times(ctx: Context, day: date, slots: Sequence[Slot], page: int) -> Screen:
    rows = paged(ctx, _time_rows(slots), page, lambda n: f"bkd:{day.isoformat()}:{n}")
    rows.append((Button(ctx.t("booking-btn-other-day"), f"bkw:{monday(day).isoformat()}"),))
    rows.append(_menu_row(ctx))
    return Screen(
        text=ctx.t("booking-pick-time", date=long_date(ctx.lang, day)),
        title=ctx.t("booking-title"),
        buttons=tuple(rows),
        replace=_replace(ctx),
    )


def just_taken(ctx: Context, nearest: Sequence[Slot]) -> Screen:
    """The chosen time went to someone else meanwhile: the nearest free ones instead."""
    if not nearest:
        return notice(ctx, "booking-just-taken-none")
    lines = [ctx.t("booking-just-taken")]
    rows: list[tuple[AnyButton, ...]] = []
    for slot in nearest:
        label = f"{short_date(ctx.lang, slot.day)} {clock_time(slot.starts_at)}"
        rows.append((Button(label, f"bkt:{slot.id}"),))
    rows.append(
        (Button(ctx.t("booking-btn-other-day"), f"bkw:{monday(nearest[0].day).isoformat()}"),)
    )
    rows.append(_menu_row(ctx))
    return Screen(text="\n".join(lines), title=ctx.t("booking-title"), buttons=tuple(rows))


def check(ctx: Context, policy: BookingPolicy, case: Case, slot: Slot) -> Screen:
    text = ctx.t(
        "booking-confirm",
        date=long_date(ctx.lang, slot.day),
        time=clock_time(slot.starts_at),
        office=office_name(ctx, case.office),
    )
    if policy.allow_cancel or policy.allow_reschedule:
        hours = int(policy.change_cutoff.total_seconds() // 3600)
        text += "\n\n" + ctx.t("booking-confirm-changes", hours=hours)
    else:
        text += "\n\n" + ctx.t("booking-confirm-once")
    return Screen(
        text=text,
        title=ctx.t("booking-title"),
        buttons=(
            (Button(ctx.t("booking-btn-confirm"), f"bkc:{slot.id}"),),
            (
                Button(ctx.t("booking-btn-other-time"), f"bkd:{slot.day.isoformat()}"),
                Button(ctx.t("booking-btn-other-day"), f"bkw:{monday(slot.day).isoformat()}"),
            ),
            _menu_row(ctx),
        ),
        replace=_replace(ctx),
    )


def _address(ctx: Context, office: Office | None) -> str:
    if office is None or not office.address:
        return ctx.t("booking-address-unconfirmed")
    return office.address


def _visit(ctx: Context, office: Office | None, booking: Booking, slot: Slot) -> dict[str, str]:
    """The words of a booked visit, as the confirmation and the reminder both say them."""
    return {
        "date": long_date(ctx.lang, slot.day),
        "time": clock_time(slot.starts_at),
        "office": office_name(ctx, booking.office),
        "address": _address(ctx, office),
        "code": booking.code,
    }


def details(ctx: Context, office: Office | None, booking: Booking, slot: Slot) -> str:
    lines = [
        ctx.t("booking-details", **_visit(ctx, office, booking, slot)),
        ctx.t("booking-bring", code=booking.code),
    ]
    if booking.office == "poznan":
        lines.append(ctx.t("booking-hall-poznan"))
    return "\n\n".join(lines)


def _visit_buttons(
    ctx: Context,
    policy: BookingPolicy,
    office: Office | None,
    booking: Booking,
    slot: Slot,
    now: datetime,
) -> tuple[tuple[AnyButton, ...], ...]:
    rows: list[tuple[AnyButton, ...]] = []
    if office is not None and office.address_source:
        rows.append((LinkButton(ctx.t("btn-address-page"), office.address_source),))
    changes: list[AnyButton] = []
    if policy.may_change(aware(slot.starts_at), now):
        if policy.allow_reschedule:
            changes.append(Button(ctx.t("booking-btn-move"), f"bk:mv:{booking.id}"))
        if policy.allow_cancel:
            changes.append(Button(ctx.t("booking-btn-cancel"), f"bk:cx:{booking.id}"))
    if changes:
        rows.append(tuple(changes))
    rows.append(_menu_row(ctx))
    return tuple(rows)


def _policy_line(ctx: Context, policy: BookingPolicy) -> str:
    if policy.allow_cancel or policy.allow_reschedule:
        hours = int(policy.change_cutoff.total_seconds() // 3600)
        return ctx.t("booking-confirm-changes", hours=hours)
    return ctx.t("booking-fixed")


def calendar_file(
    t: Words, lang: str, office: Office | None, booking: Booking, slot: Slot, stamp: datetime
) -> Attachment:
    """The ``.ics`` of a visit in ``lang`` (``t`` gives the words in it)."""
    content = visit_ics(
        uid=f"booking-{booking.id}@wsc-assistant",
        starts_at=aware(slot.starts_at),
        minutes=slot.minutes,
        summary=t("booking-ics-summary", office=t(f"booking-office-{booking.office}")),
        location=office.address if office is not None else "",
        description=t("booking-ics-description", code=booking.code),
        stamp=stamp,
    )
    name = f"visit-{slot.day.isoformat()}.ics"
    return attachment(content, name, ref=f"booking:{booking.id}:{lang}")


def confirmation(
    ctx: Context,
    policy: BookingPolicy,
    office: Office | None,
    booking: Booking,
    slot: Slot,
    now: datetime,
    *,
    moved_from: Slot | None = None,
) -> Screen:
    parts = []
    if moved_from is not None:
        old_slot = moved_from
        parts.append(
            ctx.t(
                "booking-moved-from",
                date=long_date(ctx.lang, old_slot.day),
                time=clock_time(old_slot.starts_at),
            )
        )
    parts += [details(ctx, office, booking, slot), _policy_line(ctx, policy)]
    parts.append(ctx.t("booking-file-hint"))
    return Screen(
        text="\n\n".join(parts),
        title=ctx.t("booking-confirmed-title"),
        buttons=_visit_buttons(ctx, policy, office, booking, slot, now),
        file=calendar_file(ctx.t, ctx.lang, office, booking, slot, now),
    )


def existing(
    ctx: Context,
    policy: BookingPolicy,
    office: Office | None,
    booking: Booking,
    slot: Slot,
    now: datetime,
) -> Screen:
    text = "\n\n".join(
        [ctx.t("booking-already"), details(ctx, office, booking, slot), _policy_line(ctx, policy)]
    )
    return Screen(
        text=text,
        title=ctx.t("booking-title"),
        buttons=_visit_buttons(ctx, policy, office, booking, slot, now),
        replace=_replace(ctx),
    )


def cancel_ask(ctx: Context, booking: Booking, slot: Slot) -> Screen:
    return Screen(
        text=ctx.t(
            "booking-cancel-ask",
            date=long_date(ctx.lang, slot.day),
            time=clock_time(slot.starts_at),
        ),
        title=ctx.t("booking-title"),
        buttons=(
            (
                Button(ctx.t("booking-btn-cancel-yes"), f"bk:cy:{booking.id}"),
                Button(ctx.t("booking-btn-keep"), f"bk:go:{booking.case_id}"),
            ),
            _menu_row(ctx),
        ),
        replace=_replace(ctx),
    )


def reminder(ctx: Context, office: Office | None, booking: Booking, slot: Slot) -> Screen:
    return Screen(
        text=ctx.t("booking-reminder", **_visit(ctx, office, booking, slot)),
        title=ctx.t("booking-reminder-title"),
        buttons=(_menu_row(ctx),),
    )
