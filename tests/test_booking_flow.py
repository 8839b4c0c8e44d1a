"""Booking the visit on Telegram and Viber: the happy path and the unhappy orders.

Every test runs on both messengers (the ``driver`` fixture): the real aiogram Dispatcher
against the fake Bot API, signed webhooks into the real Viber endpoint. The scene (slots
from the schedule, a case the person has just proved) is written to the database the
bot uses; everything else happens through taps.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from bot.booking_admin import today
from bot.config import Settings
from dialogs import Localizer
from storage import Repo
from storage.booking import Booking, Slot, aware
from storage.models import OutboxMessage
from tests.support.booking import open_slots, prove_case
from tests.support.drivers import ChatDriver, Seen
from tests.support.viber_factories import viber_id

USER = 810_001


@pytest.fixture
def l10n(settings: Settings) -> Localizer:
    return Localizer(languages=settings.dialogs.languages)


def uid(driver: ChatDriver, user: int) -> str:
    return str(user) if driver.channel == "telegram" else viber_id(user)


def payloads(seen: list[Seen], prefix: str) -> list[str]:
    return [p for message in seen for p in message.payloads if p.startswith(prefix)]


def text_of(seen: list[Seen]) -> str:
    return "\n".join(message.text for message in seen)


async def enter(driver: ChatDriver, user: int, lang: str, l10n: Localizer) -> None:
    await driver.start(user, lang)
    await driver.tap(user, l10n(lang, "lang-name"))


async def to_check(driver: ChatDriver, user: int, *, week: int = 0) -> tuple[list[Seen], str]:
    """From the booking entry to the final check of the first free time; (check, confirm)."""
    seen = await driver.tap_payload(user, "a:book")
    for _ in range(week):
        seen = await driver.tap_payload(user, payloads(seen, "bkw:")[-1])
    seen = await driver.tap_payload(user, payloads(seen, "bkd:")[0])
    seen = await driver.tap_payload(user, payloads(seen, "bkt:")[0])
    [confirm] = payloads(seen, "bkc:")
    return seen, confirm


async def bookings(driver: ChatDriver) -> list[Booking]:
    assert driver.core is not None  # type: ignore[attr-defined]
    async with driver.core.db.read() as session:  # type: ignore[attr-defined]
        return list((await session.execute(select(Booking))).scalars().all())


@pytest.fixture
async def scene(driver: ChatDriver, settings: Settings) -> ChatDriver:
    await open_slots(driver.core.db, settings)  # type: ignore[attr-defined]
    return driver


async def test_a_proved_case_is_booked_with_code_address_and_calendar_file(
    scene: ChatDriver, l10n: Localizer
) -> None:
    driver, lang = scene, "uk"
    await enter(driver, USER, lang, l10n)
    await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]

    seen, confirm = await to_check(driver, USER)
    assert l10n(lang, "booking-confirm-once") in text_of(seen)
    done = await driver.tap_payload(USER, confirm)

    [booking] = await bookings(driver)
    said = text_of(done)
    assert l10n(lang, "booking-confirmed-title") in said
    assert booking.code in said
    assert "pl. Wolności 17, 61-739 Poznań" in said
    assert l10n(lang, "booking-hall-poznan") in said
    if driver.channel == "telegram":
        assert "[file: visit-" in said, "the .ics comes as a document"


async def test_double_confirm_books_once_and_confirms_once(
    scene: ChatDriver, l10n: Localizer
) -> None:
    driver = scene
    await enter(driver, USER, "en", l10n)
    await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]
    _, confirm = await to_check(driver, USER)

    first = await driver.tap_payload(USER, confirm)
    second = await driver.tap_payload(USER, confirm)

    assert len(await bookings(driver)) == 1
    assert l10n("en", "booking-confirmed-title") in text_of(first)
    assert l10n("en", "booking-confirmed-title") not in text_of(second)
    assert l10n("en", "booking-already-tap") in text_of(second)


async def test_a_second_attempt_for_the_case_shows_the_existing_booking(
    scene: ChatDriver, l10n: Localizer
) -> None:
    driver = scene
    await enter(driver, USER, "pl", l10n)
    case_id = await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]
    _, confirm = await to_check(driver, USER)
    await driver.tap_payload(USER, confirm)
    [booking] = await bookings(driver)

    again = await driver.tap_payload(USER, f"bk:go:{case_id}")
    await driver.tap_payload(USER, "m:")
    via_menu = await driver.tap_payload(USER, "a:book")

    for seen in (again, via_menu):
        assert l10n("pl", "booking-already") in text_of(seen)
        assert booking.code in text_of(seen)
        assert not payloads(seen, "bkd:")
    assert len(await bookings(driver)) == 1


async def test_a_time_taken_between_showing_and_confirming_offers_the_nearest(
    scene: ChatDriver, l10n: Localizer
) -> None:
    driver = scene
    await enter(driver, USER, "ru", l10n)
    await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]
    _, confirm = await to_check(driver, USER)
    slot_id = int(confirm.split(":")[1])
    # Meanwhile others take every place of that time.
    for n in range(3):
        other = f"other-{n}"
        case = await prove_case(
            driver.core.db,  # type: ignore[attr-defined]
            driver.channel,
            other,
            number=f"{n}/2026",
        )
        async with driver.core.db.write() as session:  # type: ignore[attr-defined]
            repo = Repo(session)
            user = await repo.users.get(driver.channel, other)
            await repo.booking.book(case_id=case, slot_id=slot_id, user_id=user.id)  # type: ignore[union-attr]

    seen = await driver.tap_payload(USER, confirm)

    assert l10n("ru", "booking-just-taken") in text_of(seen)
    offered = payloads(seen, "bkt:")
    assert offered, "the nearest free times are offered"
    assert f"bkt:{slot_id}" not in offered
    assert len(await bookings(driver)) == 3, "nothing booked for the person"
    seen = await driver.tap_payload(USER, offered[0])
    [confirm] = payloads(seen, "bkc:")
    await driver.tap_payload(USER, confirm)
    assert len(await bookings(driver)) == 4


@pytest.mark.parametrize(
    ("status", "days_ago", "reason"),
    [
        ("awaiting_attendance", 31, "booking-window-closed"),
        ("in_progress", 1, "booking-wrong-status"),
        ("repeated_summons", 1, "booking-summoned"),
    ],
)
async def test_booking_is_refused_with_the_reason(
    scene: ChatDriver, l10n: Localizer, status: str, days_ago: int, reason: str
) -> None:
    driver = scene
    await enter(driver, USER, "en", l10n)
    case_id = await prove_case(
        driver.core.db,  # type: ignore[attr-defined]
        driver.channel,
        uid(driver, USER),
        status=status,
        since=today() - timedelta(days=days_ago),
    )

    seen = await driver.tap_payload(USER, f"bk:go:{case_id}")

    said = text_of(seen)
    if reason == "booking-window-closed":
        assert "30" in said
    else:
        assert l10n("en", reason) in said
    assert l10n("en", reason).split("\n")[0][:20] in said
    assert not payloads(seen, "bkd:")
    assert await bookings(driver) == []


async def test_the_window_closes_after_thirty_days_even_with_the_calendar_open(
    scene: ChatDriver, l10n: Localizer
) -> None:
    """Shown the calendar on day 30, confirming once the status is 31 days old: refused."""
    driver = scene
    await enter(driver, USER, "en", l10n)
    case_id = await prove_case(
        driver.core.db,  # type: ignore[attr-defined]
        driver.channel,
        uid(driver, USER),
        since=today() - timedelta(days=30),
    )
    _, confirm = await to_check(driver, USER)
    async with driver.core.db.write() as session:  # type: ignore[attr-defined]
        case = await Repo(session).cases.get(case_id)
        assert case is not None
        case.status_since = today() - timedelta(days=31)

    seen = await driver.tap_payload(USER, confirm)

    assert await bookings(driver) == []
    assert "30" in text_of(seen)


async def test_without_a_proved_case_the_person_is_sent_to_check_it(
    scene: ChatDriver, l10n: Localizer
) -> None:
    driver = scene
    await enter(driver, USER, "uk", l10n)
    seen = await driver.tap_payload(USER, "a:book")
    assert l10n("uk", "booking-need-check") in text_of(seen)
    assert "a:status" in payloads(seen, "a:")
    # Someone else's case id typed into a payload: not theirs, so not shown.
    other = await prove_case(driver.core.db, driver.channel, "stranger")  # type: ignore[attr-defined]
    await driver.tap_payload(USER, "m:")
    seen = await driver.tap_payload(USER, f"bk:go:{other}")
    assert l10n("uk", "booking-need-check") in text_of(seen)


async def test_reminders_are_queued_in_the_persons_language(
    scene: ChatDriver, l10n: Localizer
) -> None:
    driver = scene
    await enter(driver, USER, "pl", l10n)
    await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]
    _, confirm = await to_check(driver, USER, week=1)  # next week: both reminders lie ahead
    await driver.tap_payload(USER, confirm)
    [booking] = await bookings(driver)

    async with driver.core.db.read() as session:  # type: ignore[attr-defined]
        rows = (
            (await session.execute(select(OutboxMessage).order_by(OutboxMessage.id)))
            .scalars()
            .all()
        )
        slot = await session.get(Slot, booking.slot_id)
    assert slot is not None
    keys = [row.dedupe_key for row in rows]
    assert keys == [f"remind:{booking.id}:0:0", f"remind:{booking.id}:1:0"]
    starts = aware(slot.starts_at)
    due = [aware(row.next_attempt_at) for row in rows]
    assert due == [starts - timedelta(hours=24), starts - timedelta(hours=2)]
    assert all(row.status == "pending" for row in rows)
    assert booking.code in rows[0].payload["text"]
    assert rows[0].payload["title"] == l10n("pl", "booking-reminder-title")


async def test_the_calendar_file_describes_the_visit(scene: ChatDriver, l10n: Localizer) -> None:
    driver = scene
    await enter(driver, USER, "en", l10n)
    await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]
    _, confirm = await to_check(driver, USER)
    await driver.tap_payload(USER, confirm)
    [booking] = await bookings(driver)

    ics = await driver.core.file_resolvers["booking"](f"booking:{booking.id}:en")  # type: ignore[union-attr]

    assert ics is not None
    assert ics.mime_type == "text/calendar"
    [event] = Calendar.from_ical(ics.content).walk("VEVENT")
    async with driver.core.db.read() as session:  # type: ignore[attr-defined]
        slot = await session.get(Slot, booking.slot_id)
    assert slot is not None
    assert event.decoded("dtstart") == aware(slot.starts_at)
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=15)
    assert str(event["location"]) == "pl. Wolności 17, 61-739 Poznań"
    assert booking.code in str(event["description"])
    assert "Poznań" in str(event["summary"])
    assert str(event["uid"]) == f"booking-{booking.id}@wsc-assistant"


async def test_the_deep_link_book_opens_the_calendar(scene: ChatDriver, l10n: Localizer) -> None:
    """``t.me/<bot>?start=book`` on Telegram; the ``context`` of conversation_started on Viber."""
    driver = scene
    await enter(driver, USER, "ru", l10n)
    await prove_case(driver.core.db, driver.channel, uid(driver, USER))  # type: ignore[attr-defined]

    if driver.channel == "telegram":
        seen = await driver.say(USER, "/start book")
    else:
        seen = await driver.start(USER, "ru", context="book", subscribed=True)  # type: ignore[call-arg]

    assert payloads(seen, "bkd:"), "the free days of the person's office"
    assert l10n("ru", "booking-title") in text_of(seen)
