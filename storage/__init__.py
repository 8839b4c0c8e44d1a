"""Storage: tables, the engine, migrations and repositories. Knows no messenger."""

from storage.db import Database, NestedWriteError
from storage.desk import Ban, DeskMessage, DeskRepo, DeskStats, StaffTopic, Ticket
from storage.migrate import upgrade
from storage.models import Conversation, Feedback, OutboxMessage, ProcessedUpdate, User
from storage.outbox import Claimed, OutboxRepo
from storage.repos import Repo

__all__ = [
    "Ban",
    "Claimed",
    "Conversation",
    "Database",
    "DeskMessage",
    "DeskRepo",
    "DeskStats",
    "Feedback",
    "NestedWriteError",
    "OutboxMessage",
    "OutboxRepo",
    "ProcessedUpdate",
    "Repo",
    "StaffTopic",
    "Ticket",
    "User",
    "upgrade",
]
