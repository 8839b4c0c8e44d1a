"""The inbox repository: updates stored before they are acknowledged, then handled from here.

The rules live in these statements so they hold with several workers on one database:

* ``store`` is an ``INSERT ... ON CONFLICT DO NOTHING`` on (messenger, update key): a
  redelivered update is stored once, and the caller learns it was a duplicate.
* A row is handled under a lease (``claim_token`` + ``claimed_until``), as the outbox's
  rows are sent: the worker that stored it usually takes it at once; one that dies
  leaves it ``pending`` and any worker takes it over when the lease has run out. A
  live worker renews the leases of what it is still handling.
* One person's updates are handled in order: a row is taken only while no older
  pending row of the same person is held by someone else (or by nobody yet).
* Settling a row checks the lease, so a worker that overslept it changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, func, null, or_, select, update
from sqlalchemy.orm import aliased

from storage.db import BaseRepo
from storage.models import InboxUpdate, utcnow

PENDING, DONE, GIVEN_UP = "pending", "done", "given_up"


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One stored update handed to a worker, with its lease."""

    id: int
    person: str
    payload: dict[str, Any]
    reply: dict[str, Any] | None
    attempts: int


@dataclass(frozen=True, slots=True)
class Stored:
    """What ``store`` did: ``new`` False for a redelivery; ``row`` when it is ours to handle."""

    new: bool
    row: InboxRow | None = None


class InboxRepo(BaseRepo):
    async def store(
        self,
        messenger: str,
        update_key: str,
        person: str,
        payload: dict[str, Any],
        *,
        holder: str | None,
        lease: timedelta,
    ) -> Stored:
        """Keep an update; taken by ``holder`` at once unless an older one of the person waits.

        ``holder=None`` stores it for whoever claims it next (a busy or stopping worker).
        """
        now = utcnow()
        take = holder is not None
        if take and person:
            i = InboxUpdate
            waits = select(i.id).where(
                i.messenger == messenger,
                i.person == person,
                i.status == PENDING,
                or_(i.claim_token.is_(None), i.claim_token != holder),
            )
            take = (await self.session.execute(waits.limit(1))).first() is None
        stmt = (
            self._insert(InboxUpdate)
            .values(
                messenger=messenger,
                update_key=update_key,
                person=person,
                payload=payload,
                status=PENDING,
                attempts=1 if take else 0,
                claim_token=holder if take else None,
                claimed_until=now + lease if take else None,
                created_at=now,
            )
            .on_conflict_do_nothing(index_elements=["messenger", "update_key"])
            .returning(InboxUpdate.id)
        )
        row_id = (await self.session.execute(stmt)).scalar_one_or_none()
        if row_id is None:
            return Stored(new=False)
        if not take:
            return Stored(new=True)
        return Stored(new=True, row=InboxRow(row_id, person, payload, None, 1))

    async def claim(
        self,
        messenger: str,
        *,
        holder: str,
        lease: timedelta,
        limit: int,
        now: datetime | None = None,
    ) -> list[InboxRow]:
        """Take up to ``limit`` pending rows nobody holds, at most the oldest one per person."""
        now = now or utcnow()
        i = InboxUpdate
        older = aliased(InboxUpdate)
        is_head = ~exists(
            select(older.id).where(
                older.messenger == i.messenger,
                older.person == i.person,
                older.person != "",
                older.status == PENDING,
                older.id < i.id,
            )
        )
        free = or_(i.claimed_until.is_(None), i.claimed_until < now)
        stmt = (
            select(i.id)
            .where(i.messenger == messenger, i.status == PENDING, free, is_head)
            .order_by(i.id)
            .limit(limit)
            .with_for_update(skip_locked=True, of=i)
        )
        ids = list((await self.session.execute(stmt)).scalars())
        if not ids:
            return []
        taken = (
            update(i)
            .where(i.id.in_(ids))
            .values(claim_token=holder, claimed_until=now + lease, attempts=i.attempts + 1)
            .returning(i.id, i.person, i.payload, i.reply, i.attempts)
            .execution_options(synchronize_session=False)
        )
        rows = (await self.session.execute(taken)).all()
        return sorted(
            (InboxRow(r.id, r.person, r.payload, r.reply, r.attempts) for r in rows),
            key=lambda row: row.id,
        )

    async def keep_reply(self, row_id: int, holder: str, reply: dict[str, Any]) -> bool:
        """Record the reply in the dialog's transaction; False if the lease is no longer ours."""
        return await self._settle(row_id, holder, reply=reply, keep_lease=True)

    async def finish(self, row_id: int, holder: str, *, given_up: bool = False) -> bool:
        """Handled (or given up): the text and the reply are dropped, the key stays."""
        return await self._settle(
            row_id,
            holder,
            status=GIVEN_UP if given_up else DONE,
            done_at=utcnow(),
            payload={},
            reply=null(),
        )

    async def release(self, row_id: int, holder: str, *, delay: timedelta) -> bool:
        """Not handled this time (the database or a messenger failed): again after ``delay``."""
        return await self._settle(row_id, holder, claimed_until=utcnow() + delay)

    async def renew(self, holder: str, lease: timedelta) -> int:
        """Extend the leases of everything ``holder`` is still handling."""
        i = InboxUpdate
        stmt = (
            update(i)
            .where(i.claim_token == holder, i.status == PENDING)
            .values(claimed_until=utcnow() + lease)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount

    async def pending(self, messenger: str) -> int:
        """How many updates wait to be handled (for tests and health checks)."""
        i = InboxUpdate
        stmt = select(func.count()).where(i.messenger == messenger, i.status == PENDING)
        return int((await self.session.execute(stmt)).scalar_one())

    async def prune(self, older_than: timedelta) -> int:
        """Forget handled keys older than any redelivery (the messengers' retry windows)."""
        i = InboxUpdate
        cutoff = utcnow() - older_than
        stmt = delete(i).where(and_(i.status != PENDING, i.created_at < cutoff))
        return (await self.session.execute(stmt)).rowcount

    async def _settle(
        self, row_id: int, holder: str, *, keep_lease: bool = False, **values: Any
    ) -> bool:
        i = InboxUpdate
        if not keep_lease:
            values.setdefault("claim_token", None)
            values.setdefault("claimed_until", None)
        stmt = (
            update(i)
            .where(i.id == row_id, i.claim_token == holder, i.status == PENDING)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1
