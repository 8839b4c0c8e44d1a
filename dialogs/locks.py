"""One person's updates are handled one at a time, in the order they arrived.

Telegram and Viber both deliver bursts (a person taps three buttons quickly; a
redelivery lands beside the original). ``asyncio.Lock`` queues waiters in call
order, so as long as an adapter calls ``Dialogs.handle`` in arrival order, the
person's updates run in that order. Locks are dropped when nobody holds or waits
for them, so memory follows the number of people active right now.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager


class KeyedLocks:
    def __init__(self) -> None:
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)
