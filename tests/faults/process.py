"""The real bot as a separate process (``python -m bot run``) against fakes on loopback.

Only the process boundary is real here: the bot is started with the environment an
operator would give it, stopped with SIGTERM or killed with SIGKILL, and restarted on
the same database. Every wait is bounded in time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

from tests.conftest import PG_URL, ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bot_env(**extra: str) -> dict[str, str]:
    """The environment of ``python -m bot run``: none of the developer's settings or tokens."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("BOT_") and not key.startswith(("TELEGRAM_", "VIBER_"))
    }
    env |= {"BOT_LOG__LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}
    return env | extra


class BotProcess:
    """One run of the bot; ``log`` keeps its output for a failing test to show."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = env
        self.log = log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> BotProcess:
        out = self.log.open("ab")
        try:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=self.env, stdout=out, stderr=out
            )
        finally:
            out.close()
        return self

    async def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or answered."""
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)
        await asyncio.wait_for(self.proc.wait(), 10)

    async def stop(self, within: float = 30.0) -> int:
        """SIGTERM, as a service manager stops it; SIGKILL if it does not end in time."""
        assert self.proc is not None
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), within)
            except TimeoutError:
                await self.kill()
        assert self.proc.returncode is not None
        return self.proc.returncode

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@contextlib.asynccontextmanager
async def database_url(kind: str, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh database the bot process migrates itself: a SQLite file, or a PostgreSQL one."""
    if kind == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        return
    import asyncpg

    name = f"fault_{uuid.uuid4().hex[:12]}"
    admin = PG_URL.replace("postgresql+asyncpg", "postgresql")
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f"CREATE DATABASE {name}")
    finally:
        await conn.close()
    base, _, _ = PG_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            await conn.close()
