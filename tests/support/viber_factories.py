"""Viber webhook events as Viber sends them, signed, so tests read like the conversation.

``conversation_started(anna)``, ``text_message(anna, "karta pobytu")``,
``button_tap(anna, "m:card")`` (a message carrying that button's ActionBody),
``delivered(anna, token)``: plain dicts in the shape of Viber's callbacks;
``signed(event, token)`` turns one into the body and headers of the webhook POST
(HMAC-SHA256 of the exact bytes with the auth token).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any

from bot.channels.viber_render import action_body

Event = dict[str, Any]
_tokens = itertools.count(4_912_661_846_655_238_145)


@dataclass(frozen=True, slots=True)
class ViberPerson:
    """Someone on Viber; ``language`` is what their Viber app reports."""

    id: str
    language: str | None = "en"
    name: str = "Test"
    country: str = "PL"
    api_version: int = 10

    def as_user(self) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "avatar": "https://example.invalid/avatar.jpg",
            "country": self.country,
            "api_version": self.api_version,
        }
        if self.language:
            user["language"] = self.language
        return user


def viber_id(number: int) -> str:
    """A stable id shaped like Viber's (base64 of 16 bytes)."""
    return base64.b64encode(number.to_bytes(16, "big")).decode()


def person(number: int, language: str | None = "en") -> ViberPerson:
    return ViberPerson(viber_id(number), language)


def next_token() -> int:
    return next(_tokens)


def _now() -> int:
    return int(time.time() * 1000)


def conversation_started(
    who: ViberPerson, *, subscribed: bool = False, context: str | None = None
) -> Event:
    event: Event = {
        "event": "conversation_started",
        "timestamp": _now(),
        "message_token": next_token(),
        "type": "open",
        "user": who.as_user(),
        "subscribed": subscribed,
    }
    if context is not None:
        event["context"] = context
    return event


def message(who: ViberPerson, content: dict[str, Any], *, token: int | None = None) -> Event:
    return {
        "event": "message",
        "timestamp": _now(),
        "message_token": token if token is not None else next_token(),
        "sender": who.as_user(),
        "message": content,
    }


def text_message(who: ViberPerson, text: str, *, token: int | None = None) -> Event:
    return message(who, {"type": "text", "text": text}, token=token)


def button_tap(who: ViberPerson, payload: str, *, token: int | None = None) -> Event:
    """What Viber sends when a ``reply`` button with ``payload`` is tapped: a text message
    whose text is the button's ActionBody."""
    return text_message(who, action_body(payload), token=token)


def picture_message(who: ViberPerson) -> Event:
    return message(
        who,
        {"type": "picture", "media": "https://example.invalid/p.jpg", "text": "", "thumbnail": ""},
    )


def subscribed(who: ViberPerson) -> Event:
    return {
        "event": "subscribed",
        "timestamp": _now(),
        "message_token": next_token(),
        "user": who.as_user(),
    }


def unsubscribed(who: ViberPerson) -> Event:
    return {
        "event": "unsubscribed",
        "timestamp": _now(),
        "message_token": next_token(),
        "user_id": who.id,
    }


def delivered(who: ViberPerson, message_token: int | str) -> Event:
    return {
        "event": "delivered",
        "timestamp": _now(),
        "message_token": int(message_token),
        "user_id": who.id,
    }


def seen(who: ViberPerson, message_token: int | str) -> Event:
    return {
        "event": "seen",
        "timestamp": _now(),
        "message_token": int(message_token),
        "user_id": who.id,
    }


def failed(who: ViberPerson, message_token: int | str, desc: str = "failure") -> Event:
    return {
        "event": "failed",
        "timestamp": _now(),
        "message_token": int(message_token),
        "user_id": who.id,
        "desc": desc,
    }


def client_status(who: ViberPerson) -> Event:
    """An event viberbot does not know (Viber sends it about the person's app)."""
    return {
        "event": "client_status",
        "timestamp": _now(),
        "message_token": next_token(),
        "user_id": who.id,
        "status": {"online": True},
    }


def signature(token: str, body: bytes) -> str:
    return hmac.new(token.encode(), body, hashlib.sha256).hexdigest()


def signed(event: Event | bytes, token: str) -> tuple[bytes, dict[str, str]]:
    """The webhook POST for ``event``: exact body bytes and the headers Viber sends."""
    body = event if isinstance(event, bytes) else json.dumps(event, ensure_ascii=False).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Viber-Content-Signature": signature(token, body),
    }
    return body, headers
