"""Messages for later: a feature queues screens in the outbox inside its own transaction.

The outbox stores what to say (messenger-neutral screens), not how a messenger draws
it, so a message queued before a restart or a redesign still goes out in the current
look. The sender (``bot.outbox``) renders and delivers it; a notice or a reminder
written here is delivered even if the bot stops right after the transaction commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dialogs.screens import AnyButton, Button, LinkButton, Screen
from storage import Repo


def encode_screen(screen: Screen) -> dict[str, Any]:
    if screen.file is not None:
        raise ValueError("files go to the outbox as links, not bytes")
    return {
        "text": screen.text,
        "title": screen.title,
        "buttons": [
            [
                {"label": b.label, "url": b.url}
                if isinstance(b, LinkButton)
                else {"label": b.label, "payload": b.payload}
                for b in row
            ]
            for row in screen.buttons
        ],
    }


def decode_screen(payload: dict[str, Any]) -> Screen:
    rows: list[tuple[AnyButton, ...]] = []
    for row in payload.get("buttons", []):
        rows.append(
            tuple(
                LinkButton(b["label"], b["url"]) if "url" in b else Button(b["label"], b["payload"])
                for b in row
            )
        )
    return Screen(text=payload.get("text", ""), title=payload.get("title", ""), buttons=tuple(rows))


async def queue_screens(
    repo: Repo,
    *,
    messenger: str,
    screens: Sequence[Screen],
    user_id: int | None = None,
    messenger_user_id: str | None = None,
    dedupe_key: str | None = None,
    not_before: datetime | None = None,
) -> list[int]:
    """Queue ``screens`` for a person, inside the caller's transaction; the new row ids.

    The person is named by the internal ``user_id`` or by their ``messenger_user_id``
    and must be known (they wrote to us before: nobody is messaged out of the blue).
    With ``dedupe_key``, queuing the same thing twice queues it once (screen ``n`` of
    the batch gets the key ``<dedupe_key>:<n>``, so a prefix cancels them all). With
    ``not_before`` nothing is tried earlier, and later messages due sooner go first.
    """
    if user_id is None:
        if messenger_user_id is None:
            raise ValueError("name the recipient by user_id or messenger_user_id")
        user = await repo.users.get(messenger, messenger_user_id)
        if user is None or user.id is None:
            raise LookupError("unknown recipient")
        user_id = user.id
    ids: list[int] = []
    for index, screen in enumerate(screens):
        key = f"{dedupe_key}:{index}" if dedupe_key is not None else None
        row_id = await repo.outbox.enqueue(
            user_id, messenger, encode_screen(screen), dedupe_key=key, not_before=not_before
        )
        if row_id is not None:
            ids.append(row_id)
    return ids
