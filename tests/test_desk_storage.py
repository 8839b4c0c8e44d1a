"""The staff desk's rules in the database, on SQLite and (when it answers) PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from storage import Database, Repo, Ticket
from storage.models import utcnow


async def _person(db: Database, uid: str = "42") -> int:
    async with db.write() as session:
        user = await Repo(session).users.touch("telegram", uid, "uk")
        assert user.id is not None
        return user.id


async def _open(db: Database, user_id: int) -> tuple[int, bool]:
    async with db.write() as session:
        ticket, new = await Repo(session).desk.open_ticket(
            user_id, language="uk", messenger="telegram", category="card"
        )
        return ticket.number, new


async def test_a_burst_of_first_messages_opens_one_ticket(database: Database) -> None:
    user_id = await _person(database)
    results = await asyncio.gather(*(_open(database, user_id) for _ in range(15)))
    assert len({number for number, _ in results}) == 1
    assert [new for _, new in results].count(True) == 1


async def test_a_second_unfinished_ticket_is_refused_by_the_database(database: Database) -> None:
    user_id = await _person(database)
    await _open(database, user_id)
    async with database.write() as session:
        session.add(Ticket(user_id=user_id, language="pl", messenger="telegram"))
        with pytest.raises(IntegrityError):
            await session.flush()
        await session.rollback()


async def test_lifecycle_waiting_open_closed_rated_and_a_new_ticket_after(
    database: Database,
) -> None:
    user_id = await _person(database)
    number, _ = await _open(database, user_id)
    async with database.write() as session:
        desk = Repo(session).desk
        assert await desk.first_reply(number)
        assert not await desk.first_reply(number)  # only the first reply opens it
        assert not await desk.rate(number, user_id, 5)  # not closed yet
        assert await desk.close(number, by="staff")
        assert not await desk.close(number, by="person")  # closed once
        assert not await desk.rate(number, user_id, 6)
        assert not await desk.rate(number, user_id + 1, 4)  # not theirs
        assert await desk.rate(number, user_id, 4)
        assert not await desk.rate(number, user_id, 1)  # the first rating counts
        ticket = await desk.get(number)
        assert ticket is not None
        assert (ticket.status, ticket.closed_by, ticket.rating) == ("closed", "staff", 4)
    second, new = await _open(database, user_id)
    assert new
    assert second != number
    async with database.write() as session:
        # The old one cannot be reopened while the new one is unfinished.
        assert not await Repo(session).desk.reopen(number)
        assert await Repo(session).desk.close(second, by="person")
        assert await Repo(session).desk.reopen(number)


async def test_rating_out_of_range_is_refused_by_the_database(database: Database) -> None:
    user_id = await _person(database)
    number, _ = await _open(database, user_id)
    async with database.write() as session:
        ticket = await session.get(Ticket, number)
        assert ticket is not None
        ticket.rating = 9
        with pytest.raises(IntegrityError):
            await session.flush()
        await session.rollback()


async def test_topics_pairs_bans_and_stats(database: Database) -> None:
    a, b = await _person(database, "1"), await _person(database, "2")
    number, _ = await _open(database, a)
    async with database.write() as session:
        desk = Repo(session).desk
        await desk.save_topic(a, chat_id=-100, thread_id=7, title="x")
        await desk.save_topic(a, chat_id=-100, thread_id=9, title="y")  # recreated
        topic = await desk.topic(a)
        assert topic is not None
        assert (topic.thread_id, topic.title) == (9, "y")
        assert (await desk.topic_at(-100, 9)) is not None
        assert await desk.topic_at(-100, 7) is None
        assert await desk.note_unreachable(a, True)
        assert not await desk.note_unreachable(a, True)  # said once
        assert await desk.note_unreachable(a, False)
        await desk.pair(number, a, "in", person_message_id="11", staff_message_id=501)
        await desk.pair(number, a, "out", person_message_id="12", staff_message_id=502)
        pair = await desk.by_staff_message(502)
        assert pair is not None
        assert pair.person_message_id == "12"
        pair = await desk.by_person_message(a, "11")
        assert pair is not None
        assert pair.staff_message_id == 501
        assert await desk.ban(b, by=9)
        assert not await desk.ban(b, by=9)
        assert await desk.is_banned(b)
        assert await desk.unban(b)
        assert not await desk.is_banned(b)
        await desk.first_reply(number)
        await desk.close(number, by="staff")
        await desk.rate(number, a, 5)
        stats = await desk.stats(utcnow() - timedelta(days=1))
    assert (stats.opened, stats.closed, stats.ratings[5]) == (1, 1, 1)
    assert stats.median_first_reply_seconds is not None
    async with database.write() as session:
        with pytest.raises(IntegrityError):
            await Repo(session).desk.save_topic(b, chat_id=-100, thread_id=9, title="z")
    async with database.read() as session:
        count = (await session.execute(select(func.count()).select_from(Ticket))).scalar_one()
    assert count == 1
