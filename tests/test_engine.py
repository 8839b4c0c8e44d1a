"""The engine's own rules around the language choice (flows: tests/test_flows.py)."""

from __future__ import annotations

from bot.app import Core
from dialogs import Incoming, Kind


def _incoming(kind: Kind, **fields: str) -> Incoming:
    return Incoming("console", "plug-in", kind, **fields)


async def test_a_question_kept_before_the_language_choice_survives_a_command(core: Core) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_incoming(Kind.START))
    await dialogs.handle(_incoming(Kind.TEXT, text="ile kosztuje karta pobytu"))
    (picker,) = await dialogs.handle(_incoming(Kind.TEXT, text="/help"))
    assert "lang:pl" in {b.payload for b in picker.all_buttons() if hasattr(b, "payload")}
    screens = await dialogs.handle(_incoming(Kind.BUTTON, payload="lang:pl"))
    assert any(s.title == dialogs.l10n("pl", "faq-card-fee-q") for s in screens)
