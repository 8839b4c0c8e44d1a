"""Screens as Viber messages: text with a ``*title*`` line, and a keyboard on a 6-column grid.

Viber shows one custom keyboard at a time, in place of the phone's own keyboard, so
it must stay usable on a small phone: the rows of the screen are kept (the dialogs
group buttons on purpose: Back | Main menu, Previous | Next), and a row is split by the
length of its labels: up to 3 short ones side by side, 2 middling ones, long ones one
to a row.

A tapped ``reply`` button comes back as a text message whose text is the button's
``ActionBody``. The payload in it is marked (``BUTTON_MARK``), so a payload is never
taken for typed text, nor typed text ("Note: ...", a link) for a button, and a stale
or forged payload still reaches the dialogs as a button (which answer it politely).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from math import ceil
from typing import Any

from bot.channels.text import split_text as text_pieces
from dialogs import LinkButton, Screen
from dialogs.screens import AnyButton

GRID_COLUMNS = 6
MAX_TEXT = 7000  # Viber's limit on a text message
MAX_TEXT_BYTES = 24_000  # a message must stay under 30 KB of JSON with its keyboard
MAX_LABEL = 250
MAX_PER_ROW = 3
THREE_A_ROW = 12  # labels up to this many characters fit a third of the grid
TWO_A_ROW = 20  # and up to this many half of it
# InputFieldState and Silent need API level 4 clients (Viber 2018 and later).
MIN_API_VERSION = 4

# Starts the ActionBody of every reply button. Plain ASCII survives every client;
# people do not start a message with it. With ``Silent`` the chat does not show it.
BUTTON_MARK = "#!"


def action_body(payload: str) -> str:
    return BUTTON_MARK + payload


def payload_of(text: str) -> str | None:
    """The button payload a message carries, or None when the person typed the text."""
    return text.removeprefix(BUTTON_MARK) if text.startswith(BUTTON_MARK) else None


def message_text(screen: Screen) -> str:
    if not screen.title:
        return screen.text
    title = screen.title.replace("*", "").strip()
    return f"*{title}*\n{screen.text}" if screen.text else f"*{title}*"


def split_text(text: str, limit: int = MAX_TEXT, byte_limit: int = MAX_TEXT_BYTES) -> list[str]:
    """Cut text into messages Viber accepts (see ``channels.text``); at least one."""
    pieces = text_pieces(
        text, lambda piece: len(piece) <= limit and len(piece.encode()) <= byte_limit
    )
    return pieces or [""]


def _label(text: str) -> str:
    """Button ``Text`` is shown as HTML: escaped, then cut to the limit whole."""
    text = text.strip() or "·"
    escaped = html.escape(text, quote=False)
    while len(escaped) > MAX_LABEL:
        text = text[: len(text) - (len(escaped) - MAX_LABEL) - 1]
        escaped = html.escape(text, quote=False) + "…"
    return escaped


def _per_row(buttons: Sequence[AnyButton], most: int = MAX_PER_ROW) -> int:
    longest = max(len(button.label) for button in buttons)
    fits = 3 if longest <= THREE_A_ROW else 2 if longest <= TWO_A_ROW else 1
    return max(1, min(fits, most, len(buttons)))


def _rows(buttons: Sequence[AnyButton], per_row: int) -> list[list[AnyButton]]:
    """Balanced rows: 4 short buttons are 2 + 2, not 3 + 1."""
    count = ceil(len(buttons) / per_row)
    per_row = ceil(len(buttons) / count)
    return [list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


def layout(rows: Sequence[Sequence[AnyButton]]) -> list[list[AnyButton]]:
    """The screen's rows on the grid: each kept together unless its labels are too long."""
    return [part for row in rows if row for part in _rows(row, _per_row(row))]


def _button(button: AnyButton, columns: int) -> dict[str, Any]:
    common = {
        "Columns": columns,
        "Rows": 1,
        "Text": _label(button.label),
        "TextSize": "regular",
        "TextHAlign": "center",
        "TextVAlign": "middle",
        "Silent": True,  # the chat shows the bot's answer, not the raw payload
    }
    if isinstance(button, LinkButton):
        return {**common, "ActionType": "open-url", "ActionBody": button.url}
    return {**common, "ActionType": "reply", "ActionBody": action_body(button.payload)}


def keyboard(screen: Screen) -> dict[str, Any] | None:
    grid = layout(screen.buttons)
    if not grid:
        return None
    buttons = [_button(button, GRID_COLUMNS // len(row)) for row in grid for button in row]
    return {
        "Type": "keyboard",
        "DefaultHeight": False,
        # People may always type a question instead of tapping, so the field stays.
        "InputFieldState": "regular",
        "Buttons": buttons,
    }


def render(screen: Screen) -> list[dict[str, Any]]:
    """The messages (without receiver and sender) that show ``screen``; the keyboard rides
    on the last one, so it is what stays under the person's thumb."""
    texts = split_text(message_text(screen))
    board = keyboard(screen)
    messages: list[dict[str, Any]] = [{"type": "text", "text": text} for text in texts]
    if board is not None:
        messages[-1]["keyboard"] = board
        messages[-1]["min_api_version"] = MIN_API_VERSION
    return messages
