"""Storage: tables, the engine, migrations and repositories. Knows no messenger."""

from storage.booking import AlreadyBooked, Booking, BookingRepo, Slot, SlotFull, Visit
from storage.cases import (
    AWAITING_ATTENDANCE,
    OFFICES,
    STATUSES,
    AttemptVerdict,
    Case,
    CaseAttempt,
    CaseLink,
    CaseRepo,
    Upserted,
    Watcher,
)
from storage.db import Database, NestedWriteError
from storage.desk import Ban, DeskMessage, DeskRepo, DeskStats, StaffTopic, Ticket
from storage.inbox import InboxRepo, InboxRow, Stored
from storage.migrate import upgrade
from storage.models import (
    Conversation,
    Feedback,
    InboxUpdate,
    OutboxMessage,
    ProcessedUpdate,
    UnansweredQuestion,
    User,
)
from storage.outbox import Claimed, OutboxRepo
from storage.repos import Repo

__all__ = [
    "AWAITING_ATTENDANCE",
    "OFFICES",
    "STATUSES",
    "AlreadyBooked",
    "AttemptVerdict",
    "Ban",
    "Booking",
    "BookingRepo",
    "Case",
    "CaseAttempt",
    "CaseLink",
    "CaseRepo",
    "Claimed",
    "Conversation",
    "Database",
    "DeskMessage",
    "DeskRepo",
    "DeskStats",
    "Feedback",
    "InboxRepo",
    "InboxRow",
    "InboxUpdate",
    "NestedWriteError",
    "OutboxMessage",
    "OutboxRepo",
    "ProcessedUpdate",
    "Repo",
    "Slot",
    "SlotFull",
    "StaffTopic",
    "Stored",
    "Ticket",
    "UnansweredQuestion",
    "Upserted",
    "User",
    "Visit",
    "Watcher",
    "upgrade",
]
