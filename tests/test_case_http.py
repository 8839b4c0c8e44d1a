"""The HTTP case source against a fake of the office's system on loopback."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import date

import pytest
from pydantic import AnyHttpUrl
from sqlalchemy import select

from bot.case_http import HttpCaseSource
from bot.config import Settings
from dialogs import Localizer
from dialogs.cases import Outcome
from storage import OutboxMessage, Repo
from tests.support.drivers import Seen
from tests.support.fake_case_api import FakeCase, FakeCaseApi
from tests.support.telegram_driver import TelegramDriver, telegram_driver

NUMBER, CODE = "2555583/2016", "K7Q2-MX"


@pytest.fixture
async def api() -> AsyncIterator[FakeCaseApi]:
    async with FakeCaseApi() as fake:
        fake.cases[NUMBER] = FakeCase(CODE, "card_ready", "kalisz", date(2026, 11, 2), None)
        yield fake


@pytest.fixture
async def source(api: FakeCaseApi) -> AsyncIterator[HttpCaseSource]:
    made = HttpCaseSource(api.url, timeout=0.5, retries=2)
    yield made
    await made.close()


async def test_found_maps_every_field(api: FakeCaseApi, source: HttpCaseSource) -> None:
    api.cases[NUMBER].filed_on = date(2026, 1, 5)
    result = await source.lookup(NUMBER, CODE)
    assert result.outcome == Outcome.FOUND
    assert result.facts is not None
    assert (result.facts.status, result.facts.office) == ("card_ready", "kalisz")
    assert (result.facts.status_since, result.facts.filed_on) == (
        date(2026, 11, 2),
        date(2026, 1, 5),
    )
    assert api.requests == [{"case_number": NUMBER, "access_code": CODE}]


async def test_wrong_number_and_wrong_code_are_one_answer(source: HttpCaseSource) -> None:
    wrong_code = await source.lookup(NUMBER, "nope")
    wrong_number = await source.lookup("1/2000", CODE)
    assert wrong_code == wrong_number
    assert wrong_code.outcome == Outcome.NOT_FOUND


async def test_5xx_is_tried_again(api: FakeCaseApi, source: HttpCaseSource) -> None:
    api.fail(503, times=2)
    assert (await source.lookup(NUMBER, CODE)).outcome == Outcome.FOUND
    assert len(api.requests) == 3


async def test_5xx_past_the_retries_is_unavailable(
    api: FakeCaseApi, source: HttpCaseSource
) -> None:
    api.fail(500, times=3)
    assert (await source.lookup(NUMBER, CODE)).outcome == Outcome.UNAVAILABLE
    assert len(api.requests) == 3


async def test_a_timeout_is_unavailable_at_once(api: FakeCaseApi, source: HttpCaseSource) -> None:
    api.hang(2.0)
    assert (await source.lookup(NUMBER, CODE)).outcome == Outcome.UNAVAILABLE
    assert len(api.requests) == 1


async def test_a_refused_connection_is_unavailable() -> None:
    async with FakeCaseApi() as gone:
        url = gone.url
    source = HttpCaseSource(url, timeout=0.5, retries=1)
    try:
        assert (await source.lookup(NUMBER, CODE)).outcome == Outcome.UNAVAILABLE
    finally:
        await source.close()


@pytest.mark.parametrize(
    ("status", "body", "outcome"),
    [
        (200, '{"found": false}', Outcome.NOT_FOUND),
        (200, "<html>maintenance</html>", Outcome.UNAVAILABLE),
        (200, '{"status": "card_ready"}', Outcome.UNAVAILABLE),
        (
            200,
            '{"found": true, "status": "card_ready", "office": "warszawa",'
            ' "status_since": "2026-11-02"}',
            Outcome.UNAVAILABLE,
        ),
        (
            200,
            '{"found": true, "status": "card_ready", "office": "pila",'
            ' "status_since": "yesterday"}',
            Outcome.UNAVAILABLE,
        ),
        (
            200,
            '{"found": true, "status": "sent_to_archive", "office": "pila",'
            ' "status_since": "2026-11-02"}',
            Outcome.FOUND,
        ),
        (403, '{"error": "forbidden"}', Outcome.UNAVAILABLE),
    ],
)
async def test_answers_are_mapped(
    api: FakeCaseApi, source: HttpCaseSource, status: int, body: str, outcome: Outcome
) -> None:
    api.answer_raw(body, status)
    assert (await source.lookup(NUMBER, CODE)).outcome == outcome


async def test_logs_never_carry_the_number_or_the_code(
    api: FakeCaseApi, source: HttpCaseSource, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.fail(503, times=3)
    api.answer_raw("not json")
    await source.lookup(NUMBER, CODE)
    await source.lookup(NUMBER, CODE)
    text = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "case_api" in text
    assert "2555583" not in text
    assert CODE not in text


# -- the HTTP source behind the look-up flow, through Telegram


def http_settings(settings: Settings, api: FakeCaseApi) -> Settings:
    section = settings.case_status.model_copy(
        update={"source": "http", "url": AnyHttpUrl(api.url), "timeout": 1.0, "retries": 1}
    )
    return settings.model_copy(update={"case_status": section})


async def _look_up(tg: TelegramDriver, user: int, number: str, code: str) -> list[Seen]:
    await tg.tap_payload(user, "a:status")
    await tg.say(user, number)
    return await tg.say(user, code)


async def _english(tg: TelegramDriver, user: int) -> None:
    await tg.start(user, "en")
    await tg.tap_payload(user, "lang:en")


async def test_a_look_up_asks_the_office_and_mirrors_the_case(
    api: FakeCaseApi, settings: Settings
) -> None:
    l10n = Localizer()
    async with telegram_driver(http_settings(settings, api)) as tg:
        await _english(tg, 1)
        shown = await _look_up(tg, 1, "2555583 2016", CODE)
        assert l10n("en", "cs-status-card_ready") in shown[-1].text
        assert l10n("en", "cs-office-kalisz") in shown[-1].text
        assert api.requests[-1] == {"case_number": NUMBER, "access_code": CODE}
        assert tg.core is not None
        async with tg.core.db.read() as session:
            case = await Repo(session).cases.by_number(NUMBER)
        assert case is not None
        assert case.status == "card_ready"
        assert case.code_hash is None  # the office's code never lands here

        api.fail(503, times=2)
        down = await _look_up(tg, 1, NUMBER, CODE)
        assert l10n("en", "cs-unavailable") in down[-1].text


async def test_a_new_status_seen_by_a_look_up_notifies_who_keeps_the_case_once(
    api: FakeCaseApi, settings: Settings
) -> None:
    async with telegram_driver(http_settings(settings, api)) as tg:
        await _english(tg, 1)
        shown = await _look_up(tg, 1, NUMBER, CODE)
        keep = next(p for m in shown for p in m.payloads if p.startswith("cs:keep:"))
        await tg.tap_payload(1, keep)
        api.cases[NUMBER].status = "card_collected"
        api.cases[NUMBER].status_since = date(2026, 11, 28)
        await _english(tg, 2)
        for _ in range(2):  # the second look-up sees nothing new
            await _look_up(tg, 2, NUMBER, CODE)
        assert tg.core is not None
        async with tg.core.db.read() as session:
            rows = list((await session.execute(select(OutboxMessage))).scalars())
        assert len(rows) == 1
        async with tg.core.db.read() as session:
            first = await Repo(session).users.get("telegram", "1")
        assert first is not None
        assert rows[0].user_id == first.id
        assert Localizer()("en", "cs-status-card_collected") in rows[0].payload["text"]
