"""Fields that come from a messenger, made safe to keep before they reach storage.

A messenger, or anyone able to sign a webhook, decides how long a language code, an
id or a text is; the columns do not. On PostgreSQL one over-long value fails the whole
transaction, and with it every message of that person. So each field is checked here,
once, at the entry of the dialogs: a language hint is reduced to a well-formed tag that
fits (``en-GB-oxendict`` rather than 300 characters, nothing rather than junk), texts
and payloads lose control characters (PostgreSQL refuses NUL) and are cut to what is
ever used, an update key is cut to its column, and a person without a usable id is
refused outright (cutting it could make two people one).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogs.screens import Incoming

MAX_USER_ID = 64  # users.messenger_user_id
MAX_UPDATE_KEY = 128  # processed_updates.update_key
MAX_LANGUAGE_HINT = 16  # users.language_hint
MAX_TEXT = 4000  # a typed message; longer is a paste, not a question
MAX_PAYLOAD = 256  # a button's payload (Telegram allows 64 bytes, Viber's ActionBody more)

_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
# C0 and C1 controls except tab and newline; NUL among them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def language_tag(value: object) -> str | None:
    """A BCP 47-shaped tag from whatever the messenger sent, at most 16 characters."""
    if not isinstance(value, str):
        return None
    match = _TAG.match(value.strip())
    if match is None:
        return None
    tag = match.group(0).replace("_", "-")
    while len(tag) > MAX_LANGUAGE_HINT and "-" in tag:
        tag = tag.rsplit("-", 1)[0]  # drop whole subtags: "en-GB" stays meaningful
    return tag if len(tag) <= MAX_LANGUAGE_HINT else None


def clean_text(value: str, limit: int) -> str:
    return _CONTROLS.sub("", value)[:limit]


def user_id(value: str) -> str:
    if not 0 < len(value) <= MAX_USER_ID:
        raise ValueError("a messenger user id must have 1 to 64 characters")
    return value


def checked(incoming: Incoming) -> Incoming:
    """``incoming`` with every field from outside fit for storage."""
    key = incoming.update_key
    return replace(
        incoming,
        user_id=user_id(incoming.user_id),
        language_hint=language_tag(incoming.language_hint),
        update_key=key[:MAX_UPDATE_KEY] if key is not None else None,
        text=clean_text(incoming.text, MAX_TEXT),
        payload=clean_text(incoming.payload, MAX_PAYLOAD),
    )
