"""The inbox: every update is stored before the messenger is told it arrived, then handled.

Telegram counts an update as delivered once the next ``getUpdates`` offset passes it or
the webhook answered 200; Viber once its webhook answered 200. Whatever the bot has not
written down by then is gone if the process dies. So a channel's door only ``accept``s:
one short transaction stores the raw update (a redelivery is stored once), and only
then is the update acknowledged. Handling runs from the stored row under a lease
(``storage.inbox``): the worker that stored it starts at once; rows a dead worker held
are taken over by any worker, or by the same one after its restart, when the lease has
run out; a live worker renews its leases while it works.

The dialog step of an update is saved once (the ``processed_updates`` claim inside the
dialog's transaction); the reply it produced is written into the row in that same
transaction (``Turn.keep``), so an update whose step was saved but whose reply never
left is answered from the row after a restart, not handled a second time. The one
window left is a reply the messenger took just before the process died and before the
row was marked done: it is sent again (a messenger has no idempotency key for it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from bot.config import InboxSettings
from bot.logs import error_fields
from dialogs import Screen
from dialogs.outbox import decode_screen, encode_screen
from storage import Database, InboxRow, Repo

log = logging.getLogger(__name__)

T = TypeVar("T")
CLAIM_BATCH = 100
SETTLE_TRIES = 5  # marking a row done is retried this often before its lease decides
BASE_DELAY_S = 1.0
MAX_DELAY_S = 300.0


class InboxError(Exception):
    """Not the person's problem: the update stays stored and is handled again."""


class NotStored(InboxError):
    """The update could not be written down, so it must not be acknowledged."""


class LeaseLost(InboxError):
    """Another worker took this update over; what we did is rolled back."""


