"""The tables. Rules that must hold under concurrency are constraints here, not ``if``s."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets 64-bit ids.
BIG_ID = BigInteger().with_variant(Integer(), "sqlite")


def _ts(*, index: bool = False) -> Any:
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=index)


class User(SQLModel, table=True):
    """A person on one messenger. The same human on Telegram and Viber is two users."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("messenger", "messenger_user_id", name="uq_users_messenger"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    messenger: str = Field(max_length=16)
    messenger_user_id: str = Field(max_length=64)
    language: str | None = Field(default=None, max_length=8)
    language_hint: str | None = Field(default=None, max_length=16)
    subscribed: bool = True
    first_seen: datetime = _ts()
    last_seen: datetime = _ts()


class Conversation(SQLModel, table=True):
    """Where a person is in the dialog; ``version`` guards against lost updates."""

    __tablename__ = "conversations"

    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id", primary_key=True)
    state: str = Field(default="new", max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    version: int = 0
    updated_at: datetime = _ts()


class ProcessedUpdate(SQLModel, table=True):
    """One row per update handled; the unique key drops redeliveries and replays."""

    __tablename__ = "processed_updates"
    __table_args__ = (UniqueConstraint("messenger", "update_key", name="uq_processed_update"),)

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    messenger: str = Field(max_length=16)
    update_key: str = Field(max_length=128)
    created_at: datetime = _ts(index=True)


class Feedback(SQLModel, table=True):
    """A person's answer to "Did this help?" after an FAQ answer."""

    __tablename__ = "feedback"

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id", index=True)
    entry_id: str = Field(max_length=64, index=True)
    helpful: bool
    created_at: datetime = _ts()


class OutboxMessage(SQLModel, table=True):
    """A message the bot sends on its own (staff reply, notice), kept until the messenger has it.

    ``payload`` is a messenger-neutral screen (text, title, buttons) rendered by the
    channel at send time, so a message queued before a restart or a redesign of the
    keyboard still goes out in the current look. Statuses: ``pending`` (due at
    ``next_attempt_at``), ``sending`` (claimed by a worker until ``claimed_until``),
    ``sent``, then from the messenger's callbacks ``delivered`` / ``seen`` / ``failed``;
    ``given_up`` after the last retry or a permanent refusal, ``cancelled`` when the
    person unsubscribed. Per person, rows go out one at a time in the order of
    ``scheduled_at`` (when the message is meant to go out, fixed when queued; retries
    move ``next_attempt_at`` only), then ``id``: a reminder for the day after tomorrow
    never holds back a reply due now.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("messenger", "dedupe_key", name="uq_outbox_dedupe"),
        Index("ix_outbox_due", "messenger", "status", "next_attempt_at"),
        Index("ix_outbox_user", "user_id", "scheduled_at", "id"),
        Index("ix_outbox_token", "messenger", "message_token"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id")
    messenger: str = Field(max_length=16)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    dedupe_key: str | None = Field(default=None, max_length=128)
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = _ts()
    scheduled_at: datetime = _ts()
    claim_token: str | None = Field(default=None, max_length=32)
    claimed_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    parts: int = 0
    message_token: str | None = Field(default=None, max_length=32)
    last_error: str | None = Field(default=None, max_length=64)
    created_at: datetime = _ts()
    sent_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    delivered_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    seen_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    failed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class UnansweredQuestion(SQLModel, table=True):
    """A typed question the bot could not answer straight away, kept for the content team.

    ``text`` is already masked (digits, e-mail addresses, names; see
    ``dialogs.unanswered.mask``) and tied to no person: what people ask is wanted, not who.
    ``offered`` is the entry ids shown as "did you mean" buttons, best first, or empty.
    """

    __tablename__ = "unanswered_questions"

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    lang: str = Field(max_length=8)
    text: str = Field(max_length=500)
    offered: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _ts(index=True)


class InboxUpdate(SQLModel, table=True):
    """An update a messenger handed us, stored before we acknowledge it.

    Telegram forgets an update once the next ``getUpdates`` offset passes it (or the
    webhook answered 200); Viber once its webhook answered 200. So the raw update is
    written here first, in one short transaction, and handled from here: a crash
    leaves it ``pending`` and it is handled after the restart, or by another worker
    once the lease (``claimed_until``) of the dead one runs out. The unique key
    stores a redelivered update once. ``reply`` keeps the screens the dialog produced
    (written in the dialog's own transaction), so an update whose dialog step was
    saved but whose reply never left is answered from here, not handled twice.
    Once handled, ``payload`` and ``reply`` are emptied (no message text is kept); the
    key stays as long as a messenger may redeliver.
    """

    __tablename__ = "inbox"
    __table_args__ = (
        UniqueConstraint("messenger", "update_key", name="uq_inbox_update"),
        Index("ix_inbox_due", "messenger", "status", "claimed_until"),
        Index("ix_inbox_person", "messenger", "person", "status", "id"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    messenger: str = Field(max_length=16)
    update_key: str = Field(max_length=128)
    person: str = Field(default="", max_length=64)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    reply: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    claim_token: str | None = Field(default=None, max_length=32)
    claimed_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    created_at: datetime = _ts(index=True)
    done_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class EarlyReceipt(SQLModel, table=True):
    """A delivery callback for a message token no outbox row has yet.

    Viber may call back ``delivered`` before its answer to our send (with the token)
    has reached us and been recorded; the receipt waits here and is applied when the
    send is recorded. Receipts of replies (never in the outbox) wait here too, briefly:
    housekeeping drops them after minutes.
    """

    __tablename__ = "early_receipts"
    __table_args__ = (Index("ix_early_receipts_token", "messenger", "message_token"),)

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    messenger: str = Field(max_length=16)
    message_token: str = Field(max_length=32)
    receipt: str = Field(max_length=16)
    at: datetime = _ts(index=True)
