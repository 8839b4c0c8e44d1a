"""The staff desk under pressure: flood control, a restart, a flood from one person,
a hundred people at once, a group without topics."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from tests.support.desk_driver import STAFF_CHAT, DeskDriver, desk_driver
from tests.support.fake_telegram import StoredMessage
from tests.support.telegram_factories import make_message
from tests.test_desk_journeys import ask_on_telegram, words


@pytest.fixture
async def desk(settings: Settings) -> AsyncIterator[DeskDriver]:
    async with desk_driver(settings) as driver:
        yield driver


def person_sees(desk: DeskDriver, user: int) -> list[StoredMessage]:
    return [m for m in desk.fake.messages[user].values() if m.from_user is None]


async def test_flood_control_delays_the_answer_but_loses_nothing(desk: DeskDriver) -> None:
    user = 7501
    thread = await ask_on_telegram(desk, user, "en", "question")
    desk.fake.flood(1.5, "copyMessage")
    await desk.staff_says("answer under flood control", thread=thread)
    await desk.wait(lambda: any(c.error for c in desk.fake.calls_of("copyMessage")))
    refused = next(c for c in desk.fake.calls_of("copyMessage") if c.error)
    assert "retry after" in (refused.error or "")
    await desk.wait(
        lambda: any("flood control" in m.text for m in person_sees(desk, user)), within=15
    )
    delivered = [
        c for c in desk.fake.calls_of("copyMessage") if c.ok and c.params["chat_id"] == user
    ]
    assert len(delivered) == 1
    assert delivered[0].at - refused.at >= 1.0  # Telegram's retry_after was kept


async def test_killed_between_staff_message_and_delivery_delivers_once(
    desk: DeskDriver,
) -> None:
    user = 7502
    thread = await ask_on_telegram(desk, user, "en", "question")
    assert desk.tg.tg is not None
    await desk.tg.tg.outbox.stop()  # the sender is gone: the message can only wait
    update_id = 990_001
    staff_msg = await desk.staff_says("survives a restart", thread=thread, update_id=update_id)
    assert not any("survives" in m.text for m in person_sees(desk, user))
    await desk.restart()
    await desk.wait(lambda: any("survives" in m.text for m in person_sees(desk, user)))
    # Telegram redelivers the staff update after the restart: nothing is sent twice.
    await desk.staff_says(
        "survives a restart", thread=thread, update_id=update_id, message_id=staff_msg
    )
    await asyncio.sleep(0.5)
    assert sum("survives" in m.text for m in person_sees(desk, user)) == 1


async def test_a_flood_from_one_person_is_merged_not_dropped(desk: DeskDriver) -> None:
    user = 7503
    thread = await ask_on_telegram(desk, user, "en", "question")
    assert desk.tg.tg is not None
    assert desk.tg.tg.staff_outbox is not None
    await desk.tg.tg.staff_outbox.stop()  # staff chat busy: posts wait in the queue
    for n in range(50):
        await desk.tg.send(user, make_message(desk.tg.person(user), f"line {n:02d}"))
    await desk.tg.tg.staff_outbox.start()
    await desk.wait(lambda: any("line 49" in m.text for m in desk.shown(thread)))
    posts = [m for m in desk.shown(thread) if "line " in m.text]
    joined = "\n".join(m.text for m in posts)
    assert all(f"line {n:02d}" in joined for n in range(50))
    assert len(posts) <= 3  # merged into a few posts, not 50 messages


async def test_a_hundred_people_at_once_each_get_a_topic_and_only_their_answer(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    users = list(range(8000, 8100))

    async def ask(user: int) -> None:
        await desk.tg.start(user, language_hint="pl")
        await desk.tg.tap(user, t("pl", "lang-name"))
        await desk.tg.say(user, "/staff")
        await desk.tg.say(user, f"pytanie od {user}")

    await asyncio.gather(*(ask(user) for user in users))
    # Watched on the fake: a hundred tasks polling the database would only slow the bot.
    await desk.wait(lambda: len(desk.fake.forums[STAFF_CHAT]) == 100, within=120)
    threads = [await desk.wait_topic("telegram", str(u)) for u in users]
    assert len(set(threads)) == 100
    assert len(desk.fake.forums[STAFF_CHAT]) == 100
    for user, thread in zip(users, threads, strict=True):
        await desk.wait_shown(thread, f"pytanie od {user}")
    await asyncio.gather(
        *(
            desk.staff_says(f"odpowiedź dla {user}", thread=thread)
            for user, thread in zip(users, threads, strict=True)
        )
    )
    for user in users:
        await desk.wait(lambda u=user: any("odpowiedź dla" in m.text for m in person_sees(desk, u)))
    for user in users:
        answers = [m.text for m in person_sees(desk, user) if "odpowiedź dla" in m.text]
        assert answers == [f"odpowiedź dla {user}"]


async def test_a_group_without_topics_works_by_replies_to_the_card(settings: Settings) -> None:
    async with desk_driver(settings, forum=False) as desk:
        t = words(desk)
        user = 7504
        await desk.tg.start(user, language_hint="en")
        await desk.tg.tap(user, t("en", "lang-name"))
        await desk.tg.tap(user, t("en", "btn-ask-staff"))
        await desk.tg.say(user, "question without topics")
        card = await desk.wait_shown(None, "question without topics")
        assert not desk.fake.calls_of("createForumTopic")[-1].ok
        # Chatter in the group is not for anyone; a reply to the card is.
        await desk.staff_says("coffee anyone?", thread=None)
        await desk.staff_says("answer by reply", thread=None, reply_to=card.message_id)
        await desk.wait(lambda: any("answer by reply" in m.text for m in person_sees(desk, user)))
        assert not any("coffee" in m.text for m in person_sees(desk, user))
        # The person's follow-up shows in the chat; a reply to it reaches them too.
        assert await desk.tg.say(user, "thanks, one more") == []
        posted = await desk.wait_shown(None, "one more")
        await desk.staff_says("second answer", thread=None, reply_to=posted.message_id)
        await desk.wait(lambda: any("second answer" in m.text for m in person_sees(desk, user)))


async def test_flood_control_in_the_staff_chat_delays_the_card_but_loses_nothing(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    user = 7505
    await desk.tg.start(user, language_hint="en")
    await desk.tg.tap(user, t("en", "lang-name"))
    await desk.tg.say(user, "/staff")
    desk.fake.flood(1.5, "sendMessage")
    await desk.tg.say(user, "asked under flood control")
    thread = await desk.wait_topic("telegram", str(user))
    await desk.wait_shown(thread, "asked under flood control", within=20)
    cards = [m for m in desk.shown(thread) if "asked under flood control" in m.text]
    assert len(cards) == 1
    assert any(c.error and "retry after" in c.error for c in desk.fake.calls_of("sendMessage"))
