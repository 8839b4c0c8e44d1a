"""Structured logs: one JSON object a line, with the ``extra`` fields of each call.

Callers pass only technical facts (channel, outcome, entry id, counts) in ``extra``;
never case numbers, access codes, names or message texts. A failure is logged with
``error_fields``: the exception's type and frames, never its message, because messages
quote data (a PostgreSQL constraint error carries the refused row, ``Key (...)=(...)``;
a ``KeyError`` its key; a parse error its input). The formatters keep to the same rule
for what libraries log: tracebacks (aiohttp's "Error handling request") and exceptions
passed as arguments of a message.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import UTC, datetime
from types import TracebackType

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
STACK_FRAMES = 6  # the innermost frames say where; the outer ones are the event loop


def error_fields(error: BaseException) -> dict[str, str]:
    """``extra`` for a logged failure: what kind and where, without the message."""
    frames = traceback.format_tb(error.__traceback__)[-STACK_FRAMES:]
    return {"error": type(error).__name__, "stack": "".join(frames)}


def safe_traceback(error: BaseException | None) -> str:
    """A traceback as Python prints it, with every exception's message left out."""
    chain: list[BaseException] = []
    while error is not None and error not in chain:
        chain.append(error)
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    blocks = [
        "Traceback (most recent call last):\n"
        + "".join(traceback.format_tb(exc.__traceback__))
        + f"{type(exc).__module__}.{type(exc).__qualname__} (message withheld)"
        for exc in reversed(chain)
    ]
    return "\n\nwhich led to:\n\n".join(blocks)


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class _Formatter(logging.Formatter):
    def formatException(self, ei: ExcInfo) -> str:
        return safe_traceback(ei[1])

    @staticmethod
    def message(record: logging.LogRecord) -> str:
        """The event, with exceptions among its arguments shown by type.

        aiogram logs "Failed to fetch updates - %s: %s" with the exception itself, and
        a response it could not decode quotes the whole response: people's messages.
        """
        args = record.args
        if isinstance(args, tuple) and any(isinstance(arg, BaseException) for arg in args):
            shown = tuple(
                type(arg).__name__ if isinstance(arg, BaseException) else arg for arg in args
            )
            return str(record.msg) % shown
        return record.getMessage()

    @staticmethod
    def fields(record: logging.LogRecord) -> dict[str, object]:
        return {
            key: value
            for key, value in record.__dict__.items()
            if key not in _STANDARD and not key.startswith("_")
        }


class JsonFormatter(_Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": self.message(record),
            **self.fields(record),
        }
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class TextFormatter(_Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{key}={value}" for key, value in self.fields(record).items())
        line = f"{record.levelname[0]} {record.name}: {self.message(record)} {fields}".rstrip()
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def setup_logging(level: str = "INFO", fmt: str = "json", stream: object = None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiogram logs every handled update with the chat id at INFO; keep ids out of our logs.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    # aiosqlite logs each statement with its parameters (case numbers, texts) at DEBUG.
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)
