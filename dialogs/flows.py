"""Flows: features of several steps (case look-up, booking, a question for staff).

A flow declares, in one place a reader can find, its states, what typed text means in
each, which button verbs each accepts, and the keys of the data it keeps between its
steps. The engine enforces the declaration: a button from another state (an old
message tapped days later) never acts, and a key the flow did not declare is refused.

State ids are ``<flow>.<step>`` (``status.code``), stored in the conversation row, so
a person continues where they were after a restart or on another worker.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dialogs.context import Context
    from dialogs.screens import Incoming, Screen
    from storage import Database

ButtonHandler = Callable[["Context", str], Awaitable["list[Screen] | None"]]
TextHandler = Callable[["Context", str], Awaitable["list[Screen]"]]
StartHandler = Callable[["Context"], Awaitable["list[Screen]"]]


@dataclass(frozen=True, slots=True)
class Prepare:
    """What a state's ``prepare`` sees: the person and their state as read before the update.

    ``prepare`` runs outside the update's write transaction (a slow call to the office's
    case system must not hold the database), once per update: a retried transaction
    reuses its result.
    """

    db: Database
    incoming: Incoming
    user_id: int
    lang: str
    state: str
    data: Mapping[str, Any]


PrepareFn = Callable[[Prepare, str], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class State:
    id: str
    on_text: TextHandler | None = None
    buttons: Mapping[str, ButtonHandler] = field(default_factory=dict)
    # Greetings and menu words typed here are the input (a case number, a question for
    # staff), not commands; only /commands and buttons leave.
    free_text: bool = False
    prepare: PrepareFn | None = None
    # A photo, a document or another file sent in this state (``Incoming.kind`` MEDIA);
    # called with an empty text. None: the usual "please type" hint.
    on_media: TextHandler | None = None


class Flow:
    """One feature's states and data keys; registered with ``Dialogs.add_flow``."""

    def __init__(self, name: str, *, data_keys: Mapping[str, str]) -> None:
        if not name.isidentifier():
            raise ValueError(f"flow name {name!r} must be an identifier")
        self.name = name
        self.data_keys = dict(data_keys)
        self.states: dict[str, State] = {}
        self.starters: dict[str, StartHandler] = {}
        self.global_buttons: dict[str, ButtonHandler] = {}

    def state(
        self,
        step: str,
        *,
        on_text: TextHandler | None = None,
        buttons: Mapping[str, ButtonHandler] | None = None,
        free_text: bool = False,
        prepare: PrepareFn | None = None,
        on_media: TextHandler | None = None,
    ) -> str:
        """Declare a step; returns its state id (``<flow>.<step>``) for ``ctx.go``/``ctx.move``."""
        state_id = f"{self.name}.{step}"
        if state_id in self.states:
            raise ValueError(f"state {state_id!r} declared twice")
        if prepare is not None and on_text is None:
            raise ValueError(f"{state_id}: prepare runs before a text handler; there is none")
        self.states[state_id] = State(
            state_id, on_text, dict(buttons or {}), free_text, prepare, on_media
        )
        return state_id

    def starts(self, action: str, handler: StartHandler) -> None:
        """An entry: the category button ``a:<action>`` and the deep link ``/start <action>``."""
        self.starters[action] = handler

    def anywhere(self, verb: str, handler: ButtonHandler) -> None:
        """A button verb valid in any state (e.g. "my cases")."""
        self.global_buttons[verb] = handler

    def check_data(self, data: Mapping[str, Any]) -> None:
        unknown = set(data) - set(self.data_keys)
        if unknown:
            raise KeyError(f"flow {self.name!r} did not declare data keys {sorted(unknown)}")


def flow_of(state_id: str) -> str:
    """The flow a state id belongs to ("" for the engine's own states: idle, new)."""
    name, dot, _ = state_id.partition(".")
    return name if dot else ""
