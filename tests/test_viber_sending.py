"""Sending to Viber: retries, status codes, the outbox end to end, delivery receipts."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.config import Settings
from dialogs import Screen
from dialogs.outbox import queue_screens
from storage import OutboxMessage, Repo
from tests.support.fake_viber import Sent
from tests.support.viber_driver import ViberDriver, viber_driver
from tests.support.viber_factories import delivered, failed, seen, signed, unsubscribed


@pytest.fixture
async def viber(settings: Settings) -> AsyncIterator[ViberDriver]:
    async with viber_driver(settings, request_timeout=0.5) as driver:
        yield driver


async def _chatting(viber: ViberDriver, user: int) -> str:
    """A person who opened the chat and chose English (so they are subscribed)."""
    await viber.start(user)
    await viber.tap(user, "English")
    return viber.person(user).id


async def _notify(viber: ViberDriver, person_id: str, texts: list[str]) -> list[int]:
    assert viber.core is not None
    assert viber.viber is not None
    async with viber.core.db.write() as session:
        ids = await queue_screens(
            Repo(session),
            messenger="viber",
            messenger_user_id=person_id,
            screens=[Screen(text=t) for t in texts],
        )
    viber.viber.outbox.wake()
    return ids


async def _rows(viber: ViberDriver) -> list[OutboxMessage]:
    assert viber.core is not None
    async with viber.core.db.read() as session:
        stmt = select(OutboxMessage).order_by(OutboxMessage.id)
        return list((await session.execute(stmt)).scalars())


async def _eventually(check: Callable[[], bool | Awaitable[bool]], within: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not (await result if isinstance(result := check(), Awaitable) else result):
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


async def test_5xx_from_viber_is_retried_and_the_reply_delivered_once(viber: ViberDriver) -> None:
    await viber.start(1)
    viber.fake.fail_http(2, status=502)

    seen_ = await viber.tap(1, "English")

    assert len(seen_) == 1
    assert seen_[0].text.startswith("Main menu")
    attempts = viber.fake.calls_to("send_message")
    assert [call.status for call in attempts] == [-502, -502, 0]


async def test_a_timed_out_send_is_not_posted_again_at_once_but_waits_in_the_outbox(
    viber: ViberDriver,
) -> None:
    """A POST that timed out may have been delivered: no quick second POST behind it.

    The outbox tries it again after its backoff (the only retry of that message), so a
    send that really failed still arrives.
    """
    await viber.start(2)
    viber.fake.fail_http(1, status=500, hang=1.0)  # longer than request_timeout

    assert await viber.tap(2, "English") == []
    assert len(viber.fake.calls_to("send_message")) == 1
    person_id = viber.person(2).id
    await _eventually(lambda: len(viber.fake.sent_to(person_id)) == 1, 10)
    assert viber.fake.sent_to(person_id)[0].text.startswith("*Main menu*")


async def test_a_send_viber_took_but_answered_late_is_not_posted_again(
    viber: ViberDriver,
) -> None:
    """Delivered, then the answer timed out: one POST, not the client's three more."""
    await viber.start(12)
    person_id = viber.person(12).id
    viber.fake.answer_late(1.0)  # longer than request_timeout

    await viber.tap(12, "English")
    assert len(viber.fake.calls_to("send_message")) == 1
    assert len(viber.fake.sent_to(person_id)) == 1


async def test_an_http_4xx_is_final_not_retried(viber: ViberDriver) -> None:
    """A 4xx will fail the same way again: recorded, not retried eight times."""
    person_id = await _chatting(viber, 13)
    viber.fake.fail_http(1, status=400)

    await _notify(viber, person_id, ["a notice"])

    async def given_up() -> bool:
        [row] = await _rows(viber)
        return row.status == "given_up"

    await _eventually(given_up)
    assert [call.status for call in viber.fake.calls_to("send_message")][-1:] == [-400]
    await asyncio.sleep(0.3)
    assert len(viber.fake.calls_to("send_message")) == 2  # the reply before, and this one


async def test_a_reply_viber_will_not_take_now_waits_in_the_outbox(viber: ViberDriver) -> None:
    await viber.start(3)
    retries = viber.settings.viber.send_retries
    viber.fake.fail_http(retries + 1, status=503)  # the whole direct attempt fails

    assert await viber.tap(3, "English") == []
    person_id = viber.person(3).id
    await _eventually(lambda: len(viber.fake.sent_to(person_id)) == 1)

    [reply] = viber.fake.sent_to(person_id)
    assert reply.text.startswith("*Main menu*")

    async def recorded() -> bool:  # the send is recorded just after Viber answered it
        [row] = await _rows(viber)
        return row.status == "sent"

    await _eventually(recorded)
    await asyncio.sleep(0.3)
    assert len(viber.fake.sent_to(person_id)) == 1, "delivered once"


