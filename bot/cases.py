"""Case status wiring: the case source the settings name, the import command, the demo seed."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.case_http import HttpCaseSource
from bot.config import CaseStatusSettings, Settings
from dialogs import Localizer
from dialogs.cases import CaseSource, CodeHasher, CsvHeaderError, EmbeddedSource, Notices
from dialogs.cases.demo import seed_demo_cases
from dialogs.cases.importer import import_csv
from storage import Database, upgrade


def make_source(settings: CaseStatusSettings, db: Database, hasher: CodeHasher) -> CaseSource:
    if settings.source == "http":
        assert settings.url is not None  # the settings check it
        return HttpCaseSource(str(settings.url), timeout=settings.timeout, retries=settings.retries)
    return EmbeddedSource(db, hasher)


def make_notices(settings: Settings, l10n: Localizer) -> Notices:
    return Notices(l10n, settings.dialogs.default_language)


def today(settings: CaseStatusSettings) -> date:
    return datetime.now(ZoneInfo(settings.timezone)).date()


async def import_file(settings: Settings, path: Path, out: TextIO | None = None) -> int:
    """``python -m bot cases import FILE.csv``: exit status 0 if every row went in."""
    out = out or sys.stdout
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        print(f"cases import: cannot read {path}: {exc.strerror}", file=out)
        return 2
    db = Database(settings.storage.url)
    try:
        await upgrade(db)
        l10n = Localizer(languages=settings.dialogs.languages)
        with handle:
            report = await import_csv(db, handle, CodeHasher(), make_notices(settings, l10n))
    except CsvHeaderError as exc:
        print(f"cases import: {path}: {exc}", file=out)
        return 2
    finally:
        await db.dispose()
    for rejected in report.rejected:
        print(f"line {rejected.line}: {rejected.reason}", file=out)
    print(report.summary(), file=out)
    return 1 if report.rejected else 0


async def seed_demo(settings: Settings, db: Database, hasher: CodeHasher, notices: Notices) -> None:
    """The console's first start: demo cases to try, if the embedded store is empty."""
    if settings.case_status.source == "embedded" and settings.case_status.demo_cases:
        await seed_demo_cases(db, hasher, notices, today(settings.case_status))
