"""The case look-up as a flow: number, then access code, then the status; and "My cases".

States (data key ``number``: the normalised case number from the first step)::

    status.number  free text: the case number            -> status.code
    status.code    free text: the access code (prepare)  -> idle, or status.number if not found

Entries: ``a:status`` / ``/start status`` (the look-up) and ``a:mine`` / ``/start mine``
("My cases"), both in the "Case status" topic. Buttons valid from anywhere (``cs:``):
``new`` (check a case), ``my`` (My cases), ``keep:<id>`` (remember a case just checked),
``forget:<id>``, ``show:<id>`` (one tap on a remembered case). The booking flow owns
``bk:go:<id>``, shown for awaiting attendance.

The number and code are checked in ``prepare``, outside the update's transaction and
once per update: it first records the attempt in its own short transaction (the limits
per person and per case hold across restarts, ``/menu`` and concurrent messages,
because the count and the insert are one serialised step in the database), then asks
the case source. A wrong number and a wrong code are one answer. Nothing here logs a
number or a code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dialogs.cases import views
from dialogs.cases.notices import Notices
from dialogs.cases.numbers import MAX_NUMBER, normalise_code, normalise_number
from dialogs.cases.source import CaseSource, LookupResult, Outcome
from dialogs.context import Context
from dialogs.flows import Flow, Prepare
from dialogs.screens import Screen
from storage import Case, Repo
from storage.models import utcnow

log = logging.getLogger(__name__)

ACTION = "status"  # the category action ``a:status`` and the deep link ``/start status``
MINE = "mine"  # "My cases": ``a:mine``, ``/start mine``
# A check is fresh enough to remember the case for this long after it.
REMEMBER_WITHIN = timedelta(hours=1)
MAX_CODE = 64
WARSAW = ZoneInfo("Europe/Warsaw")


@dataclass(frozen=True, slots=True)
class LookupLimits:
    per_person: int = 5
    person_window: timedelta = timedelta(hours=1)
    per_case: int = 10
    case_window: timedelta = timedelta(days=1)
    zone: ZoneInfo = WARSAW


@dataclass(frozen=True, slots=True)
class Checked:
    """What ``prepare`` found out: refused by the limits until ``locked_until``, or a result."""

    result: LookupResult | None = None
    locked_until: datetime | None = None


class StatusFlow:
    def __init__(
        self,
        source: CaseSource,
        notices: Notices,
        limits: LookupLimits | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.source = source
        self.notices = notices
        self.limits = limits or LookupLimits()
        self.clock = clock
        self.flow = Flow(
            "status", data_keys={"number": "the normalised case number from the first step"}
        )
        self.NUMBER = self.flow.state("number", on_text=self.on_number, free_text=True)
        self.CODE = self.flow.state(
            "code", on_text=self.on_code, free_text=True, prepare=self.check_code
        )
        self.flow.starts(ACTION, self.start)
        self.flow.starts(MINE, self.my_cases)
        self.flow.anywhere(views.VERB, self.on_button)

    # -- entry

    async def start(self, ctx: Context) -> list[Screen]:
        """The first step, or the lock-out straight away (no point typing a number then)."""
        locked = await self._locked(ctx)
        if locked is not None:
            ctx.end()
            return [locked]
        mine = await ctx.repo.cases.remembered_by(_uid(ctx))
        ctx.go(self.NUMBER)
        return [views.ask_number(ctx.t, mine)]

    async def on_number(self, ctx: Context, text: str) -> list[Screen]:
        number = normalise_number(text)
        if not number or len(number) > MAX_NUMBER:
            return [views.ask_number(ctx.t, notice=ctx.t("cs-number-invalid"))]
        ctx.move(self.CODE, number=number)
        return [views.ask_code(ctx.t, number)]

    async def my_cases(self, ctx: Context) -> list[Screen]:
        ctx.end()
        return [views.my_cases(ctx.t, await ctx.repo.cases.remembered_by(_uid(ctx)))]

    # -- the check, outside the transaction

    async def check_code(self, p: Prepare, text: str) -> Checked | None:
        number = str(p.data.get("number", ""))
        code = normalise_code(text)
        if not number or not code or len(code) > MAX_CODE:
            return None
        limits = self.limits
        async with p.db.write() as session:
            verdict = await Repo(session).cases.try_attempt(
                p.user_id,
                number,
                per_user=limits.per_person,
                user_window=limits.person_window,
                per_case=limits.per_case,
                case_window=limits.case_window,
                now=self.clock(),
            )
        if not verdict.allowed:
            log.info("case_lookup", extra={"outcome": "locked"})
            return Checked(locked_until=verdict.retry_at)
        result = await self.source.lookup(number, code)
        log.info("case_lookup", extra={"outcome": str(result.outcome)})
        return Checked(result=result)

    async def on_code(self, ctx: Context, text: str) -> list[Screen]:
        """The answer to the code; the message holding the code is deleted where possible."""
        return [replace(screen, delete_input=True) for screen in await self._answer(ctx)]

    async def _answer(self, ctx: Context) -> list[Screen]:
        checked = ctx.prepared
        if not isinstance(checked, Checked):
            return [views.ask_code(ctx.t, str(ctx.data.get("number", "")))]
        if checked.locked_until is not None:
            ctx.end()
            return [self._locked_screen(ctx, checked.locked_until)]
        result = checked.result
        assert result is not None
        if result.outcome == Outcome.UNAVAILABLE:
            ctx.end()
            return [views.unavailable(ctx.t)]
        if result.outcome == Outcome.NOT_FOUND or result.facts is None:
            ctx.move(self.NUMBER, number=None)
            return [views.not_found(ctx.t)]
        case = await self._case(ctx, str(ctx.data["number"]), result)
        if case is None:  # removed from the store between the check and now
            ctx.move(self.NUMBER, number=None)
            return [views.not_found(ctx.t)]
        assert case.id is not None
        kept = await ctx.repo.cases.link(_uid(ctx), case.id)
        ctx.end()
        return [views.result(ctx.t, case, remembered=kept, checked_now=True)]

    async def _case(self, ctx: Context, number: str, result: LookupResult) -> Case | None:
        """The case row: as stored (embedded), or the source's answer mirrored into it."""
        if not self.source.mirrors:
            return await ctx.repo.cases.by_number(number)
        facts = result.facts
        assert facts is not None
        done = await ctx.repo.cases.upsert(
            number,
            status=facts.status,
            office=facts.office,
            filed_on=facts.filed_on,
            status_since=facts.status_since,
            keep_code=True,
        )
        if done.status_changed:
            await self.notices.status_changed(ctx.repo, done.case, skip_user=_uid(ctx))
        return done.case

    # -- buttons valid anywhere

    async def on_button(self, ctx: Context, arg: str) -> list[Screen] | None:
        action, _, ident = arg.partition(":")
        if action == "new" and not ident:
            ctx.end()
            return await self.start(ctx)
        if action == "my" and not ident:
            return await self.my_cases(ctx)
        if not (ident.isascii() and ident.isdigit() and len(ident) <= 18):
            return None
        case_id = int(ident)
        case = await ctx.repo.cases.get(case_id)
        if case is None:
            return None
        user_id = _uid(ctx)
        if action == "keep":
            if not await ctx.repo.cases.verified_for(user_id, case_id, within=REMEMBER_WITHIN):
                return None
            await ctx.repo.cases.remember(user_id, case_id, True)
            return [views.remembered(ctx.t, case)]
        if action == "forget":
            await ctx.repo.cases.forget(user_id, case_id)
            return [views.forgotten(ctx.t, case)]
        if action == "show":
            if case_id not in {c.id for c in await ctx.repo.cases.remembered_by(user_id)}:
                return None
            ctx.end()
            return [views.result(ctx.t, case, remembered=True, checked_now=False)]
        return None

    # -- the limits

    async def _locked(self, ctx: Context) -> Screen | None:
        until = await ctx.repo.cases.blocked_until(
            _uid(ctx),
            per_user=self.limits.per_person,
            user_window=self.limits.person_window,
            now=self.clock(),
        )
        if until is None:
            return None
        log.info("case_lookup", extra={"outcome": "locked"})
        return self._locked_screen(ctx, until)

    def _locked_screen(self, ctx: Context, until: datetime | None) -> Screen:
        now = self.clock()
        return views.locked(ctx.t, until or now, self.limits.zone, now)


def _uid(ctx: Context) -> int:
    assert ctx.user.id is not None
    return ctx.user.id
