"""The seam between the look-up and wherever the office keeps its cases.

``dialogs`` sees only ``CaseSource``: the embedded store below (cases imported from the
office's CSV export) or the office's own system over HTTP (``bot/case_http.py``, which
may use aiohttp). Both answer a number and a code with the same three outcomes, and a
wrong number and a wrong code are the same outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from dialogs.cases.codes import CodeHasher
from storage import Database, Repo


class Outcome(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"  # no such number, or the code does not match: never which
    UNAVAILABLE = "unavailable"  # the source did not answer (timeout, outage)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    status: str
    office: str
    status_since: date
    filed_on: date | None = None


@dataclass(frozen=True, slots=True)
class LookupResult:
    outcome: Outcome
    facts: CaseFacts | None = None


NOT_FOUND = LookupResult(Outcome.NOT_FOUND)
UNAVAILABLE = LookupResult(Outcome.UNAVAILABLE)


class CaseSource(Protocol):
    # True: what the source answers is copied into the ``cases`` table (so "My cases"
    # and notices of a new status work); the embedded store is that table already.
    mirrors: bool

    async def lookup(self, number: str, code: str) -> LookupResult:
        """``number`` normalised (``numbers.normalise_number``), ``code`` as typed."""
        ...


class EmbeddedSource:
    """Cases imported with ``python -m bot cases import``; codes checked against their hash."""

    mirrors = False

    def __init__(self, db: Database, hasher: CodeHasher) -> None:
        self.db = db
        self.hasher = hasher

    async def lookup(self, number: str, code: str) -> LookupResult:
        async with self.db.read() as session:
            case = await Repo(session).cases.by_number(number)
        code_hash = case.code_hash if case is not None else None
        if not await self.hasher.verify(code_hash, code) or case is None:
            return NOT_FOUND
        return LookupResult(
            Outcome.FOUND,
            CaseFacts(
                status=case.status,
                office=case.office,
                status_since=case.status_since,
                filed_on=case.filed_on,
            ),
        )
