"""The database engine: SQLite (aiosqlite) out of the box, PostgreSQL (asyncpg) for bigger offices.

SQLite needs care to be a real transactional store under asyncio: pysqlite's own
transaction handling is switched off so that SQLAlchemy's ``BEGIN`` is really sent,
and write transactions start with ``BEGIN IMMEDIATE`` so two writers never both read
then both try to upgrade their lock (which SQLite answers with "database is locked").
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 30_000


class NestedWriteError(RuntimeError):
    """A write transaction was opened inside another one of the same task.

    On SQLite it would wait forever for the writer lock its own caller holds; on
    PostgreSQL it would commit apart from the outer transaction. Either is a bug in
    the caller: use the outer transaction's repositories, or write after it ends.
    """


class Database:
    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int = 10,
        connect_args: dict[str, Any] | None = None,
    ) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.connect_args = dict(connect_args or {})
        # hide_parameters: a logged database error must not carry message texts or ids.
        kwargs: dict[str, Any] = {
            "echo": echo,
            "hide_parameters": True,
            "connect_args": dict(self.connect_args),
        }
        if self.is_sqlite:
            database = self.url.database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"].setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
        else:
            kwargs.update(pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)
        self._write = async_sessionmaker(writer, class_=AsyncSession, expire_on_commit=False)
        # SQLite has one writer at a time. Writers of this process queue here, in order,
        # instead of in SQLite's busy handler, which sleeps in growing steps (up to
        # 100 ms each) and turned a burst into half-second stalls. Other processes on
        # the same file still meet at BEGIN IMMEDIATE and the busy timeout.
        self._writer_lock: asyncio.Lock | None = asyncio.Lock() if self.is_sqlite else None
        self._writing: set[asyncio.Task[object]] = set()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A read transaction (deferred on SQLite; readers never block the writer in WAL)."""
        async with self._read() as session, session.begin():
            yield session

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A write transaction, committed on leaving the block, rolled back on an error."""
        task = asyncio.current_task()
        if task is not None and task in self._writing:
            raise NestedWriteError("a write transaction inside another one of the same task")
        if task is not None:
            self._writing.add(task)
        try:
            if self._writer_lock is None:
                async with self._write() as session, session.begin():
                    yield session
                return
            async with self._writer_lock, self._write() as session, session.begin():
                yield session
        finally:
            self._writing.discard(task)  # type: ignore[arg-type]

    async def dispose(self) -> None:
        await self.engine.dispose()


class BaseRepo:
    """A repository: statements over one session, inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, table: Any) -> Any:
        """An INSERT that knows ``ON CONFLICT`` on both databases (upserts, claims)."""
        bind = self.session.bind
        dialect = bind.dialect.name if bind is not None else "sqlite"
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
