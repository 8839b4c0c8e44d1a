"""Demo cases for the console (``make run`` without messenger tokens), listed in the README.

Dates are relative to the day of seeding, so an "awaiting attendance" case always has its
booking calendar open when someone tries the bot. They go in through the same import as
the office's CSV export.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogs.cases.codes import CodeHasher
from dialogs.cases.importer import HEADER, ImportReport, import_csv
from dialogs.cases.notices import Notices
from storage import Database, Repo

# number, code, status, office, days since filing, days in this status
DEMO_CASES: tuple[tuple[str, str, str, str, int, int], ...] = (
    ("2555583/2016", "DEMO-1111", "awaiting_attendance", "poznan", 120, 3),
    ("1000123/2026", "DEMO-2222", "awaiting_attendance", "kalisz", 90, 5),
    ("1000456/2026", "DEMO-3333", "card_ready", "konin", 200, 2),
    ("1000789/2026", "DEMO-4444", "formal_deficiencies", "poznan", 30, 4),
    ("1000999/2026", "DEMO-5555", "in_progress", "leszno", 60, 20),
    ("1001111/2026", "DEMO-6666", "suspended", "pila", 150, 10),
)


def demo_csv(today: date) -> list[str]:
    lines = [",".join(HEADER) + "\n"]
    for number, code, status, office, filed, since in DEMO_CASES:
        filed_on = (today - timedelta(days=filed)).isoformat()
        status_since = (today - timedelta(days=since)).isoformat()
        lines.append(f"{number},{code},{status},{office},{filed_on},{status_since}\n")
    return lines


async def seed_demo_cases(
    db: Database, hasher: CodeHasher, notices: Notices, today: date
) -> ImportReport | None:
    """Fill an empty case store with the demo cases; None when it already holds cases."""
    async with db.read() as session:
        if await Repo(session).cases.count():
            return None
    return await import_csv(db, demo_csv(today), hasher, notices)
