"""``/bookings [YYYY-MM-DD] [office]`` and ``/block YYYY-MM-DD office`` in the staff chat.

Its own small router, built by ``build_bookings_router`` and included by the Telegram
channel, so it lives beside the rest of the staff desk without touching it. Only the
staff chat (``telegram.staff_chat_id``) is listened to, and only the Telegram user ids
in ``telegram.admin_ids`` get the list; everyone else gets a one-line refusal. The list
shows time, visit code and the case number masked to its last four digits. ``/block``
closes a day at an office as ``python -m bot slots block`` does, and says how many
visits were booked there already (those people need a call).
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.channels.telegram_render import escape, split_text
from bot.config import TelegramSettings
from dialogs import Localizer
from dialogs.booking import WARSAW
from dialogs.booking.staff import STAFF_LANGUAGE, day_listing
from storage import OFFICES, Database, Repo

log = logging.getLogger(__name__)


def parse_args(args: str | None, today: date) -> tuple[date, str | None] | None:
    """``[YYYY-MM-DD] [office]`` in any order; None when a word is neither."""
    day, office = today, None
    for word in (args or "").split():
        if word.casefold() in OFFICES:
            office = word.casefold()
            continue
        try:
            day = date.fromisoformat(word)
        except ValueError:
            return None
    return day, office


def build_bookings_router(db: Database, l10n: Localizer, settings: TelegramSettings) -> Router:
    router = Router(name="staff-bookings")
    router.message.filter(F.chat.id == settings.staff_chat_id, F.from_user)
    admins = frozenset(settings.admin_ids)

    async def denied(message: Message, event: str) -> bool:
        """Refuse anyone not in ``telegram.admin_ids``, with a short word in the staff chat."""
        assert message.from_user is not None  # the router filter
        if message.from_user.id in admins:
            return False
        log.info(event)
        await message.answer(escape(l10n(STAFF_LANGUAGE, "booking-staff-denied")))
        return True

    @router.message(Command("bookings"))
    async def on_bookings(message: Message, command: CommandObject) -> None:
        if await denied(message, "staff_bookings_denied"):
            return
        parsed = parse_args(command.args, datetime.now(WARSAW).date())
        if parsed is None:
            usage = l10n(STAFF_LANGUAGE, "booking-staff-usage", offices=", ".join(OFFICES))
            await message.answer(escape(usage))
            return
        day, office = parsed
        async with db.read() as session:
            visits = await Repo(session).booking.visits(day, office)
        log.info("staff_bookings_listed", extra={"count": len(visits)})
        for part in split_text(day_listing(l10n, day, office, visits)):
            await message.answer(escape(part))

    @router.message(Command("block"))
    async def on_block(message: Message, command: CommandObject) -> None:
        if await denied(message, "staff_block_denied"):
            return
        words = (command.args or "").split()
        parsed = parse_args(command.args, datetime.now(WARSAW).date())
        if parsed is None or parsed[1] is None or len(words) != 2:
            usage = l10n(STAFF_LANGUAGE, "booking-staff-block-usage", offices=", ".join(OFFICES))
            await message.answer(escape(usage))
            return
        day, office = parsed
        async with db.write() as session:
            booked = await Repo(session).booking.block_day(office, day)
        log.info("staff_day_blocked", extra={"office": office, "booked": booked})
        answer = l10n(
            STAFF_LANGUAGE,
            "booking-staff-blocked",
            date=day.strftime("%d.%m.%Y"),
            office=l10n(STAFF_LANGUAGE, f"booking-office-{office}"),
            count=booked,
        )
        await message.answer(escape(answer))

    return router
