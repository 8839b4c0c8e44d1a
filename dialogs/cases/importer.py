"""``python -m bot cases import FILE.csv``: the office's export into the embedded store.

An upsert: a case already known is updated, a new one added, a row that says nothing
new counted as unchanged. A bad row is reported with its line number and skipped; the
rest still imports. Codes are hashed in worker threads (argon2 is slow on purpose), a
batch at a time, before the batch's write transaction, so the database is not held
while hashing. A changed status of a case somebody keeps queues their notice in the
same transaction as the change.

Report lines name the line and the field, never the number or the code: the report
may end up in a ticket or a log.
"""

from __future__ import annotations

import asyncio
import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from dialogs.cases.codes import CodeHasher
from dialogs.cases.notices import Notices
from dialogs.cases.numbers import MAX_NUMBER, normalise_code, normalise_number
from storage import OFFICES, STATUSES, Case, Database, Repo

HEADER = ("case_number", "access_code", "status", "office", "filed_on", "status_since")
BATCH = 200
# argon2 takes 64 MiB a hash by default: a few at once, not one per core of a big server.
HASH_THREADS = min(4, os.cpu_count() or 2)
MAX_CODE = 64


class CsvHeaderError(ValueError):
    """The file is not the office's case export (wrong or missing header)."""


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    number: str
    code: str
    status: str
    office: str
    filed_on: date | None
    status_since: date


@dataclass(frozen=True, slots=True)
class Rejected:
    line: int
    reason: str


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    notices: int = 0

    def summary(self) -> str:
        return (
            f"added {self.added}, changed {self.changed}, unchanged {self.unchanged}, "
            f"rejected {len(self.rejected)}, notices queued {self.notices}"
        )


def parse(lines: Iterable[str]) -> tuple[list[Row], list[Rejected]]:
    """Rows that make sense, and the others with their line number and what is wrong."""
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None or tuple(h.strip().lstrip("\ufeff") for h in header) != HEADER:
        raise CsvHeaderError("the first line must be: " + ",".join(HEADER))
    rows: list[Row] = []
    rejected: list[Rejected] = []
    seen: dict[str, int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        row = _row(line, cells)
        if isinstance(row, Rejected):
            rejected.append(row)
        elif row.number in seen:
            rejected.append(Rejected(line, f"the same case as line {seen[row.number]}"))
        else:
            seen[row.number] = line
            rows.append(row)
    return rows, rejected


def _row(line: int, cells: list[str]) -> Row | Rejected:
    if len(cells) != len(HEADER):
        return Rejected(line, f"{len(cells)} fields, expected {len(HEADER)}")
    raw = dict(zip(HEADER, (cell.strip() for cell in cells), strict=True))
    number = normalise_number(raw["case_number"])
    code = normalise_code(raw["access_code"])
    if not number or len(number) > MAX_NUMBER:
        return Rejected(line, "case_number is empty or too long")
    if not code or len(code) > MAX_CODE:
        return Rejected(line, "access_code is empty or too long")
    if raw["status"] not in STATUSES:
        return Rejected(line, "status is not one of: " + ", ".join(STATUSES))
    if raw["office"] not in OFFICES:
        return Rejected(line, "office is not one of: " + ", ".join(OFFICES))
    try:
        filed_on = date.fromisoformat(raw["filed_on"]) if raw["filed_on"] else None
    except ValueError:
        return Rejected(line, "filed_on is not a date (YYYY-MM-DD)")
    try:
        status_since = date.fromisoformat(raw["status_since"])
    except ValueError:
        return Rejected(line, "status_since is not a date (YYYY-MM-DD)")
    return Row(line, number, code, raw["status"], raw["office"], filed_on, status_since)


async def import_rows(
    db: Database, rows: Sequence[Row], hasher: CodeHasher, notices: Notices
) -> ImportReport:
    report = ImportReport()
    for start in range(0, len(rows), BATCH):
        await _import_batch(db, rows[start : start + BATCH], hasher, notices, report)
    return report


async def import_csv(
    db: Database, lines: Iterable[str], hasher: CodeHasher, notices: Notices
) -> ImportReport:
    rows, rejected = parse(lines)
    report = await import_rows(db, rows, hasher, notices)
    report.rejected = sorted([*rejected, *report.rejected], key=lambda r: r.line)
    return report


async def _import_batch(
    db: Database, rows: Sequence[Row], hasher: CodeHasher, notices: Notices, report: ImportReport
) -> None:
    async with db.read() as session:
        stmt = select(Case.number, Case.code_hash).where(
            Case.number.in_([row.number for row in rows])  # type: ignore[attr-defined]
        )
        known = {number: code_hash for number, code_hash in await session.execute(stmt)}
    hashes = await _hashes(rows, known, hasher)
    async with db.write() as session:
        repo = Repo(session)
        for row, code_hash in zip(rows, hashes, strict=True):
            done = await repo.cases.upsert(
                row.number,
                status=row.status,
                office=row.office,
                filed_on=row.filed_on,
                status_since=row.status_since,
                code_hash=code_hash,
            )
            if done.created:
                report.added += 1
            elif done.changed:
                report.changed += 1
            else:
                report.unchanged += 1
            if done.status_changed:
                report.notices += await notices.status_changed(repo, done.case)


async def _hashes(
    rows: Sequence[Row], known: dict[str, str | None], hasher: CodeHasher
) -> list[str]:
    """Each row's code hash: the stored one if the code is the same, else a new one."""
    gate = asyncio.Semaphore(HASH_THREADS)

    async def one(row: Row) -> str:
        async with gate:
            stored = known.get(row.number)
            if stored is not None and await hasher.verify(stored, row.code):
                return stored
            return await hasher.hash(row.code)

    return list(await asyncio.gather(*(one(row) for row in rows)))
