"""Alembic environment: runs on the connection the application hands over (see storage.migrate)."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.db import Database

target_metadata = SQLModel.metadata


def _run_on(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_standalone() -> None:
    """For the plain ``alembic`` command line (``storage/alembic.ini`` says how)."""
    url = context.config.get_main_option("sqlalchemy.url")
    db = Database(url)

    async def go() -> None:
        async with db.engine.begin() as conn:
            await conn.run_sync(_run_on)
        await db.dispose()

    asyncio.run(go())


connection = context.config.attributes.get("connection")
if connection is None:
    _run_standalone()
else:
    _run_on(connection)
