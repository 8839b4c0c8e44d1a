"""The staff desk end to end: a person asks, staff answer in a forum topic, the answer arrives.

Persons talk through the real Telegram Dispatcher (fake Bot API) and the real Viber
webhook (fake Viber API); staff write in a forum supergroup on the same fake Bot API.
Expected words come from the Localizer, so the tests follow the content as it changes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from dialogs import Localizer
from tests.support.desk_driver import STAFF_CHAT, DeskDriver, desk_driver

LANGS = ("pl", "en", "ru", "uk")


@pytest.fixture
async def desk(settings: Settings) -> AsyncIterator[DeskDriver]:
    async with desk_driver(settings) as driver:
        yield driver


def words(desk: DeskDriver) -> Localizer:
    assert desk.tg.core is not None
    return desk.tg.core.dialogs.l10n


async def ask_on_telegram(desk: DeskDriver, user: int, lang: str, question: str) -> int:
    """The person picks a language, taps "Ask staff", writes; returns the topic's thread."""
    t = words(desk)
    await desk.tg.start(user, language_hint=lang)
    await desk.tg.tap(user, t(lang, "lang-name"))
    (prompt,) = await desk.tg.tap(user, t(lang, "btn-ask-staff"))
    assert t(lang, "staff-ask-title") in prompt.text
    (opened,) = await desk.tg.say(user, question)
    assert t(lang, "btn-staff-done") in opened.buttons
    thread = await desk.wait_topic("telegram", str(user))
    assert thread is not None
    await desk.wait_shown(thread, question)
    return thread


async def test_telegram_round_trip_person_staff_person(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7001
    thread = await ask_on_telegram(desk, user, "en", "hi, my card is lost, what now?")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    assert ticket.status == "waiting"
    card = desk.shown(thread)[0]
    assert t("pl", "desk-card-title", number=ticket.number) in card.text
    assert "hi, my card is lost" in card.text
    assert desk.fake.forums[STAFF_CHAT][thread].startswith("⏳")
    desk.tg.new_seen(user)
    staff_msg = await desk.staff_says("Please report the loss to the police first.", thread=thread)
    await desk.wait(
        lambda: (
            any("police" in s.text for s in desk.tg.new_seen(user) or [])
            or any("police" in m.text for m in desk.fake.messages[user].values())
        )
    )
    copies = [c for c in desk.fake.calls_of("copyMessage") if c.params["chat_id"] == user]
    assert copies
    assert copies[-1].params["message_id"] == staff_msg
    assert not desk.fake.calls_of("forwardMessage")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    assert ticket.status == "open"
    await desk.wait(lambda: desk.fake.forums[STAFF_CHAT][thread].startswith("💬"))
