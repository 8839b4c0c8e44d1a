"""Repositories: one small class per table, all reached through one ``Repo`` per transaction.

Creating rows that several workers may create at once is an upsert (``INSERT ... ON
CONFLICT``), never read-then-insert, so two simultaneous first messages from one person
yield one user and one conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.booking import BookingRepo
from storage.cases import CaseRepo
from storage.db import BaseRepo
from storage.desk import DeskRepo
from storage.inbox import InboxRepo
from storage.models import (
    Conversation,
    Feedback,
    ProcessedUpdate,
    UnansweredQuestion,
    User,
    utcnow,
)
from storage.outbox import OutboxRepo
from storage.receipts import ReceiptRepo


class UserRepo(BaseRepo):
    async def touch(
        self,
        messenger: str,
        messenger_user_id: str,
        language_hint: str | None,
        *,
        reachable: bool = False,
    ) -> User:
        """The user for this messenger id, created on first contact; ``last_seen`` is now.

        ``reachable``: the person wrote to us, so the messenger lets us write back
        (Viber re-subscribes a person who sends a message after unsubscribing).
        """
        now = utcnow()
        stmt = self._insert(User).values(
            messenger=messenger,
            messenger_user_id=messenger_user_id,
            language_hint=language_hint,
            first_seen=now,
            last_seen=now,
        )
        set_: dict[str, Any] = {
            "last_seen": now,
            "language_hint": func.coalesce(stmt.excluded.language_hint, User.language_hint),
        }
        if reachable:
            set_["subscribed"] = True
        stmt = stmt.on_conflict_do_update(
            index_elements=["messenger", "messenger_user_id"], set_=set_
        ).returning(User.id)
        user_id = (await self.session.execute(stmt)).scalar_one()
        user = await self.session.get(User, user_id, populate_existing=True)
        assert user is not None
        return user

    async def get(self, messenger: str, messenger_user_id: str) -> User | None:
        stmt = select(User).where(
            User.messenger == messenger, User.messenger_user_id == messenger_user_id
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def set_language(self, user_id: int, language: str) -> None:
        await self.session.execute(update(User).where(User.id == user_id).values(language=language))

    async def mark_subscribed(
        self, messenger: str, messenger_user_id: str, subscribed: bool
    ) -> None:
        """Record what the messenger says about writing to this person, creating them if new.

        Not a message from the person, so ``last_seen`` stays as it was.
        """
        now = utcnow()
        stmt = (
            self._insert(User)
            .values(
                messenger=messenger,
                messenger_user_id=messenger_user_id,
                subscribed=subscribed,
                first_seen=now,
                last_seen=now,
            )
            .on_conflict_do_update(
                index_elements=["messenger", "messenger_user_id"],
                set_={"subscribed": subscribed},
            )
        )
        await self.session.execute(stmt)


class ConversationRepo(BaseRepo):
    async def load(self, user_id: int) -> Conversation:
        stmt = (
            self._insert(Conversation)
            .values(user_id=user_id, state="new", data={}, version=0, updated_at=utcnow())
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
        await self.session.execute(stmt)
        conv = await self.session.get(Conversation, user_id, populate_existing=True)
        assert conv is not None
        return conv

    async def save(
        self, user_id: int, expected_version: int, state: str, data: dict[str, Any]
    ) -> bool:
        """Store the new state if nobody else did since ``expected_version`` was read."""
        stmt = (
            update(Conversation)
            .where(Conversation.user_id == user_id, Conversation.version == expected_version)
            .values(state=state, data=data, version=expected_version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        result = await self.session.execute(stmt)
        return result.rowcount == 1


class UpdateRepo(BaseRepo):
    async def claim(self, messenger: str, update_key: str) -> bool:
        """True the first time an update is seen; False for a duplicate delivery."""
        stmt = (
            self._insert(ProcessedUpdate)
            .values(messenger=messenger, update_key=update_key, created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["messenger", "update_key"])
            .returning(ProcessedUpdate.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def seen(self, messenger: str, update_key: str) -> bool:
        """Whether the update was handled already (a cheap look before work outside a write)."""
        stmt = select(ProcessedUpdate.id).where(
            ProcessedUpdate.messenger == messenger, ProcessedUpdate.update_key == update_key
        )
        return (await self.session.execute(stmt)).first() is not None

    async def prune(self, older_than: timedelta) -> int:
        cutoff: datetime = utcnow() - older_than
        stmt = delete(ProcessedUpdate).where(ProcessedUpdate.created_at < cutoff)
        return (await self.session.execute(stmt)).rowcount


class FeedbackRepo(BaseRepo):
    async def record(self, user_id: int, entry_id: str, helpful: bool) -> None:
        self.session.add(Feedback(user_id=user_id, entry_id=entry_id, helpful=helpful))
        await self.session.flush()

    async def summary(self) -> dict[str, tuple[int, int]]:
        """Per entry: (helpful, not helpful) counts, for staff to see what to rewrite."""
        stmt = select(Feedback.entry_id, Feedback.helpful, func.count()).group_by(
            Feedback.entry_id, Feedback.helpful
        )
        out: dict[str, tuple[int, int]] = {}
        for entry_id, helpful, count in (await self.session.execute(stmt)).all():
            yes, no = out.get(entry_id, (0, 0))
            out[entry_id] = (yes + count, no) if helpful else (yes, no + count)
        return out


class UnansweredRepo(BaseRepo):
    def keep(self, text: str, lang: str, offered: Sequence[str]) -> None:
        """Keep one question (already masked); written when the caller's transaction commits.

        Not a coroutine, so the synchronous answering path can call it: the row only
        joins the session, and the update's own commit writes it, once, with the rest.
        """
        self.session.add(UnansweredQuestion(text=text, lang=lang, offered=list(offered)))

    async def since(self, cutoff: datetime) -> list[UnansweredQuestion]:
        """The questions kept from ``cutoff`` on, oldest first."""
        stmt = (
            select(UnansweredQuestion)
            .where(UnansweredQuestion.created_at >= cutoff)
            .order_by(UnansweredQuestion.id)
        )
        return list((await self.session.execute(stmt)).scalars())


class Repo:
    """All repositories over one session (one transaction)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.users = UserRepo(session)
        self.conversations = ConversationRepo(session)
        self.updates = UpdateRepo(session)
        self.feedback = FeedbackRepo(session)
        self.outbox = OutboxRepo(session)
        self.desk = DeskRepo(session)
        self.cases = CaseRepo(session)
        self.booking = BookingRepo(session)
        self.unanswered = UnansweredRepo(session)
        self.inbox = InboxRepo(session)
        self.receipts = ReceiptRepo(session)