def is_transient(error: BaseException) -> bool:
    """The database (or the network under it) failed: the same update may pass later."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError | InterfaceError | OSError | TimeoutError)


@dataclass(slots=True)
class Turn:
    """One stored update being handled, and how it went."""

    row: InboxRow
    holder: str
    failed: bool = False  # a passing failure: handled again after a pause

    def keep(self, **where: Any) -> Callable[[Repo, list[Screen]], Awaitable[None]]:
        """``Dialogs.handle``'s ``keep``: the reply is stored with the dialog step.

        ``where`` is what the channel needs to send it again (chat, person). Files are
        not kept (the outbox keeps none either); their words are.
        """

        async def keep(repo: Repo, screens: list[Screen]) -> None:
            reply = {
                **where,
                "screens": [encode_screen(replace(screen, file=None)) for screen in screens],
            }
            if not await repo.inbox.keep_reply(self.row.id, self.holder, reply):
                raise LeaseLost

        return keep

    def kept(self) -> list[Screen]:
        """The reply stored by an earlier attempt (empty when there was none)."""
        reply = self.row.reply or {}
        return [decode_screen(payload) for payload in reply.get("screens", [])]

    async def watch(self, work: Awaitable[T]) -> T:
        """Await ``work``; a passing failure marks the update for another try."""
        try:
            return await work
        except Exception as error:
            if is_transient(error):
                self.failed = True
            raise


ProcessFn = Callable[[Turn], Awaitable[None]]


class Inbox:
    """One messenger's stored updates: ``accept`` at the door, handled by ``process``."""

    def __init__(
        self, db: Database, messenger: str, process: ProcessFn, settings: InboxSettings
    ) -> None:
        self.db = db
        self.messenger = messenger
        self.process = process
        self.settings = settings
        self.lease = timedelta(seconds=settings.lease_seconds)
        self.holder = secrets.token_hex(16)  # this process; a restart is someone else
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._by_key: dict[str, asyncio.Task[None]] = {}  # accepted here, still in hand
        self._key_of: dict[int, str] = {}
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop_task: asyncio.Task[None] | None = None
        self._renewed = time.monotonic()

    # -- the door

    async def accept(self, key: str, person: str, payload: dict[str, Any]) -> bool:
        """Store one update; False for a redelivery. Raises if it could not be stored."""
        busy = self._stopping or len(self._tasks) >= self.settings.concurrency
        async with self.db.write() as session:
            stored = await Repo(session).inbox.store(
                self.messenger,
                key[:128],
                person[:64],
                payload,
                holder=None if busy else self.holder,
                lease=self.lease,
            )
        if not stored.new:
            log.info("inbox_duplicate", extra={"messenger": self.messenger})
            return False
        if stored.row is not None:
            self._spawn(stored.row)
            self._by_key[key[:128]] = self._tasks[stored.row.id]
            self._key_of[stored.row.id] = key[:128]
        else:
            self._wake.set()
        return True

    async def accept_patiently(
        self, key: str, person: str, payload: dict[str, Any], *, give_up: Callable[[], bool]
    ) -> bool:
        """``accept``, retried while the database is away (the messenger keeps the update)."""
        delay = 0.2
        while True:
            try:
                return await self.accept(key, person, payload)
            except Exception as error:
                if not is_transient(error) or give_up():
                    raise NotStored from error
                log.warning(
                    "inbox_store_failed", extra={"messenger": self.messenger, **error_fields(error)}
                )
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    # -- lifecycle

    async def start(self) -> None:
        if self._loop_task is None:
            self._stopping = False
            self._loop_task = asyncio.create_task(self._loop(), name=f"inbox-{self.messenger}")

    async def stop(self) -> None:
        """Finish what was taken; what waits stays stored for the next start."""
        self._stopping = True
        self._wake.set()
        if self._loop_task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop_task
            self._loop_task = None
        await self.idle()

    async def idle(self) -> None:
        """Until every update taken so far is handled (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def settled(self, key: str) -> None:
        """Until the update stored here under ``key`` is handled (tests)."""
        task = self._by_key.get(key[:128])
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)

    # -- handling

    def _spawn(self, row: InboxRow) -> None:
        # Tasks start in the order rows were taken, which for one person is arrival order.
        self._tasks[row.id] = asyncio.create_task(self._run(row))

    async def _run(self, row: InboxRow) -> None:
        turn = Turn(row, self.holder)
        try:
            await self.process(turn)
        except LeaseLost:
            log.warning("inbox_lease_lost", extra={"messenger": self.messenger})
            self._forget(row.id)
            return
        except Exception as error:
            turn.failed = turn.failed or is_transient(error)
            log.error(
                "inbox_update_failed", extra={"messenger": self.messenger, **error_fields(error)}
            )
        try:
            await self._settle(turn)
        finally:
            self._forget(row.id)
            self._wake.set()  # the person's next update may be waiting for this one

    def _forget(self, row_id: int) -> None:
        self._tasks.pop(row_id, None)
        key = self._key_of.pop(row_id, None)
        if key is not None:
            self._by_key.pop(key, None)

    async def _settle(self, turn: Turn) -> None:
        row = turn.row
        again = turn.failed and row.attempts < self.settings.max_attempts
        for attempt in range(SETTLE_TRIES):
            try:
                async with self.db.write() as session:
                    inbox = Repo(session).inbox
                    if again:
                        await inbox.release(row.id, self.holder, delay=_backoff(row.attempts))
                    else:
                        await inbox.finish(row.id, self.holder, given_up=turn.failed)
            except Exception as error:
                log.warning(
                    "inbox_settle_failed",
                    extra={"messenger": self.messenger, **error_fields(error)},
                )
                await asyncio.sleep(min(0.2 * 2**attempt, 2.0))
                continue
            if again:
                log.info("inbox_retry_later", extra={"messenger": self.messenger})
            elif turn.failed:
                log.error("inbox_given_up", extra={"messenger": self.messenger})
            return
        # Still held by us: once the lease runs out, this update is handled again.

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                await self._renew()
                taken = await self.run_once()
            except Exception as error:
                log.error(
                    "inbox_loop_failed", extra={"messenger": self.messenger, **error_fields(error)}
                )
                taken = 0
            if taken == 0 and not self._stopping:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.settings.poll_interval)
            self._wake.clear()

    async def run_once(self) -> int:
        """Take stored updates nobody handles (left by a crash, or by a busy door)."""
        room = self.settings.concurrency - len(self._tasks)
        if room <= 0 or self._stopping:
            return 0
        async with self.db.write() as session:
            rows = await Repo(session).inbox.claim(
                self.messenger, holder=self.holder, lease=self.lease, limit=min(room, CLAIM_BATCH)
            )
        fresh = [row for row in rows if row.id not in self._tasks]
        if fresh:
            log.info("inbox_taken", extra={"messenger": self.messenger, "count": len(fresh)})
        for row in fresh:
            self._spawn(row)
        return len(fresh)

    async def _renew(self) -> None:
        if not self._tasks or time.monotonic() - self._renewed < self.settings.lease_seconds / 3:
            return
        async with self.db.write() as session:
            await Repo(session).inbox.renew(self.holder, self.lease)
        self._renewed = time.monotonic()


def _backoff(attempts: int) -> timedelta:
    delay = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** max(0, attempts - 1))
    return timedelta(seconds=delay * random.uniform(0.8, 1.2))
