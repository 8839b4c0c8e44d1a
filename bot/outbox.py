"""The sender of the outbox: messages the bot sends on its own, for any messenger.

A staff reply or a notice is written to the ``outbox`` table in the same transaction
as whatever caused it, and this loop delivers it: so a crash, a restart or a messenger
outage delays a message but never loses it. A reply the messenger would not take right
now (flood control, an outage) is parked here too. Each channel gives a send function
(recipient, screen) -> ``SendResult`` and a ``SendPolicy`` with its limits; the rules
that must hold with several workers (one message per person at a time, in order,
within the hourly cap) are in the claim query (``storage.outbox``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from bot.config import OutboxSettings
from bot.logs import error_fields
from dialogs import Screen
from dialogs.outbox import decode_screen, queue_screens
from storage import Claimed, Database, Repo

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # transport trouble: try again with backoff
    RATE_LIMITED = "rate_limited"  # the messenger said "not now": later, attempt not counted
    UNREACHABLE = "unreachable"  # the person blocked or unsubscribed: cancel, mark them
    REJECTED = "rejected"  # the messenger refuses this message for good


@dataclass(frozen=True, slots=True)
class SendResult:
    outcome: Outcome
    message_token: str | None = None
    parts: int = 1
    error: str = ""  # a short technical code (status number, exception class), never content
    # RATE_LIMITED only: how long the messenger asked us to wait (Telegram's retry_after);
    # None: the policy's ``rate_limited_delay``.
    retry_after: float | None = None


SendFn = Callable[[str, Screen], Awaitable[SendResult]]
UnreachableFn = Callable[[str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class SendPolicy:
    """A messenger's limits and how hard to try."""

    per_user_hourly: int | None = None  # Viber: 100 unanswered messages per person an hour
    per_second: float | None = None  # an overall pace of sends (Telegram: ~30/s)
    batch_size: int = 20
    concurrency: int = 20
    poll_interval: float = 1.0
    max_attempts: int = 8
    lease: timedelta = timedelta(minutes=2)
    base_delay: float = 2.0
    max_delay: float = 900.0
    rate_limited_delay: float = 60.0
    quota_recheck: timedelta = timedelta(seconds=30)

    @classmethod
    def from_settings(
        cls,
        settings: OutboxSettings,
        *,
        per_user_hourly: int | None = None,
        per_second: float | None = None,
    ) -> SendPolicy:
        """The ``[outbox]`` section, plus the limits of one messenger."""
        return cls(
            per_user_hourly=per_user_hourly,
            per_second=per_second,
            batch_size=settings.batch_size,
            concurrency=settings.batch_size,
            poll_interval=settings.poll_interval,
            max_attempts=settings.max_attempts,
            lease=timedelta(seconds=settings.lease_seconds),
        )

    def retry_delay(self, attempts: int) -> timedelta:
        delay = min(self.max_delay, self.base_delay * 2 ** max(0, attempts - 1))
        return timedelta(seconds=delay * random.uniform(0.8, 1.2))


async def _apply_early_receipts(repo: Repo, messenger: str, message_token: str) -> None:
    """Receipts the messenger sent before we recorded the send (``storage.receipts``)."""
    for receipt, at in await repo.receipts.take(messenger, message_token):
        await repo.outbox.record_receipt(messenger, message_token, receipt, at)  # type: ignore[arg-type]


class _Pace:
    """At most ``rate`` sends a second overall, spread evenly (a burst would meet flood control)."""

    def __init__(self, rate: float | None) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        if not self._interval:
            return
        async with self._lock:
            now = time.monotonic()
            if self._next > now:
                await asyncio.sleep(self._next - now)
            self._next = max(now, self._next) + self._interval


