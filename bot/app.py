"""Wiring: builds the core (storage, content, words, search, dialogs) from settings.

Every entry point (console, Telegram, Viber, tests, benchmarks) goes through
``build_core`` so they all run the same bot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.config import Settings
from bot.staff import OutboxStaffPort
from bot.staff.files import FileLinks
from dialogs import DialogOptions, Dialogs, FaqSearch, Localizer, load_catalogue
from dialogs.desk import Desk
from dialogs.desk_port import DeskOptions
from dialogs.hours import WorkingHours
from storage import Database, upgrade


@dataclass(slots=True)
class Core:
    settings: Settings
    db: Database
    dialogs: Dialogs
    desk: Desk | None = None  # the staff desk, when telegram.staff_chat_id is set
    staff_port: OutboxStaffPort | None = None
    # Signed links to staff files for Viber persons (set by the Telegram channel).
    file_links: FileLinks | None = None

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
    options = DialogOptions(
        default_language=settings.dialogs.default_language,
        languages=tuple(settings.dialogs.languages),
    )
    dialogs = Dialogs(db, catalogue, l10n, search, options)
    core = Core(settings=settings, db=db, dialogs=dialogs)
    if settings.telegram.staff_chat_id:
        staff = settings.staff
        port = OutboxStaffPort()
        desk_options = DeskOptions(
            hours=WorkingHours.parse(staff.timezone, staff.hours, staff.holidays),
            staff_language=staff.language,
            viber_window=timedelta(hours=staff.viber_window_hours),
            admin_ids=frozenset(settings.telegram.admin_ids),
        )
        core.desk = Desk(db, l10n, catalogue, port, desk_options)
        core.staff_port = port
        dialogs.attach_desk(core.desk)
    return core
