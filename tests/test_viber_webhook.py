"""The Viber webhook: signed, bounded, parsed by viberbot, answered at once, in order."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from bot.channels.viber_render import payload_of
from bot.config import Settings
from storage import ProcessedUpdate, Repo, User
from tests.support.viber_driver import ViberDriver, viber_driver
from tests.support.viber_factories import (
    button_tap,
    client_status,
    conversation_started,
    message,
    person,
    picture_message,
    signed,
    subscribed,
    text_message,
    unsubscribed,
)


@pytest.fixture
async def viber(settings: Settings) -> AsyncIterator[ViberDriver]:
    async with viber_driver(settings) as driver:
        yield driver


async def _users(driver: ViberDriver) -> int:
    assert driver.core is not None
    async with driver.core.db.read() as session:
        return (await session.execute(select(func.count()).select_from(User))).scalar_one()


async def _user(driver: ViberDriver, viber_user_id: str) -> User | None:
    assert driver.core is not None
    async with driver.core.db.read() as session:
        return await Repo(session).users.get("viber", viber_user_id)


async def test_conversation_started_answers_with_one_welcome_in_the_body(
    viber: ViberDriver,
) -> None:
    anna = person(1, language="uk-UA")
    answer = await viber.post(conversation_started(anna, subscribed=False))

    assert answer.status == 200
    welcome = answer.json()
    assert welcome["type"] == "text"
    assert welcome["sender"]["name"] == viber.settings.viber.bot_name
    assert "Оберіть мову" in welcome["text"]
    payloads = [payload_of(button["ActionBody"]) for button in welcome["keyboard"]["Buttons"]]
    assert payloads[0] == "lang:uk", "the person's Viber language is offered first"
    assert set(payloads) == {"lang:uk", "lang:pl", "lang:en", "lang:ru"}
    assert viber.fake.calls_to("send_message") == [], "a non-subscriber is greeted only in the body"


async def test_a_bad_or_missing_signature_is_refused_and_nothing_happens(
    viber: ViberDriver,
) -> None:
    anna = person(2)
    body, headers = signed(text_message(anna, "menu"), viber.fake.token)

    forged = {**headers, "X-Viber-Content-Signature": "0" * 64}
    assert (await viber.post_raw(body, forged)).status == 403
    missing = {"Content-Type": "application/json"}
    assert (await viber.post_raw(body, missing)).status == 403
    _, other_headers = signed(text_message(anna, "something else"), viber.fake.token)
    assert (await viber.post_raw(body, other_headers)).status == 403
    wrong_key = signed(text_message(anna, "menu"), "another-bots-token")
    assert (await viber.post_raw(*wrong_key)).status == 403
    not_ascii = {**headers, "X-Viber-Content-Signature": "ü" * 64}
    assert (await viber.post_raw(body, not_ascii)).status == 403

    assert viber.fake.calls == []
    assert await _users(viber) == 0


async def test_malformed_json_and_malformed_events_get_400(viber: ViberDriver) -> None:
    assert (await viber.post(b"{not json")).status == 400
    assert (await viber.post(b'["a list", "not an event"]')).status == 400
    no_sender = {"event": "message", "timestamp": 1, "message_token": 5, "message": {}}
    assert (await viber.post(json.dumps(no_sender).encode())).status == 400
    nameless = text_message(person(1), "hello")
    del nameless["sender"]["id"]
    assert (await viber.post(nameless)).status == 400
    no_user = {"event": "unsubscribed", "timestamp": 1, "message_token": 6, "user_id": 42}
    assert (await viber.post(no_user)).status == 400
    assert viber.fake.calls == []
    assert await _users(viber) == 0


async def test_bodies_over_the_limit_get_413_declared_or_streamed(viber: ViberDriver) -> None:
    limit = viber.settings.viber.max_body_bytes
    event = text_message(person(3), "x" * (limit + 10))
    body, headers = signed(event, viber.fake.token)
    assert (await viber.post_raw(body, headers)).status == 413

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 8192):
            yield body[start : start + 8192]

    assert viber.client is not None
    async with viber.client.post(viber.webhook_path, data=chunks(), headers=headers) as response:
        assert response.status == 413
    await viber.settle()
    assert viber.fake.calls == []
    assert await _users(viber) == 0


async def test_events_viberbot_does_not_know_are_acknowledged_and_ignored(
    viber: ViberDriver,
) -> None:
    answer = await viber.post(client_status(person(4)))
    assert answer.status == 200
    assert (await viber.post({"event": "something_new", "timestamp": 1})).status == 200
    assert (await viber.post({"no_event": True})).status == 200
    assert (await viber.post({"event": ["message"], "timestamp": 1})).status == 200
    assert viber.fake.calls == []
    assert await _users(viber) == 0


async def test_the_webhook_check_at_set_webhook_is_answered(viber: ViberDriver) -> None:
    answer = await viber.post({"event": "webhook", "timestamp": 1, "message_token": 9})
    assert answer.status == 200


async def test_a_duplicate_message_token_is_handled_once(viber: ViberDriver) -> None:
    await viber.start(5)
    anna = viber.person(5)
    event = button_tap(anna, "lang:en")
    body, headers = signed(event, viber.fake.token)
    viber.fake.user_wrote(anna.id)

    answers = await asyncio.gather(*(viber.post_raw(body, headers) for _ in range(3)))

    assert [a.status for a in answers] == [200, 200, 200]
    assert len(viber.fake.sent_to(anna.id)) == 1
    assert viber.core is not None
    async with viber.core.db.read() as session:
        keys = (
            await session.execute(
                select(func.count())
                .select_from(ProcessedUpdate)
                .where(ProcessedUpdate.update_key == str(event["message_token"]))
            )
        ).scalar_one()
    assert keys == 1


async def test_the_webhook_answers_before_the_reply_is_sent(settings: Settings) -> None:
    async with viber_driver(settings, request_timeout=5.0) as viber:
        await viber.start(6)
        anna = viber.person(6)
        viber.fake.user_wrote(anna.id)
        viber.fake.fail_http(1, status=503, hang=1.0)  # Viber is slow, then fails once
        body, headers = signed(button_tap(anna, "lang:pl"), viber.fake.token)
        assert viber.client is not None

        started = time.monotonic()
        async with viber.client.post(viber.webhook_path, data=body, headers=headers) as response:
            assert response.status == 200
        answered_in = time.monotonic() - started
        assert answered_in < 0.5
        assert viber.fake.sent_to(anna.id) == []

        await viber.settle()
        assert len(viber.fake.sent_to(anna.id)) == 1


async def test_one_persons_burst_is_answered_in_order(viber: ViberDriver) -> None:
    await viber.start(7)
    await viber.tap(7, "English")
    anna = viber.person(7)
    viber.fake.fail_http(1, status=500)  # the first reply needs a retry; the rest must wait
    taps = ["m:card", "m:fees", "m:visa", "m:contact", "m:mos"]
    assert viber.client is not None
    for payload in taps:
        body, headers = signed(button_tap(anna, payload), viber.fake.token)
        async with viber.client.post(viber.webhook_path, data=body, headers=headers) as response:
            assert response.status == 200
    await viber.settle()

    seen = viber.new_seen(7)
    assert viber.core is not None
    catalogue = viber.core.dialogs.catalogue
    assert len(seen) == len(taps)
    for shown, payload in zip(seen, taps, strict=True):
        category = catalogue.categories[payload.removeprefix("m:")]
        first = category.children[:1] and f"m:{category.children[0]}"
        assert shown.payloads[0] == (first or f"f:{category.entries[0]}")


async def test_typed_commands_and_media_are_understood(viber: ViberDriver) -> None:
    await viber.start(8)
    await viber.tap(8, "English")

    menu = await viber.say(8, "menu")
    assert menu[0].text.startswith("Main menu")
    help_ = await viber.say(8, "/help")
    assert help_[0].text.startswith("How to use the bot")
    language = await viber.say(8, "język")
    assert "Polski" in language[0].buttons

    anna = viber.person(8)
    picture = await viber.send(8, picture_message(anna))
    assert "only text" in picture[0].text
    poll = await viber.send(8, message(anna, {"type": "poll", "question": "?"}))
    assert "only text" in poll[0].text


async def test_a_typed_link_is_text_not_a_button(viber: ViberDriver) -> None:
    await viber.start(9)
    await viber.tap(9, "English")
    seen = await viber.say(9, "https://www.gov.pl/web/uw-wielkopolski")
    assert "This menu has changed" not in seen[0].text


async def test_subscribed_and_unsubscribed_are_recorded(viber: ViberDriver) -> None:
    anna = person(10)
    await viber.post(conversation_started(anna, subscribed=False))
    user = await _user(viber, anna.id)
    assert user is not None
    assert user.subscribed is False, "a person who only opened the chat cannot be written to"

    await viber.post(subscribed(anna))
    user = await _user(viber, anna.id)
    assert user is not None
    assert user.subscribed is True

    await viber.post(unsubscribed(anna))
    user = await _user(viber, anna.id)
    assert user is not None
    assert user.subscribed is False

    viber.fake.user_wrote(anna.id)
    await viber.post(text_message(anna, "hello"))
    user = await _user(viber, anna.id)
    assert user is not None
    assert user.subscribed is True, "writing to the bot subscribes again"


async def test_set_webhook_registers_the_public_url_with_viber(viber: ViberDriver) -> None:
    assert viber.client is not None
    assert viber.viber is not None
    assert viber.fake.calls_to("set_webhook") == [], "no public_url: nothing registered"
    # The test server's port is known only once it listens: that is our "public" URL.
    public = str(viber.client.make_url("/")).rstrip("/")
    viber.viber.settings = viber.viber.settings.model_copy(update={"public_url": public})
    await viber.viber.start()

    registered = viber.fake.calls_to("set_webhook")
    assert registered[-1].status == 0, "Viber's signed check call was answered with 200"
    assert registered[-1].body["url"] == public + viber.webhook_path
    assert {"delivered", "seen", "failed", "subscribed", "unsubscribed"} <= set(
        registered[-1].body["event_types"]
    )
    assert registered[-1].body["send_name"] is False
