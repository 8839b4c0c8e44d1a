"""The HTTP case source against a fake of the office's system on loopback."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import date

import pytest

from bot.case_http import HttpCaseSource
from dialogs.cases import Outcome
from tests.support.fake_case_api import FakeCase, FakeCaseApi

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
