"""What a handler gets: the person, their language and state, and the repositories."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dialogs.l10n import Localizer
from dialogs.screens import Incoming
from storage import Repo, User


@dataclass(slots=True)
class Context:
    incoming: Incoming
    repo: Repo
    user: User
    lang: str
    l10n: Localizer
    state: str = "idle"
    data: dict[str, Any] = field(default_factory=dict)
    desk: bool = False  # the staff desk is on: screens offer "Ask staff"

    @property
    def language_chosen(self) -> bool:
        return self.user.language is not None

    def t(self, msg_id: str, **args: Any) -> str:
        return self.l10n(self.lang, msg_id, **args)

    def go(self, state: str, **data: Any) -> None:
        """Enter ``state`` with fresh state data (what the previous state kept is dropped)."""
        self.state = state
        self.data = dict(data)
