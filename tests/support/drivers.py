"""A messenger-neutral way to talk to the bot in tests, so one scenario runs on every channel.

Each channel's driver (Telegram through the real aiogram Dispatcher and a fake Bot API,
Viber through signed webhooks into the real aiohttp app and a fake Viber API)
implements ``ChatDriver`` and reports what the person saw as ``Seen`` messages.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(slots=True)
class Seen:
    """One message the person received (or saw edited in place)."""

    text: str
    buttons: list[str] = field(default_factory=list)
    payloads: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    edited: bool = False


class ChatDriver(Protocol):
    channel: str

    async def start(self, user: int, language_hint: str | None = None) -> list[Seen]:
        """The person opens the bot (Telegram /start, Viber conversation_started)."""
        ...

    async def say(self, user: int, text: str) -> list[Seen]:
        """The person types ``text``; returns what the bot sent back."""
        ...

    async def tap(self, user: int, label: str) -> list[Seen]:
        """The person taps the button labelled ``label`` on the newest message that has it."""
        ...

    async def tap_payload(self, user: int, payload: str) -> list[Seen]:
        """The person's client sends this raw button payload (stale or forged buttons)."""
        ...

    async def restart(self) -> None:
        """Stop the bot and start a new one on the same database (a process restart)."""
        ...


async def walk(
    driver: ChatDriver, user: int, roots: Iterable[str]
) -> AsyncIterator[tuple[str, Seen]]:
    """Tap every payload reachable from ``roots`` once: every screen the bot can show.

    Language buttons are not followed, so the walk stays in the person's language.
    """
    todo, tapped = deque(roots), set()
    while todo:
        payload = todo.popleft()
        if payload in tapped:
            continue
        tapped.add(payload)
        for seen in await driver.tap_payload(user, payload):
            yield payload, seen
            todo.extend(p for p in seen.payloads if not p.startswith("lang:"))
