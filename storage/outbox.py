"""The outbox repository: queue, claim and settle the messages the bot sends on its own.

The rules live in the claim query so they hold with several workers on one database:

* A row is claimed only while no unfinished row of its person comes before it, so one
  person's messages go out one at a time and in order, and the hourly count below is
  never raced by a second worker. "Before" is by ``scheduled_at`` (when the message is
  meant to go out), then by id: a reminder queued for the day after tomorrow does not
  hold back a reply due now, while replies parked behind flood control keep theirs.
* PostgreSQL workers lock candidates with ``FOR UPDATE SKIP LOCKED`` (a row one worker
  holds is simply skipped by the others); SQLite has one writer at a time anyway
  (``BEGIN IMMEDIATE``, see ``storage.db``), so the same statements are safe there.
* A claim is a lease: a worker that dies mid-send leaves ``sending`` with an expired
  ``claimed_until``, and the row is claimed again. Settling a row checks the lease's
  ``claim_token``, so a worker that overslept its lease cannot overwrite the outcome.
* A messenger may cap messages a person has not answered (Viber: 100 an hour, reset
  when the person writes). The count is the parts sent since the later of the person's
  last message (``users.last_seen``) and one hour ago.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import and_, case, delete, exists, func, or_, select, update
from sqlalchemy.orm import aliased

from storage.db import BaseRepo
from storage.models import OutboxMessage, User, utcnow

PENDING, SENDING, SENT = "pending", "sending", "sent"
DELIVERED, SEEN, FAILED = "delivered", "seen", "failed"
GIVEN_UP, CANCELLED = "given_up", "cancelled"
UNFINISHED = (PENDING, SENDING)
Receipt = Literal["delivered", "seen", "failed"]

QUOTA_WINDOW = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Claimed:
    """One row handed to a worker: whom to send what, and the lease that proves it is ours."""

    id: int
    user_id: int
    recipient: str
    payload: dict[str, Any]
    attempts: int
    claim_token: str


class OutboxRepo(BaseRepo):
    async def enqueue(
        self,
        user_id: int,
        messenger: str,
        payload: dict[str, Any],
        *,
        dedupe_key: str | None = None,
        not_before: datetime | None = None,
    ) -> int | None:
        """Queue one message; with ``dedupe_key`` a second enqueue of the same key is a no-op.

        Returns the row id, or None when the key was already queued (e.g. a staff
        message relayed twice after a redelivered Telegram update).
        """
        now = utcnow()
        stmt = (
            self._insert(OutboxMessage)
            .values(
                user_id=user_id,
                messenger=messenger,
                payload=payload,
                dedupe_key=dedupe_key,
                status=PENDING,
                attempts=0,
                parts=0,
                next_attempt_at=not_before or now,
                scheduled_at=not_before or now,
                created_at=now,
            )
            .on_conflict_do_nothing(index_elements=["messenger", "dedupe_key"])
            .returning(OutboxMessage.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def claim(
        self,
        messenger: str,
        *,
        limit: int,
        lease: timedelta,
        hourly_limit: int | None = None,
        recheck: timedelta = timedelta(seconds=30),
        now: datetime | None = None,
        subscribed_only: bool = True,
    ) -> list[Claimed]:
        """Lease up to ``limit`` due rows, at most one per person, oldest first.

        Rows of people who unsubscribed are cancelled on the way (unless
        ``subscribed_only`` is off: the staff desk's lane writes *about* a person, to
        staff, and must say so even when the person blocked the bot); a person at the
        hourly cap has their next row put back until a slot frees (or ``recheck``, so a
        message from them, which resets the count, is noticed soon).
        """
        now = now or utcnow()
        o = OutboxMessage
        older = aliased(OutboxMessage)
        is_head = ~exists(
            select(older.id).where(
                older.user_id == o.user_id,
                older.status.in_(UNFINISHED),
                _comes_before(older, o),
            )
        )
        due = or_(
            and_(o.status == PENDING, o.next_attempt_at <= now),
            and_(o.status == SENDING, o.claimed_until < now),
        )
        stmt = (
            select(o.id, o.user_id, User.messenger_user_id, User.subscribed, User.last_seen)
            .join(User, User.id == o.user_id)
            .where(o.messenger == messenger, due, is_head)
            .order_by(o.id)
            .limit(limit)
            .with_for_update(skip_locked=True, of=o)
        )
        candidates = (await self.session.execute(stmt)).all()
        if not candidates:
            return []

        used: dict[int, tuple[int, datetime | None]] = {}
        if hourly_limit is not None:
            used = await self._quota_used({(row.user_id, row.last_seen) for row in candidates}, now)

        token = secrets.token_hex(16)
        claimed_ids: list[int] = []
        for row in candidates:
            if subscribed_only and not row.subscribed:
                await self._cancel_all(row.user_id, now, messenger)
                continue
            count, oldest = used.get(row.user_id, (0, None))
            if hourly_limit is not None and count >= hourly_limit:
                frees = (oldest + QUOTA_WINDOW) if oldest is not None else now + recheck
                # Also a row a dead worker left ``sending``: else it stays due every poll.
                await self._set(
                    row.id,
                    status=PENDING,
                    claim_token=None,
                    claimed_until=None,
                    next_attempt_at=min(frees, now + recheck),
                )
                continue
            claimed_ids.append(row.id)
        if not claimed_ids:
            return []
        stmt_claim = (
            update(o)
            .where(o.id.in_(claimed_ids))
            .values(
                status=SENDING,
                claim_token=token,
                claimed_until=now + lease,
                attempts=o.attempts + 1,
            )
            .returning(o.id, o.user_id, o.payload, o.attempts)
            .execution_options(synchronize_session=False)
        )
        rows = {row.id: row for row in (await self.session.execute(stmt_claim)).all()}
        recipients = {row.id: row.messenger_user_id for row in candidates}
        return [
            Claimed(
                id=row_id,
                user_id=rows[row_id].user_id,
                recipient=recipients[row_id],
                payload=rows[row_id].payload,
                attempts=rows[row_id].attempts,
                claim_token=token,
            )
            for row_id in claimed_ids
        ]

    async def _quota_used(
        self, users: set[tuple[int, datetime]], now: datetime
    ) -> dict[int, tuple[int, datetime | None]]:
        """Per person: parts sent since they last wrote (within the hour), and the oldest send."""
        out: dict[int, tuple[int, datetime | None]] = {}
        hour_ago = now - QUOTA_WINDOW
        for user_id, last_seen in users:
            since = max(hour_ago, _aware(last_seen)) if last_seen is not None else hour_ago
            stmt = select(
                func.coalesce(func.sum(OutboxMessage.parts), 0), func.min(OutboxMessage.sent_at)
            ).where(
                OutboxMessage.user_id == user_id,
                OutboxMessage.sent_at.is_not(None),
                OutboxMessage.sent_at >= since,
            )
            count, oldest = (await self.session.execute(stmt)).one()
            out[user_id] = (int(count), _aware(oldest) if oldest is not None else None)
        return out

    async def _cancel_all(self, user_id: int, now: datetime, messenger: str) -> None:
        """The person cannot be written to: none of their waiting messages will go."""
        o = OutboxMessage
        abandoned = and_(o.status == SENDING, o.claimed_until < now)
        stmt = (
            update(o)
            .where(
                o.user_id == user_id,
                o.messenger == messenger,
                or_(o.status == PENDING, abandoned),
            )
            .values(status=CANCELLED, last_error="unsubscribed")
            .execution_options(synchronize_session=False)
        )
        await self.session.execute(stmt)

    async def _set(self, row_id: int, **values: Any) -> None:
        stmt = (
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        await self.session.execute(stmt)

    async def _settle(self, row_id: int, claim_token: str, **values: Any) -> bool:
        """Change a claimed row only if our lease still holds it."""
        stmt = (
            update(OutboxMessage)
            .where(
                OutboxMessage.id == row_id,
                OutboxMessage.status == SENDING,
                OutboxMessage.claim_token == claim_token,
            )
            .values(claim_token=None, claimed_until=None, **values)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1

    async def mark_sent(
        self, row_id: int, claim_token: str, *, message_token: str | None, parts: int
    ) -> bool:
        return await self._settle(
            row_id,
            claim_token,
            status=SENT,
            sent_at=utcnow(),
            message_token=message_token,
            parts=parts,
            last_error=None,
        )

    async def retry_later(
        self, row_id: int, claim_token: str, *, delay: timedelta, error: str, count: bool = True
    ) -> bool:
        """Back to ``pending`` after ``delay``; ``count=False`` hands the attempt back."""
        values: dict[str, Any] = {
            "status": PENDING,
            "next_attempt_at": utcnow() + delay,
            "last_error": error[:64],
        }
        if not count:
            values["attempts"] = OutboxMessage.attempts - 1
        return await self._settle(row_id, claim_token, **values)

    async def give_up(self, row_id: int, claim_token: str, *, error: str) -> bool:
        return await self._settle(row_id, claim_token, status=GIVEN_UP, last_error=error[:64])

    async def cancel(self, row_id: int, claim_token: str, *, error: str) -> bool:
        return await self._settle(row_id, claim_token, status=CANCELLED, last_error=error[:64])

    async def record_receipt(
        self, messenger: str, message_token: str, receipt: Receipt, at: datetime | None = None
    ) -> bool:
        """A delivery callback for a message we sent; False when the token is not an outbox row.

        Callbacks may arrive out of order (``seen`` before ``delivered``); each keeps its
        own time, and the status only moves forward: sent < delivered < seen, or failed.
        """
        at = at or utcnow()
        o = OutboxMessage
        if receipt == DELIVERED:
            values: dict[str, Any] = {
                "delivered_at": func.coalesce(o.delivered_at, at),
                "status": case((o.status == SENT, DELIVERED), else_=o.status),
            }
        elif receipt == SEEN:
            values = {
                "seen_at": func.coalesce(o.seen_at, at),
                "status": case((o.status.in_((SENT, DELIVERED)), SEEN), else_=o.status),
            }
        else:
            values = {
                "failed_at": func.coalesce(o.failed_at, at),
                "status": case((o.status.in_((SENT, DELIVERED)), FAILED), else_=o.status),
            }
        stmt = (
            update(o)
            .where(o.messenger == messenger, o.message_token == message_token)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount > 0

    async def waiting(self, messenger: str, messenger_user_id: str) -> bool:
        """Whether messages meant to go out by now are not sent yet: a reply goes after them.

        Messages scheduled for later (a reminder) do not count: a reply sent now is
        already in its place before them.
        """
        stmt = (
            select(OutboxMessage.id)
            .join(User, User.id == OutboxMessage.user_id)
            .where(
                User.messenger == messenger,
                User.messenger_user_id == messenger_user_id,
                OutboxMessage.status.in_(UNFINISHED),
                OutboxMessage.scheduled_at <= utcnow(),
            )
            .limit(1)
        )
        return (await self.session.execute(stmt)).first() is not None

    async def cancel_pending(self, messenger: str, *, dedupe_prefix: str) -> int:
        """Cancel the messages not yet sent whose dedupe key starts with ``dedupe_prefix``.

        A feature names its messages by key (``remind:<booking>:24h``), so it can take
        back what it queued (a cancelled booking's reminders). A row being sent right
        now is left to finish. Returns how many were cancelled.
        """
        escaped = dedupe_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = (
            update(OutboxMessage)
            .where(
                OutboxMessage.messenger == messenger,
                OutboxMessage.status == PENDING,
                OutboxMessage.dedupe_key.like(f"{escaped}%", escape="\\"),
            )
            .values(status=CANCELLED, last_error="cancelled")
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount

    async def prune(self, older_than: timedelta) -> int:
        """Forget finished rows older than ``older_than`` (the staff desk keeps its own history)."""
        cutoff = utcnow() - older_than
        stmt = delete(OutboxMessage).where(
            OutboxMessage.status.not_in(UNFINISHED), OutboxMessage.created_at < cutoff
        )
        return (await self.session.execute(stmt)).rowcount


def _comes_before(first: Any, second: Any) -> Any:
    """``first`` goes out before ``second``: meant for earlier, or queued earlier for then."""
    return or_(
        first.scheduled_at < second.scheduled_at,
        and_(first.scheduled_at == second.scheduled_at, first.id < second.id),
    )


def _aware(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they are all UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
