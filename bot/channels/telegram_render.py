"""Screens to Telegram messages: HTML text, inline keyboards, edits in place, long-text splits.

Kept apart from the handlers so that what a person sees on Telegram is decided in one
place and can be checked against a fake Bot API without any update plumbing. Every
word comes from Fluent or from the person, so all of it is HTML-escaped here; the only
markup is ours (the bold title). Telegram counts its limits after parsing entities, in
UTF-16 code units, so texts are measured and split before escaping.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.text import split_text as text_pieces
from dialogs import Button, LinkButton, Screen

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096  # characters of a text message, after entity parsing
MAX_CAPTION = 1024  # characters of a document caption
MAX_CALLBACK_DATA = 64  # bytes of callback_data


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: emoji outside the BMP take two units."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` UTF-16 units (see ``channels.text``)."""
    return text_pieces(text, lambda piece: utf16_len(piece) <= limit)


def escape(text: str) -> str:
    """Telegram's HTML needs ``<``, ``>`` and ``&`` escaped; quotes are fine as they are."""
    return html.escape(text, quote=False)


def message_parts(screen: Screen, limit: int = MAX_MESSAGE) -> list[str]:
    """The HTML of each message a screen becomes: the title in bold on the first."""
    title = screen.title.strip()
    plain = f"{title}\n\n{screen.text}" if title else screen.text
    parts = split_text(plain, limit)
    if not parts or not title:
        return [escape(part) for part in parts]
    first = parts[0]
    if first.startswith(title):
        head = f"<b>{escape(title)}</b>{escape(first[len(title) :])}"
    else:  # a title longer than a message: the whole first part is title
        head = f"<b>{escape(first)}</b>"
    return [head, *(escape(part) for part in parts[1:])]


def keyboard(screen: Screen) -> InlineKeyboardMarkup | None:
    """Inline keyboard of the screen's buttons; ``None`` when it has none."""
    rows: list[list[InlineKeyboardButton]] = []
    for row in screen.buttons:
        cells: list[InlineKeyboardButton] = []
        for button in row:
            if isinstance(button, LinkButton):
                cells.append(InlineKeyboardButton(text=button.label, url=button.url))
            elif isinstance(button, Button):
                if len(button.payload.encode()) > MAX_CALLBACK_DATA:
                    # Telegram would refuse the whole message; a missing button is the lesser harm.
                    verb = button.payload.partition(":")[0][:16]
                    log.error("callback_data_too_long", extra={"verb": verb})
                    continue
                cells.append(InlineKeyboardButton(text=button.label, callback_data=button.payload))
        if cells:
            rows.append(cells)
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def _not_modified(error: TelegramBadRequest) -> bool:
    return "message is not modified" in error.message


async def send_screens(
    bot: Bot,
    chat_id: int,
    screens: Sequence[Screen],
    *,
    tapped_message_id: int | None = None,
) -> None:
    """Show ``screens`` in ``chat_id``, editing the tapped menu message where asked."""
    edit = tapped_message_id
    for screen in screens:
        if await send_screen(bot, chat_id, screen, edit_message_id=edit):
            edit = None


async def send_screen(
    bot: Bot, chat_id: int, screen: Screen, *, edit_message_id: int | None = None
) -> bool:
    """Show one screen; True when it took ``edit_message_id``, which no later screen may.

    Only a screen that asks to replace edits, and only when it fits one message; every
    other screen, and any edit Telegram refuses (message deleted, too old, inaccessible),
    arrives as a new message so the person always sees it. Without ``edit_message_id``
    (e.g. from the outbox) everything is a new message. A Bot API failure is raised as
    aiogram raises it, after any parts already sent: the caller decides what it means.
    """
    parts = message_parts(screen)
    markup = keyboard(screen)
    if screen.file is not None:
        await _send_with_file(bot, chat_id, screen, parts, markup)
        return False
    if not parts:
        log.warning("empty_screen")
        return False
    if screen.replace and edit_message_id is not None and len(parts) == 1:
        if not await _edit(bot, chat_id, edit_message_id, parts[0], markup):
            await _send_parts(bot, chat_id, parts, markup)
        return True
    await _send_parts(bot, chat_id, parts, markup)
    return False


async def _edit(
    bot: Bot, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> bool:
    try:
        await bot.edit_message_text(
            text=text, chat_id=chat_id, message_id=message_id, reply_markup=markup
        )
    except TelegramBadRequest as error:
        if _not_modified(error):
            # A double tap: the message already shows this screen; a copy would be noise.
            return True
        log.info("edit_fallback_to_send", extra={"reason": error.message[:80]})
        return False
    return True


async def _send_parts(
    bot: Bot, chat_id: int, parts: Sequence[str], markup: InlineKeyboardMarkup | None
) -> None:
    last = len(parts) - 1
    for index, part in enumerate(parts):
        await bot.send_message(
            chat_id=chat_id, text=part, reply_markup=markup if index == last else None
        )


async def _send_with_file(
    bot: Bot,
    chat_id: int,
    screen: Screen,
    parts: Sequence[str],
    markup: InlineKeyboardMarkup | None,
) -> None:
    assert screen.file is not None
    document = BufferedInputFile(screen.file.content, filename=screen.file.filename)
    captions = message_parts(screen, MAX_CAPTION)
    if len(captions) <= 1:
        caption = captions[0] if captions else None
        await bot.send_document(chat_id, document, caption=caption, reply_markup=markup)
        return
    await _send_parts(bot, chat_id, parts, markup)
    await bot.send_document(chat_id, document)
