"""Booking the fingerprint visit: a flow of day -> time -> check -> booked.

Who may book: a person who proved the case (number and code) recently or keeps it in
"My cases" (``cases.verified_for``), for a case in status ``awaiting_attendance``, within
``window_days`` from the day that status was set, at the case's own office. Everything
is checked again at the final tap, because a case, a slot or a proof can change while
the person looks at the calendar; the database has the last word on places and on one
booking per case (``storage.booking``). The booking, its reminders and the new state are
written in the update's one transaction: all of it happens, or none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from dialogs.booking import views
from dialogs.booking.policy import WARSAW, BookingPolicy
from dialogs.context import Context
from dialogs.flows import Flow
from dialogs.l10n import Localizer
from dialogs.outbox import queue_screens
from dialogs.screens import Attachment, Screen
from storage import (
    AWAITING_ATTENDANCE,
    AlreadyBooked,
    Booking,
    Case,
    Database,
    Repo,
    Slot,
    SlotFull,
)
from storage.booking import aware
from storage.models import utcnow

log = logging.getLogger(__name__)

SUMMONED = "repeated_summons"  # after a summons letter the office fixes the date itself
NEAREST = 3


def reminder_key(booking_id: int) -> str:
    """The outbox key prefix of a booking's reminders (``remind:<id>:<n>``)."""
    return f"remind:{booking_id}:"


def _parse_day(arg: str) -> tuple[date, int] | None:
    """``2026-12-07`` or ``2026-12-07:2`` (a page); None for anything else."""
    day_text, _, page_text = arg.partition(":")
    if page_text and not (page_text.isascii() and page_text.isdigit() and len(page_text) <= 3):
        return None
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        return None
    return day, int(page_text or 0)


def _parse_id(arg: str) -> int | None:
    return int(arg) if arg.isascii() and arg.isdigit() and len(arg) <= 18 else None


