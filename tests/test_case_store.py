"""The case tables: upsert, proof of a case, and look-up limits that hold under concurrency."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from storage import Database, Repo
from storage.models import utcnow


async def _user(db: Database, uid: str = "1") -> int:
    async with db.write() as s:
        user = await Repo(s).users.touch("telegram", uid, None)
        assert user.id is not None
        return user.id


CASE = {"office": "poznan", "filed_on": None}


async def test_upsert_reports_what_was_there_before(database: Database) -> None:
    async with database.write() as s:
        first = await Repo(s).cases.upsert(
            "2555583/2016", status="received", status_since=date(2026, 11, 1), code_hash="h", **CASE
        )
        assert first.created
        assert first.previous_status is None
        assert not first.status_changed
    async with database.write() as s:
        again = await Repo(s).cases.upsert(
            "2555583/2016",
            status="card_ready",
            status_since=date(2026, 11, 20),
            keep_code=True,
            **CASE,
        )
        assert again.previous_status == "received"
        assert again.status_changed
        assert again.case.id == first.case.id
        assert again.case.code_hash == "h"  # the HTTP mirror has no code and keeps the hash
    async with database.write() as s:
        same = await Repo(s).cases.upsert(
            "2555583/2016",
            status="card_ready",
            status_since=date(2026, 11, 20),
            keep_code=True,
            **CASE,
        )
        assert not same.changed
        assert not same.status_changed


async def test_verified_for_needs_a_recent_check_or_remembering(database: Database) -> None:
    user_id = await _user(database)
    async with database.write() as s:
        repo = Repo(s)
        upserted = await repo.cases.upsert(
            "1/2026",
            status="awaiting_attendance",
            office="kalisz",
            filed_on=None,
            status_since=date(2026, 11, 25),
        )
        case = upserted.case
        assert case.id is not None
        assert not await repo.cases.verified_for(user_id, case.id, within=timedelta(hours=24))
        await repo.cases.link(user_id, case.id)
        assert await repo.cases.verified_for(user_id, case.id, within=timedelta(hours=24))
        assert not await repo.cases.verified_for(user_id, case.id, within=timedelta(0))
        await repo.cases.link(user_id, case.id, remembered=True)
        assert await repo.cases.verified_for(user_id, case.id, within=timedelta(0))
        assert [c.id for c in await repo.cases.remembered_by(user_id)] == [case.id]
        await repo.cases.forget(user_id, case.id)
        assert not await repo.cases.verified_for(user_id, case.id, within=timedelta(hours=24))


async def test_concurrent_attempts_never_exceed_the_person_limit(database: Database) -> None:
    """Twenty attempts at once from one person: exactly five get through."""
    user_id = await _user(database)

    async def attempt(i: int) -> bool:
        async with database.write() as s:
            verdict = await Repo(s).cases.try_attempt(
                user_id,
                f"{i}/2026",
                per_user=5,
                user_window=timedelta(hours=1),
                per_case=10,
                case_window=timedelta(days=1),
            )
            return verdict.allowed

    results = await asyncio.gather(*(attempt(i) for i in range(20)))
    assert sum(results) == 5


async def test_concurrent_attempts_never_exceed_the_case_limit(database: Database) -> None:
    """Thirty people at once at one case number: exactly ten get through."""
    users = [await _user(database, str(i)) for i in range(30)]

    async def attempt(user_id: int) -> bool:
        async with database.write() as s:
            verdict = await Repo(s).cases.try_attempt(
                user_id,
                "7/2026",
                per_user=5,
                user_window=timedelta(hours=1),
                per_case=10,
                case_window=timedelta(days=1),
            )
            return verdict.allowed

    results = await asyncio.gather(*(attempt(u) for u in users))
    assert sum(results) == 10


async def test_lock_out_ends_when_the_oldest_attempt_ages_out(database: Database) -> None:
    user_id = await _user(database)
    start = utcnow()
    limits = {
        "per_user": 2,
        "user_window": timedelta(hours=1),
        "per_case": 10,
        "case_window": timedelta(days=1),
    }
    async with database.write() as s:
        cases = Repo(s).cases
        assert (await cases.try_attempt(user_id, "a", now=start, **limits)).allowed
        later = start + timedelta(minutes=10)
        assert (await cases.try_attempt(user_id, "b", now=later, **limits)).allowed
        refused = await cases.try_attempt(user_id, "c", now=later, **limits)
        assert not refused.allowed
        assert refused.retry_at == start + timedelta(hours=1)
        after = start + timedelta(hours=1, seconds=1)
        assert (await cases.try_attempt(user_id, "c", now=after, **limits)).allowed


async def test_old_attempts_are_pruned_and_no_longer_count(database: Database) -> None:
    user_id = await _user(database)
    limits = {
        "per_user": 1,
        "user_window": timedelta(hours=1),
        "per_case": 10,
        "case_window": timedelta(days=1),
    }
    async with database.write() as s:
        cases = Repo(s).cases
        old = utcnow() - timedelta(days=2)
        assert (await cases.try_attempt(user_id, "a", now=old, **limits)).allowed
        assert (await cases.try_attempt(user_id, "a", **limits)).allowed
        assert await cases.prune_attempts(timedelta(days=1)) == 1
        assert not (await cases.try_attempt(user_id, "b", **limits)).allowed
