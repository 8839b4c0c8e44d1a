"""The staff desk's tables: tickets, one forum topic per person, message pairs, bans.

The rules that must hold when several workers handle a person's messages and staff
actions at once are constraints, not ``if``s: one unfinished ticket per person (a
partial unique index), one topic per person (the primary key) and per thread (a unique
key), a rating between 1 and 5 (a CHECK). Status changes are conditional UPDATEs, so
two staff members closing one ticket at once close it once.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    Index,
    UniqueConstraint,
    delete,
    exists,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import aliased
from sqlmodel import Field, SQLModel

from storage.db import BaseRepo
from storage.models import BIG_ID, OutboxMessage, utcnow

WAITING, OPEN, CLOSED = "waiting", "open", "closed"
TO_STAFF, TO_PERSON, CARD = "in", "out", "card"
_ACTIVE = text("status != 'closed'")


def _ts(*, nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_type=DateTime(timezone=True))
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Ticket(SQLModel, table=True):
    """One question of a person to staff; its ``id`` is the number people and staff quote."""

    __tablename__ = "desk_tickets"
    __table_args__ = (
        CheckConstraint("status IN ('waiting', 'open', 'closed')", name="ck_desk_ticket_status"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="ck_desk_ticket_rating"),
        Index(
            "uq_desk_ticket_active",
            "user_id",
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        ),
        Index("ix_desk_ticket_opened", "opened_at"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id")
    status: str = Field(default=WAITING, max_length=8)
    language: str = Field(max_length=8)
    messenger: str = Field(max_length=16)
    category: str | None = Field(default=None, max_length=64)
    last_entry: str | None = Field(default=None, max_length=64)
    opened_at: datetime = _ts()
    first_reply_at: datetime | None = _ts(nullable=True)
    closed_at: datetime | None = _ts(nullable=True)
    closed_by: str | None = Field(default=None, max_length=8)
    rating: int | None = None
    # The header card as staff saw it (a messenger-neutral screen), posted again when
    # staff delete the topic and the next message recreates it.
    card: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))

    @property
    def number(self) -> int:
        assert self.id is not None
        return self.id


class StaffTopic(SQLModel, table=True):
    """Where a person's tickets are discussed: a forum topic (or, without topics, the chat).

    ``unreachable_noted`` makes "this person blocked the bot" appear in the topic once.
    """

    __tablename__ = "desk_topics"
    __table_args__ = (UniqueConstraint("chat_id", "thread_id", name="uq_desk_topic_thread"),)

    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id", primary_key=True)
    chat_id: int = Field(sa_type=BigInteger)
    thread_id: int | None = Field(default=None, sa_type=BigInteger)
    title: str = Field(default="", max_length=128)
    unreachable_noted: bool = False
    created_at: datetime = _ts()


class DeskMessage(SQLModel, table=True):
    """A pair: a message on the person's side and its copy in the staff chat.

    ``direction``: ``in`` (the person wrote, staff see a copy), ``out`` (staff wrote,
    the person got a copy), ``card`` (a ticket's header card, no person-side message).
    The person-side id is a string: Telegram message ids and Viber message tokens both fit.
    """

    __tablename__ = "desk_messages"
    __table_args__ = (
        Index("ix_desk_message_staff", "staff_message_id"),
        Index("ix_desk_message_person", "user_id", "person_message_id"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    ticket_id: int = Field(sa_type=BigInteger, foreign_key="desk_tickets.id")
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id")
    direction: str = Field(max_length=4)
    person_message_id: str | None = Field(default=None, max_length=64)
    staff_message_id: int | None = Field(default=None, sa_type=BigInteger)
    created_at: datetime = _ts()


class Ban(SQLModel, table=True):
    """A person whose messages no longer reach staff (they get one polite fixed reply)."""

    __tablename__ = "desk_bans"

    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id", primary_key=True)
    banned_by: int = Field(sa_type=BigInteger)
    banned_at: datetime = _ts()


@dataclass(frozen=True, slots=True)
class DeskStats:
    opened: int
    closed: int
    median_first_reply_seconds: float | None
    ratings: dict[int, int]


class DeskRepo(BaseRepo):
    # -- tickets

    async def open_ticket(
        self,
        user_id: int,
        *,
        language: str,
        messenger: str,
        category: str | None = None,
        last_entry: str | None = None,
    ) -> tuple[Ticket, bool]:
        """The person's unfinished ticket, opened now if there is none; (ticket, is new).

        An upsert on the partial unique index: two messages racing to open a ticket
        yield one.
        """
        stmt = (
            self._insert(Ticket)
            .values(
                user_id=user_id,
                status=WAITING,
                language=language,
                messenger=messenger,
                category=category,
                last_entry=last_entry,
                opened_at=utcnow(),
            )
            .on_conflict_do_nothing(index_elements=["user_id"], index_where=_ACTIVE)
            .returning(Ticket.id)
        )
        new_id = (await self.session.execute(stmt)).scalar_one_or_none()
        ticket = await self.active_ticket(user_id)
        assert ticket is not None
        return ticket, new_id is not None

    async def get(self, ticket_id: int) -> Ticket | None:
        return await self.session.get(Ticket, ticket_id, populate_existing=True)

    async def active_ticket(self, user_id: int) -> Ticket | None:
        stmt = select(Ticket).where(Ticket.user_id == user_id, Ticket.status != CLOSED)
        return (
            await self.session.execute(stmt.execution_options(populate_existing=True))
        ).scalar_one_or_none()

    async def latest_ticket(self, user_id: int) -> Ticket | None:
        stmt = (
            select(Ticket)
            .where(Ticket.user_id == user_id)
            .order_by(Ticket.id.desc())
            .limit(1)
            .execution_options(populate_existing=True)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def set_card(self, ticket_id: int, card: dict[str, Any]) -> None:
        stmt = (
            update(Ticket)
            .where(Ticket.id == ticket_id)
            .values(card=card)
            .execution_options(synchronize_session=False)
        )
        await self.session.execute(stmt)

    async def first_reply(self, ticket_id: int) -> bool:
        """``waiting`` -> ``open`` at staff's first answer; False if it was not waiting."""
        stmt = (
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.status == WAITING)
            .values(status=OPEN, first_reply_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1

    async def close(self, ticket_id: int, *, by: str) -> bool:
        """Close once: a second close (a double tap, two staff members) changes nothing."""
        stmt = (
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.status != CLOSED)
            .values(status=CLOSED, closed_at=utcnow(), closed_by=by[:8])
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1

    async def reopen(self, ticket_id: int) -> bool:
        """A closed ticket open again, unless the person has another unfinished one."""
        other = aliased(Ticket)
        stmt = (
            update(Ticket)
            .where(
                Ticket.id == ticket_id,
                Ticket.status == CLOSED,
                ~exists(
                    select(other.id).where(other.user_id == Ticket.user_id, other.status != CLOSED)
                ),
            )
            .values(status=OPEN, closed_at=None, closed_by=None, rating=None)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1

    async def rate(self, ticket_id: int, user_id: int, rating: int) -> bool:
        """The person's 1-5 for a closed ticket of theirs; the first rating counts."""
        if not 1 <= rating <= 5:
            return False
        stmt = (
            update(Ticket)
            .where(
                Ticket.id == ticket_id,
                Ticket.user_id == user_id,
                Ticket.status == CLOSED,
                Ticket.rating.is_(None),  # type: ignore[union-attr]
            )
            .values(rating=rating)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1

    async def unfinished(self, limit: int = 50) -> list[Ticket]:
        """Tickets not closed, oldest first (what staff owe answers to)."""
        stmt = (
            select(Ticket)
            .where(Ticket.status != CLOSED)
            .order_by(Ticket.opened_at, Ticket.id)
            .limit(limit)
        )
        return list((await self.session.execute(stmt)).scalars())

    async def stats(self, since: datetime) -> DeskStats:
        opened = (
            await self.session.execute(
                select(func.count()).select_from(Ticket).where(Ticket.opened_at >= since)
            )
        ).scalar_one()
        closed = (
            await self.session.execute(
                select(func.count())
                .select_from(Ticket)
                .where(Ticket.closed_at.is_not(None), Ticket.closed_at >= since)  # type: ignore[union-attr]
            )
        ).scalar_one()
        rows = (
            await self.session.execute(
                select(Ticket.opened_at, Ticket.first_reply_at).where(
                    Ticket.opened_at >= since,
                    Ticket.first_reply_at.is_not(None),  # type: ignore[union-attr]
                )
            )
        ).all()
        waits = [(_aware(reply) - _aware(opened)).total_seconds() for opened, reply in rows]
        ratings = dict.fromkeys(range(1, 6), 0)
        for rating, count in (
            await self.session.execute(
                select(Ticket.rating, func.count())
                .where(Ticket.opened_at >= since, Ticket.rating.is_not(None))  # type: ignore[union-attr]
                .group_by(Ticket.rating)
            )
        ).all():
            ratings[int(rating)] = int(count)
        return DeskStats(
            opened=int(opened),
            closed=int(closed),
            median_first_reply_seconds=statistics.median(waits) if waits else None,
            ratings=ratings,
        )

    # -- topics

    async def topic(self, user_id: int) -> StaffTopic | None:
        return await self.session.get(StaffTopic, user_id, populate_existing=True)

    async def topic_at(self, chat_id: int, thread_id: int) -> StaffTopic | None:
        stmt = select(StaffTopic).where(
            StaffTopic.chat_id == chat_id, StaffTopic.thread_id == thread_id
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def save_topic(
        self, user_id: int, *, chat_id: int, thread_id: int | None, title: str
    ) -> None:
        """The person's topic is now this one (first created, or recreated after a delete)."""
        stmt = self._insert(StaffTopic).values(
            user_id=user_id,
            chat_id=chat_id,
            thread_id=thread_id,
            title=title[:128],
            unreachable_noted=False,
            created_at=utcnow(),
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_id"],
            set_={"chat_id": chat_id, "thread_id": thread_id, "title": title[:128]},
        )
        await self.session.execute(stmt)

    async def rename_topic(self, user_id: int, title: str) -> None:
        stmt = (
            update(StaffTopic)
            .where(StaffTopic.user_id == user_id)
            .values(title=title[:128])
            .execution_options(synchronize_session=False)
        )
        await self.session.execute(stmt)

    async def forget_topic(self, user_id: int, thread_id: int | None) -> None:
        """Staff deleted the topic: the next post makes a new one."""
        stmt = delete(StaffTopic).where(
            StaffTopic.user_id == user_id, StaffTopic.thread_id == thread_id
        )
        await self.session.execute(stmt)

    async def note_unreachable(self, user_id: int, unreachable: bool) -> bool:
        """Flip the "cannot be reached" mark; True when it changed (say so once, not per try)."""
        stmt = (
            update(StaffTopic)
            .where(StaffTopic.user_id == user_id, StaffTopic.unreachable_noted == (not unreachable))
            .values(unreachable_noted=unreachable)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount == 1

    # -- message pairs

    async def pair(
        self,
        ticket_id: int,
        user_id: int,
        direction: str,
        *,
        person_message_id: str | None,
        staff_message_id: int | None,
    ) -> None:
        self.session.add(
            DeskMessage(
                ticket_id=ticket_id,
                user_id=user_id,
                direction=direction,
                person_message_id=person_message_id,
                staff_message_id=staff_message_id,
            )
        )
        await self.session.flush()

    async def by_staff_message(self, staff_message_id: int) -> DeskMessage | None:
        stmt = (
            select(DeskMessage)
            .where(DeskMessage.staff_message_id == staff_message_id)
            .order_by(DeskMessage.id)
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def by_person_message(self, user_id: int, person_message_id: str) -> DeskMessage | None:
        stmt = (
            select(DeskMessage)
            .where(
                DeskMessage.user_id == user_id,
                DeskMessage.person_message_id == person_message_id,
                DeskMessage.staff_message_id.is_not(None),  # type: ignore[union-attr]
            )
            .order_by(DeskMessage.id)
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    # -- the outbox rows of the desk

    async def merge_pending(
        self, user_id: int, lane: str, kind: str, merge: Callable[[dict[str, Any]], dict | None]
    ) -> bool:
        """Fold a new post into the person's newest unsent one of ``kind``, if ``merge`` can.

        A flood (50 messages a minute) then reaches the staff chat as a few merged
        posts instead of 50 messages against the group's limit. The update is
        conditional on the row still waiting: a sender that claimed it meanwhile wins,
        and the caller queues a new row instead.
        """
        o = OutboxMessage
        stmt = (
            select(o.id, o.payload)
            .where(o.user_id == user_id, o.messenger == lane, o.status == "pending")
            .order_by(o.id.desc())
            .limit(1)
            .with_for_update(of=o)
        )
        row = (await self.session.execute(stmt)).first()
        if row is None or row.payload.get("kind") != kind:
            return False
        merged = merge(dict(row.payload))
        if merged is None:
            return False
        done = await self.session.execute(
            update(o)
            .where(o.id == row.id, o.status == "pending")
            .values(payload=merged)
            .execution_options(synchronize_session=False)
        )
        return done.rowcount == 1

    async def release_held(self, user_id: int, prefix: str) -> int:
        """Make the person's held messages due now (Viber's window opened again)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = (
            update(OutboxMessage)
            .where(
                OutboxMessage.user_id == user_id,
                OutboxMessage.status == "pending",
                OutboxMessage.dedupe_key.like(f"{escaped}%", escape="\\"),  # type: ignore[union-attr]
            )
            .values(next_attempt_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(stmt)).rowcount

    # -- bans

    async def ban(self, user_id: int, *, by: int) -> bool:
        stmt = (
            self._insert(Ban)
            .values(user_id=user_id, banned_by=by, banned_at=utcnow())
            .on_conflict_do_nothing(index_elements=["user_id"])
            .returning(Ban.user_id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def unban(self, user_id: int) -> bool:
        return (await self.session.execute(delete(Ban).where(Ban.user_id == user_id))).rowcount == 1

    async def is_banned(self, user_id: int) -> bool:
        stmt = select(Ban.user_id).where(Ban.user_id == user_id)
        return (await self.session.execute(stmt)).first() is not None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


__all__ = [
    "CARD",
    "CLOSED",
    "OPEN",
    "TO_PERSON",
    "TO_STAFF",
    "WAITING",
    "Ban",
    "DeskMessage",
    "DeskRepo",
    "DeskStats",
    "StaffTopic",
    "Ticket",
]
