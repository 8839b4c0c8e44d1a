"""The office's policy switches: book once by default; cancel and move when switched on.

Also the staff side: ``/bookings`` in the staff chat (admins only) and the CLI that
generates slots, blocks a day and exports the hall's list.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.__main__ import main as cli
from bot.booking_admin import today
from bot.config import Settings
from dialogs import Localizer
from storage import Database, Repo
from storage.booking import Booking, Slot
from storage.models import OutboxMessage, utcnow
from tests.support.booking import open_slots, prove_case
from tests.support.drivers import Seen
from tests.support.telegram_driver import TelegramDriver, telegram_driver
from tests.support.telegram_factories import make_group_message, person

STAFF_CHAT = -1009990001111
ADMIN = 5001


def with_policy(settings: Settings, **booking: object) -> Settings:
    section = settings.booking.model_copy(update=booking)
    telegram = settings.telegram.model_copy(
        update={"staff_chat_id": STAFF_CHAT, "admin_ids": [ADMIN]}
    )
    return settings.model_copy(update={"booking": section, "telegram": telegram})


@pytest.fixture
def l10n(settings: Settings) -> Localizer:
    return Localizer(languages=settings.dialogs.languages)


@pytest.fixture
async def flexible(settings: Settings) -> AsyncIterator[TelegramDriver]:
    configured = with_policy(
        settings, allow_cancel=True, allow_reschedule=True, change_cutoff_hours=24
    )
    async with telegram_driver(configured) as driver:
        assert driver.core is not None
        await open_slots(driver.core.db, configured)
        yield driver


@pytest.fixture
async def strict(settings: Settings) -> AsyncIterator[TelegramDriver]:
    configured = with_policy(settings)
    async with telegram_driver(configured) as driver:
        assert driver.core is not None
        await open_slots(driver.core.db, configured)
        yield driver


def payloads(seen: list[Seen], prefix: str) -> list[str]:
    return [p for message in seen for p in message.payloads if p.startswith(prefix)]


def text(seen: list[Seen]) -> str:
    return "\n".join(message.text for message in seen)


async def book_next_week(driver: TelegramDriver, user: int, lang: str = "en") -> list[Seen]:
    assert driver.core is not None
    await driver.start(user, lang)
    await driver.tap(user, driver.core.dialogs.l10n(lang, "lang-name"))
    await prove_case(driver.core.db, "telegram", str(user), number=f"{user}/2026")
    seen = await driver.tap_payload(user, "a:book")
    seen = await driver.tap_payload(user, payloads(seen, "bkw:")[-1])
    for prefix in ("bkd:", "bkt:", "bkc:"):
        seen = await driver.tap_payload(user, payloads(seen, prefix)[0])
    return seen


async def rows(db: Database, model: type) -> list:
    async with db.read() as session:
        return list((await session.execute(select(model).order_by(model.id))).scalars().all())


async def test_by_default_a_booking_cannot_be_changed_online(
    strict: TelegramDriver, l10n: Localizer
) -> None:
    done = await book_next_week(strict, 301)
    assert l10n("en", "booking-fixed").split("\n")[0] in text(done)
    assert not payloads(done, "bk:cx")
    assert not payloads(done, "bk:mv")
    [booking] = await rows(strict.core.db, Booking)  # type: ignore[union-attr]
    refused = await strict.tap_payload(301, f"bk:cy:{booking.id}")
    assert l10n("en", "menu-changed") in text(refused), "a forged cancel never acts"
    [still] = await rows(strict.core.db, Booking)  # type: ignore[union-attr]
    assert still.status == "active"


async def test_cancelling_frees_the_place_and_takes_back_the_reminders(
    flexible: TelegramDriver, l10n: Localizer
) -> None:
    db = flexible.core.db  # type: ignore[union-attr]
    done = await book_next_week(flexible, 302)
    [booking] = await rows(db, Booking)
    assert [r.status for r in await rows(db, OutboxMessage)] == ["pending", "pending"]

    ask = await flexible.tap_payload(302, payloads(done, "bk:cx:")[0])
    assert f"bk:cy:{booking.id}" in payloads(ask, "bk:cy:")
    cancelled = await flexible.tap_payload(302, f"bk:cy:{booking.id}")

    assert l10n("en", "booking-cancelled").split(".")[0] in text(cancelled)
    [booking] = await rows(db, Booking)
    assert booking.status == "cancelled"
    assert [r.status for r in await rows(db, OutboxMessage)] == ["cancelled", "cancelled"]
    async with db.read() as session:
        slot = await session.get(Slot, booking.slot_id)
    assert slot is not None
    assert slot.taken == 0
    again = await flexible.tap_payload(302, "a:book")
    assert payloads(again, "bkd:"), "the case may be booked again while the window is open"


async def test_moving_a_visit_keeps_one_booking_and_moves_the_reminders(
    flexible: TelegramDriver, l10n: Localizer
) -> None:
    db = flexible.core.db  # type: ignore[union-attr]
    done = await book_next_week(flexible, 303)
    [old] = await rows(db, Booking)

    seen = await flexible.tap_payload(303, payloads(done, "bk:mv:")[0])
    seen = await flexible.tap_payload(303, payloads(seen, "bkw:")[-1])
    seen = await flexible.tap_payload(303, payloads(seen, "bkd:")[-1])
    seen = await flexible.tap_payload(303, payloads(seen, "bkt:")[-1])
    moved = await flexible.tap_payload(303, payloads(seen, "bkc:")[0])

    old_now, new = await rows(db, Booking)
    assert (old_now.id, old_now.status, new.status) == (old.id, "cancelled", "active")
    assert new.slot_id != old.slot_id
    assert l10n("en", "booking-confirmed-title") in text(moved)
    reminders = await rows(db, OutboxMessage)
    assert [(r.dedupe_key.split(":")[1], r.status) for r in reminders] == [
        (str(old.id), "cancelled"),
        (str(old.id), "cancelled"),
        (str(new.id), "pending"),
        (str(new.id), "pending"),
    ]


async def test_no_change_inside_the_cutoff(flexible: TelegramDriver, l10n: Localizer) -> None:
    db = flexible.core.db  # type: ignore[union-attr]
    await book_next_week(flexible, 304)
    [booking] = await rows(db, Booking)
    async with db.write() as session:  # the visit is now 3 hours away
        slot = await session.get(Slot, booking.slot_id)
        assert slot is not None
        slot.starts_at = utcnow() + timedelta(hours=3)

    refused = await flexible.tap_payload(304, f"bk:cy:{booking.id}")

    assert l10n("en", "booking-too-late", hours=24) in text(refused)
    [booking] = await rows(db, Booking)
    assert booking.status == "active"


# -- the staff side


async def staff_says(driver: TelegramDriver, who: int, words: str) -> list[str]:
    before = len(driver.fake.sent_to(STAFF_CHAT))
    await driver.feed(make_group_message(person(who, "pl"), words, chat_id=STAFF_CHAT))
    return [call.result["text"] for call in driver.fake.sent_to(STAFF_CHAT)[before:]]


async def test_staff_list_the_days_visits_with_masked_case_numbers(
    strict: TelegramDriver, l10n: Localizer
) -> None:
    await book_next_week(strict, 305)
    [booking] = await rows(strict.core.db, Booking)  # type: ignore[union-attr]
    day = booking.day.isoformat()

    [listing] = await staff_says(strict, ADMIN, f"/bookings {day} poznan")
    assert booking.code in listing
    assert "…2026" in listing
    assert "305/2026" not in listing, "case number masked"
    [other_office] = await staff_says(strict, ADMIN, f"/bookings {day} kalisz")
    assert booking.code not in other_office
    assert l10n("pl", "booking-staff-none") in other_office
    [denied] = await staff_says(strict, 6002, f"/bookings {day}")
    assert denied == l10n("pl", "booking-staff-denied")
    [usage] = await staff_says(strict, ADMIN, "/bookings tomorrow")
    assert "/bookings" in usage
    assert strict.fake.sent_to(305)[-1].method == "sendDocument", "the person's chat untouched"


async def test_staff_block_a_day_in_the_staff_chat(strict: TelegramDriver, l10n: Localizer) -> None:
    await book_next_week(strict, 306)
    [booking] = await rows(strict.core.db, Booking)  # type: ignore[union-attr]
    day = booking.day.isoformat()

    [denied] = await staff_says(strict, 6002, f"/block {day} poznan")
    [usage] = await staff_says(strict, ADMIN, f"/block {day}")
    [blocked] = await staff_says(strict, ADMIN, f"/block {day} poznan")

    assert denied == l10n("pl", "booking-staff-denied")
    assert "/block" in usage
    assert blocked.endswith(": 1."), "one visit was booked that day already"
    async with strict.core.db.read() as session:  # type: ignore[union-attr]
        free = await Repo(session).booking.free_days("poznan", after=utcnow())
    assert booking.day not in [d.day for d in free]


def test_cli_generates_slots_once_blocks_a_day_and_exports_the_hall_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\nurl = "' + url + '"\n[booking]\npublic_holidays = []\n'
        '[booking.offices.konin]\nweekdays = [1,2,3,4,5,6,7]\nopens = "09:00"\n'
        'closes = "10:00"\nslot_minutes = 30\npeople_per_slot = 2\n',
        encoding="utf-8",
    )

    def run(*args: str) -> int:
        return cli(["--config", str(config), *args])

    assert run("slots", "generate", "--days", "3") == 0
    assert "konin: 6 slots created, 0 existed" in capsys.readouterr().out
    assert run("slots", "generate", "--days", "3") == 0
    assert "konin: 0 slots created, 6 existed" in capsys.readouterr().out

    tomorrow = (today() + timedelta(days=1)).isoformat()
    assert run("slots", "block", "--date", tomorrow, "--office", "konin") == 0
    assert run("slots", "block", "--date", tomorrow, "--office", "warszawa") == 2
    assert run("slots", "generate", "--days", "4") == 0
    out = capsys.readouterr().out
    assert f"konin {tomorrow}: blocked; 0 visits already booked" in out
    assert "konin: 2 slots created, 4 existed" in out, "nothing on the blocked day"
    booking = asyncio.run(_book_in_konin(url))

    hall = tmp_path / "hall.csv"
    day = booking.day.isoformat()
    assert run("bookings", "export", "--date", day, "--out", str(hall)) == 0
    [header, row] = list(csv.reader(io.StringIO(hall.read_text(encoding="utf-8"))))
    assert header == ["office", "date", "time", "code", "case"]
    assert row == ["konin", day, "09:00", booking.code, "…2016"]


async def _book_in_konin(url: str) -> Booking:
    db = Database(url)
    try:
        case = await prove_case(db, "telegram", "p1", office="konin")
        async with db.write() as session:
            repo = Repo(session)
            after = datetime.combine(today(), time(0), UTC)
            day = today() + timedelta(days=2)
            slot = (await repo.booking.free_slots("konin", day, after=after))[0]
            user = await repo.users.get("telegram", "p1")
            assert user is not None
            assert user.id is not None
            assert slot.id is not None
            return await repo.booking.book(case_id=case, slot_id=slot.id, user_id=user.id)
    finally:
        await db.dispose()
