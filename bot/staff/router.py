"""The staff chat's handlers: relay what staff write, commands, the card's buttons.

Only updates from the staff chat reach this router, so only its members act as
staff (Telegram delivers a group's messages and button taps to the bot only from
people in it). Admin-only commands also need the author in ``telegram.admin_ids``.
Handlers translate and call ``dialogs.desk``; answers to commands go straight back
into the topic, everything for a person goes through the outbox.
"""

from __future__ import annotations

import contextlib
import logging

from aiogram import Bot, F, Router
from aiogram.enums import ContentType
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, ErrorEvent, Message, Update

from bot.channels.telegram_render import keyboard, message_parts
from bot.logs import error_fields
from dialogs import FileRef, Screen
from dialogs.desk import Desk
from dialogs.desk_port import StaffMessage
from dialogs.desk_views import STAFF_VERB

log = logging.getLogger(__name__)

COMMANDS = ("close", "reopen", "tickets", "canned", "ban", "unban", "stats")
ADMIN_ONLY = frozenset({"ban", "unban", "stats"})
# What a staff member can send a person; service messages (topic created, pins) are not.
RELAYED = frozenset(
    {
        ContentType.TEXT,
        ContentType.PHOTO,
        ContentType.DOCUMENT,
        ContentType.VIDEO,
        ContentType.AUDIO,
        ContentType.VOICE,
        ContentType.ANIMATION,
        ContentType.STICKER,
        ContentType.VIDEO_NOTE,
    }
)


def _thread(message: Message) -> int | None:
    return message.message_thread_id if message.is_topic_message else None


def _reply_to(message: Message) -> int | None:
    replied = message.reply_to_message
    if replied is None:
        return None
    # In a forum every message "replies" to its topic's first message; that is no reply.
    if message.is_topic_message and replied.message_id == message.message_thread_id:
        return None
    return replied.message_id


def _file(message: Message) -> FileRef | None:
    if message.photo:
        return FileRef("photo", message.photo[-1].file_id)
    if message.document is not None:
        doc = message.document
        return FileRef("document", doc.file_id, doc.file_name or "", doc.file_size)
    return None


def build_staff_router(desk: Desk, *, staff_chat_id: int, admin_ids: frozenset[int]) -> Router:
    router = Router(name="staff")
    router.message.filter(F.chat.id == staff_chat_id)
    router.edited_message.filter(F.chat.id == staff_chat_id)
    router.callback_query.filter(F.message.chat.id == staff_chat_id)

    async def say(bot: Bot, thread: int | None, text: str, screen: Screen | None = None) -> None:
        shown = screen or Screen(text=text)
        for part in message_parts(shown):
            await bot.send_message(
                staff_chat_id, part, message_thread_id=thread, reply_markup=keyboard(shown)
            )

    @router.message(Command(*COMMANDS))
    async def on_command(message: Message, command: CommandObject, bot: Bot) -> None:
        name = command.command.casefold()
        author = message.from_user.id if message.from_user else 0
        thread = _thread(message)
        if name in ADMIN_ONLY and author not in admin_ids:
            await say(bot, thread, desk.staff_t("desk-admin-only"))
            return
        if name == "tickets":
            await say(bot, thread, desk.tickets_text(await desk.unfinished()))
            return
        if name == "stats":
            await say(bot, thread, await desk.stats_text())
            return
        person = await desk.person(staff_chat_id, thread, _reply_to(message))
        if person is None:
            await say(bot, thread, desk.staff_t("desk-no-ticket"))
            return
        if name == "close":
            ticket = await desk.close(person)
            if ticket is None:
                await say(bot, thread, desk.staff_t("desk-nothing-to-close"))
        elif name == "reopen":
            ticket = await desk.reopen(person)
            text = "desk-reopened" if ticket is not None else "desk-cannot-reopen"
            await say(bot, thread, desk.staff_t(text))
        elif name == "canned":
            number = await desk.latest_number(person)
            if number is not None:
                await say(bot, thread, "", desk.canned_menu(number))
        elif name in ("ban", "unban"):
            changed = await desk.ban(person, author, name == "ban")
            text = f"desk-{name}ned" if changed else f"desk-{name}-unchanged"
            await say(bot, thread, desk.staff_t(text))
        log.info("staff_command", extra={"command": name})

    @router.message(F.content_type.in_(RELAYED), F.from_user)
    async def on_message(message: Message, event_update: Update) -> None:
        assert message.from_user is not None
        if message.from_user.is_bot and message.from_user.username != "GroupAnonymousBot":
            return
        outcome = await desk.from_staff(
            StaffMessage(
                chat_id=staff_chat_id,
                message_id=message.message_id,
                author_id=message.from_user.id,
                text=message.text or message.caption or "",
                thread_id=_thread(message),
                reply_to=_reply_to(message),
                file=_file(message),
                update_key=str(event_update.update_id),
            )
        )
        log.info("staff_message", extra={"outcome": outcome})

    @router.edited_message(F.text | F.caption)
    async def on_edit(message: Message) -> None:
        await desk.staff_edit(
            staff_chat_id, message.message_id, message.text or message.caption or ""
        )

    @router.callback_query(F.data.startswith(f"{STAFF_VERB}:"))
    async def on_button(callback: CallbackQuery, bot: Bot) -> None:
        parts = [*(callback.data or "").split(":"), "", "", ""]
        action, number_arg, canned_id = parts[1], parts[2], parts[3]
        thread = None
        if isinstance(callback.message, Message):
            thread = _thread(callback.message)
        person = await desk.ticket_owner(int(number_arg)) if number_arg.isdigit() else None
        if person is None:
            with contextlib.suppress(TelegramAPIError):
                await callback.answer(desk.staff_t("desk-no-ticket"))
            return
        number = int(number_arg)
        text = ""
        if action == "close":
            ticket = await desk.close(person, number=number)
            text = "" if ticket is not None else desk.staff_t("desk-nothing-to-close")
        elif action == "canned":
            await say(bot, thread, "", desk.canned_menu(number))
        elif action == "cr":
            await desk.send_canned(person, number, canned_id, callback.from_user.id)
        with contextlib.suppress(TelegramAPIError):
            await callback.answer(text or None)

    @router.errors()
    async def on_error(event: ErrorEvent) -> bool:
        """Logged without content; what was queued stays queued, staff may simply repeat."""
        log.error(
            "staff_update_failed",
            extra={"update_type": event.update.event_type, **error_fields(event.exception)},
        )
        return True

    return router
