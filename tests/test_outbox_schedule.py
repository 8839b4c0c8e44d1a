"""Messages queued for later (reminders, notices) and the rules around them.

A row due later must not hold back a row due now: the outbox orders one person's
messages by when they are meant to go out, then by the order they were queued.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from dialogs import Screen
from dialogs.outbox import queue_screens
from storage import Database, NestedWriteError, Repo
from storage.models import utcnow

LEASE = timedelta(minutes=1)


async def _person(db: Database, person_id: str = "anna") -> int:
    async with db.write() as session:
        user = await Repo(session).users.touch("viber", person_id, "uk")
    assert user.id is not None
    return user.id


async def _queue(db: Database, user_id: int, text: str, **kwargs: object) -> list[int]:
    async with db.write() as session:
        return await queue_screens(
            Repo(session), user_id=user_id, messenger="viber", screens=[Screen(text)], **kwargs
        )


async def _claim_texts(db: Database, **kwargs: object) -> list[str]:
    async with db.write() as session:
        claimed = await Repo(session).outbox.claim("viber", limit=10, lease=LEASE, **kwargs)
    return [row.payload["text"] for row in claimed]


async def test_a_reminder_due_in_two_days_does_not_hold_back_a_reply_due_now(
    database: Database,
) -> None:
    anna = await _person(database)
    await _queue(database, anna, "reminder", not_before=utcnow() + timedelta(days=2))
    async with database.read() as session:
        assert not await Repo(session).outbox.waiting("viber", "anna"), (
            "a reminder for the day after tomorrow made a live reply wait behind it"
        )
    await _queue(database, anna, "reply")
    assert await _claim_texts(database) == ["reply"]


async def test_messages_go_out_in_the_order_they_are_meant_for(database: Database) -> None:
    anna = await _person(database)
    now = utcnow()
    await _queue(database, anna, "in two days", not_before=now + timedelta(days=2))
    await _queue(database, anna, "in one day", not_before=now + timedelta(days=1))
    await _queue(database, anna, "now")

    texts: list[str] = []
    soon = timedelta(minutes=1)
    for at in (now + soon, now + timedelta(days=1) + soon, now + timedelta(days=2) + soon):
        texts += await _claim_texts(database, now=at)
        await _settle_all(database)
    assert texts == ["now", "in one day", "in two days"]


async def test_a_row_held_back_by_flood_control_keeps_later_replies_behind_it(
    database: Database,
) -> None:
    anna = await _person(database)
    until = utcnow() + timedelta(seconds=30)
    await _queue(database, anna, "first", not_before=until)
    await _queue(database, anna, "second", not_before=until)
    assert await _claim_texts(database) == []
    assert await _claim_texts(database, now=until + timedelta(seconds=1)) == ["first"]


async def test_pending_rows_are_cancelled_by_their_key_prefix(database: Database) -> None:
    anna = await _person(database)
    later = utcnow() + timedelta(days=1)
    await _queue(database, anna, "remind 1", dedupe_key="remind:7:24h", not_before=later)
    await _queue(database, anna, "remind 2", dedupe_key="remind:7:2h", not_before=later)
    await _queue(database, anna, "other booking", dedupe_key="remind:70:24h", not_before=later)
    await _queue(database, anna, "percent", dedupe_key="remind%:1", not_before=later)

    async with database.write() as session:
        cancelled = await Repo(session).outbox.cancel_pending("viber", dedupe_prefix="remind:7:")
    assert cancelled == 2
    async with database.write() as session:
        assert await Repo(session).outbox.cancel_pending("viber", dedupe_prefix="remind%") == 1
    texts = await _claim_texts(database, now=later + timedelta(minutes=1))
    assert texts == ["other booking"]


async def test_a_nested_write_fails_at_once_instead_of_deadlocking(database: Database) -> None:
    async with database.write():
        with pytest.raises(NestedWriteError):
            async with database.write():
                pass
    # The outer transaction ended cleanly and the next write works.
    await _person(database)


async def _settle_all(db: Database) -> None:
    from sqlalchemy import update

    from storage import OutboxMessage

    async with db.write() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == "sending")
            .values(status="sent", sent_at=utcnow(), claim_token=None)
        )
