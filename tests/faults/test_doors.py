"""Bad input at the doors: a clear answer for each, nothing crashes, nothing bad is stored.

POSTed over real HTTP into the real webhook endpoints (Viber's, Telegram's), and typed
by a person through the real Dispatcher. The counts: what was a real message from a
person is stored and answered once; nothing else is stored or answered.
"""

from __future__ import annotations

import hashlib
import json

from bot.config import Settings
from bot.runner import stop_serving
from storage import Repo
from tests.faults.tally import Tally
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_factories import Person, make_callback, make_message
from tests.support.viber_driver import viber_driver
from tests.support.viber_factories import button_tap, signature, text_message
from tests.test_telegram_doors import post, serve_webhook

ODD_TEXTS = ["x" * 10_000, "\u200b\u200d\u200f\u202e\u2066 ok \u2069", "مرحبا שלום"]


async def test_viber_door_refuses_what_is_not_an_event_and_answers_odd_messages(
    settings: Settings, tally: Tally
) -> None:
    async with viber_driver(settings) as viber:
        who = viber.person(50_001)
        body = json.dumps(text_message(who, "karta")).encode()
        good = {"X-Viber-Content-Signature": signature(viber.fake.token, body)}
        big = json.dumps(text_message(who, "y" * 400_000)).encode()
        refused = [
            (body, {"X-Viber-Content-Signature": "0" * 64}, 403),  # forged
            (body, {}, 403),  # missing
            (big, {"X-Viber-Content-Signature": signature(viber.fake.token, big)}, 413),
            (
                b"{not json",
                {"X-Viber-Content-Signature": signature(viber.fake.token, b"{not json")},
                400,
            ),
        ]
        for raw, headers, status in refused:
            assert (await viber.post_raw(raw, headers)).status == status
        unknown = json.dumps({"event": "from_the_future", "timestamp": 1}).encode()
        ignored = {"X-Viber-Content-Signature": signature(viber.fake.token, unknown)}
        assert (await viber.post_raw(unknown, ignored)).status == 200
        assert viber.core is not None
        async with viber.core.db.read() as session:
            assert await Repo(session).inbox.pending("viber") == 0
        assert viber.fake.sent == []

        viber.fake.user_wrote(who.id)
        for text in ODD_TEXTS:
            assert (await viber.post(text_message(who, text))).status == 200
        assert (await viber.post(button_tap(who, "bk:slot:never-issued"))).status == 200
        assert (await viber.post_raw(body, good)).status == 200
        tally.count(["reply"] * 5, ["reply"] * len(viber.fake.sent_to(who.id)))
    assert (tally.lost, tally.duplicated) == (0, 0)


async def test_telegram_door_refuses_what_is_not_an_update_and_answers_odd_messages(
    settings: Settings, tally: Tally
) -> None:
    async with FakeTelegram() as fake:
        channel, runner, url, _session, core = await serve_webhook(settings, fake)
        secret = hashlib.sha256(fake.token.encode()).hexdigest()
        anna = Person(50_002, "en")
        try:
            update = make_message(anna, "karta")
            assert await post(url, update, "wrong") == 401
            assert await post(url, update, "") == 401
            assert await post(url, make_message(anna, "z" * 300_000), secret) == 413
            assert await post(url, b"{not json", secret) == 400
            assert await post(url, {"update_id": "x"}, secret) == 400
            async with core.db.read() as session:
                assert await Repo(session).inbox.pending("telegram") == 0
            assert fake.sent_to(anna.id) == []

            for text in ODD_TEXTS:
                assert await post(url, make_message(anna, text), secret) == 200
            never = make_callback(anna, "bk:slot:424242", 1)
            assert await post(url, never, secret) == 200
            # A kind of update no handler wants: taken (200) and forgotten quietly.
            assert await post(url, {"update_id": 999_999, "future_kind": {"id": 1}}, secret) == 200
        finally:
            await stop_serving(runner, [channel])
            await core.close()
    replies = [c for c in fake.chat_calls.get(anna.id, []) if c.ok and c.method == "sendMessage"]
    tally.count(["reply"] * 4, ["reply"] * len(replies))
    assert (tally.lost, tally.duplicated) == (0, 0)
