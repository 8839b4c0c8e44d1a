"""Screens drawn on Telegram: HTML escaping, long-text splits, edits in place, files.

Rendered by the real renderer through a real aiogram Bot to the fake Bot API, which
parses HTML and enforces Telegram's limits the way Telegram does, so a missing escape
or an oversized part fails here as it would in production.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.channels.telegram_render import (
    MAX_CALLBACK_DATA,
    MAX_MESSAGE,
    message_parts,
    send_screens,
    split_text,
    utf16_len,
)
from bot.config import Settings
from dialogs import Attachment, Button, LinkButton, Screen
from tests.support.drivers import walk
from tests.support.telegram_driver import TelegramDriver, telegram_driver

CHAT = 4242


@pytest.fixture
async def tg(settings: Settings) -> AsyncIterator[TelegramDriver]:
    async with telegram_driver(settings) as driver:
        yield driver


def paragraphs(count: int, size: int) -> list[str]:
    return [f"§{n} " + ("słowo " * (size // 6)).strip() for n in range(count)]


# -- splitting


def test_split_keeps_paragraphs_whole() -> None:
    paras = paragraphs(12, 900)
    parts = split_text("\n\n".join(paras))
    assert len(parts) > 1
    assert all(utf16_len(part) <= MAX_MESSAGE for part in parts)
    # Every paragraph lands whole in exactly one part, in order.
    assert [p for part in parts for p in part.split("\n\n")] == paras


def test_split_falls_back_to_lines_then_words_then_a_hard_cut() -> None:
    lines = "\n".join(f"line {n} " + "x" * 90 for n in range(60))  # one 6000-char paragraph
    by_line = split_text(lines)
    assert all(utf16_len(part) <= MAX_MESSAGE for part in by_line)
    assert [line for part in by_line for line in part.split("\n")] == lines.split("\n")

    words = " ".join(["wyraz"] * 2000)  # one 12000-char line
    by_word = split_text(words)
    assert all(utf16_len(part) <= MAX_MESSAGE for part in by_word)
    assert " ".join(by_word) == words

    blob = "ы" * 10_000
    hard = split_text(blob)
    assert [len(part) for part in hard] == [4096, 4096, 1808]


def test_split_counts_emoji_as_telegram_does() -> None:
    text = "🪪" * 3000  # 6000 UTF-16 units, although only 3000 characters
    parts = split_text(text)
    assert [utf16_len(part) for part in parts] == [4096, 1904]
    assert "".join(parts) == text


def test_title_is_bold_only_on_the_first_part() -> None:
    screen = Screen(text="\n\n".join(paragraphs(10, 1000)), title="Tytuł & <pierwszy>")
    parts = message_parts(screen)
    assert parts[0].startswith("<b>Tytuł &amp; &lt;pierwszy&gt;</b>\n\n")
    assert all("<b>" not in part for part in parts[1:])


# -- through the fake Bot API


async def test_long_screen_arrives_in_parts_with_the_keyboard_on_the_last(
    tg: TelegramDriver,
) -> None:
    paras = paragraphs(12, 900)
    screen = Screen(
        text="\n\n".join(paras),
        title="Long answer",
        buttons=((Button("Back", "m:"),),),
    )
    assert tg.tg is not None
    await send_screens(tg.tg.bot, CHAT, [screen])

    sent = tg.fake.calls_of("sendMessage")
    assert len(sent) == 3
    assert all(call.ok for call in sent)
    assert [call.params.get("reply_markup") is not None for call in sent] == [False, False, True]
    texts = [call.result["text"] for call in sent]
    assert texts[0].startswith("Long answer\n\n§0 ")
    assert [p for text in texts for p in text.split("\n\n")] == ["Long answer", *paras]


async def test_html_in_screen_text_is_escaped_not_interpreted(tg: TelegramDriver) -> None:
    typed = "<b>not bold</b> <script>alert(1)</script> & AT&T <3 &amp;"
    screen = Screen(text=typed, title="Q: <i>why</i>?")
    assert tg.tg is not None
    await send_screens(tg.tg.bot, CHAT, [screen])

    (call,) = tg.fake.calls_of("sendMessage")
    assert call.ok, call.error  # the fake parses HTML as strictly as Telegram
    assert call.result["text"] == f"Q: <i>why</i>?\n\n{typed}"


async def test_replace_edits_the_tapped_message(tg: TelegramDriver) -> None:
    assert tg.tg is not None
    bot = tg.tg.bot
    await send_screens(bot, CHAT, [Screen(text="menu", buttons=((Button("A", "m:a"),),))])
    menu = tg.fake.last_message(CHAT)
    assert menu is not None

    submenu = Screen(text="submenu", buttons=((Button("B", "m:b"),),), replace=True)
    await send_screens(bot, CHAT, [submenu], tapped_message_id=menu.message_id)

    assert [call.method for call in tg.fake.sent_to(CHAT)] == ["sendMessage", "editMessageText"]
    assert menu.text == "submenu"
    assert menu.markup == {"inline_keyboard": [[{"text": "B", "callback_data": "m:b"}]]}


async def test_answers_arrive_as_new_messages_even_after_a_tap(tg: TelegramDriver) -> None:
    assert tg.tg is not None
    bot = tg.tg.bot
    await send_screens(bot, CHAT, [Screen(text="menu", buttons=((Button("A", "f:a"),),))])
    menu = tg.fake.last_message(CHAT)
    assert menu is not None

    await send_screens(bot, CHAT, [Screen(text="the answer")], tapped_message_id=menu.message_id)

    assert [call.method for call in tg.fake.sent_to(CHAT)] == ["sendMessage", "sendMessage"]
    assert menu.text == "menu"


@pytest.mark.parametrize(
    "refusal",
    [
        "Bad Request: message to edit not found",
        "Bad Request: message can't be edited",
        "Bad Request: MESSAGE_ID_INVALID",
    ],
)
async def test_a_refused_edit_falls_back_to_a_new_message(tg: TelegramDriver, refusal: str) -> None:
    assert tg.tg is not None
    bot = tg.tg.bot
    await send_screens(bot, CHAT, [Screen(text="menu", buttons=((Button("A", "m:a"),),))])
    menu = tg.fake.last_message(CHAT)
    assert menu is not None
    tg.fake.fail("editMessageText", refusal)

    await send_screens(
        bot, CHAT, [Screen(text="submenu", replace=True)], tapped_message_id=menu.message_id
    )

    edit, send = tg.fake.calls_of("editMessageText")[0], tg.fake.calls_of("sendMessage")[-1]
    assert edit.error == refusal
    assert send.result["text"] == "submenu"


async def test_not_modified_means_already_shown_so_no_copy(tg: TelegramDriver) -> None:
    """A double tap edits to the same content; a second copy of the menu would be noise."""
    assert tg.tg is not None
    bot = tg.tg.bot
    screen = Screen(text="menu", buttons=((Button("A", "m:a"),),), replace=True)
    await send_screens(bot, CHAT, [screen])
    menu = tg.fake.last_message(CHAT)
    assert menu is not None

    await send_screens(bot, CHAT, [screen], tapped_message_id=menu.message_id)

    (edit,) = tg.fake.calls_of("editMessageText")
    assert edit.error is not None
    assert "not modified" in edit.error
    assert len(tg.fake.calls_of("sendMessage")) == 1


async def test_a_file_goes_as_a_document_with_the_text_as_caption(tg: TelegramDriver) -> None:
    ics = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    screen = Screen(
        text="Your visit <at 9:00>",
        title="Booked",
        buttons=((LinkButton("Map", "https://example.org/map"),),),
        file=Attachment("visit.ics", ics, "text/calendar"),
    )
    assert tg.tg is not None
    await send_screens(tg.tg.bot, CHAT, [screen])

    (call,) = tg.fake.calls_of("sendDocument")
    assert call.ok, call.error
    assert call.params["document"] == ("visit.ics", ics)
    assert call.result["caption"] == "Booked\n\nYour visit <at 9:00>"
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["url"] == "https://example.org/map"


# -- every payload the bot can produce fits Telegram's callback data


async def test_every_payload_the_views_produce_fits_callback_data(tg: TelegramDriver) -> None:
    """Walk the whole menu tree, tapping every button once (payloads do not vary by language)."""
    assert tg.core is not None
    catalogue = tg.core.dialogs.catalogue
    user = 9001
    await tg.start(user, "en")
    seen_payloads: set[str] = set()
    async for payload, seen in walk(tg, user, ["lang:en", "m:", "c:help", "c:language"]):
        assert seen.text, payload
        seen_payloads.update(seen.payloads)
    # The walk reached the whole catalogue, so the claim below covers every payload.
    assert {f"f:{entry}" for entry in catalogue.entries} <= seen_payloads
    assert {f"m:{category}" for category in catalogue.categories} <= seen_payloads
    assert {f"lang:{lang}" for lang in tg.core.dialogs.options.languages} <= seen_payloads
    too_long = {p for p in seen_payloads if len(p.encode()) > MAX_CALLBACK_DATA}
    assert not too_long
    # The fake refuses oversized callback data itself; only same-content edits may fail.
    refused = [c.error for c in tg.fake.calls if not c.ok and "not modified" not in str(c.error)]
    assert not refused
