"""Notices of a new status, queued in the outbox for everyone who keeps the case.

Queued in the transaction that stored the new status, with a dedupe key per case,
status and person: an import repeated, two imports racing, or a restart between the
import and the send still give each person exactly one notice of that status.
"""

from __future__ import annotations

import logging

from dialogs.cases import views
from dialogs.l10n import Localizer
from dialogs.outbox import queue_screens
from storage import Case, Repo

log = logging.getLogger(__name__)


def notice_key(case: Case, user_id: int) -> str:
    # status_since too: a case that really comes back to an earlier status is news again.
    return f"notice:{case.id}:{case.status}:{case.status_since.isoformat()}:{user_id}"


class Notices:
    def __init__(self, l10n: Localizer, default_language: str) -> None:
        self.l10n = l10n
        self.default_language = default_language

    async def status_changed(self, repo: Repo, case: Case, *, skip_user: int | None = None) -> int:
        """Queue the notice for each person keeping ``case``; returns how many were new.

        ``skip_user``: the person who is looking at the new status right now.
        """
        assert case.id is not None
        queued = 0
        for watcher in await repo.cases.watchers(case.id):
            if watcher.user_id == skip_user:
                continue
            lang = watcher.language or self.default_language

            def t(msg_id: str, _lang: str = lang, **args: object) -> str:
                return self.l10n(_lang, msg_id, **args)

            ids = await queue_screens(
                repo,
                user_id=watcher.user_id,
                messenger=watcher.messenger,
                screens=[views.notice(t, case)],
                dedupe_key=notice_key(case, watcher.user_id),
            )
            queued += bool(ids)
        if queued:
            log.info("case_notices_queued", extra={"count": queued})
        return queued
