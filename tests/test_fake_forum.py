"""The fake Bot API's forum refuses what the real one refuses, so desk tests mean something."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import ReplyParameters

from tests.support.fake_telegram import FakeTelegram

FORUM, PLAIN_GROUP, PERSON = -1001111, -1002222, 77


@pytest.fixture
async def api() -> AsyncIterator[tuple[FakeTelegram, Bot]]:
    async with FakeTelegram() as fake:
        fake.make_forum(FORUM)
        bot = Bot(fake.token, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))
        try:
            yield fake, bot
        finally:
            await bot.session.close()


async def test_topics_are_made_renamed_and_deleted(api: tuple[FakeTelegram, Bot]) -> None:
    fake, bot = api
    topic = await bot.create_forum_topic(FORUM, "⏳ #1")
    sent = await bot.send_message(FORUM, "hello", message_thread_id=topic.message_thread_id)
    assert sent.message_thread_id == topic.message_thread_id
    assert await bot.edit_forum_topic(FORUM, topic.message_thread_id, name="💬 #1")
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.edit_forum_topic(FORUM, topic.message_thread_id, name="💬 #1")
    fake.delete_topic(FORUM, topic.message_thread_id)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(FORUM, "again", message_thread_id=topic.message_thread_id)
    with pytest.raises(TelegramBadRequest, match="not a forum"):
        await bot.create_forum_topic(PLAIN_GROUP, "x")
    with pytest.raises(TelegramBadRequest, match="TOPIC_NAME_INVALID"):
        await bot.create_forum_topic(FORUM, "x" * 129)


async def test_copies_replies_photos_and_a_blocked_person(api: tuple[FakeTelegram, Bot]) -> None:
    fake, bot = api
    topic = await bot.create_forum_topic(FORUM, "t")
    fake.remember({"message_id": 5, "chat": {"id": FORUM}, "from": {"id": 9}, "text": "staff says"})
    copy = await bot.copy_message(PERSON, FORUM, 5)
    assert fake.messages[PERSON][copy.message_id].text == "staff says"
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(PERSON, FORUM, 6)
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(PERSON, "x", reply_parameters=ReplyParameters(message_id=999))
    photo = await bot.send_photo(
        FORUM, "https://example.org/a.jpg", message_thread_id=topic.message_thread_id
    )
    assert photo.photo
    with pytest.raises(TelegramBadRequest, match="can't be edited"):
        await bot.edit_message_text("changed", chat_id=FORUM, message_id=5)
    fake.block(PERSON)
    with pytest.raises(TelegramForbiddenError):
        await bot.copy_message(PERSON, FORUM, 5)
