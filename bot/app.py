"""Wiring: builds the core (storage, content, words, search, dialogs) from settings.

Every entry point (console, Telegram, Viber, tests, benchmarks) goes through
``build_core`` so they all run the same bot.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.booking_admin import policy_of
from bot.config import Settings
from bot.files import Resolver
from dialogs import DialogOptions, Dialogs, FaqSearch, Localizer, load_catalogue
from dialogs.booking import BookingFeature
from storage import Database, upgrade


@dataclass(slots=True)
class Core:
    settings: Settings
    db: Database
    dialogs: Dialogs
    # Builds a file again from its ``Attachment.ref`` (the Viber link to a visit's .ics).
    files: Resolver | None = None

    async def close(self) -> None:
        await self.db.dispose()


async def build_core(settings: Settings, *, migrate: bool = True) -> Core:
    db = Database(
        settings.storage.url, echo=settings.storage.echo, pool_size=settings.storage.pool_size
    )
    if migrate:
        await upgrade(db)
    catalogue = load_catalogue()
    l10n = Localizer(languages=settings.dialogs.languages)
    search = FaqSearch(
        catalogue,
        l10n,
        confident=settings.dialogs.search_confident,
        max_candidates=settings.dialogs.search_candidates,
    )
    booking = BookingFeature(policy_of(settings), db=db, l10n=l10n)
    options = DialogOptions(
        default_language=settings.dialogs.default_language,
        languages=tuple(settings.dialogs.languages),
    )
    dialogs = Dialogs(db, catalogue, l10n, search, options)
    dialogs.add_flow(booking.flow)
    return Core(settings=settings, db=db, dialogs=dialogs, files=booking.calendar)
