"""Setting the scene for booking tests: slots from the schedule, a case the person proved.

The case look-up itself is tested elsewhere; here the person has just checked a case
(a ``case_links`` row, as a successful look-up leaves) so the booking flow can start.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.booking_admin import booking_policy, generate_slots, today
from bot.config import Settings
from storage import AWAITING_ATTENDANCE, Database, Repo


async def open_slots(
    db: Database,
    settings: Settings,
    days: int = 15,
    offices: tuple[str, ...] = ("poznan",),
    *,
    first: date | None = None,
) -> None:
    """The schedule's slots for the next ``days`` days (Poznań only: the tests' cases are there).

    From today unless ``first`` says otherwise: how many of today's slots are still
    offered depends on the hour the test runs, so a test that needs a full day's
    choice starts tomorrow.
    """
    policy = booking_policy(settings.booking)
    only = {key: office for key, office in policy.offices.items() if key in offices}
    await generate_slots(db, replace(policy, offices=only), days, first=first)


async def prove_case(
    db: Database,
    messenger: str,
    messenger_user_id: str,
    *,
    number: str = "2555583/2016",
    status: str = AWAITING_ATTENDANCE,
    since: date | None = None,
    office: str = "poznan",
    remembered: bool = False,
) -> int:
    """A case in the store, proved by the person just now; its id."""
    async with db.write() as session:
        repo = Repo(session)
        user = await repo.users.touch(messenger, messenger_user_id, None)
        case = (
            await repo.cases.upsert(
                number,
                status=status,
                office=office,
                filed_on=None,
                status_since=since or today() - timedelta(days=2),
            )
        ).case
        assert user.id is not None
        assert case.id is not None
        await repo.cases.link(user.id, case.id, remembered=remembered)
        return case.id
