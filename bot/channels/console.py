"""The local console chat: the same screens in a terminal, numbered buttons.

For trying the bot without any messenger account (``make run`` with no token) and for
staff who edit content and want to see it at once. Type a number to press a button,
anything else is sent as text; ``/quit`` or Ctrl-D leaves.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from dialogs import Button, Dialogs, Incoming, Kind, LinkButton, Screen

CHANNEL = "console"


def render(screens: Sequence[Screen]) -> tuple[str, list[Button]]:
    """Text for the terminal, and the buttons that the numbers stand for."""
    lines: list[str] = []
    buttons: list[Button] = []
    for screen in screens:
        lines.append("")
        if screen.title:
            lines.append(f"== {screen.title} ==")
        lines.append(screen.text)
        for row in screen.buttons:
            cells = []
            for button in row:
                if isinstance(button, LinkButton):
                    cells.append(f"{button.label}: {button.url}")
                else:
                    buttons.append(button)
                    cells.append(f"[{len(buttons)}] {button.label}")
            lines.append("   ".join(cells))
        if screen.file is not None:
            lines.append(f"(file: {screen.file.filename}, {len(screen.file.content)} bytes)")
    return "\n".join(lines), buttons


def to_incoming(line: str, buttons: Sequence[Button], user_id: str, hint: str | None) -> Incoming:
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        payload = buttons[int(text) - 1].payload
        return Incoming(CHANNEL, user_id, Kind.BUTTON, payload=payload, language_hint=hint)
    if text.startswith("/start"):
        deep_link = text.removeprefix("/start").strip()
        return Incoming(CHANNEL, user_id, Kind.START, text=deep_link, language_hint=hint)
    return Incoming(CHANNEL, user_id, Kind.TEXT, text=text, language_hint=hint)


async def run_console(
    dialogs: Dialogs,
    *,
    read_line: Callable[[], str] | None = None,
    out: TextIO = sys.stdout,
    user_id: str = "local",
) -> None:
    hint = (os.environ.get("LANG") or "").split(".")[0] or None
    reader = read_line or (lambda: input("> "))
    loop = asyncio.get_running_loop()
    screens = await dialogs.handle(Incoming(CHANNEL, user_id, Kind.START, language_hint=hint))
    text, buttons = render(screens)
    print(text, file=out, flush=True)
    while True:
        try:
            line = await loop.run_in_executor(None, reader)
        except (EOFError, KeyboardInterrupt):
            break
        if line.strip() in {"/quit", "/exit"}:
            break
        if not line.strip():
            continue
        screens = await dialogs.handle(to_incoming(line, buttons, user_id, hint))
        text, new_buttons = render(screens)
        buttons = new_buttons or buttons
        print(text, file=out, flush=True)
