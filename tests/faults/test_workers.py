"""Three webhook workers behind one URL on one PostgreSQL: each update handled once.

Three real processes (``python -m bot run``, Telegram in webhook mode) share a database
of their own. Every update is POSTed to a random worker, and again to another one (a
balancer retrying); notices queued in the outbox are drained by all three at once.
Each person must get each reply and each notice exactly once.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
from pathlib import Path

import aiohttp
import pytest

from dialogs import Screen
from dialogs.outbox import queue_screens
from storage import Database, Repo
from tests.conftest import PG_AVAILABLE, PG_SKIP_REASON
from tests.faults.process import BotProcess, bot_env, database_url, free_port
from tests.faults.tally import Tally
from tests.faults.test_kill import quiet, until
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_factories import Person, make_message

WORKERS = 3
PEOPLE = 20
TEXTS = ("/start", "/help", "/menu")
NOTICES = 2


async def healthy(port: int, within: float = 120.0) -> bool:
    async with aiohttp.ClientSession() as http:
        for _ in range(int(within / 0.25)):
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    if answer.status == 200:
                        return True
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not PG_AVAILABLE, reason=PG_SKIP_REASON)
async def test_three_webhook_workers_on_one_postgresql(tmp_path: Path, tally: Tally) -> None:
    people = [Person(70_000 + n, "en") for n in range(PEOPLE)]
    rng = random.Random(8)
    async with FakeTelegram() as fake, database_url("postgresql", tmp_path) as url:
        secret = hashlib.sha256(fake.token.encode()).hexdigest()
        ports = [free_port() for _ in range(WORKERS)]
        workers = []
        for n, port in enumerate(ports):
            env = bot_env(
                TELEGRAM_BOT_TOKEN=fake.token,
                BOT_TELEGRAM__API_SERVER=fake.url,
                BOT_TELEGRAM__MODE="webhook",
                BOT_TELEGRAM__PUBLIC_URL="https://bot.example.gov.pl",
                BOT_STORAGE__URL=url,
                BOT_SERVER__PORT=str(port),
                BOT_OUTBOX__POLL_INTERVAL="0.2",
            )
            workers.append(await BotProcess(env, tmp_path / f"worker{n}.log").start())
        try:
            for worker, port in zip(workers, ports, strict=True):
                assert await healthy(port), worker.output()[-2000:]
            await until(fake, lambda: len(fake.calls_of("setWebhook")) >= WORKERS, 60)

            async def post(port: int, update: dict[str, object]) -> int:
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
                target = f"http://127.0.0.1:{port}/telegram/webhook"
                async with (
                    aiohttp.ClientSession() as http,
                    http.post(target, json=update, headers=headers) as answer,
                ):
                    return answer.status

            async def person_writes(person: Person) -> None:
                for text in TEXTS:
                    update = make_message(person, text)
                    first, second = rng.sample(ports, 2)
                    assert await post(first, update) == 200
                    assert await post(second, update) == 200  # the same update, again

            await asyncio.gather(*(person_writes(person) for person in people))

            db = Database(url)
            try:
                async with db.write() as session:
                    for person in people:
                        notices = [Screen(text=f"notice {k}") for k in range(NOTICES)]
                        await queue_screens(
                            Repo(session),
                            messenger="telegram",
                            messenger_user_id=str(person.id),
                            screens=notices,
                        )
            finally:
                await db.dispose()

            expected = [str(p.id) for p in people for _ in range(len(TEXTS) + NOTICES)]

            def delivered() -> list[str]:
                calls = fake.calls_of("sendMessage")
                return [str(c.params["chat_id"]) for c in calls if c.ok]

            await until(fake, lambda: len(delivered()) >= len(expected), 90)
            await quiet(fake, 2.0)
        finally:
            for worker in workers:
                await worker.stop()
    tally.count(expected, delivered())
    notices = [
        c.params["text"] for c in fake.calls_of("sendMessage") if "notice" in c.params["text"]
    ]
    assert len(notices) == PEOPLE * NOTICES
    assert (tally.lost, tally.duplicated) == (0, 0)
