"""TEMPORARY stand-in for the lead's ``dialogs.outbox`` (FLOWS_API.md); replaced at the merge."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dialogs.screens import LinkButton, Screen
from storage import Repo


def _encode(screen: Screen) -> dict[str, Any]:
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


async def queue_screens(
    repo: Repo,
    *,
    user_id: int,
    messenger: str,
    screens: Sequence[Screen],
    dedupe_key: str | None = None,
    not_before: datetime | None = None,
) -> list[int]:
    ids: list[int] = []
    for index, screen in enumerate(screens):
        key = f"{dedupe_key}:{index}" if dedupe_key is not None else None
        row_id = await repo.outbox.enqueue(
            user_id, messenger, _encode(screen), dedupe_key=key, not_before=not_before
        )
        if row_id is not None:
            ids.append(row_id)
    return ids
