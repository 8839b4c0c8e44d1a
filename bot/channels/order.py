"""One person's replies leave in the order their messages arrived.

``Dialogs.handle`` runs one person's events one at a time, in the order it is called.
Sending the screens comes after that turn, though, and a slow send (a long answer in
several parts, a retried request) would let the reply to the next event overtake it.
``ReplyOrder.run`` handles an event at once and sends its reply only when the reply
to the person's previous event is out (or has failed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from functools import partial
from typing import TypeVar

T = TypeVar("T")


class ReplyOrder:
    def __init__(self) -> None:
        # Per person, the reply that came in last; done once it is sent or has failed.
        self._tails: dict[Hashable, asyncio.Future[None]] = {}

    async def run(
        self, person: Hashable, handle: Awaitable[T], send: Callable[[T], Awaitable[None]]
    ) -> None:
        """Await ``handle``, then ``send`` its result after the person's previous reply.

        Start these in arrival order: the place in line is taken before the first
        await, and ``handle`` is the first thing awaited, so ``Dialogs`` queues the
        events in the same order.
        """
        previous = self._tails.get(person)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        mine.add_done_callback(partial(self._forget, person))
        self._tails[person] = mine
        try:
            result = await handle
            if previous is not None:
                await asyncio.wait([previous])  # not cancelled if we are
            await send(result)
        finally:
            # Failed before our turn came: whoever is next still waits for the one before.
            if previous is None or previous.done():
                mine.set_result(None)
            else:
                previous.add_done_callback(lambda _: mine.set_result(None))

    def _forget(self, person: Hashable, done: asyncio.Future[None]) -> None:
        if self._tails.get(person) is done:
            del self._tails[person]

    def __len__(self) -> int:
        """People with a reply under way (memory follows who is active right now)."""
        return len(self._tails)
