"""The Viber REST API over one shared aiohttp session, with retries where retrying is safe.

viberbot's own ``Api`` sends with blocking ``requests``, which would stall the event
loop of a webhook server, so we keep viberbot for parsing what Viber sends us and
talk to the API ourselves. Retried here, with exponential backoff and jitter, is only
what certainly did not happen: a connection refused or not made in time (nothing was
sent), HTTP 5xx or 429 (Viber says it did not take it). A message whose POST timed
out or lost its connection after it was sent may have been delivered, and Viber has
no idempotency key: it is not posted again here (the outbox may try once more, later).
An HTTP 4xx will fail the same way again: ``ViberRejected``, final. A Viber status
code in a 200 answer is returned to the caller, who knows what it means for its message.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import aiohttp

log = logging.getLogger(__name__)


class Status(IntEnum):
    """Viber API status codes we act on (the rest are logged by number)."""

    OK = 0
    INVALID_AUTH_TOKEN = 2
    BAD_DATA = 3
    RECEIVER_NOT_REGISTERED = 5
    RECEIVER_NOT_SUBSCRIBED = 6
    TOO_MANY_REQUESTS = 12
    FREE_MESSAGES_EXCEEDED = 22


# The person cannot be written to until they write or subscribe again.
UNREACHABLE = frozenset({Status.RECEIVER_NOT_REGISTERED, Status.RECEIVER_NOT_SUBSCRIBED})
# Not now, later: 100 unanswered messages an hour, or the account's free quota.
RATE_LIMITED = frozenset({Status.TOO_MANY_REQUESTS, Status.FREE_MESSAGES_EXCEEDED})


class ViberUnavailable(Exception):
    """Viber did not answer usefully after all retries (timeouts, 5xx, garbage)."""


class ViberRejected(ViberUnavailable):
    """Viber answered HTTP 4xx: the same request fails the same way, do not retry it."""

    def __init__(self, endpoint: str, http_status: int) -> None:
        super().__init__(f"{endpoint}: http {http_status}")
        self.http_status = http_status


# Raised before anything was sent: the request never reached Viber.
NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)


class ViberRefused(Exception):
    """Viber answered an API call (other than a message) with a status other than 0."""

    def __init__(self, endpoint: str, status: int) -> None:
        super().__init__(f"{endpoint}: status {status}")
        self.status = status


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    message_token: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == Status.OK


class ViberApi:
    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        sender: dict[str, str],
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.sender = sender
        self._token = token
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._retries = retries
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        # Created on first use: a ClientSession belongs to the running event loop.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=self._timeout,
                headers={"X-Viber-Auth-Token": self._token, "Content-Type": "application/json"},
                connector=aiohttp.TCPConnector(limit=100, ttl_dns_cache=300),
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _delay(self, attempt: int) -> float:
        base = min(self._max_backoff, self._backoff * 2**attempt)
        return base * random.uniform(0.5, 1.0)

    async def call(
        self, endpoint: str, body: dict[str, Any], *, idempotent: bool = True
    ) -> dict[str, Any]:
        """POST ``body`` to ``endpoint``; the decoded answer, retried where that is safe.

        ``idempotent=False`` (a message): a POST that may have reached Viber (a timeout
        or a dropped connection after sending, an unreadable answer) is not repeated.
        """
        # ensure_ascii=False: Cyrillic as UTF-8 is a third of its \\u escapes, and Viber
        # limits a message to 30 KB.
        data = json.dumps(body, ensure_ascii=False).encode()
        url = f"{self.base_url}/{endpoint}"
        problem = "unknown"
        for attempt in range(self._retries + 1):
            if attempt:
                await asyncio.sleep(self._delay(attempt - 1))
            try:
                async with self._client().post(url, data=data) as response:
                    if response.status >= 500 or response.status == 429:
                        problem = f"http_{response.status}"
                        continue
                    if response.status != 200:
                        log.warning(
                            "viber_rejected", extra={"endpoint": endpoint, "http": response.status}
                        )
                        raise ViberRejected(endpoint, response.status)
                    answer = await response.json(content_type=None)
            except NOT_SENT as exc:
                problem = type(exc).__name__
                continue
            except (TimeoutError, aiohttp.ClientError) as exc:
                problem = type(exc).__name__
                if idempotent:
                    continue
                break
            except ValueError:
                problem = "bad_json"
                if idempotent:
                    continue
                break
            if not isinstance(answer, dict):
                problem = "bad_json"
                if idempotent:
                    continue
                break
            return answer
        log.warning("viber_unavailable", extra={"endpoint": endpoint, "problem": problem})
        raise ViberUnavailable(f"{endpoint}: {problem}")

    async def send_message(self, receiver: str, message: dict[str, Any]) -> Reply:
        """Send one message; transport trouble raises ``ViberUnavailable``."""
        body = {"receiver": receiver, "sender": self.sender, **message}
        answer = await self.call("send_message", body, idempotent=False)
        status = _status(answer)
        token = answer.get("message_token")
        if status != Status.OK:
            log.info("viber_send_refused", extra={"status": status})
        return Reply(status=status, message_token=str(token) if token is not None else None)

    async def set_webhook(self, url: str, event_types: list[str]) -> None:
        answer = await self.call(
            "set_webhook",
            {"url": url, "event_types": event_types, "send_name": False, "send_photo": False},
        )
        status = _status(answer)
        if status != Status.OK:
            raise ViberRefused("set_webhook", status)


def _status(answer: dict[str, Any]) -> int:
    try:
        return int(answer.get("status", -1))
    except (TypeError, ValueError):
        return -1
