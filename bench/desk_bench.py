"""Benchmark of the staff desk: many people ask staff at once, staff answer each.

Run: ``.venv/bin/python -m bench.desk_bench [--people N]``.

N people on Telegram pick a language, type ``/staff`` and a question, all at once,
through the real Dispatcher; the staff lane of the outbox makes a forum topic and a
header card for each on the fake Bot API (loopback). Then staff answer in every topic
at once and the answers are copied back. Telegram's group limit (20 messages a minute)
is lifted here, so the figures show what the bot itself costs; with the real limit the
cards of N people take N / 20 minutes, by design.

Printed: seconds until every topic has its card, seconds until every answer arrived,
Bot API calls per person, and whether each person got exactly their own answer.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path

from bot.config import load_settings
from tests.support.desk_driver import STAFF_CHAT, desk_driver


async def run(people: int) -> None:
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(storage={"url": f"sqlite+aiosqlite:///{Path(tmp) / 'b.db'}"})
        async with desk_driver(settings) as desk:
            l10n = desk.tg.core.dialogs.l10n  # type: ignore[union-attr]
            users = list(range(900_000, 900_000 + people))

            async def ask(user: int) -> None:
                await desk.tg.start(user, language_hint="pl")
                await desk.tg.tap(user, l10n("pl", "lang-name"))
                await desk.tg.say(user, "/staff")
                await desk.tg.say(user, f"pytanie {user}")

            started = time.perf_counter()
            await asyncio.gather(*(ask(user) for user in users))
            asked = time.perf_counter() - started

            def cards_shown() -> int:
                return sum("pytanie" in m.text for m in desk.fake.messages[STAFF_CHAT].values())

            # Watched on the fake, not by polling the database (which would compete).
            await desk.wait(lambda: cards_shown() == people, within=900)
            cards = time.perf_counter() - started
            threads = [await desk.wait_topic("telegram", str(u)) for u in users]
            calls_before = desk.fake.api_calls
            started = time.perf_counter()
            await asyncio.gather(
                *(
                    desk.staff_says(f"odpowiedź {user}", thread=thread)
                    for user, thread in zip(users, threads, strict=True)
                )
            )

            def answered(user: int) -> list[str]:
                return [
                    m.text
                    for m in desk.fake.messages[user].values()
                    if m.from_user is None and m.text.startswith("odpowiedź")
                ]

            await desk.wait(lambda: all(answered(u) for u in users), within=900)
            answers = time.perf_counter() - started
            own = all(answered(u) == [f"odpowiedź {u}"] for u in users)
            print(f"people                      {people}")
            print(f"all questions handled       {asked:.2f} s")
            print(f"all topics + cards shown    {cards:.2f} s")
            print(f"all answers delivered       {answers:.2f} s")
            print(f"Bot API calls per person    {desk.fake.api_calls / people:.1f}")
            print(
                f"  of which answering        {(desk.fake.api_calls - calls_before) / people:.1f}"
            )
            print(f"each got only their answer  {own}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(run(args.people))


if __name__ == "__main__":
    main()
