"""Log lines carry technical facts only: a failure's type and frames, never its message."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.app import Core
from bot.logs import JsonFormatter, TextFormatter, error_fields, setup_logging
from dialogs import Incoming, Kind, Screen
from dialogs.cases import import_csv

CASE_NUMBER = "AB1234567"
# What a PostgreSQL constraint error says: the refused row, with a person's id in it.
LEAKY = "duplicate key value violates unique constraint; Key (messenger_user_id)=(5550001234)"


def _fail() -> None:
    try:
        raise KeyError(CASE_NUMBER)
    except KeyError as inner:
        raise RuntimeError(LEAKY) from inner


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    logger = logging.getLogger("tests.logs")
    logger.addHandler(handler)
    logger.propagate = False
    yield out
    logger.removeHandler(handler)
    logger.propagate = True


@pytest.mark.parametrize("formatter", [JsonFormatter(), TextFormatter()], ids=["json", "text"])
def test_a_library_traceback_keeps_its_frames_and_loses_its_messages(
    stream: io.StringIO, formatter: logging.Formatter
) -> None:
    logger = logging.getLogger("tests.logs")
    logger.handlers[0].setFormatter(formatter)
    try:
        _fail()
    except RuntimeError:
        logger.exception("Error handling request")  # as aiohttp's server logs it
    out = stream.getvalue()
    assert "5550001234" not in out
    assert "AB1234567" not in out
    assert "RuntimeError" in out
    assert "KeyError" in out  # the cause is kept too
    assert "_fail" in out  # where it happened


def test_error_fields_say_what_and_where_but_not_the_message() -> None:
    try:
        _fail()
    except RuntimeError as exc:
        fields = error_fields(exc)
    assert fields["error"] == "RuntimeError"
    assert "_fail" in fields["stack"]
    assert "5550001234" not in json.dumps(fields)


@pytest.mark.parametrize("formatter", [JsonFormatter(), TextFormatter()], ids=["json", "text"])
def test_an_exception_formatted_into_a_library_message_is_shown_by_type(
    stream: io.StringIO, formatter: logging.Formatter
) -> None:
    logger = logging.getLogger("tests.logs")
    logger.handlers[0].setFormatter(formatter)
    error = ValueError(LEAKY)
    logger.error("Failed to fetch updates - %s: %s", type(error).__name__, error)  # as aiogram
    logger.warning("polling for bot @%s id=%d", "wsc_bot", 42)
    out = stream.getvalue()
    assert "5550001234" not in out
    assert "Failed to fetch updates - ValueError: ValueError" in out
    assert "polling for bot @wsc_bot id=42" in out


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """The bot's own logging set-up at DEBUG (the most an operator may switch on), captured."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in root.manager.loggerDict}
    out = io.StringIO()
    setup_logging("DEBUG", "json", stream=out)
    yield out
    root.handlers[:], _ = saved
    root.setLevel(saved[1])
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def test_a_case_look_up_logs_neither_the_number_nor_the_code(
    core: Core, debug_log: io.StringIO
) -> None:
    """Found, not found, locked out and remembered: every log line of it, at DEBUG."""
    header = "case_number,access_code,status,office,filed_on,status_since\n"
    row = "7654321/2025,ZX-SECRET-42,card_ready,leszno,,2026-11-02\n"
    report = await import_csv(core.db, [header, row], core.code_hasher, core.case_notices)
    assert report.added == 1

    async def send(kind: Kind, text: str = "", payload: str = "") -> list[Screen]:
        incoming = Incoming("console", "log-person", kind, text=text, payload=payload)
        return await core.dialogs.handle(incoming)

    await send(Kind.START)
    await send(Kind.BUTTON, payload="lang:en")
    await send(Kind.BUTTON, payload="a:status")
    await send(Kind.TEXT, "7654321/2025")
    found = await send(Kind.TEXT, "ZX-SECRET-42")
    payloads = [getattr(b, "payload", "") for s in found for b in s.all_buttons()]
    await send(Kind.BUTTON, payload=next(p for p in payloads if p.startswith("cs:keep")))
    for _ in range(6):
        await send(Kind.BUTTON, payload="cs:new")
        await send(Kind.TEXT, "7654321/2025")
        await send(Kind.TEXT, "ZX-SECRET-41")
    logged = debug_log.getvalue()
    assert "case_lookup" in logged  # the look-ups were logged, by outcome
    assert "locked" in logged
    for secret in ("7654321", "ZX-SECRET", "SECRET-4"):
        assert secret not in logged
