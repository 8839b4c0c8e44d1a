"""Benchmark of the case look-up: the import, and what slow argon2 checks do to everyone else.

Run: ``.venv/bin/python -m bench.cases_bench [--rows N] [--people N]``.

Prints: ``cases import`` of N new rows and of the same N rows again (unchanged: each code
is checked against its stored hash), rows/s; then N people looking up a case at once
(number, then code: one argon2 check each) while N others tap through menus, with the
argon2 work in worker threads (as the bot does) and, as the baseline, on the event
loop: look-ups/s, p50/p99 of the code step, and p50/p99 of the menu taps, which is
what a blocked event loop costs people who are not checking a case at all.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import build_core
from bot.config import load_settings
from dialogs import Incoming, Kind
from dialogs.cases import CodeHasher, import_csv
from dialogs.cases.importer import HEADER


class LoopHasher(CodeHasher):
    """Baseline: argon2 right on the event loop (what a naive bot would do)."""

    async def hash(self, code: str) -> str:
        return self._hasher.hash(code)

    async def verify(self, code_hash: str | None, code: str) -> bool:
        if code_hash is None:
            if self._dummy is None:
                self._dummy = self._hasher.hash("no case has this code")
            self._check(self._dummy, code)
            return False
        return self._check(code_hash, code)


def rows(n: int) -> list[str]:
    lines = [",".join(HEADER) + "\n"]
    lines += [f"{3_000_000 + i}/2026,CODE-{i},in_progress,poznan,,2026-11-02\n" for i in range(n)]
    return lines


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


async def bench_import(n: int, workdir: Path) -> None:
    settings = load_settings(storage={"url": f"sqlite+aiosqlite:///{workdir / 'import.db'}"})
    core = await build_core(settings)
    try:
        for label in ("new", "unchanged"):
            started = time.perf_counter()
            report = await import_csv(core.db, rows(n), core.code_hasher, core.case_notices)
            took = time.perf_counter() - started
            rate = f"{n} rows in {took:.2f} s = {n / took:.1f} rows/s"
            print(f"import {label:9}: {rate} ({report.summary()})")
    finally:
        await core.close()


async def bench_lookups(people: int, workdir: Path, hasher_kind: str) -> None:
    settings = load_settings(
        storage={"url": f"sqlite+aiosqlite:///{workdir / f'lookup-{hasher_kind}.db'}"},
        case_status={"attempts_per_person": 1000, "attempts_per_case": 1000},
    )
    core = await build_core(settings)
    if hasher_kind == "loop":
        loop_hasher = LoopHasher()
        core.code_hasher = loop_hasher
        core.case_source.hasher = loop_hasher  # type: ignore[attr-defined]
    try:
        await import_csv(core.db, rows(people), core.code_hasher, core.case_notices)
        handle = core.dialogs.handle

        async def say(who: str, kind: Kind, text: str = "", payload: str = "") -> float:
            started = time.perf_counter()
            await handle(Incoming("console", who, kind, text=text, payload=payload))
            return time.perf_counter() - started

        everyone = [f"c{i}" for i in range(people)] + [f"m{i}" for i in range(people)]
        for who in everyone:
            await say(who, Kind.START)
            await say(who, Kind.BUTTON, payload="lang:en")
        for i in range(people):
            await say(f"c{i}", Kind.BUTTON, payload="a:status")
            await say(f"c{i}", Kind.TEXT, f"{3_000_000 + i}/2026")

        menu_times: list[float] = []

        async def browse(who: str) -> None:
            for payload in ["m:card", "m:", "m:temporary", "m:"] * 3:
                menu_times.append(await say(who, Kind.BUTTON, payload=payload))

        started = time.perf_counter()
        results = await asyncio.gather(
            *(say(f"c{i}", Kind.TEXT, f"CODE-{i}") for i in range(people)),
            *(browse(f"m{i}") for i in range(people)),
        )
        took = time.perf_counter() - started
        code_times = list(results[:people])
        print(
            f"argon2 {hasher_kind:7}: {people} look-ups in {took:.2f} s = {people / took:.1f}/s; "
            f"code step p50 {pct(code_times, 0.5):.0f} ms p99 {pct(code_times, 0.99):.0f} ms; "
            f"menu taps meanwhile p50 {pct(menu_times, 0.5):.0f} ms "
            f"p99 {pct(menu_times, 0.99):.0f} ms (n={len(menu_times)}, "
            f"mean {statistics.fmean(menu_times) * 1000:.0f} ms)"
        )
    finally:
        await core.close()


async def main(n: int, people: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        await bench_import(n, workdir)
        await bench_lookups(people, workdir, "threads")
        await bench_lookups(people, workdir, "loop")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--people", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.rows, args.people))