@dataclass
class OutboxSender:
    db: Database
    messenger: str
    send: SendFn
    policy: SendPolicy = field(default_factory=SendPolicy)
    on_unreachable: UnreachableFn | None = None

    def __post_init__(self) -> None:
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._pace = _Pace(self.policy.per_second)
        self._slots = asyncio.Semaphore(self.policy.concurrency)

    def wake(self) -> None:
        """Look for due messages now (after queuing some), not at the next poll."""
        self._wake.set()

    async def park(
        self,
        recipient: str,
        screens: Sequence[Screen],
        *,
        reason: str,
        not_before: datetime | None = None,
    ) -> None:
        """Queue replies the messenger would not take right now, and look at them soon.

        The outbox keeps no files: a screen's file is dropped (logged), its words are kept.
        """
        if any(screen.file is not None for screen in screens):
            log.warning("outbox_file_dropped", extra={"messenger": self.messenger})
            screens = [replace(screen, file=None) for screen in screens]
        async with self.db.write() as session:
            await queue_screens(
                Repo(session),
                messenger=self.messenger,
                messenger_user_id=recipient,
                screens=screens,
                not_before=not_before,
            )
        log.info(
            "reply_parked",
            extra={"messenger": self.messenger, "count": len(screens), "reason": reason},
        )
        self.wake()

    async def start(self) -> None:
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._loop(), name=f"outbox-{self.messenger}")

    async def stop(self) -> None:
        """Finish the sends under way, then stop; unsent rows wait in the table."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                handled = await self.run_once()
            except Exception as exc:
                log.error(
                    "outbox_loop_failed", extra={"messenger": self.messenger, **error_fields(exc)}
                )
                handled = 0
            if handled == 0 and not self._stopping:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.policy.poll_interval)
                self._wake.clear()

    async def run_once(self) -> int:
        """Claim one batch of due messages and send them; the number of rows claimed."""
        async with self.db.write() as session:
            claimed = await Repo(session).outbox.claim(
                self.messenger,
                limit=self.policy.batch_size,
                lease=self.policy.lease,
                hourly_limit=self.policy.per_user_hourly,
                recheck=self.policy.quota_recheck,
            )
        # Every send of the batch ends before the next look (and before a stop returns),
        # even when settling one of them fails; that row waits for its lease to run out.
        outcomes = await asyncio.gather(
            *(self._deliver(row) for row in claimed), return_exceptions=True
        )
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                log.error(
                    "outbox_settle_failed",
                    extra={"messenger": self.messenger, **error_fields(outcome)},
                )
        return len(claimed)

    async def _deliver(self, row: Claimed) -> None:
        async with self._slots:
            await self._pace.wait()
            try:
                result = await self.send(row.recipient, decode_screen(row.payload))
            except Exception as exc:
                log.error(
                    "outbox_send_crashed", extra={"messenger": self.messenger, **error_fields(exc)}
                )
                result = SendResult(Outcome.RETRY, error=type(exc).__name__)
        await self._settle(row, result)

    async def _settle(self, row: Claimed, result: SendResult) -> None:
        policy = self.policy
        outcome = result.outcome
        if outcome == Outcome.RETRY and row.attempts >= policy.max_attempts:
            outcome = Outcome.REJECTED
        async with self.db.write() as session:
            outbox = Repo(session).outbox
            if outcome == Outcome.SENT:
                kept = await outbox.mark_sent(
                    row.id, row.claim_token, message_token=result.message_token, parts=result.parts
                )
                if kept and result.message_token is not None:
                    await _apply_early_receipts(Repo(session), self.messenger, result.message_token)
            elif outcome == Outcome.RETRY:
                kept = await outbox.retry_later(
                    row.id,
                    row.claim_token,
                    delay=policy.retry_delay(row.attempts),
                    error=result.error,
                )
            elif outcome == Outcome.RATE_LIMITED:
                wait = result.retry_after
                kept = await outbox.retry_later(
                    row.id,
                    row.claim_token,
                    delay=timedelta(seconds=policy.rate_limited_delay if wait is None else wait),
                    error=result.error,
                    count=False,
                )
            elif outcome == Outcome.UNREACHABLE:
                kept = await outbox.cancel(row.id, row.claim_token, error=result.error)
            else:
                kept = await outbox.give_up(row.id, row.claim_token, error=result.error)
        if not kept:
            log.warning("outbox_lease_lost", extra={"messenger": self.messenger})
        log.info(
            "outbox_settled",
            extra={
                "messenger": self.messenger,
                "outcome": str(outcome),
                "attempt": row.attempts,
                "error": result.error,
            },
        )
        if outcome == Outcome.UNREACHABLE and self.on_unreachable is not None:
            await self.on_unreachable(row.recipient)
