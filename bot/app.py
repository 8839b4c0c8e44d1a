"""Wiring: builds the core (storage, content, words, search, dialogs) from settings.

Every entry point (console, Telegram, Viber, tests, benchmarks) goes through
``build_core`` so they all run the same bot.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.booking_admin import policy_of
from bot.cases import make_notices, make_source, seed_demo
from bot.config import Settings
from bot.files import Resolver
from bot.staff import OutboxStaffPort
from dialogs import DialogOptions, Dialogs, FaqSearch, Localizer, load_catalogue
from dialogs.booking import BookingFeature
from dialogs.cases import CaseSource, CodeHasher, Notices
from dialogs.cases.flow import LookupLimits, StatusFlow
from dialogs.desk import Desk
from dialogs.desk_port import DeskOptions
from dialogs.hours import WorkingHours
from storage import Database, upgrade


@dataclass(slots=True)
class Core:
    settings: Settings
    db: Database
    dialogs: Dialogs
    case_source: CaseSource
    code_hasher: CodeHasher
    case_notices: Notices
    desk: Desk | None = None  # the staff desk, when telegram.staff_chat_id is set
    staff_port: OutboxStaffPort | None = None
    # Who builds or fetches each kind of file when its signed link is opened (bot.files).
    file_resolvers: dict[str, Resolver] = field(default_factory=dict)

    async def seed_demo_cases(self) -> None:
        await seed_demo(self.settings, self.db, self.code_hasher, self.case_notices)

    async def close(self) -> None:
        close_source = getattr(self.case_source, "close", None)
        if close_source is not None:
            await close_source()
        await self.db.dispose()


@lru_cache(maxsize=4)
def _search(languages: tuple[str, ...], confident: float, max_candidates: int) -> FaqSearch:
    """The search over the shipped content, built once per process and configuration.

    Building it takes seconds (it trains on thousands of asked questions); queries only
    read it. A process that builds several cores (the test suite, a benchmark) pays once.
    Its few hundred thousand objects live as long as the process: frozen out of the
    garbage collector's reach, they no longer make every full collection walk them
    (0.17 s each, long enough to stall the event loop past a send timeout).
    """
    search = FaqSearch(
        load_catalogue(),
        Localizer(languages=languages),
        confident=confident,
        max_candidates=max_candidates,
    )
    gc.freeze()
    return search


async def build_core(settings: Settings, *, migrate: bool = True) -> Core:
    db = Database(
        settings.storage.url, echo=settings.storage.echo, pool_size=settings.storage.pool_size
    )
    if migrate:
        await upgrade(db)
    catalogue = load_catalogue()
    l10n = Localizer(languages=settings.dialogs.languages)
    search = _search(
        tuple(settings.dialogs.languages),
        settings.dialogs.search_confident,
        settings.dialogs.search_candidates,
    )
    booking = BookingFeature(policy_of(settings), db=db, l10n=l10n)
    options = DialogOptions(
        default_language=settings.dialogs.default_language,
        languages=tuple(settings.dialogs.languages),
    )
    dialogs = Dialogs(db, catalogue, l10n, search, options)
    hasher = CodeHasher()
    case_source = make_source(settings.case_status, db, hasher)
    notices = make_notices(settings, l10n)
    dialogs.add_flow(booking.flow)
    dialogs.add_flow(StatusFlow(case_source, notices, lookup_limits(settings)).flow)
    core = Core(
        settings=settings,
        db=db,
        dialogs=dialogs,
        case_source=case_source,
        code_hasher=hasher,
        case_notices=notices,
        file_resolvers={"booking": booking.calendar},
    )
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


def lookup_limits(settings: Settings) -> LookupLimits:
    cs = settings.case_status
    return LookupLimits(
        per_person=cs.attempts_per_person,
        person_window=timedelta(minutes=cs.person_window_minutes),
        per_case=cs.attempts_per_case,
        case_window=timedelta(hours=cs.case_window_hours),
        zone=ZoneInfo(cs.timezone),
    )
