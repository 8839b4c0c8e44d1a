"""The outbox rules, on SQLite and PostgreSQL, with real concurrent workers.

The messenger is stood in for by ``Messenger`` below (the send function a channel
gives the sender); everything between it and the database is the real code.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections import Counter, defaultdict
from datetime import timedelta

from sqlalchemy import select

from bot.outbox import OutboxSender, Outcome, SendPolicy, SendResult
from dialogs import Button, Screen
from dialogs.outbox import queue_screens
from storage import Database, OutboxMessage, Repo
from storage.models import utcnow

FAST = SendPolicy(
    batch_size=8,
    concurrency=8,
    poll_interval=0.05,
    base_delay=0.05,
    max_delay=0.2,
    rate_limited_delay=0.05,
    max_attempts=4,
)


class Messenger:
    """Records what reached each person; can fail, refuse or be slow on demand."""

    def __init__(self, outcomes: list[Outcome] | None = None, delay: float = 0.002) -> None:
        self.outcomes = list(outcomes or [])
        self.delay = delay
        self.sent: dict[str, list[str]] = defaultdict(list)
        self.calls = 0
        self.in_flight: Counter[str] = Counter()
        self.most_in_flight = 0

    async def __call__(self, recipient: str, screen: Screen) -> SendResult:
        self.calls += 1
        self.in_flight[recipient] += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight[recipient])
        try:
            await asyncio.sleep(self.delay)
            outcome = self.outcomes.pop(0) if self.outcomes else Outcome.SENT
            if outcome != Outcome.SENT:
                return SendResult(outcome, error="test")
            self.sent[recipient].append(screen.text)
            return SendResult(Outcome.SENT, message_token=f"tok-{self.calls}", parts=1)
        finally:
            self.in_flight[recipient] -= 1


async def _people(db: Database, count: int, messenger: str = "viber") -> list[str]:
    ids = [f"person-{n}" for n in range(count)]
    async with db.write() as session:
        for person_id in ids:
            await Repo(session).users.touch(messenger, person_id, "uk")
    return ids


async def _queue(db: Database, person_id: str, texts: list[str]) -> list[int]:
    async with db.write() as session:
        screens = [Screen(text=text, buttons=((Button("OK", "m:"),),)) for text in texts]
        return await queue_screens(
            Repo(session), messenger="viber", messenger_user_id=person_id, screens=screens
        )


async def _drain(senders: list[OutboxSender], rounds: int = 200) -> None:
    """Run the workers side by side until a round finds nothing to do."""
    for _ in range(rounds):
        handled = await asyncio.gather(*(sender.run_once() for sender in senders))
        if not any(handled):
            return
    raise AssertionError("the outbox never ran dry")


async def _rows(db: Database) -> list[OutboxMessage]:
    async with db.read() as session:
        return list(
            (await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars()
        )


async def test_every_message_goes_out_once_and_in_order_with_four_workers(
    database: Database,
) -> None:
    people = await _people(database, 12)
    for person_id in people:
        await _queue(database, person_id, [f"{person_id} #{n}" for n in range(5)])
    messenger = Messenger()
    senders = [OutboxSender(database, "viber", messenger, FAST) for _ in range(4)]

    await _drain(senders)

    for person_id in people:
        assert messenger.sent[person_id] == [f"{person_id} #{n}" for n in range(5)]
    assert messenger.calls == 60, "nothing was sent twice"
    assert messenger.most_in_flight == 1, "never two messages to one person at once"
    assert {row.status for row in await _rows(database)} == {"sent"}


async def test_the_hourly_cap_holds_until_the_person_writes(database: Database) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, [f"notice {n}" for n in range(12)])
    policy = dataclasses.replace(FAST, per_user_hourly=10, quota_recheck=timedelta(seconds=0.1))
    messenger = Messenger()
    senders = [OutboxSender(database, "viber", messenger, policy) for _ in range(3)]

    await _drain(senders)
    assert len(messenger.sent[anna]) == 10
    waiting = [row for row in await _rows(database) if row.status == "pending"]
    assert len(waiting) == 2

    await asyncio.sleep(0.15)
    await _drain(senders)
    assert len(messenger.sent[anna]) == 10, "still capped: the person has not written"

    async with database.write() as session:  # the person writes: Viber resets the count
        await Repo(session).users.touch("viber", anna, "uk", reachable=True)
    await asyncio.sleep(0.15)
    await _drain(senders)
    assert messenger.sent[anna] == [f"notice {n}" for n in range(12)]


async def test_the_hourly_cap_lifts_an_hour_after_the_sends(database: Database) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, ["a", "b", "c"])
    policy = dataclasses.replace(FAST, per_user_hourly=2)
    await _drain([OutboxSender(database, "viber", Messenger(), policy)])

    later = utcnow() + timedelta(hours=1, minutes=1)
    async with database.write() as session:
        now_claim = await Repo(session).outbox.claim(
            "viber", limit=5, lease=timedelta(minutes=1), hourly_limit=2
        )
        later_claim = await Repo(session).outbox.claim(
            "viber", limit=5, lease=timedelta(minutes=1), hourly_limit=2, now=later
        )
    assert now_claim == []
    assert [claimed.recipient for claimed in later_claim] == [anna]


async def test_a_row_left_sending_by_a_dead_worker_waits_out_the_cap_as_pending(
    database: Database,
) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, ["a", "b"])
    policy = dataclasses.replace(FAST, per_user_hourly=1)
    await _drain([OutboxSender(database, "viber", Messenger(), policy)])
    later = utcnow() + timedelta(minutes=1)
    lease = timedelta(seconds=1)
    async with database.write() as session:  # a worker ignoring the cap claims "b", then dies
        outbox = Repo(session).outbox
        [lost] = await outbox.claim("viber", limit=1, lease=lease, now=later)

    async with database.write() as session:
        outbox = Repo(session).outbox
        after_lease = later + 2 * lease
        assert (
            await outbox.claim("viber", limit=5, lease=lease, hourly_limit=1, now=after_lease) == []
        )
    row = (await _rows(database))[-1]
    assert row.id == lost.id
    assert (row.status, row.claim_token) == ("pending", None), "put back, not due at every poll"
    async with database.write() as session:
        outbox = Repo(session).outbox
        assert await outbox.claim("viber", limit=5, lease=lease, now=after_lease + lease) == []


async def test_a_worker_that_dies_mid_send_loses_nothing(database: Database) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, ["staff reply"])
    async with database.write() as session:  # a worker claims, then its process dies
        [lost] = await Repo(session).outbox.claim("viber", limit=1, lease=timedelta(seconds=0.2))
    messenger = Messenger()
    survivor = OutboxSender(database, "viber", messenger, FAST)

    assert await survivor.run_once() == 0, "the lease still holds"
    await asyncio.sleep(0.25)
    assert await survivor.run_once() == 1
    assert messenger.sent[anna] == ["staff reply"]

    async with database.write() as session:  # the dead worker wakes up: too late
        assert not await Repo(session).outbox.mark_sent(
            lost.id, lost.claim_token, message_token="late", parts=1
        )
    [row] = await _rows(database)
    assert (row.status, row.attempts, row.message_token) == ("sent", 2, "tok-1")


async def test_transient_failures_back_off_then_succeed_or_give_up(database: Database) -> None:
    anna, boris = await _people(database, 2)
    await _queue(database, anna, ["to anna"])
    flaky = Messenger([Outcome.RETRY, Outcome.RETRY])
    sender = OutboxSender(database, "viber", flaky, FAST)
    await sender.run_once()
    [row] = await _rows(database)
    assert row.status == "pending"
    assert row.next_attempt_at is not None
    await asyncio.sleep(0.3)
    await _drain([sender])
    await asyncio.sleep(0.3)
    await _drain([sender])
    [row] = await _rows(database)
    assert (row.status, row.attempts) == ("sent", 3)
    assert flaky.sent[anna] == ["to anna"]

    await _queue(database, boris, ["to boris"])
    down = Messenger([Outcome.RETRY] * 10)
    sender = OutboxSender(database, "viber", down, FAST)
    for _ in range(20):
        await sender.run_once()
        await asyncio.sleep(0.1)
    row = (await _rows(database))[-1]
    assert (row.status, row.attempts) == ("given_up", FAST.max_attempts)
    assert down.calls == FAST.max_attempts


async def test_rate_limits_wait_without_spending_attempts(database: Database) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, ["notice"])
    limited = Messenger([Outcome.RATE_LIMITED] * 6)
    sender = OutboxSender(database, "viber", limited, FAST)
    for _ in range(30):
        await sender.run_once()
        await asyncio.sleep(0.06)
        if limited.sent[anna]:
            break
    [row] = await _rows(database)
    assert (row.status, row.attempts) == ("sent", 1)


async def test_an_unreachable_person_is_marked_and_never_messaged_again(
    database: Database,
) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, ["one", "two", "three"])
    marked: list[str] = []

    async def unreachable(person_id: str) -> None:
        marked.append(person_id)
        async with database.write() as session:
            await Repo(session).users.mark_subscribed("viber", person_id, False)

    blocked = Messenger([Outcome.UNREACHABLE])
    await _drain([OutboxSender(database, "viber", blocked, FAST, on_unreachable=unreachable)])

    assert marked == [anna]
    assert blocked.calls == 1, "after the first refusal nothing more was tried"
    assert [row.status for row in await _rows(database)] == ["cancelled"] * 3


async def test_the_same_dedupe_key_is_queued_once(database: Database) -> None:
    [anna] = await _people(database, 1)
    screens = [Screen(text="staff: your card is ready")]

    async def queue_once() -> list[int]:
        async with database.write() as session:
            return await queue_screens(
                Repo(session),
                messenger="viber",
                messenger_user_id=anna,
                screens=screens,
                dedupe_key="tg-msg-77",
            )

    results = await asyncio.gather(*(queue_once() for _ in range(5)))
    assert sum(len(ids) for ids in results) == 1
    assert len(await _rows(database)) == 1


async def test_receipts_only_move_a_message_forward(database: Database) -> None:
    [anna] = await _people(database, 1)
    await _queue(database, anna, ["a", "b"])
    await _drain([OutboxSender(database, "viber", Messenger(), FAST)])
    first, second = await _rows(database)

    async with database.write() as session:
        outbox = Repo(session).outbox
        assert await outbox.record_receipt("viber", first.message_token or "", "seen")
        assert await outbox.record_receipt("viber", first.message_token or "", "delivered")
        assert await outbox.record_receipt("viber", second.message_token or "", "failed")
        assert not await outbox.record_receipt("viber", "not-ours", "delivered")
        assert not await outbox.record_receipt("telegram", first.message_token or "", "seen")
    first, second = await _rows(database)
    assert first.status == "seen"
    assert first.delivered_at is not None
    assert first.seen_at is not None
    assert second.status == "failed"
    assert second.failed_at is not None


async def test_a_failure_after_one_send_does_not_abandon_the_others(database: Database) -> None:
    """The batch's other sends finish and are settled before ``run_once`` returns."""
    anna, boris = await _people(database, 2)
    await _queue(database, anna, ["to anna"])
    await _queue(database, boris, ["to boris"])

    async def send(recipient: str, screen: Screen) -> SendResult:
        if recipient == anna:
            return SendResult(Outcome.UNREACHABLE, error="test")
        await asyncio.sleep(0.2)
        return SendResult(Outcome.SENT, message_token="tok-boris", parts=1)

    async def unreachable(person_id: str) -> None:
        raise RuntimeError("the database went away")

    sender = OutboxSender(database, "viber", send, FAST, on_unreachable=unreachable)
    assert await sender.run_once() == 2
    assert [row.status for row in await _rows(database)] == ["cancelled", "sent"]
