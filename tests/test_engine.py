"""The engine's plug-in points, which later features (case status, booking, staff desk) use.

A feature registers a button verb and a text state; commands still work from its state,
and its state survives like any other.
"""

from __future__ import annotations

from bot.app import Core
from dialogs import Incoming, Kind, Screen
from dialogs.context import Context


def _incoming(kind: Kind, **fields: str) -> Incoming:
    return Incoming("console", "plug-in", kind, **fields)


async def test_a_feature_plugs_in_a_button_verb_and_a_text_state(core: Core) -> None:
    dialogs = core.dialogs
    typed: list[str] = []

    async def ask(ctx: Context, arg: str) -> list[Screen] | None:
        if arg != "case":
            return None  # an argument the feature does not know: "this menu has changed"
        ctx.go("case-number", attempts=0)
        return [Screen(text="type your case number")]

    async def number(ctx: Context, text: str) -> list[Screen]:
        typed.append(text)
        ctx.go("case-number", attempts=ctx.data["attempts"] + 1)
        return [Screen(text=f"attempt {ctx.data['attempts']}")]

    dialogs.on_button("cs", ask)
    dialogs.on_text_in_state("case-number", number)
    await dialogs.handle(_incoming(Kind.START))
    await dialogs.handle(_incoming(Kind.BUTTON, payload="lang:en"))

    assert (await dialogs.handle(_incoming(Kind.BUTTON, payload="cs:case")))[0].text.startswith(
        "type"
    )
    assert (await dialogs.handle(_incoming(Kind.TEXT, text="123/2024")))[0].text == "attempt 1"
    assert (await dialogs.handle(_incoming(Kind.TEXT, text="124/2024")))[0].text == "attempt 2"
    assert typed == ["123/2024", "124/2024"]

    (menu,) = await dialogs.handle(_incoming(Kind.TEXT, text="/menu"))
    assert menu.title == dialogs.l10n("en", "main-menu-title")
    (answer,) = await dialogs.handle(_incoming(Kind.TEXT, text="125/2024"))
    assert typed == ["123/2024", "124/2024"], "a command left the feature's state"
    assert answer.text != "attempt 3"

    (stale,) = await dialogs.handle(_incoming(Kind.BUTTON, payload="cs:unknown"))
    assert dialogs.l10n("en", "menu-changed") in stale.text


async def test_a_question_kept_before_the_language_choice_survives_a_command(core: Core) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_incoming(Kind.START))
    await dialogs.handle(_incoming(Kind.TEXT, text="ile kosztuje karta pobytu"))
    (picker,) = await dialogs.handle(_incoming(Kind.TEXT, text="/help"))
    assert "lang:pl" in {b.payload for b in picker.all_buttons() if hasattr(b, "payload")}
    screens = await dialogs.handle(_incoming(Kind.BUTTON, payload="lang:pl"))
    assert any(s.title == dialogs.l10n("pl", "faq-card-fee-q") for s in screens)
