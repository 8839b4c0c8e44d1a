"""The case import: one spelling per number, bad rows reported by line, upsert counts, notices."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from dialogs import Localizer
from dialogs.cases import (
    CodeHasher,
    CsvHeaderError,
    EmbeddedSource,
    Notices,
    Outcome,
    import_csv,
    normalise_number,
)
from dialogs.cases.importer import HEADER, parse
from storage import Case, Database, OutboxMessage, Repo

# Cheap argon2 parameters: the tests check behaviour, not the cost of an attack.
FAST = CodeHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
HEAD = ",".join(HEADER)


@pytest.mark.parametrize(
    "typed",
    [
        "2555583/2016",
        "2555583 2016",
        "2555583-2016",
        " 2555583 / 2016 ",
        "2555583\\2016",
        "2555583.2016",
        "nr 2555583/2016",
        "２５５５５８３／２０１６",
        "2555583 – 2016",
    ],
)
def test_the_usual_spellings_of_a_number_are_one_case(typed: str) -> None:
    assert normalise_number(typed) == "2555583/2016"


def test_a_number_is_not_refused_for_its_shape() -> None:
    assert normalise_number("WSC-II-S.6151.12.2024") == "WSC/II/S/6151/12/2024"
    assert normalise_number("abc") == "ABC"
    assert normalise_number(" / - ") == ""


def lines(*rows: str) -> list[str]:
    return [HEAD + "\n", *(row + "\n" for row in rows)]


def test_bad_rows_are_reported_with_their_line_and_without_the_number() -> None:
    rows, rejected = parse(
        lines(
            "1/2026,AAA111,received,poznan,2026-01-02,2026-02-03",
            "2/2026,,received,poznan,,2026-02-03",
            "3/2026,CCC,lost_in_space,poznan,,2026-02-03",
            "4/2026,DDD,received,warszawa,,2026-02-03",
            "5/2026,EEE,received,poznan,02.01.2026,2026-02-03",
            "6/2026,FFF,received,poznan,,",
            "7/2026,GGG,received",
            "",
            "1 2026,HHH,card_ready,kalisz,,2026-02-03",
            "8/2026,III,card_ready,pila,,2026-02-03",
        )
    )
    assert [row.line for row in rows] == [2, 11]
    assert [(r.line, r.reason.split()[0]) for r in rejected] == [
        (3, "access_code"),
        (4, "status"),
        (5, "office"),
        (6, "filed_on"),
        (7, "status_since"),
        (8, "3"),
        (10, "the"),  # the same case as line 2, spelt differently
    ]
    assert all("2026" not in r.reason for r in rejected)


def test_a_file_that_is_not_the_export_is_refused_whole() -> None:
    with pytest.raises(CsvHeaderError):
        parse(["number,code\n", "1/2026,A\n"])
    with pytest.raises(CsvHeaderError):
        parse([])


@pytest.fixture
def notices() -> Notices:
    return Notices(Localizer(), "pl")


async def test_import_is_an_upsert_with_honest_counts(database: Database, notices: Notices) -> None:
    first = await import_csv(
        database,
        lines(
            "1/2026,AAA111,received,poznan,2026-01-02,2026-02-03",
            "2/2026,BBB222,verification,kalisz,,2026-02-03",
            "3/2026,CCC333,card_ready,pila,,2026-02-03",
            "oops",
        ),
        FAST,
        notices,
    )
    assert (first.added, first.changed, first.unchanged, len(first.rejected)) == (3, 0, 0, 1)
    second = await import_csv(
        database,
        lines(
            "1/2026,AAA111,received,poznan,2026-01-02,2026-02-03",  # the same
            "2-2026,BBB222,card_ordered,kalisz,,2026-03-01",  # a new status
            "3/2026,NEWCODE,card_ready,pila,,2026-02-03",  # a new code
            "4/2026,DDD444,registered,konin,,2026-03-01",
        ),
        FAST,
        notices,
    )
    assert (second.added, second.changed, second.unchanged, len(second.rejected)) == (1, 2, 1, 0)
    async with database.read() as session:
        cases = {c.number: c for c in (await session.execute(select(Case))).scalars()}
    assert cases["2/2026"].status == "card_ordered"
    assert cases["2/2026"].status_since == date(2026, 3, 1)
    assert await FAST.verify(cases["3/2026"].code_hash, "NEWCODE")
    assert not await FAST.verify(cases["3/2026"].code_hash, "CCC333")
    assert all("AAA111" not in (c.code_hash or "") for c in cases.values())


async def _watch(database: Database, number: str, messenger: str, uid: str, lang: str) -> int:
    async with database.write() as session:
        repo = Repo(session)
        user = await repo.users.touch(messenger, uid, None)
        await repo.users.set_language(user.id, lang)  # type: ignore[arg-type]
        case = await repo.cases.by_number(number)
        assert case is not None
        assert case.id is not None
        assert user.id is not None
        await repo.cases.link(user.id, case.id, remembered=True)
        return user.id


async def _notices(database: Database) -> list[OutboxMessage]:
    async with database.read() as session:
        stmt = select(OutboxMessage).order_by(OutboxMessage.id)
        return list((await session.execute(stmt)).scalars())


async def test_a_new_status_of_a_kept_case_is_told_exactly_once(
    database: Database, notices: Notices
) -> None:
    await import_csv(
        database,
        lines(
            "1/2026,AAA111,received,poznan,,2026-02-03", "2/2026,BBB222,received,poznan,,2026-02-03"
        ),
        FAST,
        notices,
    )
    uk_user = await _watch(database, "1/2026", "telegram", "11", "uk")
    viber_user = await _watch(database, "1/2026", "viber", "v22", "en")
    changed = lines(
        "1/2026,AAA111,card_ready,poznan,,2026-03-01", "2/2026,BBB222,card_ready,poznan,,2026-03-01"
    )
    report = await import_csv(database, changed, FAST, notices)
    assert report.notices == 2
    # The same file again, and again with a fresh hasher and notices (a restart between).
    await import_csv(database, changed, FAST, notices)
    restarted = Notices(Localizer(), "pl")
    again = await import_csv(database, changed, FAST, restarted)
    assert again.notices == 0
    rows = await _notices(database)
    assert [(row.user_id, row.messenger) for row in rows] == [
        (uk_user, "telegram"),
        (viber_user, "viber"),
    ]
    l10n = Localizer()
    assert l10n("uk", "cs-status-card_ready") in rows[0].payload["text"]
    assert l10n("en", "cs-status-card_ready") in rows[1].payload["text"]


async def test_a_status_seen_before_does_not_repeat_its_notice_after_a_restart(
    database: Database, notices: Notices
) -> None:
    """The import changes the status, the process dies, the import is run again from scratch."""
    await import_csv(database, lines("1/2026,AAA111,received,poznan,,2026-02-03"), FAST, notices)
    await _watch(database, "1/2026", "telegram", "11", "pl")
    await import_csv(database, lines("1/2026,AAA111,card_ready,poznan,,2026-03-01"), FAST, notices)
    url = database.url.render_as_string(hide_password=False)
    await database.dispose()
    reopened = Database(url, connect_args=database.connect_args)
    try:
        report = await import_csv(
            reopened,
            lines("1/2026,AAA111,card_ready,poznan,,2026-03-01"),
            FAST,
            Notices(Localizer(), "pl"),
        )
        assert report.unchanged == 1
        assert len(await _notices(reopened)) == 1
    finally:
        await reopened.dispose()


class CountingHasher(PasswordHasher):
    """argon2's own hasher, counting the slow checks it does."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.verified += 1
        return super().verify(hash, password)


async def test_a_wrong_number_costs_the_same_check_as_a_wrong_code(
    database: Database, notices: Notices
) -> None:
    """No case behind the number: the code is still checked, against a dummy hash."""
    counting = CountingHasher()
    hasher = CodeHasher(counting)
    await import_csv(database, lines("1/2026,AAA111,received,poznan,,2026-02-03"), hasher, notices)
    source = EmbeddedSource(database, hasher)
    await source.lookup("1/2026", "warm-up")  # the dummy hash is made once, lazily
    await source.lookup("2/2026", "warm-up")
    counts = []
    for number, code in [("1/2026", "WRONG"), ("2/2026", "AAA111"), ("1/2026", "AAA111")]:
        before = counting.verified
        result = await source.lookup(number, code)
        counts.append((result.outcome, counting.verified - before))
    assert counts == [
        (Outcome.NOT_FOUND, 1),
        (Outcome.NOT_FOUND, 1),
        (Outcome.FOUND, 1),
    ]
