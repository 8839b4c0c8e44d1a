"""Migrations run at start, are idempotent, and downgrade cleanly."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from storage import Database
from storage.migrate import downgrade, upgrade


async def _tables(db: Database) -> set[str]:
    async with db.engine.connect() as conn:
        return set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))


async def test_upgrade_twice_then_downgrade_to_nothing(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'm.db'}")
    await upgrade(db)
    await upgrade(db)
    assert {"users", "conversations", "processed_updates", "feedback"} <= await _tables(db)
    await downgrade(db, "base")
    assert await _tables(db) <= {"alembic_version"}
    await db.dispose()


async def test_workers_starting_together_migrate_once(database: Database) -> None:
    """Several webhook workers start at once on one database: all come up, schema is whole."""
    await downgrade(database, "base")
    await asyncio.gather(*(upgrade(database) for _ in range(4)))
    assert "conversations" in await _tables(database)


async def test_the_migrations_build_exactly_the_tables_the_models_describe(
    database: Database,
) -> None:
    """A model changed without a migration (or the other way round) shows up here."""
    async with database.engine.connect() as conn:
        differences = await conn.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), SQLModel.metadata
            )
        )
    assert differences == []
