"""The office's case system over HTTP, behind ``dialogs.cases.CaseSource``.

``case_status.source = "http"``: each look-up is one JSON request to
``case_status.url``::

    POST {url}   {"case_number": "2555583/2016", "access_code": "..."}

and the answers are read as:

* 200 ``{"found": true, "status": ..., "office": ..., "status_since": "YYYY-MM-DD",
  "filed_on": "YYYY-MM-DD" | null}``: found. A status the bot does not know is kept
  (the person gets the general text); an office it does not know, or a date it cannot
  read, makes the answer unusable.
* 404, or 200 ``{"found": false}``: no case with this number and code (which of the two
  is wrong is never told, here or to the person).
* 5xx or a dropped connection: tried again, ``retries`` times, with a short pause;
  then unavailable. A timeout is not tried again: the person has waited long enough.
* anything else (other 4xx, not JSON, wrong shape): unavailable, logged by its kind.

Logs carry the outcome and HTTP status only, never the number or the code.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from typing import Any

import aiohttp

from dialogs.cases import CaseFacts, LookupResult, Outcome
from dialogs.cases.source import NOT_FOUND, UNAVAILABLE
from storage import OFFICES

log = logging.getLogger(__name__)

MAX_STATUS = 32
RETRY_PAUSE = 0.2


class _Retry(Exception):
    """A passing failure (5xx, connection): worth another try."""


class HttpCaseSource:
    mirrors = True

    def __init__(self, url: str, *, timeout: float, retries: int) -> None:
        self.url = url
        self.retries = retries
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        # Created on first use: a ClientSession belongs to the running event loop.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def lookup(self, number: str, code: str) -> LookupResult:
        body = {"case_number": number, "access_code": code}
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(RETRY_PAUSE * 2 ** (attempt - 1))
            try:
                return await self._ask(body)
            except _Retry:
                continue
            except TimeoutError:
                log.warning("case_api_timeout", extra={"attempt": attempt + 1})
                return UNAVAILABLE
        log.warning("case_api_unavailable", extra={"attempts": self.retries + 1})
        return UNAVAILABLE

    async def _ask(self, body: dict[str, str]) -> LookupResult:
        try:
            async with self._client().post(self.url, json=body) as response:
                if response.status >= 500:
                    log.warning("case_api_error", extra={"status": response.status})
                    raise _Retry
                if response.status == 404:
                    return NOT_FOUND
                if response.status != 200:
                    log.warning("case_api_refused", extra={"status": response.status})
                    return UNAVAILABLE
                answer = await response.json(content_type=None)
        except aiohttp.ClientConnectionError as error:
            log.warning("case_api_error", extra={"error": type(error).__name__})
            raise _Retry from None
        except ValueError:  # not JSON
            log.warning("case_api_bad_answer", extra={"problem": "not_json"})
            return UNAVAILABLE
        return _read(answer)


def _read(answer: Any) -> LookupResult:
    if not isinstance(answer, dict) or not isinstance(answer.get("found"), bool):
        log.warning("case_api_bad_answer", extra={"problem": "shape"})
        return UNAVAILABLE
    if not answer["found"]:
        return NOT_FOUND
    status, office = answer.get("status"), answer.get("office")
    try:
        since = date.fromisoformat(answer["status_since"])
        filed = answer.get("filed_on")
        filed_on = date.fromisoformat(filed) if filed else None
    except (KeyError, TypeError, ValueError):
        log.warning("case_api_bad_answer", extra={"problem": "date"})
        return UNAVAILABLE
    if not isinstance(status, str) or not status or len(status) > MAX_STATUS:
        log.warning("case_api_bad_answer", extra={"problem": "status"})
        return UNAVAILABLE
    if office not in OFFICES:
        log.warning("case_api_bad_answer", extra={"problem": "office"})
        return UNAVAILABLE
    return LookupResult(
        Outcome.FOUND,
        CaseFacts(status=status, office=office, status_since=since, filed_on=filed_on),
    )
