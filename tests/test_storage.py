"""Storage rules that must hold under concurrency, on SQLite and (when it answers) PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from storage import Conversation, Database, ProcessedUpdate, Repo, User


async def test_first_contact_burst_makes_one_user_and_one_conversation(database: Database) -> None:
    async def first_message() -> int:
        async with database.write() as session:
            repo = Repo(session)
            user = await repo.users.touch("telegram", "42", "uk")
            conv = await repo.conversations.load(user.id)
            return conv.user_id

    ids = await asyncio.gather(*(first_message() for _ in range(20)))
    assert len(set(ids)) == 1
    async with database.read() as session:
        users = (await session.execute(select(func.count()).select_from(User))).scalar_one()
        convs = (await session.execute(select(func.count()).select_from(Conversation))).scalar_one()
    assert (users, convs) == (1, 1)


async def test_duplicate_update_claimed_once_under_concurrency(database: Database) -> None:
    async def claim() -> bool:
        async with database.write() as session:
            return await Repo(session).updates.claim("viber", "token-1")

    results = await asyncio.gather(*(claim() for _ in range(25)))
    assert results.count(True) == 1
    async with database.read() as session:
        count = (
            await session.execute(select(func.count()).select_from(ProcessedUpdate))
        ).scalar_one()
    assert count == 1


async def test_same_update_key_on_two_messengers_is_two_updates(database: Database) -> None:
    async with database.write() as session:
        repo = Repo(session)
        assert await repo.updates.claim("telegram", "7")
        assert await repo.updates.claim("viber", "7")
        assert not await repo.updates.claim("telegram", "7")


async def test_conversation_save_refuses_a_stale_version(database: Database) -> None:
    async with database.write() as session:
        repo = Repo(session)
        user = await repo.users.touch("telegram", "1", None)
        conv = await repo.conversations.load(user.id)
        assert await repo.conversations.save(user.id, conv.version, "idle", {"x": 1})
        assert not await repo.conversations.save(user.id, conv.version, "other", {"x": 2})
    async with database.read() as session:
        stored = await session.get(Conversation, user.id)
    assert stored is not None
    assert (stored.state, stored.data, stored.version) == ("idle", {"x": 1}, 1)


async def test_concurrent_saves_from_one_version_let_exactly_one_win(database: Database) -> None:
    async with database.write() as session:
        user = await Repo(session).users.touch("viber", "u", None)
        await Repo(session).conversations.load(user.id)

    async def save(n: int) -> bool:
        async with database.write() as session:
            return await Repo(session).conversations.save(user.id, 0, f"s{n}", {"n": n})

    results = await asyncio.gather(*(save(n) for n in range(10)))
    assert results.count(True) == 1


async def test_language_and_hint_survive_later_contacts(database: Database) -> None:
    async with database.write() as session:
        repo = Repo(session)
        user = await repo.users.touch("telegram", "5", "ru")
        await repo.users.set_language(user.id, "uk")
    async with database.write() as session:
        again = await Repo(session).users.touch("telegram", "5", None)
    assert (again.language, again.language_hint) == ("uk", "ru")
    assert again.last_seen >= again.first_seen


async def test_feedback_summary_counts_both_answers(database: Database) -> None:
    async with database.write() as session:
        repo = Repo(session)
        user = await repo.users.touch("telegram", "9", None)
        for helpful in (True, True, False):
            await repo.feedback.record(user.id, "card-fee", helpful)
        assert await repo.feedback.summary() == {"card-fee": (2, 1)}


async def test_old_update_keys_are_pruned_recent_ones_kept(database: Database) -> None:
    async with database.write() as session:
        assert await Repo(session).updates.claim("telegram", "old")
    async with database.write() as session:
        assert await Repo(session).updates.prune(timedelta(days=7)) == 0
        assert await Repo(session).updates.prune(timedelta(0)) == 1
    async with database.write() as session:
        assert await Repo(session).updates.claim("telegram", "old")
