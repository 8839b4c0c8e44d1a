"""Every kind of update Telegram may deliver: answered, hinted, or ignored, never a crash.

Private text and taps go to the dialogs; stickers, voice, locations and other media get
a short hint; group chats get "write to me privately" only when they address the bot,
and the staff chat never hears from this channel; edited messages, channel posts and
updates we never asked for are ignored quietly.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.config import Settings
from dialogs import Localizer
from tests.support.telegram_driver import TelegramDriver, telegram_driver
from tests.support.telegram_factories import (
    Person,
    make_blocked,
    make_channel_post,
    make_contact,
    make_document,
    make_edited_message,
    make_group_message,
    make_location,
    make_message,
    make_photo,
    make_service_message,
    make_sticker,
    make_update,
    make_voice,
    next_update_id,
    private_chat,
)

STAFF_CHAT = -1001111111111
GROUP = -1002222222222
BOT_USERNAME = "wsc_poznan_test_bot"  # what the fake's getMe reports


@pytest.fixture
async def tg(settings: Settings) -> AsyncIterator[TelegramDriver]:
    staffed = settings.model_copy(
        update={"telegram": settings.telegram.model_copy(update={"staff_chat_id": STAFF_CHAT})}
    )
    async with telegram_driver(staffed) as driver:
        yield driver


def words(tg: TelegramDriver) -> Localizer:
    assert tg.core is not None
    return tg.core.dialogs.l10n


async def ready(tg: TelegramDriver, user: int, lang: str = "en") -> None:
    await tg.start(user, lang)
    await tg.tap(user, words(tg)(lang, "lang-name"))


@pytest.mark.parametrize(
    "make",
    [make_sticker, make_voice, make_location, make_photo, make_contact, make_document],
    ids=["sticker", "voice", "location", "photo", "contact", "document"],
)
async def test_media_gets_a_short_hint_in_the_persons_language(
    tg: TelegramDriver, make: Callable[[Person], dict[str, Any]]
) -> None:
    t = words(tg)
    user = 301
    await ready(tg, user, "ru")

    (hint,) = await tg.send(user, make(tg.person(user)))
    assert hint.text == t("ru", "media-hint")
    assert hint.buttons == [t("ru", "btn-main-menu")]


async def test_a_photo_with_a_question_in_its_caption_still_gets_the_hint(
    tg: TelegramDriver,
) -> None:
    user = 302
    await ready(tg, user, "pl")
    (hint,) = await tg.send(user, make_photo(tg.person(user), caption="ile kosztuje karta?"))
    assert hint.text == words(tg)("pl", "media-hint")


UNKNOWN_KIND = "ignore:Detected unknown update type:RuntimeWarning"  # aiogram's own notice


@pytest.mark.filterwarnings(UNKNOWN_KIND)
@pytest.mark.parametrize(
    "make",
    [
        lambda person: make_edited_message(person, "how much does the card cost"),
        lambda person: make_channel_post("/start"),
        make_service_message,
        make_blocked,
        lambda person: make_update(),
    ],
    ids=["edited message", "channel post", "service message", "unasked kind", "empty update"],
)
async def test_other_updates_are_ignored_quietly(
    tg: TelegramDriver, make: Callable[[Person], dict[str, Any]]
) -> None:
    user = 303
    await ready(tg, user)
    before = len(tg.fake.calls)

    await tg.feed(make(tg.person(user)))

    assert tg.fake.calls[before:] == []


async def test_updates_we_do_not_need_are_not_even_requested(tg: TelegramDriver) -> None:
    assert tg.tg is not None
    # With the staff desk on, staff edits in the staff chat update the person's copy.
    assert tg.tg.allowed_updates == ["callback_query", "edited_message", "message"]


@pytest.mark.parametrize(
    ("text", "hinted"),
    [
        ("/start", True),
        (f"/help@{BOT_USERNAME}", True),
        (f"hey @{BOT_USERNAME} how do I get a karta pobytu?", True),
        ("/start@some_other_bot", False),
        ("@somebody_else what do you think?", False),
        ("just chatting about the office", False),
    ],
)
async def test_a_group_gets_a_private_chat_hint_only_when_it_addresses_the_bot(
    tg: TelegramDriver, text: str, hinted: bool
) -> None:
    person = Person(304, "uk")

    await tg.feed(make_group_message(person, text, chat_id=GROUP))

    sent = tg.fake.sent_to(GROUP)
    if not hinted:
        assert sent == []
        return
    (call,) = sent
    assert call.result["text"] == words(tg)("uk", "private-only")
    assert call.params["reply_parameters"]["message_id"] > 0


async def test_a_redelivered_group_message_gets_one_hint(tg: TelegramDriver) -> None:
    message = make_group_message(Person(305, "pl"), "/start", chat_id=GROUP)
    await asyncio.gather(tg.feed(message), tg.feed(message))
    await tg.feed(message)
    assert len(tg.fake.sent_to(GROUP)) == 1


async def test_the_staff_chat_never_hears_from_the_self_service_bot(tg: TelegramDriver) -> None:
    for text in ("/start", f"@{BOT_USERNAME} hello", "/menu", "a reply to a user"):
        await tg.feed(make_group_message(Person(306), text, chat_id=STAFF_CHAT))
    assert tg.fake.calls == []


@pytest.mark.filterwarnings(UNKNOWN_KIND)
@pytest.mark.parametrize(
    "raw",
    [
        # a private message with no sender (Telegram omits it for anonymous senders)
        {"message": {"message_id": 1, "date": 0, "chat": private_chat(Person(307))}},
        # a message with nothing in it at all
        {
            "message": {"message_id": 2, "date": 0, "chat": private_chat(Person(307))}
            | {"from": Person(307).as_user()}
        },
        # a tap on an inline-mode message: no message, no chat
        {"callback_query": {"id": "q1", "from": Person(307).as_user(), "chat_instance": "x"}},
        # an update kind this version of the API does not know yet
        {"future_kind": {"something": [1, 2, 3]}},
    ],
    ids=["no sender", "no content", "tap without message", "unknown kind"],
)
async def test_malformed_but_valid_updates_do_not_crash(
    tg: TelegramDriver, raw: dict[str, Any]
) -> None:
    await tg.feed({"update_id": next_update_id(), **raw})
    shown = [c for c in tg.fake.calls if c.method != "answerCallbackQuery"]
    assert shown == []


async def test_ten_thousand_characters_are_answered_without_a_crash(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 308
    await ready(tg, user)

    wall = ("How much does the residence card cost? " * 300)[:10_000]
    (answer,) = await tg.say(user, wall)
    assert answer.text
    assert answer.buttons

    (blob,) = await tg.say(user, "ж" * 10_000)
    assert blob.text
    (emoji,) = await tg.say(user, "🪪" * 5_000)
    assert emoji.text
    (menu,) = await tg.say(user, "/menu")
    assert t("en", "main-menu-title") in menu.text
    assert all(call.ok for call in tg.fake.calls)


async def test_a_long_question_before_choosing_a_language_waits_and_is_answered(
    tg: TelegramDriver,
) -> None:
    user = 309
    await tg.start(user, None)
    await tg.say(user, "how much does the residence card cost " + "please " * 1500)

    screens = await tg.tap(user, words(tg)("en", "lang-name"))
    assert len(screens) == 2
    assert all(call.ok for call in tg.fake.calls)


async def test_commands_typed_in_private_go_to_the_dialogs(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 310
    await ready(tg, user, "uk")
    (help_screen,) = await tg.say(user, "/help")
    assert t("uk", "help-title") in help_screen.text
    (menu,) = await tg.say(user, f"/menu@{BOT_USERNAME}")
    assert t("uk", "main-menu-title") in menu.text
    (choice,) = await tg.say(user, "мова")
    assert t("uk", "lang-title") in choice.text


async def test_a_deep_link_start_opens_the_entry(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 311
    await ready(tg, user, "pl")
    (answer,) = await tg.send(user, make_message(tg.person(user), "/start f-card-fee"))
    assert t("pl", "faq-card-fee-a") in answer.text
