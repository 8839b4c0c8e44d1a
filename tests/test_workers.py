"""Several workers on one database (a bigger office): the rules hold across processes.

Each worker is its own ``Database`` (its own pool, as a separate process would have)
and its own ``Dialogs`` (its own per-person locks), on the same SQLite file or the same
PostgreSQL schema. Telegram may redeliver an update to another worker; Viber posts a
person's burst to whichever worker the balancer picks.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from dialogs import Dialogs, FaqSearch, Incoming, Kind, Localizer, load_catalogue
from storage import Conversation, Database, User


@pytest.fixture(scope="module")
def content() -> tuple:
    catalogue = load_catalogue()
    l10n = Localizer()
    return catalogue, l10n, FaqSearch(catalogue, l10n)


@pytest.fixture
async def workers(database: Database, content: tuple) -> AsyncIterator[list[Dialogs]]:
    second = Database(
        database.url.render_as_string(hide_password=False), connect_args=database.connect_args
    )
    yield [Dialogs(database, *content), Dialogs(second, *content)]
    await second.dispose()


def tap(user: str, payload: str, key: str) -> Incoming:
    return Incoming("telegram", user, Kind.BUTTON, payload=payload, update_key=key)


async def test_an_update_redelivered_to_another_worker_is_handled_once(
    workers: list[Dialogs],
) -> None:
    first, second = workers
    await first.handle(tap("1", "lang:uk", "u1"))
    results = await asyncio.gather(
        *(worker.handle(tap("1", "m:card", "u2")) for worker in (first, second, first, second))
    )
    assert sum(1 for screens in results if screens) == 1


async def test_one_persons_burst_spread_over_workers_loses_no_update(
    workers: list[Dialogs], database: Database
) -> None:
    first, second = workers
    await first.handle(tap("7", "lang:en", "k0"))
    payloads = ["m:card", "f:card-fee", "m:", "m:fees", "f:fees-stamp-duty"] * 4
    results = await asyncio.gather(
        *(
            (first if n % 2 else second).handle(tap("7", payload, f"k{n + 1}"))
            for n, payload in enumerate(payloads)
        )
    )
    assert all(results), "every update of the burst got its screens"
    async with database.read() as session:
        user = (
            await session.execute(select(User).where(User.messenger_user_id == "7"))
        ).scalar_one()
        conv = await session.get(Conversation, user.id)
        users = (await session.execute(select(func.count()).select_from(User))).scalar_one()
    assert conv is not None
    assert conv.version == 1 + len(payloads), "each update saved exactly one new state"
    assert users == 1


async def test_first_contacts_of_many_people_on_two_workers(
    workers: list[Dialogs], database: Database
) -> None:
    starts = [
        worker.handle(Incoming("viber", f"p{n}", Kind.START, language_hint="uk"))
        for n in range(40)
        for worker in workers
    ]
    results = await asyncio.gather(*starts)
    assert all(results)
    async with database.read() as session:
        users = (await session.execute(select(func.count()).select_from(User))).scalar_one()
        convs = (await session.execute(select(func.count()).select_from(Conversation))).scalar_one()
    assert (users, convs) == (40, 40)
