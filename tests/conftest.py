"""Shared fixtures: a temporary SQLite file always, PostgreSQL when 127.0.0.1:5432 answers."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.app import Core, build_core
from bot.config import Settings, load_settings
from storage import Database, upgrade
from tests.support.drivers import ChatDriver

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
PG_HOST, PG_PORT = make_url(PG_URL).host or "127.0.0.1", make_url(PG_URL).port or 5432


def _pg_answers() -> bool:
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=0.5):
            return True
    except OSError:
        return False


PG_AVAILABLE = _pg_answers()
PG_SKIP_REASON = f"no PostgreSQL answers on {PG_HOST}:{PG_PORT}; PostgreSQL tests skipped"


def pytest_report_header(config: pytest.Config) -> str:
    return "postgresql: " + ("available, tests run on it too" if PG_AVAILABLE else PG_SKIP_REASON)


@pytest.fixture(autouse=True)
def _no_env_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's BOT_* or token variables must not leak into tests."""
    for name in list(os.environ):
        if name.startswith("BOT_") or name in {
            "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_WEBHOOK_SECRET",
            "VIBER_AUTH_TOKEN",
        }:
            monkeypatch.delenv(name)
    monkeypatch.chdir(ROOT)


async def _pg_schema() -> tuple[str, dict]:
    import asyncpg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg", "postgresql"))
    try:
        await conn.execute(f"CREATE SCHEMA {schema}")
    finally:
        await conn.close()
    return schema, {"server_settings": {"search_path": schema}}


async def _drop_pg_schema(schema: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_URL.replace("postgresql+asyncpg", "postgresql"))
    try:
        await conn.execute(f"DROP SCHEMA {schema} CASCADE")
    finally:
        await conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated, empty database: SQLite always, PostgreSQL when one answers."""
    if request.param == "sqlite":
        db = Database(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
        await upgrade(db)
        yield db
        await db.dispose()
        return
    if not PG_AVAILABLE:
        pytest.skip(PG_SKIP_REASON)
    schema, connect_args = await _pg_schema()
    db = Database(PG_URL, connect_args=connect_args, pool_size=20)
    try:
        await upgrade(db)
        yield db
    finally:
        await db.dispose()
        await _drop_pg_schema(schema)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(storage={"url": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"})


@pytest.fixture
async def core(settings: Settings) -> AsyncIterator[Core]:
    built = await build_core(settings)
    yield built
    await built.close()


@pytest.fixture(params=["telegram", "viber"])
async def driver(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[ChatDriver]:
    """The same person-level driver over each messenger, for scenarios that run on both."""
    if request.param == "telegram":
        from tests.support.telegram_driver import telegram_driver as factory
    else:
        from tests.support.viber_driver import viber_driver as factory
    async with factory(settings) as chat:
        yield chat
