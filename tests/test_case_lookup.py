"""The case look-up through the real adapters: Telegram (aiogram + fake Bot API) and Viber.

Cases are imported with the same code staff run (``python -m bot cases import``). What
is asserted is what the person saw, in their language.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from bot.config import Settings
from dialogs import Localizer
from dialogs.cases import import_csv
from dialogs.cases.importer import HEADER
from storage import Case, CaseAttempt, CaseLink, Database, OutboxMessage
from tests.support.drivers import ChatDriver, Seen
from tests.support.telegram_driver import TelegramDriver, telegram_driver

USER = 710_001
WARSAW = ZoneInfo("Europe/Warsaw")
CASES = [
    "2555583/2016,K0D-ATT,awaiting_attendance,poznan,2026-08-01,2026-11-27",
    "1000456/2026,K0D-CARD,card_ready,konin,,2026-11-20",
]


def csv_lines(*rows: str) -> list[str]:
    return [",".join(HEADER) + "\n", *(row + "\n" for row in rows)]


def core_of(driver: ChatDriver) -> Any:
    core = driver.core  # type: ignore[attr-defined]
    assert core is not None
    return core


async def load(driver: ChatDriver, *rows: str) -> None:
    core = core_of(driver)
    await import_csv(core.db, csv_lines(*rows), core.code_hasher, core.case_notices)


@pytest.fixture
def l10n(settings: Settings) -> Localizer:
    return Localizer(languages=settings.dialogs.languages)


def text_of(seen: list[Seen]) -> str:
    return "\n".join(message.text for message in seen)


async def english_with_cases(driver: ChatDriver, user: int = USER) -> None:
    await load(driver, *CASES)
    await driver.start(user, "en")
    await driver.tap_payload(user, "lang:en")


async def test_look_up_shows_the_status_meaning_and_the_booking_button(
    driver: ChatDriver, l10n: Localizer
) -> None:
    await english_with_cases(driver)
    asked = await driver.tap_payload(USER, "a:status")
    assert l10n("en", "cs-ask-number") in text_of(asked)
    await driver.say(USER, "2555583 - 2016")
    shown = await driver.say(USER, "K0D-ATT")
    said = text_of(shown)
    assert l10n("en", "cs-status-awaiting_attendance") in said
    assert l10n("en", "cs-status-awaiting_attendance-next") in said
    assert l10n("en", "cs-office-poznan") in said
    assert "27.11.2026" in said
    payloads = [p for message in shown for p in message.payloads]
    assert any(p.startswith("bk:go:") for p in payloads)


async def test_wrong_number_and_wrong_code_look_the_same(
    driver: ChatDriver, l10n: Localizer
) -> None:
    await english_with_cases(driver)
    answers = []
    for number, code in [("2555583/2016", "WRONG"), ("9999999/2016", "K0D-ATT")]:
        await driver.tap_payload(USER, "cs:new")
        await driver.say(USER, number)
        seen = await driver.say(USER, code)
        answers.append([(m.text, m.buttons, m.payloads) for m in seen])
    assert answers[0] == answers[1]
    assert l10n("en", "cs-not-found") in answers[0][0][0]


async def _attempt_times(db: Database) -> list[Any]:
    async with db.read() as session:
        return list((await session.execute(select(CaseAttempt.created_at))).scalars())


async def test_too_many_attempts_lock_out_until_the_oldest_ages_out(
    driver: ChatDriver, l10n: Localizer
) -> None:
    """Five wrong tries in an hour; the sixth is refused with the time, also after /menu and a
    restart; when the tries are an hour old (moved back in the database), look-ups work again.
    """
    await english_with_cases(driver)
    await driver.tap_payload(USER, "a:status")
    for _ in range(5):
        await driver.say(USER, "2555583/2016")
        await driver.say(USER, "WRONG")
    await driver.say(USER, "2555583/2016")
    refused = text_of(await driver.say(USER, "K0D-ATT"))  # even the right code now
    first = min(await _attempt_times(core_of(driver).db))
    first = first if first.tzinfo else first.replace(tzinfo=ZoneInfo("UTC"))
    until = (first + timedelta(hours=1)).astimezone(WARSAW).strftime("%H:%M")
    assert until in refused
    assert l10n("en", "cs-status-awaiting_attendance") not in refused

    await driver.say(USER, "/menu")
    await driver.restart()
    again = text_of(await driver.tap_payload(USER, "a:status"))
    assert until in again
    assert l10n("en", "cs-ask-number") not in again

    async with core_of(driver).db.write() as session:
        await session.execute(
            update(CaseAttempt).values(created_at=CaseAttempt.created_at - timedelta(hours=1))
        )
    assert l10n("en", "cs-ask-number") in text_of(await driver.tap_payload(USER, "a:status"))
    await driver.say(USER, "2555583/2016")
    shown = text_of(await driver.say(USER, "K0D-ATT"))
    assert l10n("en", "cs-status-awaiting_attendance") in shown


async def test_remember_one_tap_and_forget(driver: ChatDriver, l10n: Localizer) -> None:
    await english_with_cases(driver)
    await driver.tap_payload(USER, "a:status")
    await driver.say(USER, "1000456/2026")
    shown = await driver.say(USER, "K0D-CARD")
    keep = next(p for m in shown for p in m.payloads if p.startswith("cs:keep:"))
    case_id = keep.rsplit(":", 1)[1]
    await driver.tap_payload(USER, keep)
    await driver.restart()
    mine = await driver.tap_payload(USER, "a:status")  # saved cases are offered first
    assert f"cs:show:{case_id}" in [p for m in mine for p in m.payloads]
    one_tap = text_of(await driver.tap_payload(USER, f"cs:show:{case_id}"))
    assert l10n("en", "cs-status-card_ready") in one_tap
    async with core_of(driver).db.read() as session:
        links = list((await session.execute(select(CaseLink))).scalars())
    assert [link.remembered for link in links] == [True]
    await driver.tap_payload(USER, f"cs:forget:{case_id}")
    empty = text_of(await driver.tap_payload(USER, "cs:my"))
    assert l10n("en", "cs-mine-empty") in empty
    # Gone from the list, so a forged "show" of it is a stale button, not the status.
    stale = text_of(await driver.tap_payload(USER, f"cs:show:{case_id}"))
    assert l10n("en", "menu-changed") in stale


async def test_a_case_cannot_be_remembered_without_checking_it(
    driver: ChatDriver, l10n: Localizer
) -> None:
    await english_with_cases(driver)
    async with core_of(driver).db.read() as session:
        case_id = (await session.execute(select(Case.id))).scalars().first()
    forged = text_of(await driver.tap_payload(USER, f"cs:keep:{case_id}"))
    assert l10n("en", "menu-changed") in forged
    assert l10n("en", "cs-status-awaiting_attendance") not in text_of(
        await driver.tap_payload(USER, f"cs:show:{case_id}")
    )


async def test_menu_words_are_input_in_the_look_up_and_commands_leave(
    driver: ChatDriver, l10n: Localizer
) -> None:
    await english_with_cases(driver)
    await driver.tap_payload(USER, "a:status")
    as_number = text_of(await driver.say(USER, "menu"))
    assert l10n("en", "main-menu-title") not in as_number
    assert "MENU" in as_number  # taken as the case number
    left = text_of(await driver.say(USER, "/menu"))
    assert l10n("en", "main-menu-title") in left
    answered = text_of(await driver.say(USER, "K0D-ATT"))  # no longer in the look-up
    assert l10n("en", "cs-status-awaiting_attendance") not in answered


async def test_an_old_code_prompt_after_menu_does_not_check_anything(
    driver: ChatDriver, l10n: Localizer
) -> None:
    await english_with_cases(driver)
    await driver.tap_payload(USER, "a:status")
    await driver.say(USER, "2555583/2016")
    await driver.tap_payload(USER, "m:")
    await driver.say(USER, "K0D-ATT")
    assert await _attempt_times(core_of(driver).db) == []


@pytest.fixture
async def telegram(settings: Settings) -> AsyncIterator[TelegramDriver]:
    async with telegram_driver(settings) as chat:
        yield chat


async def test_telegram_deletes_the_message_with_the_code(
    telegram: TelegramDriver, l10n: Localizer
) -> None:
    await english_with_cases(telegram)
    await telegram.tap_payload(USER, "a:status")
    await telegram.say(USER, "2555583/2016")
    assert telegram.fake.calls_of("deleteMessage") == []  # the number stays
    await telegram.say(USER, "K0D-ATT")
    deleted = telegram.fake.calls_of("deleteMessage")
    assert len(deleted) == 1
    assert deleted[0].params["chat_id"] == USER
    # The answer still comes when Telegram refuses the delete (too old, already gone).
    telegram.fake.fail("deleteMessage", "Bad Request: message can't be deleted")
    await telegram.tap_payload(USER, "cs:new")
    await telegram.say(USER, "1000456/2026")
    shown = text_of(await telegram.say(USER, "K0D-CARD"))
    assert l10n("en", "cs-status-card_ready") in shown


async def test_telegram_deep_link_starts_the_look_up(
    telegram: TelegramDriver, l10n: Localizer
) -> None:
    await english_with_cases(telegram)
    assert l10n("en", "cs-ask-number") in text_of(await telegram.say(USER, "/start status"))


async def test_a_notice_reaches_the_person_on_their_messenger(
    settings: Settings, l10n: Localizer
) -> None:
    """Remembered on Telegram in Ukrainian; the import changes the status; the outbox sends."""
    from bot.outbox import SendPolicy

    async with telegram_driver(settings, outbox=SendPolicy(poll_interval=0.05)) as tg:
        await load(tg, *CASES)
        await tg.start(USER, "uk")
        await tg.tap_payload(USER, "lang:uk")
        await tg.tap_payload(USER, "a:status")
        await tg.say(USER, "1000456/2026")
        shown = await tg.say(USER, "K0D-CARD")
        keep = next(p for m in shown for p in m.payloads if p.startswith("cs:keep:"))
        await tg.tap_payload(USER, keep)
        tg.new_seen(USER)
        await load(tg, "1000456/2026,K0D-CARD,card_collected,konin,,2026-11-29")
        notice = l10n("uk", "cs-status-card_collected")
        await tg.fake.wait_for(
            lambda: any(notice in (c.result or {}).get("text", "") for c in tg.fake.sent_to(USER))
        )
        async with core_of(tg).db.read() as session:
            rows = list((await session.execute(select(OutboxMessage))).scalars())
        assert len(rows) == 1


async def test_the_demo_cases_seed_an_empty_store_once(settings: Settings) -> None:
    from bot.app import build_core

    core = await build_core(settings)
    try:
        await core.seed_demo_cases()
        await core.seed_demo_cases()
        async with core.db.read() as session:
            cases = list((await session.execute(select(Case))).scalars())
        statuses = {(c.status, c.office) for c in cases}
        assert ("awaiting_attendance", "poznan") in statuses
        assert ("awaiting_attendance", "kalisz") in statuses
        assert {"card_ready", "formal_deficiencies"} <= {c.status for c in cases}
        today = date.today()
        attending = [c for c in cases if c.status == "awaiting_attendance"]
        assert all(0 < (today - c.status_since).days < 30 for c in attending)
    finally:
        await core.close()


async def test_viber_deep_link_waits_for_the_language_then_starts_the_look_up(
    settings: Settings, l10n: Localizer
) -> None:
    from tests.support.viber_driver import viber_driver

    async with viber_driver(settings) as viber:
        await load(viber, *CASES)
        welcome = text_of(await viber.start(USER, "uk", context="status"))
        assert l10n("uk", "welcome") in welcome
        asked = text_of(await viber.tap_payload(USER, "lang:uk"))
        assert l10n("uk", "cs-ask-number") in asked
        await viber.say(USER, "2555583/2016")
        shown = text_of(await viber.say(USER, "K0D-ATT"))
        assert l10n("uk", "cs-status-awaiting_attendance-next") in shown
