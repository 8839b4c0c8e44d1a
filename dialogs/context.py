"""What a handler gets: the person, their language and state, and the repositories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dialogs.flows import Flow, flow_of
from dialogs.l10n import Localizer
from dialogs.screens import Incoming
from storage import Repo, User

IDLE = "idle"


@dataclass(slots=True)
class Context:
    incoming: Incoming
    repo: Repo
    user: User
    lang: str
    l10n: Localizer
    state: str = IDLE
    data: dict[str, Any] = field(default_factory=dict)
    # What the current state's ``prepare`` returned for this update (see ``dialogs.flows``).
    prepared: Any = None
    flows: Mapping[str, Flow] = field(default_factory=dict)

    @property
    def language_chosen(self) -> bool:
        return self.user.language is not None

    def t(self, msg_id: str, **args: Any) -> str:
        return self.l10n(self.lang, msg_id, **args)

    def go(self, state: str, **data: Any) -> None:
        """Enter ``state`` with fresh state data (what the previous state kept is dropped)."""
        self._check(state, data)
        self.state = state
        self.data = dict(data)

    def move(self, state: str, **changes: Any) -> None:
        """The next step of the same flow: its data is kept, ``changes`` update it."""
        if flow_of(state) != flow_of(self.state) or not flow_of(state):
            raise ValueError(f"move from {self.state!r} to {state!r} leaves the flow; use go")
        data = {**self.data, **changes}
        self._check(state, data)
        self.state = state
        self.data = data

    def end(self) -> None:
        """Leave the flow: back to idle, its data cleared."""
        self.go(IDLE)

    def _check(self, state: str, data: Mapping[str, Any]) -> None:
        name = flow_of(state)
        if not name:
            return
        flow = self.flows.get(name)
        if flow is None or state not in flow.states:
            raise KeyError(f"state {state!r} is not declared by any flow")
        flow.check_data(data)
