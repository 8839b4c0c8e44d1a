"""The staff desk's port: what the core asks of the staff chat, and what staff hand back.

``dialogs`` defines these; ``bot/staff`` implements ``StaffPort`` on a Telegram forum
(queuing in the outbox), so the core never learns how a staff chat works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from dialogs.hours import WorkingHours
from dialogs.screens import FileRef, Screen
from storage import Repo, Ticket

MERGE_LIMIT = 3500  # characters of one merged post (a Telegram message holds 4096)


@dataclass(frozen=True, slots=True)
class DeskPost:
    """What the person said, for their topic. ``card`` is set for a new ticket only."""

    ticket: int
    user_id: int
    messenger: str
    person_chat: str  # the person's id on their messenger (Telegram: the private chat)
    text: str
    file: FileRef | None = None
    message_id: str | None = None
    reply_to_staff: int | None = None  # the staff-side message the person replied to
    card: Screen | None = None
    title: str = ""


class StaffPort(Protocol):
    """What the core asks of the staff chat; ``bot/staff`` implements it on Telegram.

    Every method queues in the outbox within the caller's transaction (``repo``).
    """

    async def post(self, repo: Repo, post: DeskPost) -> None:
        """The person's message (after the header card, for a new ticket) in their topic."""
        ...

    async def notice(self, repo: Repo, ticket: Ticket, screen: Screen, *, key: str) -> None:
        """A line from the bot in the ticket's topic; ``key`` makes a repeat a no-op."""
        ...

    async def retitle(self, repo: Repo, ticket: Ticket, title: str) -> None:
        """The topic's name after the ticket changed state."""
        ...

    def wake(self) -> None:
        """Look at the queue now (after the transaction commits)."""
        ...


@dataclass(frozen=True, slots=True)
class StaffMessage:
    """A message a staff member wrote in the staff chat."""

    chat_id: int
    message_id: int
    author_id: int
    text: str
    thread_id: int | None = None
    reply_to: int | None = None
    file: FileRef | None = None
    update_key: str | None = None


@dataclass(frozen=True, slots=True)
class DeskOptions:
    hours: WorkingHours
    staff_language: str = "pl"
    viber_window: timedelta = timedelta(hours=24)
    admin_ids: frozenset[int] = frozenset()