class BookingFeature:
    """The booking flow over one policy; ``flow`` goes to ``Dialogs.add_flow``."""

    def __init__(
        self,
        policy: BookingPolicy,
        *,
        db: Database | None = None,
        l10n: Localizer | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.policy = policy
        self.db = db
        self.l10n = l10n
        self.clock = clock
        flow = Flow(
            "booking",
            data_keys={
                "case_id": "the case being booked (proved by the person, checked at each step)",
                "week": "ISO date of the Monday of the week shown",
                "day": "ISO date of the day whose times are shown",
                "slot_id": "the slot chosen, shown for the final check",
                "moving": "id of the booking being moved to another time (0: a new booking)",
                "booking_id": "the booking made (a second Confirm tap shows nothing new)",
            },
        )
        self.DAY = flow.state("day", buttons={"bkw": self.on_week, "bkd": self.on_day})
        self.TIME = flow.state(
            "time", buttons={"bkw": self.on_week, "bkd": self.on_day, "bkt": self.on_time}
        )
        self.CHECK = flow.state(
            "check",
            buttons={
                "bkw": self.on_week,
                "bkd": self.on_day,
                "bkt": self.on_time,
                "bkc": self.on_confirm,
            },
        )
        self.DONE = flow.state("done", buttons={"bkc": self.on_confirm_again})
        flow.starts("book", self.start)
        flow.anywhere("bk", self.on_bk)
        self.flow = flow

    # -- entries

    async def start(self, ctx: Context) -> list[Screen]:
        """``a:book`` and ``/start book``: the person's case if they proved one, else the way."""
        user_id = ctx.user.id
        assert user_id is not None
        cases = await ctx.repo.booking.bookable_cases(user_id, self.policy.verified_within)
        if not cases:
            ctx.end()
            return [views.need_check(ctx)]
        if len(cases) == 1:
            return await self._open(ctx, cases[0])
        ctx.end()
        return [views.choose_case(ctx, cases)]

    async def on_bk(self, ctx: Context, arg: str) -> list[Screen] | None:
        verb, _, rest = arg.partition(":")
        ident = _parse_id(rest)
        if ident is None:
            return None
        if verb == "go":
            case = await self._proved_case(ctx, ident)
            if case is None:
                ctx.end()
                return [views.need_check(ctx)]
            return await self._open(ctx, case)
        if verb in {"cx", "cy", "mv"}:
            return await self._change(ctx, verb, ident)
        return None

    # -- steps

    async def on_week(self, ctx: Context, arg: str) -> list[Screen] | None:
        parsed = _parse_day(arg)
        case = await self._flow_case(ctx)
        if parsed is None or case is None:
            return None
        week, page = parsed
        return [await self._week(ctx, case, views.monday(week), page)]

    async def on_day(self, ctx: Context, arg: str) -> list[Screen] | None:
        parsed = _parse_day(arg)
        case = await self._flow_case(ctx)
        if parsed is None or case is None:
            return None
        day, page = parsed
        slots = await ctx.repo.booking.free_slots(case.office, day, after=self._earliest())
        if not slots:
            note = ctx.t("booking-just-taken-none")
            return [await self._week(ctx, case, views.monday(day), 0, note=note)]
        ctx.move(self.TIME, day=day.isoformat())
        return [views.times(ctx, day, slots, page)]

    async def on_time(self, ctx: Context, arg: str) -> list[Screen] | None:
        slot_id = _parse_id(arg)
        case = await self._flow_case(ctx)
        if slot_id is None or case is None:
            return None
        slot = await ctx.repo.booking.slot(slot_id)
        if slot is None or slot.office != case.office:
            return None
        if slot.blocked or slot.taken >= slot.capacity or aware(slot.starts_at) <= self._earliest():
            return [await self._just_taken(ctx, case, slot)]
        ctx.move(self.CHECK, slot_id=slot.id, day=slot.day.isoformat())
        return [views.check(ctx, self.policy, case, slot)]

    async def on_confirm(self, ctx: Context, arg: str) -> list[Screen] | None:
        slot_id = _parse_id(arg)
        case = await self._flow_case(ctx)
        if slot_id is None or case is None or slot_id != ctx.data.get("slot_id"):
            return None
        refusal = self._refusal(ctx, case)
        if refusal is not None:
            ctx.end()
            return [refusal]
        slot = await ctx.repo.booking.slot(slot_id)
        if slot is None or slot.office != case.office:
            return None
        if aware(slot.starts_at) <= self._earliest():
            return [await self._just_taken(ctx, case, slot)]
        moving = int(ctx.data.get("moving") or 0)
        user_id = ctx.user.id
        assert user_id is not None
        assert case.id is not None
        moved_from: tuple[Booking, Slot] | None = None
        try:
            async with ctx.repo.session.begin_nested():
                if moving:
                    moved_from = await self._cancel_for_move(ctx, moving, case)
                booking = await ctx.repo.booking.book(
                    case_id=case.id, slot_id=slot_id, user_id=user_id
                )
        except SlotFull:
            log.info("booking_slot_full")
            return [await self._just_taken(ctx, case, slot)]
        except AlreadyBooked as already:
            log.info("booking_already")
            ctx.end()
            return [await self._existing(ctx, already.booking)]
        except _TooLate:
            ctx.end()
            return [views.notice(ctx, "booking-too-late", hours=self._cutoff_hours())]
        assert booking.id is not None
        await self._queue_reminders(ctx, booking, slot)
        log.info("booking_made", extra={"office": booking.office, "moved": bool(moving)})
        ctx.move(self.DONE, booking_id=booking.id)
        office = self.policy.offices.get(booking.office)
        old = moved_from[1] if moved_from is not None else None
        return [
            views.confirmation(
                ctx, self.policy, office, booking, slot, self.clock(), moved_from=old
            )
        ]

    async def on_confirm_again(self, ctx: Context, arg: str) -> list[Screen] | None:
        """A second tap on Confirm (a double tap, an old message): booked once, said once."""
        return [views.notice(ctx, "booking-already-tap")]

    # -- cancel and move (only where the office switched them on)

    async def _change(self, ctx: Context, verb: str, booking_id: int) -> list[Screen] | None:
        booking = await ctx.repo.booking.get(booking_id)
        if booking is None or booking.status != "active":
            return None
        case = await self._proved_case(ctx, booking.case_id)
        if case is None:
            ctx.end()
            return [views.need_check(ctx)]
        allowed = self.policy.allow_reschedule if verb == "mv" else self.policy.allow_cancel
        if not allowed:
            return None
        slot = await ctx.repo.booking.slot(booking.slot_id)
        assert slot is not None
        if not self.policy.may_change(aware(slot.starts_at), self.clock()):
            ctx.end()
            return [views.notice(ctx, "booking-too-late", hours=self._cutoff_hours())]
        if verb == "cx":
            return [views.cancel_ask(ctx, booking, slot)]
        if verb == "cy":
            await ctx.repo.booking.cancel(booking_id)
            await ctx.repo.outbox.cancel_pending(
                ctx.user.messenger, dedupe_prefix=reminder_key(booking_id)
            )
            log.info("booking_cancelled", extra={"office": booking.office})
            ctx.end()
            until = views.long_date(ctx.lang, self.policy.window_end(case.status_since))
            return [views.notice(ctx, "booking-cancelled", until=until)]
        # Moving: the calendar again; the old visit goes only when the new one is booked.
        ctx.go(self.DAY, case_id=case.id, moving=booking_id)
        return [await self._week(ctx, case, None, 0)]

    async def _cancel_for_move(
        self, ctx: Context, booking_id: int, case: Case
    ) -> tuple[Booking, Slot] | None:
        booking = await ctx.repo.booking.get(booking_id)
        if booking is None or booking.case_id != case.id or booking.status != "active":
            return None
        slot = await ctx.repo.booking.slot(booking.slot_id)
        assert slot is not None
        if not self.policy.may_change(aware(slot.starts_at), self.clock()):
            raise _TooLate
        await ctx.repo.booking.cancel(booking_id)
        await ctx.repo.outbox.cancel_pending(
            ctx.user.messenger, dedupe_prefix=reminder_key(booking_id)
        )
        return booking, slot

    # -- helpers

    def _earliest(self) -> datetime:
        return self.clock() + self.policy.min_lead

    def _today(self) -> date:
        return self.clock().astimezone(WARSAW).date()

    def _cutoff_hours(self) -> int:
        return int(self.policy.change_cutoff.total_seconds() // 3600)

    async def _proved_case(self, ctx: Context, case_id: int) -> Case | None:
        user_id = ctx.user.id
        assert user_id is not None
        if not await ctx.repo.cases.verified_for(
            user_id, case_id, within=self.policy.verified_within
        ):
            return None
        return await ctx.repo.cases.get(case_id)

    async def _flow_case(self, ctx: Context) -> Case | None:
        """The case of the flow, still proved by this person (None: the button is stale)."""
        case_id = ctx.data.get("case_id")
        if not isinstance(case_id, int):
            return None
        return await self._proved_case(ctx, case_id)

    def _refusal(self, ctx: Context, case: Case) -> Screen | None:
        """Why this case cannot be booked now, or None if it can."""
        if case.office not in self.policy.offices:
            return views.notice(ctx, "booking-office-unavailable")
        if case.status == SUMMONED:
            return views.notice(ctx, "booking-summoned")
        if case.status != AWAITING_ATTENDANCE:
            return views.notice(ctx, "booking-wrong-status")
        end = self.policy.window_end(case.status_since)
        if self._today() > end:
            until = views.long_date(ctx.lang, end)
            return views.notice(
                ctx, "booking-window-closed", days=self.policy.window_days, until=until
            )
        return None

    async def _open(self, ctx: Context, case: Case) -> list[Screen]:
        """Booking for a proved case: the existing visit, a reason, or the calendar."""
        assert case.id is not None
        booked = await ctx.repo.booking.active_for_case(case.id)
        if booked is not None:
            ctx.end()
            return [await self._existing(ctx, booked)]
        refusal = self._refusal(ctx, case)
        if refusal is not None:
            ctx.end()
            log.info("booking_refused", extra={"status": case.status})
            return [refusal]
        ctx.go(self.DAY, case_id=case.id, moving=0)
        return [await self._week(ctx, case, None, 0)]

    async def _week(
        self, ctx: Context, case: Case, week: date | None, page: int, *, note: str = ""
    ) -> Screen:
        days = await ctx.repo.booking.free_days(case.office, after=self._earliest())
        if not days:
            return views.no_days(ctx, self.policy, case)
        weeks = sorted({views.monday(d.day) for d in days})
        shown = next((w for w in weeks if week is None or w >= week), weeks[-1])
        ctx.move(self.DAY, week=shown.isoformat())
        return views.week(ctx, self.policy, case, days, shown, page, note=note)

    async def _just_taken(self, ctx: Context, case: Case, slot: Slot) -> Screen:
        near = aware(slot.starts_at)
        nearest = await ctx.repo.booking.nearest_free(
            case.office, near, after=self._earliest(), limit=NEAREST
        )
        if nearest:
            ctx.move(self.TIME, day=nearest[0].day.isoformat())
        return views.just_taken(ctx, nearest)

    async def _existing(self, ctx: Context, booking: Booking) -> Screen:
        slot = await ctx.repo.booking.slot(booking.slot_id)
        assert slot is not None
        office = self.policy.offices.get(booking.office)
        return views.existing(ctx, self.policy, office, booking, slot, self.clock())

    async def _queue_reminders(self, ctx: Context, booking: Booking, slot: Slot) -> None:
        """Reminders before the visit, in the person's language, through the outbox."""
        starts = aware(slot.starts_at)
        now = self.clock()
        office = self.policy.offices.get(booking.office)
        screen = views.reminder(ctx, office, booking, slot)
        assert booking.id is not None
        for number, ahead in enumerate(self.policy.reminders):
            due = starts - ahead
            if due <= now:
                continue
            await queue_screens(
                ctx.repo,
                messenger=ctx.user.messenger,
                user_id=ctx.user.id,
                screens=[screen],
                dedupe_key=f"{reminder_key(booking.id)}{number}",
                not_before=due,
            )

    # -- the calendar file again, for a signed link (Viber)

    async def calendar(self, ref: str) -> Attachment | None:
        """The ``.ics`` named by ``booking:<id>:<lang>``, while that booking is active."""
        kind, _, rest = ref.partition(":")
        ident, _, lang = rest.partition(":")
        booking_id = _parse_id(ident)
        if kind != "booking" or booking_id is None or self.db is None or self.l10n is None:
            return None
        if lang not in self.l10n.languages:
            return None
        async with self.db.read() as session:
            repo = Repo(session)
            booking = await repo.booking.get(booking_id)
            if booking is None or booking.status != "active":
                return None
            slot = await repo.booking.slot(booking.slot_id)
        assert slot is not None
        l10n = self.l10n

        def words(msg_id: str, **args: object) -> str:
            return l10n(lang, msg_id, **args)

        office = self.policy.offices.get(booking.office)
        return views.calendar_file(words, lang, office, booking, slot, self.clock())


class _TooLate(Exception):
    """The visit being moved is too close to change online."""
