"""Telegram updates as Telegram sends them (plain JSON dicts), so tests read like the chat.

``make_message(anna, "/start")``, ``make_callback(anna, "m:card", message_id=7)``,
``make_sticker(anna)``: the same dicts go into the Dispatcher (validated into aiogram
``Update`` objects), into ``getUpdates`` of the fake server, or as a webhook body.
Entities (commands, mentions) are marked the way Telegram marks them, with UTF-16
offsets, so filters that read entities see what they would see in production.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass
from typing import Any

_update_ids = itertools.count(100_000)
_message_ids = itertools.count(1_000_000)  # apart from the fake server's own message ids
_callback_ids = itertools.count(1)
_ENTITY_PATTERNS = (
    ("bot_command", re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}")),
)

Update = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Person:
    """Someone writing to the bot; ``language_code`` is what their Telegram app reports."""

    id: int
    language_code: str | None = "en"
    first_name: str = "Test"

    def as_user(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user


def person(user_id: int, language_code: str | None = "en") -> Person:
    return Person(user_id, language_code)


def _who(user: Person | int) -> Person:
    return user if isinstance(user, Person) else Person(user)


def next_update_id() -> int:
    return next(_update_ids)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[dict[str, Any]]:
    """Commands and @mentions as Telegram would mark them."""
    found: list[dict[str, Any]] = []
    for kind, pattern in _ENTITY_PATTERNS:
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": _utf16_len(text[: match.start()]),
                    "length": _utf16_len(match.group()),
                }
            )
    return sorted(found, key=lambda entity: entity["offset"])


def private_chat(user: Person) -> dict[str, Any]:
    return {"id": user.id, "type": "private", "first_name": user.first_name}


def _message(user: Person, chat: dict[str, Any], **content: Any) -> dict[str, Any]:
    return {
        "message_id": next(_message_ids),
        "from": user.as_user(),
        "chat": chat,
        "date": int(time.time()),
        **content,
    }


def make_update(update_id: int | None = None, **event: Any) -> Update:
    return {"update_id": next_update_id() if update_id is None else update_id, **event}


def make_message(user: Person | int, text: str, *, update_id: int | None = None) -> Update:
    """A text message in the person's private chat with the bot."""
    who = _who(user)
    content: dict[str, Any] = {"text": text}
    if entities := entities_of(text):
        content["entities"] = entities
    return make_update(update_id, message=_message(who, private_chat(who), **content))


def make_start(user: Person | int, deep_link: str = "") -> Update:
    return make_message(user, f"/start {deep_link}".strip())


def make_callback(
    user: Person | int,
    data: str | None,
    message_id: int,
    *,
    update_id: int | None = None,
    chat: dict[str, Any] | None = None,
    inaccessible: bool = False,
) -> Update:
    """A tap on an inline button of the bot's message ``message_id``."""
    who = _who(user)
    where = chat or private_chat(who)
    if inaccessible:  # older than 48 hours: Telegram sends only ids and date 0
        message: dict[str, Any] = {"message_id": message_id, "chat": where, "date": 0}
    else:
        message = {
            "message_id": message_id,
            "from": {"id": 1, "is_bot": True, "first_name": "Bot"},
            "chat": where,
            "date": int(time.time()),
            "text": "…",
        }
    query: dict[str, Any] = {
        "id": str(next(_callback_ids)),
        "from": who.as_user(),
        "chat_instance": f"ci-{where['id']}",
        "message": message,
    }
    if data is not None:
        query["data"] = data
    return make_update(update_id, callback_query=query)


def make_sticker(user: Person | int) -> Update:
    who = _who(user)
    sticker = {
        "file_id": "sticker-file",
        "file_unique_id": "sticker-u",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": "👍",
    }
    return make_update(message=_message(who, private_chat(who), sticker=sticker))


def make_voice(user: Person | int) -> Update:
    who = _who(user)
    voice = {"file_id": "voice-file", "file_unique_id": "voice-u", "duration": 3}
    return make_update(message=_message(who, private_chat(who), voice=voice))


def make_photo(user: Person | int, caption: str = "") -> Update:
    who = _who(user)
    photo = [{"file_id": "photo-file", "file_unique_id": "photo-u", "width": 90, "height": 90}]
    content: dict[str, Any] = {"photo": photo}
    if caption:
        content["caption"] = caption
    return make_update(message=_message(who, private_chat(who), **content))


def make_location(user: Person | int) -> Update:
    who = _who(user)
    location = {"latitude": 52.4064, "longitude": 16.9252}
    return make_update(message=_message(who, private_chat(who), location=location))


def make_contact(user: Person | int) -> Update:
    who = _who(user)
    contact = {"phone_number": "+48000000000", "first_name": who.first_name}
    return make_update(message=_message(who, private_chat(who), contact=contact))


def make_document(user: Person | int) -> Update:
    who = _who(user)
    document = {"file_id": "doc-file", "file_unique_id": "doc-u", "file_name": "scan.pdf"}
    return make_update(message=_message(who, private_chat(who), document=document))


def make_service_message(user: Person | int) -> Update:
    """Not something a person says: a pinned-message notice."""
    who = _who(user)
    pinned = {"message_id": 1, "chat": private_chat(who), "date": 0}
    return make_update(message=_message(who, private_chat(who), pinned_message=pinned))


def group_chat(chat_id: int = -1001234567890, *, title: str = "Foreigners in Poznań") -> dict:
    kind = "supergroup" if str(chat_id).startswith("-100") else "group"
    return {"id": chat_id, "type": kind, "title": title}


def make_group_message(
    user: Person | int, text: str, *, chat_id: int = -1001234567890, update_id: int | None = None
) -> Update:
    """A message in a group the bot is in (commands and @mentions marked as entities)."""
    who = _who(user)
    content: dict[str, Any] = {"text": text}
    if entities := entities_of(text):
        content["entities"] = entities
    return make_update(update_id, message=_message(who, group_chat(chat_id), **content))


def make_edited_message(user: Person | int, text: str) -> Update:
    who = _who(user)
    edited = _message(who, private_chat(who), text=text, edit_date=int(time.time()))
    return make_update(edited_message=edited)


def make_channel_post(text: str, *, chat_id: int = -1009876543210) -> Update:
    post = {
        "message_id": next(_message_ids),
        "chat": {"id": chat_id, "type": "channel", "title": "News"},
        "date": int(time.time()),
        "text": text,
    }
    return make_update(channel_post=post)


def make_blocked(user: Person | int) -> Update:
    """The person blocked the bot (``my_chat_member`` with status ``kicked``)."""
    who = _who(user)
    bot = {"id": 123456789, "is_bot": True, "first_name": "Bot"}
    return make_update(
        my_chat_member={
            "chat": private_chat(who),
            "from": who.as_user(),
            "date": int(time.time()),
            "old_chat_member": {"status": "member", "user": bot},
            "new_chat_member": {"status": "kicked", "user": bot, "until_date": 0},
        }
    )
