"""Log lines carry technical facts only: a failure's type and frames, never its message."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import JsonFormatter, TextFormatter, error_fields

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