async def test_not_subscribed_marks_the_person_and_they_are_never_messaged_again(
    viber: ViberDriver,
) -> None:
    person_id = await _chatting(viber, 4)
    viber.fake.unsubscribe(person_id)  # they left; we have not heard of it yet

    await _notify(viber, person_id, ["first notice", "second notice"])

    async def all_cancelled() -> bool:
        return [row.status for row in await _rows(viber)] == ["cancelled", "cancelled"]

    await _eventually(all_cancelled)
    assert viber.core is not None
    async with viber.core.db.read() as session:
        user = await Repo(session).users.get("viber", person_id)
    assert user is not None
    assert user.subscribed is False
    refused = [call for call in viber.fake.calls_to("send_message") if call.status == 6]
    assert len(refused) == 1, "the second notice was not even tried"
    assert viber.fake.sent_to(person_id)[-1].text.startswith("*Main menu*")

    attempts_before = len(viber.fake.calls_to("send_message"))
    await _notify(viber, person_id, ["third notice"])
    await asyncio.sleep(0.3)
    assert len(viber.fake.calls_to("send_message")) == attempts_before
    assert {row.status for row in await _rows(viber)} == {"cancelled"}
    assert viber.fake.problems == []


async def test_after_an_unsubscribed_event_nothing_is_sent(viber: ViberDriver) -> None:
    person_id = await _chatting(viber, 5)
    await viber.post(unsubscribed(viber.person(5)))
    viber.fake.unsubscribe(person_id)
    calls = len(viber.fake.calls)

    await _notify(viber, person_id, ["a notice"])
    await asyncio.sleep(0.3)

    assert len(viber.fake.calls) == calls
    assert [row.status for row in await _rows(viber)] == ["cancelled"]


async def test_the_outbox_keeps_under_100_unanswered_messages_an_hour(
    viber: ViberDriver,
) -> None:
    person_id = await _chatting(viber, 6)  # one reply already counts with Viber
    assert viber.viber is not None
    outbox = viber.viber.outbox
    outbox.policy = dataclasses.replace(outbox.policy, quota_recheck=timedelta(seconds=0.1))
    cap = viber.settings.viber.unanswered_per_hour

    await _notify(viber, person_id, [f"notice {n}" for n in range(cap + 3)])
    await _eventually(lambda: len(viber.fake.sent_to(person_id)) == 1 + cap, 15)
    await asyncio.sleep(0.3)
    assert len(viber.fake.sent_to(person_id)) == 1 + cap, "the rest wait"
    assert viber.fake.problems == [], "Viber never had to refuse one (status 12)"

    await viber.say(6, "menu")  # the person writes: the count starts again
    await _eventually(lambda: len(viber.fake.sent_to(person_id)) == 1 + cap + 1 + 3, 5)
    texts = [sent.text for sent in viber.fake.sent_to(person_id)]
    assert texts[-3:] == [f"notice {n}" for n in range(cap, cap + 3)]
    assert viber.fake.problems == []


async def test_delivered_seen_and_failed_are_recorded(viber: ViberDriver) -> None:
    person_id = await _chatting(viber, 7)
    await _notify(viber, person_id, ["read this", "and this"])
    await _eventually(lambda: len(viber.fake.sent_to(person_id)) == 3)
    await viber.settle()
    first, second = await _rows(viber)
    assert first.message_token is not None
    assert second.message_token is not None
    anna = viber.person(7)

    await viber.post(delivered(anna, first.message_token))
    await viber.post(seen(anna, first.message_token))
    await viber.post(failed(anna, second.message_token, "user app too old"))
    reply_token = viber.fake.sent_to(person_id)[0].token
    await viber.post(delivered(anna, reply_token))  # a reply: not in the outbox

    first, second = await _rows(viber)
    assert first.status == "seen"
    assert first.delivered_at is not None
    assert first.seen_at is not None
    assert second.status == "failed"
    assert len(await _rows(viber)) == 2


async def test_a_receipt_that_overtakes_the_send_being_recorded_is_kept(
    viber: ViberDriver,
) -> None:
    """Viber may call back ``delivered`` before its answer to our send has reached us."""
    person_id = await _chatting(viber, 9)
    anna = viber.person(9)
    assert viber.client is not None

    async def delivered_first(sent: Sent) -> None:
        body, headers = signed(delivered(anna, sent.token), viber.fake.token)
        async with viber.client.post(viber.webhook_path, data=body, headers=headers) as answer:
            assert answer.status == 200
        await viber.settle()  # the receipt is handled before the send is recorded

    viber.fake.before_answer = delivered_first
    await _notify(viber, person_id, ["your card is ready"])

    async def delivered_recorded() -> bool:
        [row] = await _rows(viber)
        return row.status == "delivered" and row.delivered_at is not None

    await _eventually(delivered_recorded)


async def test_queued_messages_survive_a_restart(viber: ViberDriver) -> None:
    person_id = await _chatting(viber, 8)
    assert viber.viber is not None
    await viber.viber.outbox.stop()  # the process goes down before the sender gets to it
    await _notify(viber, person_id, ["your card is ready"])

    await viber.restart()

    await _eventually(lambda: len(viber.fake.sent_to(person_id)) == 2)
    assert viber.fake.sent_to(person_id)[-1].text == "your card is ready"
    [row] = await _rows(viber)
    assert row.status == "sent"
