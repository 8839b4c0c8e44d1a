"""Storage: tables, the engine, migrations and repositories. Knows no messenger."""

from storage.db import Database
from storage.migrate import upgrade
from storage.models import Conversation, Feedback, ProcessedUpdate, User
from storage.repos import Repo

__all__ = ["Conversation", "Database", "Feedback", "ProcessedUpdate", "Repo", "User", "upgrade"]
