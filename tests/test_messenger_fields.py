"""Fields that come from a messenger are checked before they reach storage.

A messenger (or anyone who can sign a webhook) decides how long a language code, an
id or a text is; the columns do not. On PostgreSQL an over-long value fails the whole
transaction, so every message of that person would fail. Driven through the real Viber
endpoint and the real Telegram Dispatcher, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import Settings
from storage import User
from tests.conftest import PG_AVAILABLE, PG_SKIP_REASON
from tests.faults.process import database_url
from tests.support.telegram_driver import telegram_driver
from tests.support.telegram_factories import Person, make_message
from tests.support.viber_driver import viber_driver
from tests.support.viber_factories import ViberPerson, text_message, viber_id

ODD_LANGUAGES = [
    "x" * 300,
    "en-GB-oxendict-with-a-very-long-private-use-subtag",
    "",
    " ",
    "\u200bru",
    "uk\u202e",
    "pl\x00",
    "日本語",
]


@pytest.fixture(params=["sqlite", "postgresql"])
async def on_db(
    request: pytest.FixtureRequest, settings: Settings, tmp_path: Path
) -> AsyncIterator[Settings]:
    if request.param == "postgresql" and not PG_AVAILABLE:
        pytest.skip(PG_SKIP_REASON)
    async with database_url(request.param, tmp_path) as url:
        yield settings.model_copy(
            update={"storage": settings.storage.model_copy(update={"url": url})}
        )


async def test_odd_viber_sender_fields_do_not_stop_the_person_being_answered(
    on_db: Settings,
) -> None:
    async with viber_driver(on_db) as viber:
        for n, language in enumerate(ODD_LANGUAGES):
            who = ViberPerson(viber_id(900 + n), language, name="N" * 500, country="X" * 50)
            viber.fake.user_wrote(who.id)
            answer = await viber.post(text_message(who, "karta pobytu"))
            assert answer.status == 200
            assert len(viber.fake.sent_to(who.id)) == 1, language
        assert viber.core is not None
        async with viber.core.db.read() as session:
            hints = (await session.execute(select(User.language_hint))).scalars().all()
    assert all(hint is None or len(hint) <= 16 for hint in hints)
    assert "en-GB-oxendict" in hints  # a real tag keeps whole subtags that fit


async def test_odd_telegram_fields_do_not_stop_the_person_being_answered(
    on_db: Settings,
) -> None:
    async with telegram_driver(on_db) as tg:
        for n, language in enumerate(ODD_LANGUAGES):
            user = 950 + n
            await tg.feed(make_message(Person(user, language or None), "karta pobytu"))
            assert len(tg.fake.sent_to(user)) == 1, language
        for text in ["x" * 10_000, "\u200b\u200f\u202eabc\u2066", "\x00", "🙂" * 3000]:
            await tg.feed(make_message(Person(999, "en"), text))
        assert len(tg.fake.sent_to(999)) == 4
