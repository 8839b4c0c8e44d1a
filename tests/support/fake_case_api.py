"""A fake of the office's case system on loopback (``case_status.source = "http"``).

It answers as ``bot/case_http.py`` documents: 200 with the case for the right number
and code, 404 otherwise. ``fail`` makes the next requests answer an HTTP error,
``hang`` makes them wait past the client's timeout, ``answer_raw`` replaces the next
answers with any body. Every request is recorded (the tests check what was sent).
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from dataclasses import dataclass
from datetime import date
from typing import Any

from aiohttp import web


@dataclass(slots=True)
class FakeCase:
    code: str
    status: str
    office: str
    status_since: date
    filed_on: date | None = None


class FakeCaseApi:
    def __init__(self) -> None:
        self.cases: dict[str, FakeCase] = {}
        self.requests: list[dict[str, Any]] = []
        self._script: deque[tuple[str, Any]] = deque()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> FakeCaseApi:
        app = web.Application()
        app.router.add_post("/cases/lookup", self._lookup)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/cases/lookup"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    def fail(self, status: int = 503, *, times: int = 1) -> None:
        self._script.extend(("status", status) for _ in range(times))

    def hang(self, seconds: float, *, times: int = 1) -> None:
        self._script.extend(("hang", seconds) for _ in range(times))

    def answer_raw(self, body: str, status: int = 200, *, times: int = 1) -> None:
        self._script.extend(("raw", (status, body)) for _ in range(times))

    async def _lookup(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        if self._script:
            kind, arg = self._script.popleft()
            if kind == "status":
                return web.Response(status=arg, text="trouble")
            if kind == "hang":
                await asyncio.sleep(arg)
            if kind == "raw":
                status, text = arg
                return web.Response(status=status, text=text, content_type="application/json")
        case = self.cases.get(body.get("case_number", ""))
        if case is None or case.code != body.get("access_code"):
            return web.json_response({"found": False}, status=404)
        return web.Response(
            text=json.dumps(
                {
                    "found": True,
                    "status": case.status,
                    "office": case.office,
                    "status_since": case.status_since.isoformat(),
                    "filed_on": case.filed_on.isoformat() if case.filed_on else None,
                }
            ),
            content_type="application/json",
        )
