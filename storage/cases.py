"""Cases the office shares with the bot, who proved they may see them, and look-up attempts.

``cases`` is the embedded case store (filled by ``python -m bot cases import``) and the
mirror of what the office's HTTP system answered, so notices of a new status work for
both sources. Access codes are kept only as salted slow hashes (``code_hash``); a case
mirrored from the HTTP source has none. ``case_links`` says that a person proved number
and code for a case: booking and "My cases" rely on it, the code itself is never kept
with the person. ``case_attempts`` holds look-up attempts so the limits survive a
restart; the case is stored there only as a digest of its number, because a wrong number
typed by someone is not a case of the office.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import BigInteger, Date, Index, UniqueConstraint, delete, func, select
from sqlalchemy import text as sql_text
from sqlmodel import Field, SQLModel

from storage.db import BaseRepo
from storage.models import BIG_ID, User, _ts, utcnow

# The statuses of the office's case system, in the order a case usually moves through them.
STATUSES: tuple[str, ...] = (
    "registered",
    "received",
    "inspector_assigned",
    "verification",
    "formal_deficiencies",
    "proceedings_started",
    "repeated_summons",
    "in_progress",
    "draft_decision",
    "concluded",
    "card_ordered",
    "card_ready",
    "card_collected",
    "suspended",
    "awaiting_attendance",
)
AWAITING_ATTENDANCE = "awaiting_attendance"
OFFICES: tuple[str, ...] = ("poznan", "kalisz", "konin", "leszno", "pila")


class Case(SQLModel, table=True):
    """One case of the office: its normalised number, status and the office handling it."""

    __tablename__ = "cases"

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    number: str = Field(max_length=64, unique=True)
    code_hash: str | None = Field(default=None, max_length=256)
    status: str = Field(max_length=32)
    office: str = Field(max_length=16)
    filed_on: date | None = Field(default=None, sa_type=Date)
    status_since: date = Field(sa_type=Date)
    updated_at: datetime = _ts()


class CaseLink(SQLModel, table=True):
    """This person proved number and code of this case (``remembered``: keep it for them)."""

    __tablename__ = "case_links"
    __table_args__ = (UniqueConstraint("user_id", "case_id", name="uq_case_links_user_case"),)

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id")
    case_id: int = Field(sa_type=BigInteger, foreign_key="cases.id", index=True)
    verified_at: datetime = _ts()
    remembered: bool = False


class CaseAttempt(SQLModel, table=True):
    """One look-up attempt (number and code checked), counted against the limits."""

    __tablename__ = "case_attempts"
    __table_args__ = (
        Index("ix_case_attempts_user", "user_id", "created_at"),
        Index("ix_case_attempts_case", "case_key", "created_at"),
    )

    id: int | None = Field(default=None, sa_type=BIG_ID, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, foreign_key="users.id")
    case_key: str = Field(max_length=64)
    created_at: datetime = _ts()


def case_key(number: str) -> str:
    """The digest an attempt is counted under (a typed number is not stored as such)."""
    return hashlib.sha256(number.encode()).hexdigest()


@dataclass(frozen=True)
class AttemptVerdict:
    """``allowed``: the attempt was recorded; otherwise ``retry_at`` says when it may be."""

    allowed: bool
    retry_at: datetime | None = None


@dataclass(frozen=True)
class Upserted:
    """What an upsert did: ``previous_status`` is None for a new case."""

    case: Case
    created: bool
    changed: bool
    previous_status: str | None

    @property
    def status_changed(self) -> bool:
        return self.previous_status is not None and self.previous_status != self.case.status


@dataclass(frozen=True)
class Watcher:
    """A person who keeps a case in "My cases" and gets its notices."""

    user_id: int
    messenger: str
    language: str | None


class CaseRepo(BaseRepo):
    async def get(self, case_id: int) -> Case | None:
        return await self.session.get(Case, case_id, populate_existing=True)

    async def by_number(self, number: str) -> Case | None:
        stmt = select(Case).where(Case.number == number)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def upsert(
        self,
        number: str,
        *,
        status: str,
        office: str,
        filed_on: date | None,
        status_since: date,
        code_hash: str | None = None,
        keep_code: bool = False,
    ) -> Upserted:
        """Store a case as the office's system now sees it; says what was there before.

        ``keep_code``: the caller has no code (the HTTP mirror), so a stored hash stays.
        The existing row is locked (PostgreSQL; SQLite has one writer) so two imports of
        one case see each other's status and a status change is noticed exactly once.
        """
        now = utcnow()
        values: dict[str, object] = {
            "status": status,
            "office": office,
            "filed_on": filed_on,
            "status_since": status_since,
        }
        if not keep_code:
            values["code_hash"] = code_hash
        stmt = (
            self._insert(Case)
            .values(number=number, updated_at=now, **values)
            .on_conflict_do_nothing(index_elements=["number"])
            .returning(Case.id)
        )
        new_id = (await self.session.execute(stmt)).scalar_one_or_none()
        if new_id is not None:
            case = await self.get(new_id)
            assert case is not None
            return Upserted(case=case, created=True, changed=True, previous_status=None)
        select_case = (
            select(Case).where(Case.number == number).execution_options(populate_existing=True)
        )
        if not self._is_sqlite():
            select_case = select_case.with_for_update()
        case = (await self.session.execute(select_case)).scalar_one()
        previous = case.status
        changed = any(getattr(case, key) != value for key, value in values.items())
        if changed:
            for key, value in values.items():
                setattr(case, key, value)
            case.updated_at = now
            await self.session.flush()
        return Upserted(case=case, created=False, changed=changed, previous_status=previous)

    async def count(self) -> int:
        return (await self.session.execute(select(func.count()).select_from(Case))).scalar_one()

    async def link(self, user_id: int, case_id: int, *, remembered: bool | None = None) -> bool:
        """Record a successful check now; returns whether the person keeps the case.

        ``remembered`` None leaves what the person chose before.
        """
        now = utcnow()
        stmt = self._insert(CaseLink).values(
            user_id=user_id, case_id=case_id, verified_at=now, remembered=bool(remembered)
        )
        set_: dict[str, object] = {"verified_at": now}
        if remembered is not None:
            set_["remembered"] = remembered
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_id", "case_id"], set_=set_
        ).returning(CaseLink.remembered)
        return bool((await self.session.execute(stmt)).scalar_one())

    async def remember(self, user_id: int, case_id: int, remembered: bool) -> bool:
        """Keep or drop a case in the person's list; False if they never proved it."""
        link = await self._link(user_id, case_id)
        if link is None:
            return False
        link.remembered = remembered
        await self.session.flush()
        return True

    async def forget(self, user_id: int, case_id: int) -> None:
        """Unlink: the person's proof of the case is gone too (a new check is needed)."""
        await self.session.execute(
            delete(CaseLink).where(CaseLink.user_id == user_id, CaseLink.case_id == case_id)
        )

    async def verified_for(self, user_id: int, case_id: int, within: timedelta) -> bool:
        """May this person act on this case: remembered, or checked within ``within``."""
        link = await self._link(user_id, case_id)
        if link is None:
            return False
        return link.remembered or _aware(link.verified_at) >= utcnow() - within

    async def remembered_by(self, user_id: int) -> Sequence[Case]:
        stmt = (
            select(Case)
            .join(CaseLink, CaseLink.case_id == Case.id)
            .where(CaseLink.user_id == user_id, CaseLink.remembered.is_(True))  # type: ignore[attr-defined]
            .order_by(CaseLink.id)
        )
        return (await self.session.execute(stmt)).scalars().all()

    async def watchers(self, case_id: int) -> list[Watcher]:
        """Everyone who keeps this case (for a notice of its new status)."""
        stmt = (
            select(User.id, User.messenger, User.language)
            .join(CaseLink, CaseLink.user_id == User.id)
            .where(CaseLink.case_id == case_id, CaseLink.remembered.is_(True))  # type: ignore[attr-defined]
            .order_by(User.id)
        )
        rows = (await self.session.execute(stmt)).all()
        return [Watcher(user_id=r[0], messenger=r[1], language=r[2]) for r in rows]

    async def try_attempt(
        self,
        user_id: int,
        number: str,
        *,
        per_user: int,
        user_window: timedelta,
        per_case: int,
        case_window: timedelta,
        now: datetime | None = None,
    ) -> AttemptVerdict:
        """Record a look-up attempt if both limits allow it, atomically.

        On PostgreSQL two transaction-scoped advisory locks (person, then case: always in
        that order, so no deadlock) serialise the count and the insert; SQLite has one
        writer at a time anyway (``BEGIN IMMEDIATE``).
        """
        now = now or utcnow()
        key = case_key(number)
        if not self._is_sqlite():
            await self.session.execute(
                sql_text("SELECT pg_advisory_xact_lock(:a, :b)"),
                {"a": 0x43415345, "b": user_id & 0x7FFFFFFF},
            )
            await self.session.execute(
                sql_text("SELECT pg_advisory_xact_lock(:a, hashtext(:k))"),
                {"a": 0x4B455953, "k": key},
            )
        retry_user = await self._blocked_until(
            CaseAttempt.user_id == user_id, per_user, user_window, now
        )
        retry_case = await self._blocked_until(
            CaseAttempt.case_key == key, per_case, case_window, now
        )
        blocked = [t for t in (retry_user, retry_case) if t is not None]
        if blocked:
            return AttemptVerdict(allowed=False, retry_at=max(blocked))
        self.session.add(CaseAttempt(user_id=user_id, case_key=key, created_at=now))
        await self.session.flush()
        return AttemptVerdict(allowed=True)

    async def prune_attempts(self, older_than: timedelta) -> int:
        """Drop attempts no limit looks at any more (older than the longest window)."""
        cutoff = utcnow() - older_than
        stmt = delete(CaseAttempt).where(CaseAttempt.created_at < cutoff)  # type: ignore[arg-type]
        return (await self.session.execute(stmt)).rowcount

    async def blocked_until(
        self, user_id: int, *, per_user: int, user_window: timedelta, now: datetime | None = None
    ) -> datetime | None:
        """When the person may try again, or None if they may now (before asking the code)."""
        now = now or utcnow()
        return await self._blocked_until(CaseAttempt.user_id == user_id, per_user, user_window, now)

    async def _blocked_until(
        self, where: object, limit: int, window: timedelta, now: datetime
    ) -> datetime | None:
        """None if fewer than ``limit`` attempts in the window; else when the oldest ages out."""
        stmt = (
            select(CaseAttempt.created_at)
            .where(where, CaseAttempt.created_at > now - window)  # type: ignore[arg-type]
            .order_by(CaseAttempt.created_at.desc())  # type: ignore[attr-defined]
            .limit(limit)
        )
        times = (await self.session.execute(stmt)).scalars().all()
        if len(times) < limit:
            return None
        return _aware(times[-1]) + window

    async def _link(self, user_id: int, case_id: int) -> CaseLink | None:
        stmt = (
            select(CaseLink)
            .where(CaseLink.user_id == user_id, CaseLink.case_id == case_id)
            .execution_options(populate_existing=True)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    def _is_sqlite(self) -> bool:
        bind = self.session.bind
        return bind is None or bind.dialect.name == "sqlite"


def _aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they are stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
