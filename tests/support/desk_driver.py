"""The staff desk end to end: persons on Telegram and Viber, staff in a Telegram forum.

One core (one database) serves both channels, as ``python -m bot run`` does: the
Telegram channel (real Dispatcher, fake Bot API on loopback) carries the persons'
private chats and the staff supergroup; the Viber channel (signed webhooks into the
real aiohttp app, fake Viber API) carries Viber persons. The outbox senders run, so
what staff write reaches persons the way it would in production: queued, then sent.
Staff messages are built as Telegram sends them from a forum topic.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from pydantic import AnyHttpUrl, SecretStr

from bot.channels.viber import ViberChannel
from bot.config import Secrets, Settings
from bot.runner import build_web_app
from storage import Repo, StaffTopic, Ticket
from tests.support.fake_telegram import FakeTelegram, StoredMessage
from tests.support.fake_viber import FakeViber
from tests.support.telegram_driver import TelegramDriver
from tests.support.telegram_factories import Person, make_callback, make_update
from tests.support.viber_driver import ViberDriver, with_fake_api

STAFF_CHAT = -1001000000001
STAFF = Person(555, "pl", "Anna")
ADMIN = Person(556, "pl", "Ewa")
VIBER_PUBLIC = AnyHttpUrl("http://127.0.0.1:9/")
_staff_message_ids = itertools.count(5_000_000)


def desk_settings(settings: Settings, *, forum: bool = True, **staff: Any) -> Settings:
    telegram = settings.telegram.model_copy(
        update={"staff_chat_id": STAFF_CHAT, "admin_ids": [ADMIN.id]}
    )
    desk = settings.staff.model_copy(
        update={"group_per_minute": 6000.0, "private_per_second": 100.0, **staff}
    )
    outbox = settings.outbox.model_copy(update={"poll_interval": 0.05})
    return settings.model_copy(update={"telegram": telegram, "staff": desk, "outbox": outbox})


class DeskDriver:
    def __init__(self, tg: TelegramDriver, viber: ViberDriver) -> None:
        self.tg = tg
        self.viber = viber

    @property
    def fake(self) -> FakeTelegram:
        return self.tg.fake

    async def boot(self) -> None:
        await self.tg.boot()
        assert self.tg.tg is not None
        assert self.tg.core is not None
        for sender in (self.tg.tg.outbox, self.tg.tg.staff_outbox):
            assert sender is not None
            await sender.start()
        from aiohttp.test_utils import TestClient, TestServer

        self.viber.core = self.tg.core
        secrets = Secrets(viber_auth_token=SecretStr(self.viber.fake.token))
        self.viber.viber = ViberChannel.from_settings(self.tg.core, secrets)
        app = build_web_app(self.tg.core, [self.tg.tg, self.viber.viber])
        self.viber.client = TestClient(TestServer(app, host="127.0.0.1"))
        await self.viber.client.start_server()
        await self.viber.viber.start()

    async def shutdown(self) -> None:
        if self.viber.viber is not None:
            await self.viber.viber.stop()
            self.viber.viber = None
        if self.viber.client is not None:
            await self.viber.client.close()
            self.viber.client = None
        self.viber.core = None
        await self.tg.shutdown()

    async def restart(self) -> None:
        await self.shutdown()
        await self.boot()

    # -- what staff do

    async def staff_says(
        self,
        text: str = "",
        *,
        thread: int | None,
        reply_to: int | None = None,
        who: Person = STAFF,
        photo: bool = False,
        document: str | None = None,
        update_id: int | None = None,
        message_id: int | None = None,
    ) -> int:
        """A staff member writes in a topic (``thread``) or, without topics, in the chat."""
        chat: dict[str, Any] = {"id": STAFF_CHAT, "type": "supergroup", "title": "Staff"}
        if STAFF_CHAT in self.fake.forums:
            chat["is_forum"] = True
        message: dict[str, Any] = {
            "message_id": message_id or next(_staff_message_ids),
            "from": who.as_user(),
            "chat": chat,
            "date": int(time.time()),
        }
        if photo:
            message["photo"] = [
                {"file_id": "staff-photo", "file_unique_id": "sp", "width": 9, "height": 9}
            ]
        if document:
            message["document"] = {
                "file_id": "staff-doc",
                "file_unique_id": "sd",
                "file_name": document,
            }
        if photo or document:
            if text:
                message["caption"] = text
        else:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if thread is not None:
            message["message_thread_id"] = thread
            message["is_topic_message"] = True
            if reply_to is None:  # Telegram marks every topic message as replying to its start
                reply_to = thread
        if reply_to is not None:
            replied = self.fake.messages.get(STAFF_CHAT, {}).get(reply_to)
            message["reply_to_message"] = {
                "message_id": reply_to,
                "chat": chat,
                "date": int(time.time()),
                "text": replied.text if replied is not None else "",
            }
        await self.tg.feed(make_update(update_id, message=message))
        return message["message_id"]

    async def staff_edits(self, message_id: int, text: str, *, thread: int | None) -> None:
        chat = {"id": STAFF_CHAT, "type": "supergroup", "title": "Staff", "is_forum": True}
        edited: dict[str, Any] = {
            "message_id": message_id,
            "from": STAFF.as_user(),
            "chat": chat,
            "date": int(time.time()),
            "edit_date": int(time.time()),
            "text": text,
        }
        if thread is not None:
            edited["message_thread_id"] = thread
            edited["is_topic_message"] = True
        stored = self.fake.messages[STAFF_CHAT].get(message_id)
        if stored is not None:
            stored.text = text
        await self.tg.feed(make_update(edited_message=edited))

    async def staff_taps(self, message_id: int, payload: str, *, who: Person = STAFF) -> None:
        """A tap on a button of the bot's message in the staff chat (in its topic)."""
        chat = {"id": STAFF_CHAT, "type": "supergroup", "title": "Staff", "is_forum": True}
        update = make_callback(who, payload, message_id, chat=chat)
        stored = self.fake.messages.get(STAFF_CHAT, {}).get(message_id)
        if stored is not None and stored.thread_id is not None:
            message = update["callback_query"]["message"]
            message["message_thread_id"] = stored.thread_id
            message["is_topic_message"] = True
        await self.tg.feed(update)

    # -- what the staff chat shows

    async def topic(self, messenger: str, user: str) -> StaffTopic | None:
        assert self.tg.core is not None
        async with self.tg.core.db.read() as session:
            repo = Repo(session)
            person = await repo.users.get(messenger, user)
            return await repo.desk.topic(person.id) if person and person.id else None

    async def ticket(self, messenger: str, user: str) -> Ticket | None:
        assert self.tg.core is not None
        async with self.tg.core.db.read() as session:
            repo = Repo(session)
            person = await repo.users.get(messenger, user)
            return await repo.desk.latest_ticket(person.id) if person and person.id else None

    async def wait_topic(self, messenger: str, user: str, within: float = 30.0) -> int | None:
        """The person's thread id, once the staff lane has made it."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            topic = await self.topic(messenger, user)
            if topic is not None:
                return topic.thread_id
            await asyncio.sleep(0.05)
        raise AssertionError(f"no topic for {messenger}:{user}")

    def shown(self, thread: int | None) -> list[StoredMessage]:
        return self.fake.topic_messages(STAFF_CHAT, thread)

    async def wait(self, predicate: Callable[[], bool], within: float = 20.0) -> None:
        deadline = time.monotonic() + within
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("timed out waiting")
            await asyncio.sleep(0.05)

    async def wait_shown(
        self, thread: int | None, text: str, within: float = 10.0
    ) -> StoredMessage:
        found: list[StoredMessage] = []

        def seen() -> bool:
            found[:] = [m for m in self.shown(thread) if text in m.text]
            return bool(found)

        await self.wait(seen, within)
        return found[-1]


@asynccontextmanager
async def desk_driver(
    settings: Settings, *, forum: bool = True, **staff: Any
) -> AsyncIterator[DeskDriver]:
    async with FakeTelegram() as fake_tg, FakeViber() as fake_viber:
        if forum:
            fake_tg.make_forum(STAFF_CHAT)
        configured = desk_settings(settings, **staff)
        tg = TelegramDriver(configured, fake_tg)
        viber = ViberDriver(with_fake_api(configured, fake_viber), fake_viber)
        # A public address for Viber (the fake accepts loopback): staff files get links.
        tg.settings = with_fake_api(tg.settings, fake_viber, public_url=VIBER_PUBLIC)
        driver = DeskDriver(tg, viber)
        await driver.boot()
        try:
            yield driver
        finally:
            await driver.shutdown()
