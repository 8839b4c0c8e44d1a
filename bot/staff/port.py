"""The core's ``StaffPort`` on the outbox: what the staff chat must show, queued as rows.

Rows go to the ``staff`` lane of the outbox, keyed by the person they are about, so
one person's posts reach their topic in order while different people's go side by
side. ``StaffSender`` (``bot/staff/sender.py``) delivers them into the forum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dialogs.desk_port import MERGE_LIMIT, DeskPost
from dialogs.outbox import encode_screen
from dialogs.screens import Screen
from storage import Repo, Ticket

LANE = "staff"


class OutboxStaffPort:
    def __init__(self) -> None:
        self._wakers: list[Callable[[], None]] = []

    def on_wake(self, waker: Callable[[], None]) -> None:
        self._wakers.append(waker)

    def wake(self) -> None:
        for waker in self._wakers:
            waker()

    async def post(self, repo: Repo, post: DeskPost) -> None:
        pms = [post.message_id] if post.message_id else []
        base: dict[str, Any] = {
            "ticket": post.ticket,
            "messenger": post.messenger,
            "chat": post.person_chat,
            "title": post.title,
        }
        if post.card is not None:
            # The card carries the question's words; a file follows as its own post.
            await repo.outbox.enqueue(
                post.user_id,
                LANE,
                {**base, "kind": "card", "card": encode_screen(post.card), "pms": pms},
                dedupe_key=f"card:{post.ticket}",
            )
            if post.file is None:
                return
        file = None
        if post.file is not None:
            file = {"kind": post.file.kind, "ref": post.file.ref, "name": post.file.name}
        texts = [post.text] if post.text and post.card is None else []
        if file is None and post.reply_to_staff is None:

            def merge(payload: dict[str, Any]) -> dict[str, Any] | None:
                if payload.get("file") or payload.get("ticket") != post.ticket:
                    return None
                if payload.get("reply_to") is not None:
                    return None
                joined = [*payload.get("texts", []), *texts]
                if sum(len(text) + 2 for text in joined) > MERGE_LIMIT:
                    return None
                return {**payload, "texts": joined, "pms": [*payload.get("pms", []), *pms]}

            if await repo.desk.merge_pending(post.user_id, LANE, "post", merge):
                return
        await repo.outbox.enqueue(
            post.user_id,
            LANE,
            {
                **base,
                "kind": "post",
                "texts": texts,
                "pms": pms,
                "file": file,
                "reply_to": post.reply_to_staff,
            },
        )

    async def notice(self, repo: Repo, ticket: Ticket, screen: Screen, *, key: str) -> None:
        await repo.outbox.enqueue(
            ticket.user_id,
            LANE,
            {"kind": "notice", "ticket": ticket.number, "screen": encode_screen(screen)},
            dedupe_key=f"notice:{key}"[:128],
        )

    async def retitle(self, repo: Repo, ticket: Ticket, title: str) -> None:
        await repo.outbox.enqueue(
            ticket.user_id,
            LANE,
            {"kind": "retitle", "ticket": ticket.number, "title": title},
        )
