"""What every messenger channel offers the runner.

The runner owns the one aiohttp server (webhooks and ``/healthz``); a channel adds
its routes to it, starts what it runs on its own (polling, webhook registration,
an outbox sender) once the server listens, and stops cleanly.
"""

from __future__ import annotations

from typing import Protocol

from aiohttp import web


class Channel(Protocol):
    name: str

    def setup(self, app: web.Application) -> None:
        """Add this channel's routes to the shared web application (before it starts)."""

    async def start(self) -> None:
        """Begin receiving: start polling, register the webhook, start background senders."""

    async def stop(self) -> None:
        """Refuse new updates, finish the ones accepted, stop sending, close sessions.

        The runner calls it once the server no longer listens; tests may call it first.
        """
