"""Alembic migrations, applied at start and by ``python -m bot db upgrade``.

Both paths run the same revisions through the application's own engine, so SQLite
gets the same PRAGMAs and PostgreSQL the same pool. On PostgreSQL an advisory lock
makes several workers starting at once migrate one after another.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from storage.db import Database

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_ADVISORY_LOCK_ID = 0x57534342  # "WSCB"


def _run(connection: Any, action: str, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    if action == "upgrade":
        command.upgrade(cfg, revision)
    else:
        command.downgrade(cfg, revision)


async def upgrade(db: Database, revision: str = "head") -> None:
    await _migrate(db, "upgrade", revision)


async def downgrade(db: Database, revision: str) -> None:
    await _migrate(db, "downgrade", revision)


async def _migrate(db: Database, action: str, revision: str) -> None:
    engine = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    async with engine.begin() as conn:
        if not db.is_sqlite:
            await conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _ADVISORY_LOCK_ID})
        await conn.run_sync(_run, action, revision)
