"""Questions with no direct answer are kept, masked, and grouped for the content team."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from bot.app import Core
from bot.config import Settings
from dialogs import Incoming, Kind
from dialogs.unanswered import Kept, group, mask
from storage import Database, Repo, UnansweredQuestion, upgrade
from storage.models import utcnow
from tests.support.drivers import ChatDriver

ROOT = Path(__file__).resolve().parent.parent

# -- masking


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mój numer sprawy 12345/2024", "mój numer sprawy #####/####"),
        ("call me +48 600 100 200", "call me +## ### ### ###"),
        ("napiszcie na jan.kowalski+wsc@gmail.com prosze", "napiszcie na <email> prosze"),
        ("mail: olena_88@ukr.net", "mail: <email>"),
        ("Nazywam się Anna Maria Kowalska i zgubiłam kartę", "Nazywam się <name> i zgubiłam kartę"),
        ("nazywam sie jan kowalski, karta", "nazywam sie <name> kowalski, karta"),
        ("My name is John Smith. Where is my card?", "My name is <name>. Where is my card?"),
        ("hi, my name's Ali", "hi, my name's <name>"),
        ("Меня зовут Иван Петров, где карта", "Меня зовут <name>, где карта"),
        ("мене звати Олена Шевченко а карти нема", "мене звати <name> а карти нема"),
        ("моє ім'я Тарас", "моє ім'я <name>"),
        ("card for Kalisz", "card for Kalisz"),  # capitals elsewhere are no names
        ("Karta pobytu w Poznaniu", "Karta pobytu w Poznaniu"),
    ],
)
def test_mask(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_mask_leaves_no_digit() -> None:
    assert not any(ch.isdigit() for ch in mask("kod 8F3K-29Z1, tel. ٣٤٥ i ２０２４"))


# -- storage, on both databases


async def test_kept_questions_are_read_back_by_age(database: Database) -> None:
    async with database.write() as session:
        repo = Repo(session)
        repo.unanswered.keep("czy mogę pracować", "pl", ["work-permit-labour", "temp-work"])
        repo.unanswered.keep("pizza", "en", [])
    async with database.write() as session:
        await session.execute(
            update(UnansweredQuestion)
            .where(UnansweredQuestion.text == "pizza")
            .values(created_at=utcnow() - timedelta(days=40))
        )
    async with database.read() as session:
        recent = await Repo(session).unanswered.since(utcnow() - timedelta(days=30))
        everything = await Repo(session).unanswered.since(utcnow() - timedelta(days=60))
    assert [(q.text, q.lang, q.offered) for q in recent] == [
        ("czy mogę pracować", "pl", ["work-permit-labour", "temp-work"])
    ]
    assert [q.text for q in everything] == ["czy mogę pracować", "pizza"]


async def test_a_rolled_back_update_keeps_nothing(database: Database) -> None:
    async def failing_update() -> None:
        async with database.write() as session:
            Repo(session).unanswered.keep("lost in a failed update", "en", [])
            raise RuntimeError

    with pytest.raises(RuntimeError):
        await failing_update()
    async with database.read() as session:
        assert await Repo(session).unanswered.since(utcnow() - timedelta(days=1)) == []


# -- what the bot keeps


def _incoming(kind: Kind, **fields: str) -> Incoming:
    return Incoming("console", "asker", kind, **fields)


async def _kept(db: Database) -> list[tuple[str, str, list[str]]]:
    async with db.read() as session:
        rows = await Repo(session).unanswered.since(utcnow() - timedelta(days=1))
    return [(row.text, row.lang, row.offered) for row in rows]


async def test_only_questions_without_a_direct_answer_are_kept(core: Core) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_incoming(Kind.START))
    await dialogs.handle(_incoming(Kind.BUTTON, payload="lang:pl"))
    clear = "ile kosztuje karta pobytu"
    vague = "karta"
    unknown = "nazywam się Olga Nowak, mój telefon 600100200, gdzie kupić pizzę"
    search = core.dialogs.search
    assert search.query(clear, "pl").confident is not None
    offered = search.query(vague, "pl")
    assert offered.confident is None
    assert offered.candidates
    assert search.query(unknown, "pl").confident is None
    for text in (clear, vague, unknown, "👍", "/menu"):
        await dialogs.handle(_incoming(Kind.TEXT, text=text))
    await dialogs.handle(_incoming(Kind.BUTTON, payload="f:card-fee"))  # a tap is no question
    assert await _kept(core.db) == [
        ("karta", "pl", list(offered.candidates)),
        (
            "nazywam się <name>, mój telefon #########, gdzie kupić pizzę",
            "pl",
            list(search.query(unknown, "pl").candidates),
        ),
    ]


async def test_a_question_typed_before_the_language_is_kept_in_the_chosen_one(
    core: Core,
) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_incoming(Kind.START))
    await dialogs.handle(_incoming(Kind.TEXT, text="gdzie kupić pizzę"))
    assert await _kept(core.db) == []  # not asked yet: waiting for the language
    await dialogs.handle(_incoming(Kind.BUTTON, payload="lang:uk"))
    assert await _kept(core.db) == [("gdzie kupić pizzę", "uk", [])]


async def test_kept_on_every_messenger(driver: ChatDriver, settings: Settings) -> None:
    await driver.start(7, "en")
    await driver.tap_payload(7, "lang:en")
    await driver.say(7, "my name is Olga, where do I buy pizza, call 600100200")
    db = Database(settings.storage.url)
    try:
        ((text, lang, offered),) = await _kept(db)
    finally:
        await db.dispose()
    assert (text, lang) == ("my name is <name>, where do I buy pizza, call #########", "en")
    assert len(offered) <= 3


# -- grouping


def _kept_items(*texts: str, lang: str = "pl", offered: tuple[str, ...] = ()) -> list[Kept]:
    return [Kept(text, lang, offered) for text in texts]


def test_paraphrases_group_together_largest_first() -> None:
    questions = [
        *_kept_items("czy mogę pracować w czasie sprawy", offered=("work-permit-labour",)),
        *_kept_items("gdzie kupić pizzę"),
        *_kept_items(
            "czy moge pracowac w czasie trwania sprawy", "mogę pracować w trakcie sprawy?"
        ),
        *_kept_items("czy mogę pracować, kiedy sprawa trwa", lang="uk"),
        *_kept_items("гдзе купить пиццу", lang="ru"),
        *_kept_items("Dzień dobry", "dzien dobry!"),
    ]
    groups = group(questions)
    assert [g.count for g in groups] == [4, 2, 1, 1]
    work, hello, pizza, pizza_ru = groups
    assert work.example == "czy mogę pracować w czasie sprawy"
    assert work.languages() == {"pl": 3, "uk": 1}
    assert work.offered() == {"work-permit-labour": 1, "": 3}
    assert hello.example == "Dzień dobry"
    assert pizza.example == "gdzie kupić pizzę"
    assert pizza_ru.example == "гдзе купить пиццу"


def test_words_every_question_says_do_not_make_questions_alike() -> None:
    groups = group(
        _kept_items(
            "karta pobytu zgubiona",
            "karta pobytu ile kosztuje",
            "zgubiona karta pobytu, co robić",
            "karta pobytu dla dziecka",
            "karta pobytu po ślubie",
        )
    )
    assert [g.count for g in groups] == [2, 1, 1, 1]
    assert [item.text for item in groups[0].items] == [
        "karta pobytu zgubiona",
        "zgubiona karta pobytu, co robić",
    ]


def test_masks_do_not_make_questions_alike() -> None:
    groups = group(_kept_items("my name is <name>, card lost", "my name is <name>, visa extension"))
    assert [g.count for g in groups] == [1, 1]


def test_nothing_to_group() -> None:
    assert group([]) == []


# -- the command line


def test_cli_lists_groups_largest_first(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'u.db'}"

    async def record() -> None:
        db = Database(url)
        await upgrade(db)
        async with db.write() as session:
            repo = Repo(session)
            repo.unanswered.keep("gdzie kupić pizzę", "pl", [])
            for lang, text in [
                ("pl", "czy mogę pracować w czasie sprawy"),
                ("pl", "czy moge pracowac w czasie trwania sprawy"),
                ("en", "old question"),
            ]:
                repo.unanswered.keep(text, lang, ["work-permit-labour", "temp-work"])
        async with db.write() as session:
            await session.execute(
                update(UnansweredQuestion)
                .where(UnansweredQuestion.text == "old question")
                .values(created_at=utcnow() - timedelta(days=10))
            )
        await db.dispose()

    asyncio.run(record())
    env = {"PATH": "/usr/bin:/bin", "BOT_STORAGE__URL": url}
    week = _run_cli("unanswered", "--days", "7", env=env)
    assert week.returncode == 0, week.stderr
    assert week.stdout.splitlines() == [
        "3 questions without a direct answer in 7 days, 2 groups",
        "    2  [pl:2] czy mogę pracować w czasie sprawy",
        "       offered: work-permit-labour 2, temp-work 2",
        "    1  [pl:1] gdzie kupić pizzę",
        "       offered: nothing 1",
    ]
    month = _run_cli("unanswered", env=env)
    assert month.returncode == 0, month.stderr
    assert month.stdout.splitlines()[0] == (
        "4 questions without a direct answer in 30 days, 3 groups"
    )
    assert "[en:1] old question" in month.stdout


def _run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_cli_refuses_a_period_of_no_days(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "BOT_STORAGE__URL": f"sqlite+aiosqlite:///{tmp_path / 'u.db'}"}
    result = _run_cli("unanswered", "--days", "0", env=env)
    assert result.returncode == 2
    assert "--days" in result.stderr
